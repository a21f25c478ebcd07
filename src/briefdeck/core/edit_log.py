"""Edits as plain JSON data, so an editor can journal each change as it is made and replay them.

``encode(edit)`` turns an edit (and the sources, snippets, slides, charts it carries) into
JSON-ready data; ``decode(data)`` builds the same edit again. Only edits and the model's own
classes are built on decoding: a name outside them is refused, so a journal file can never
make briefdeck construct anything else.
"""
from __future__ import annotations

import importlib

from briefdeck.core.edits_slides import Edit
from briefdeck.core.errors import DeckError

_CORE = "briefdeck.core."


def _name(cls: type) -> str:
    return f"{cls.__module__}:{cls.__qualname__}"


def _allowed(cls: object) -> bool:
    return isinstance(cls, type) and (issubclass(cls, Edit) or cls.__module__.startswith(_CORE))


def encode(value):
    """JSON-ready data for an edit or anything it holds; TypeError for what cannot be journalled."""
    if value is None or isinstance(value, (bool, int, float, str)):
        return value
    if isinstance(value, list):
        return [encode(v) for v in value]
    if isinstance(value, tuple):
        return {"$tuple": [encode(v) for v in value]}
    if isinstance(value, (set, frozenset)):
        return {"$set": sorted((encode(v) for v in value), key=repr)}
    if isinstance(value, dict):
        return {"$dict": [[encode(k), encode(v)] for k, v in value.items()]}
    if isinstance(value, type):
        if not _allowed(value):
            raise TypeError(f"cannot journal a reference to {_name(value)}")
        return {"$class": _name(value)}
    if _allowed(type(value)):
        return {"$obj": _name(type(value)), "state": {k: encode(v) for k, v in _state(value).items()}}
    raise TypeError(f"cannot journal a {type(value).__name__}")


def _state(obj) -> dict:
    """Every attribute an object holds, in its __dict__ or its __slots__."""
    state = dict(getattr(obj, "__dict__", {}))
    for cls in type(obj).__mro__:
        for name in getattr(cls, "__slots__", ()):
            if name not in ("__dict__", "__weakref__") and hasattr(obj, name):
                state[name] = getattr(obj, name)
    return state


def _lookup(name: str) -> type:
    module, _, qualname = name.partition(":")
    if not module.startswith("briefdeck."):
        raise DeckError(f"the journal names '{name}', which is not part of briefdeck")
    try:
        obj = importlib.import_module(module)
        for part in qualname.split("."):
            obj = getattr(obj, part)
    except (ImportError, AttributeError):
        raise DeckError(f"the journal names '{name}', which this version of briefdeck does not have") from None
    if not _allowed(obj):
        raise DeckError(f"the journal names '{name}', which is not an edit or part of the deck model")
    return obj


def decode(data):
    """The value ``encode`` made; DeckError when the data names anything but edits and the model."""
    if isinstance(data, list):
        return [decode(v) for v in data]
    if not isinstance(data, dict):
        return data
    if "$tuple" in data:
        return tuple(decode(v) for v in data["$tuple"])
    if "$set" in data:
        return frozenset(decode(v) for v in data["$set"])
    if "$dict" in data:
        return {decode(k): decode(v) for k, v in data["$dict"]}
    if "$class" in data:
        return _lookup(data["$class"])
    if "$obj" in data:
        cls = _lookup(data["$obj"])
        obj = cls.__new__(cls)
        state = {k: decode(v) for k, v in data["state"].items()}
        for k, v in state.items():
            object.__setattr__(obj, k, v)         # works for frozen dataclasses and __slots__ alike
        return obj
    raise DeckError("the journal holds data briefdeck does not recognise")
