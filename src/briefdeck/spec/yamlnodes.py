"""Parse YAML safely into plain data plus a map from data paths to line:col."""
from __future__ import annotations

import datetime as _dt
import re

import yaml

from briefdeck.core import DeckError, Diagnostic

MAX_BYTES = 20 * 1024 * 1024
MAX_NODES = 500_000
MAX_DEPTH = 64          # a deck needs about 8 levels; libyaml itself stops at 1,000, the pure parser at the stack
KEY = "#key"
# libyaml's parser when PyYAML was built with it (the wheels are): the same safe constructor, 5-10x faster.
_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
_SURROGATE = re.compile("[\ud800-\udfff]")


class _Budget:
    def __init__(self, limit: int):
        self.left = limit
        self.open: set[int] = set()  # ids of the collection nodes being converted (alias cycles)


_PLAIN_COLLECTION_TAGS = {"tag:yaml.org,2002:map", "tag:yaml.org,2002:seq"}


def _refuse(message: str, node, file: str, hint: str) -> DeckError:
    return DeckError(Diagnostic(message, file=file, line=node.start_mark.line + 1,
                                col=node.start_mark.column + 1, hint=hint))


def load_located(text: str, file: str) -> tuple[object, dict]:
    """YAML text to (data, marks). ``marks[path]`` is the (line, col) of the value at ``path``,
    ``marks[path + (KEY,)]`` that of its key. Only plain YAML types are built, never objects."""
    if len(text.encode("utf-8", "surrogatepass")) > MAX_BYTES:
        raise DeckError(Diagnostic("the deck file is larger than 20 MB", file=file, line=1, col=1,
                                   hint="split it into several decks"))
    surrogate = _SURROGATE.search(text)
    if surrogate:
        line = text.count("\n", 0, surrogate.start()) + 1
        raise DeckError(Diagnostic("the text holds a lone surrogate, which is not a character", file=file,
                                   line=line, col=surrogate.start() - text.rfind("\n", 0, surrogate.start()),
                                   hint="re-save the file as UTF-8"))
    loader = _LOADER(text)
    try:
        node = loader.get_single_node()
    except RecursionError:
        raise _too_deep(file) from None
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        where = dict(line=mark.line + 1, col=mark.column + 1) if mark else {}
        if "nesting" in str(exc.problem):            # libyaml's own depth limit
            raise _too_deep(file, **where) from None
        raise DeckError(Diagnostic(f"not valid YAML: {exc.problem or exc.context}", file=file,
                                   hint="check indentation and quoting", **where)) from None
    except yaml.YAMLError as exc:
        raise DeckError(Diagnostic(f"not valid YAML: {exc}", file=file)) from None
    finally:
        loader.dispose()
    marks: dict = {}
    if node is None:
        return None, marks
    try:
        sizes: dict = {}
        if _expanded_size(node, sizes) > MAX_NODES:
            raise _too_many(_biggest(node, sizes), file)
        data = _convert(node, (), marks, loader, _Budget(MAX_NODES), file)
    except RecursionError:
        raise _too_deep(file) from None
    return data, marks


def _expanded_size(node, sizes: dict, depth: int = 0) -> int:
    """How many values the node becomes once its aliases are written out, counted once per node
    (an alias is the same node object), so a billion-laughs file is refused before it is built.
    A node met again while it is being counted (an alias cycle), or nested past MAX_DEPTH, counts
    1 here: _convert refuses both, with their place."""
    known = sizes.get(id(node))
    if known is not None:
        return known
    if depth > MAX_DEPTH:
        return 1
    sizes[id(node)] = 1
    if isinstance(node, yaml.SequenceNode):
        total = 1 + sum(_expanded_size(v, sizes, depth + 1) for v in node.value)
    elif isinstance(node, yaml.MappingNode):
        total = 1 + sum(_expanded_size(k, sizes, depth + 1) + _expanded_size(v, sizes, depth + 1)
                        for k, v in node.value)
    else:
        total = 1
    sizes[id(node)] = min(total, MAX_NODES + 1)
    return sizes[id(node)]


def _biggest(node, sizes: dict):
    """The deepest node that alone expands past the limit: where the file blows up."""
    while True:
        children = node.value if isinstance(node, yaml.SequenceNode) else \
            [v for pair in node.value for v in pair] if isinstance(node, yaml.MappingNode) else []
        child = next((c for c in children if sizes.get(id(c), 0) > MAX_NODES), None)
        if child is None:
            return node
        node = child


def _too_many(node, file: str) -> DeckError:
    return _refuse("the deck file expands to too many values (YAML aliases?)", node, file,
                   "write the values out instead of using aliases")


def _too_deep(file: str, line: int | None = None, col: int | None = None) -> DeckError:
    return DeckError(Diagnostic(f"the deck file is nested more than {MAX_DEPTH} levels deep", file=file,
                                line=line, col=col, hint="check the brackets and indentation"))


def _convert(node, path, marks, loader, budget, file):
    budget.left -= 1
    if budget.left < 0:
        raise _too_many(node, file)
    marks[path] = (node.start_mark.line + 1, node.start_mark.column + 1)
    if isinstance(node, (yaml.MappingNode, yaml.SequenceNode)):
        if len(path) >= MAX_DEPTH:
            raise _too_deep(file, node.start_mark.line + 1, node.start_mark.column + 1)
        if node.tag not in _PLAIN_COLLECTION_TAGS:
            raise _refuse(f"unsupported YAML tag '{node.tag}'", node, file,
                          "deck files hold plain text, numbers, lists and mappings only")
        if id(node) in budget.open:
            raise _refuse("a YAML alias refers to a value that contains it", node, file,
                          "write the values out instead of using aliases")
        budget.open.add(id(node))
        try:
            if isinstance(node, yaml.SequenceNode):
                return [_convert(v, path + (i,), marks, loader, budget, file) for i, v in enumerate(node.value)]
            try:
                loader.flatten_mapping(node)
            except yaml.YAMLError:
                raise _refuse("a YAML merge key ('<<') needs a mapping to merge", node, file,
                              "write the keys out instead") from None
            out = {}
            for key_node, value_node in node.value:
                key = _convert(key_node, path + ("?",), {}, loader, budget, file)
                key = str(key) if not isinstance(key, (str, int)) else key
                marks[path + (key, KEY)] = (key_node.start_mark.line + 1, key_node.start_mark.column + 1)
                out[key] = _convert(value_node, path + (key,), marks, loader, budget, file)
            return out
        finally:
            budget.open.discard(id(node))
    try:
        value = loader.construct_object(node, deep=True)
    except yaml.constructor.ConstructorError:
        raise _refuse(f"unsupported YAML tag '{node.tag}'", node, file,
                      "deck files hold plain text, numbers, lists and mappings only") from None
    except Exception as exc:      # PyYAML's own converters fail with ValueError, KeyError... on odd scalars
        raise _refuse(f"'{str(node.value)[:40]}' cannot be read as {node.tag.rsplit(':', 1)[-1]} "
                      f"({type(exc).__name__})", node, file, "quote it to make it text") from None
    if isinstance(value, (_dt.date, _dt.datetime)):
        return value.isoformat()
    if isinstance(value, bytes):
        return value.decode("latin-1")
    return value


def dump(data: object) -> str:
    """Plain data to readable YAML (block style, keys in the order given, Unicode kept)."""
    return yaml.dump(data, Dumper=_Dumper, sort_keys=False, allow_unicode=True, width=100,
                     default_flow_style=False)


class _Dumper(yaml.SafeDumper):
    def ignore_aliases(self, data):
        return True


def _str_representer(dumper, value: str):
    style = "|" if "\n" in value else None
    return dumper.represent_scalar("tag:yaml.org,2002:str", value, style=style)


_Dumper.add_representer(str, _str_representer)
