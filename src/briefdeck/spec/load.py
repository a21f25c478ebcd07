"""Load a deck file: validate everything, report every problem at once, re-anchor snippets."""
from __future__ import annotations

import math

from dataclasses import dataclass, field
from pathlib import Path

from briefdeck.core import (LAYOUTS, Anchor, ChartSpec, Deck, DeckError, Diagnostic, Item, KINDS,
                            Point, Series, Slide, Snippet, Source, Table, resolve)
from briefdeck.core.chart import CHART_TYPES, ENGINES, IMAGE_ONLY_TYPES
from briefdeck.core.deck import CHART, ITEMS, TABLE, TEXT
from briefdeck.core.errors import WARNING
from briefdeck.spec.hints import did_you_mean, near_miss
from briefdeck.spec.migrate import ANCHOR_KEYS, CURRENT, migrate
from briefdeck.spec.paths import Policy
from briefdeck.spec.sources import SOURCE_KEYS, SourceEntries  # noqa: F401 (the keys, listed here with the others)
from briefdeck.spec.yamlnodes import KEY, load_located

VERSION = CURRENT
DECK_KEYS = ("briefdeck", "title", "subtitle", "author", "date", "template", "sources", "snippets", "slides")
SNIPPET_KEYS = ("id", "kind", "source", "text", "display", "anchor",
                "speaker", "role", "said_on", "value", "unit", "measure", "quantity", "tags", "score")
CHART_KEYS = ("type", "engine", "unit", "title", "categories", "series")


@dataclass
class Loaded:
    """A loaded deck, where it came from, where each value sits in the file, and warnings."""

    deck: Deck
    path: Path
    marks: dict = field(default_factory=dict)
    diagnostics: list[Diagnostic] = field(default_factory=list)

    allow_outside: bool = False
    migrated_from: int | None = None      # the file's older format version, when it was upgraded on reading

    @property
    def base_dir(self) -> Path:
        return self.path.parent

    def policy_allows(self, target: Path) -> bool:
        """May this deck read ``target``? (Inside its folder, allowed by the command, or trusted.)"""
        return Policy(self.path, self.allow_outside).allows(target)

    def where(self, *path) -> dict:
        """file/line/col keyword arguments for a Diagnostic about the value at ``path``."""
        while path and path not in self.marks:
            path = path[:-1]
        line, col = self.marks.get(path, (None, None))
        return {"file": str(self.path), "line": line, "col": col}


class _Reader(SourceEntries):
    """Walks the plain data, building the model and collecting diagnostics."""

    def __init__(self, path: Path, marks: dict, allow_outside: bool = False):
        self.loaded = Loaded(Deck(), path, marks)
        self.policy = Policy(path, allow_outside)
        self.diags = self.loaded.diagnostics
        self.rejected: set[str] = set()  # snippets already reported as broken: not reported again where used

    def error(self, path: tuple, message: str, hint: str | None = None, severity: str = "error") -> None:
        self.diags.append(Diagnostic(message, severity=severity, hint=hint, **self.loaded.where(*path)))

    def warn(self, path: tuple, message: str, hint: str | None = None) -> None:
        self.error(path, message, hint, WARNING)

    def check_keys(self, data: dict, path: tuple, allowed, what: str) -> None:
        for key in data:
            if key not in allowed:
                self.error(path + (key, KEY), f"unknown key '{key}' in {what}",
                           did_you_mean(key, allowed) or f"allowed: {', '.join(allowed)}")

    def string(self, data: dict, key: str, path: tuple, required: bool = False) -> str:
        value = data.get(key)
        if value is None:
            if required:
                self.error(path, f"'{key}' is required")
            return ""
        if isinstance(value, (dict, list)):
            self.error(path + (key,), f"'{key}' should be text, not a {'list' if isinstance(value, list) else 'mapping'}")
            return ""
        if isinstance(value, bool):
            self.error(path + (key,), f"'{key}' should be text, not {str(value).lower()}",
                       "put it in quotes")
            return ""
        return str(value)

    def number(self, value, path: tuple, what: str) -> float | None:
        if (isinstance(value, bool) or not isinstance(value, (int, float))
                or (isinstance(value, float) and not math.isfinite(value)) or abs(value) > 1e300):
            self.error(path, f"{what} should be a number, not {value!r}")
            return None
        return float(value)

    def mapping_list(self, data: dict, key: str, path: tuple) -> list:
        value = data.get(key)
        if value is None:
            return []
        if not isinstance(value, list):
            self.error(path + (key,), f"'{key}' should be a list")
            return []
        return value

    # --- the deck -------------------------------------------------------------------------
    def read(self, data) -> Loaded:
        deck = self.loaded.deck
        if not isinstance(data, dict):
            self.error((), "a deck file should be a mapping with 'briefdeck: 2' at the top")
            return self.loaded
        self.loaded.migrated_from = migrate(data, self.loaded.marks)
        version = data.get("briefdeck")
        if version is None:
            self.error((), f"missing 'briefdeck: {VERSION}' version key",
                       f"add 'briefdeck: {VERSION}' as the first line")
        elif isinstance(version, bool) or not isinstance(version, int) or version < 1:
            self.error(("briefdeck",), f"deck format version {version!r} is not a version",
                       f"this briefdeck reads versions 1 to {VERSION}")
        elif version > VERSION:
            self.error(("briefdeck",), f"this deck was written by a newer briefdeck (format {version})",
                       f"this briefdeck reads formats up to {VERSION}: update briefdeck")
        self.check_keys(data, (), DECK_KEYS, "the deck")
        for key in ("title", "subtitle", "author", "date", "template"):
            setattr(deck, key, self.string(data, key, ()) or getattr(deck, key))
        for i, raw in enumerate(self.mapping_list(data, "sources", ())):
            self.source(raw, ("sources", i))
        for i, raw in enumerate(self.mapping_list(data, "snippets", ())):
            self.snippet(raw, ("snippets", i))
        slides = self.mapping_list(data, "slides", ())
        if "slides" in data and not slides:
            self.warn(("slides",), "the deck has no slides")
        for i, raw in enumerate(slides):
            self.slide(raw, ("slides", i))
        return self.loaded

    def _id(self, raw: dict, path: tuple, taken, what: str) -> str | None:
        ident = self.string(raw, "id", path, required=True)
        if not ident:
            return None
        if ident in taken:
            self.error(path + ("id",), f"{what} id '{ident}' is used twice", "ids must be unique")
            return None
        return ident

    def snippet(self, raw, path: tuple) -> None:
        deck = self.loaded.deck
        if not isinstance(raw, dict):
            self.error(path, "a snippet should be a mapping with 'id', 'kind', 'source' and 'text'")
            return
        self.check_keys(raw, path, SNIPPET_KEYS, "a snippet")
        ident = self._id(raw, path, deck.snippets, "snippet")
        kind = self.string(raw, "kind", path, required=True)
        if kind and kind not in KINDS:
            self.error(path + ("kind",), f"unknown snippet kind '{kind}'",
                       did_you_mean(kind, KINDS) or f"use one of: {', '.join(KINDS)}")
            kind = ""
        source_id = self.string(raw, "source", path, required=True)
        if source_id and source_id not in deck.sources:
            self.error(path + ("source",), f"snippet '{ident}' names unknown source '{source_id}'",
                       did_you_mean(source_id, deck.sources) or "add it under 'sources'")
            source_id = ""
        exact = self.string(raw, "text", path, required=True)
        value = raw.get("value")
        if value is not None:
            value = self.number(value, path + ("value",), "'value'")
        where = raw.get("anchor") if isinstance(raw.get("anchor"), dict) else {}
        if "anchor" in raw and not isinstance(raw.get("anchor"), dict):
            self.error(path + ("anchor",), "'anchor' should be a mapping (prefix, suffix, start, end, hash)")
        self.check_keys(where, path + ("anchor",), ANCHOR_KEYS, "an anchor")
        start, end = where.get("start"), where.get("end")
        start = start if isinstance(start, int) and not isinstance(start, bool) else None
        end = end if isinstance(end, int) and not isinstance(end, bool) else None
        tags = raw.get("tags") or []
        if not isinstance(tags, list):
            self.error(path + ("tags",), "'tags' should be a list")
            tags = []
        score = raw.get("score")
        if not ident or not kind or not source_id or not exact:
            self.rejected.add(ident or "")
            return
        at = path + ("anchor",)
        anchor = Anchor(exact=exact, prefix=self.string(where, "prefix", at), suffix=self.string(where, "suffix", at),
                        start=start, end=end, source_hash=self.string(where, "hash", at) or None)
        anchor = self.reanchor(ident, anchor, deck.sources[source_id], path)
        if anchor is None:
            self.rejected.add(ident)
            return
        deck.snippets[ident] = Snippet(
            id=ident, kind=kind, source=source_id, anchor=anchor,
            text=self.string(raw, "display", path) or anchor.exact,
            speaker=self.string(raw, "speaker", path), role=self.string(raw, "role", path),
            said_on=self.string(raw, "said_on", path), value=value, unit=self.string(raw, "unit", path),
            measure=self.string(raw, "measure", path), quantity=self.string(raw, "quantity", path), tags=[str(t) for t in tags],
            score=score if isinstance(score, (int, float)) and not isinstance(score, bool) else None)

    def reanchor(self, ident: str, anchor: Anchor, source: Source, path: tuple) -> Anchor | None:
        if source.extra.get("unreadable"):
            return anchor
        found = resolve(anchor, source.text)
        if found is None:
            hint = near_miss(anchor.exact, source.text)
            self.error(path + ("text",), f"snippet '{ident}': its text is not in source '{source.id}' "
                       f"({source.path})", hint or "copy the exact words from the source")
            return None
        current = source.hash
        if found.method == "context":
            self.warn(path + ("text",), f"snippet '{ident}': the source's wording changed; "
                      f"re-anchored to \u201c{found.exact(source.text)[:60]}\u201d", "review the snippet")
        elif anchor.source_hash and anchor.source_hash != current and found.method != "position":
            self.warn(path + ("text",), f"snippet '{ident}': source '{source.id}' changed since the deck "
                      "was saved; re-anchored by its text")
        text = source.text
        s, e = found.start, found.end
        return Anchor(exact=text[s:e], prefix=text[max(0, s - 32):s], suffix=text[e:e + 32],
                      start=s, end=e, source_hash=current)

    # --- slides ---------------------------------------------------------------------------
    def slide(self, raw, path: tuple) -> None:
        if not isinstance(raw, dict):
            self.error(path, "a slide should be a mapping with a 'layout'")
            return
        name = self.string(raw, "layout", path, required=True)
        if not name:
            return
        layout = LAYOUTS.get(name)
        if layout is None:
            self.error(path + ("layout",), f"unknown layout '{name}'",
                       did_you_mean(name, LAYOUTS) or f"layouts: {', '.join(LAYOUTS)}")
            return
        allowed = ("layout", "notes") + tuple(layout.slots)
        self.check_keys(raw, path, allowed, f"a '{name}' slide")
        slide = Slide(layout=name, notes=self.string(raw, "notes", path))
        for slot, kind in layout.slots.items():
            if slot not in raw or raw[slot] is None:
                if slot in layout.required:          # a slide being built: exported with the place empty
                    self.warn(path, f"the '{name}' slide has no '{slot}' yet",
                              hint="it exports with that place empty")
                continue
            value = raw[slot]
            at = path + (slot,)
            if kind == TEXT:
                item = self.item(value, at)
                if item:
                    slide.slots[slot] = item
            elif kind == ITEMS:
                if not isinstance(value, list):
                    self.error(at, f"'{slot}' should be a list of text or {{snippet: ID}} items")
                    continue
                slide.slots[slot] = [i for n, v in enumerate(value) if (i := self.item(v, at + (n,)))]
            elif kind == CHART:
                chart = self.chart(value, at)
                if chart:
                    slide.slots[slot] = chart
            elif kind == TABLE:
                table = self.table(value, at)
                if table:
                    slide.slots[slot] = table
        self.check_slide_refs(slide, path)
        self.loaded.deck.slides.append(slide)

    def item(self, value, path: tuple) -> Item | None:
        if isinstance(value, (str, int, float)) and not isinstance(value, bool):
            return Item(text=str(value))
        if isinstance(value, dict):
            self.check_keys(value, path, ("snippet", "text"), "a slot item")
            ref = self.string(value, "snippet", path)
            text = self.string(value, "text", path)
            if not ref and not text:
                self.error(path, "an item needs 'snippet' or 'text'")
                return None
            if ref and ref not in self.loaded.deck.snippets:
                if ref not in self.rejected:
                    self.error(path + ("snippet",), f"unknown snippet '{ref}'",
                               did_you_mean(ref, self.loaded.deck.snippets) or "define it under 'snippets'")
                return None
            return Item(text=text, snippet=ref or None)
        self.error(path, f"expected text or {{snippet: ID}}, not {type(value).__name__}")
        return None

    def check_slide_refs(self, slide: Slide, path: tuple) -> None:
        snippets = self.loaded.deck.snippets
        wants = {"figure": "figure", "quote": "quote"}
        for slot, kind in wants.items():
            item = slide.slots.get(slot)
            if isinstance(item, Item) and item.snippet and snippets[item.snippet].kind != kind:
                self.error(path + (slot, "snippet"), f"'{slot}' should be a {kind} snippet; "
                           f"'{item.snippet}' is a {snippets[item.snippet].kind}")

    def chart(self, raw, path: tuple) -> ChartSpec | None:
        if not isinstance(raw, dict):
            self.error(path, "a chart should be a mapping with 'type', 'categories' and 'series'")
            return None
        self.check_keys(raw, path, CHART_KEYS, "a chart")
        kind = self.string(raw, "type", path, required=True)
        engine = self.string(raw, "engine", path) or ("image" if kind in IMAGE_ONLY_TYPES else "native")
        ok = True
        if kind and kind not in CHART_TYPES:
            self.error(path + ("type",), f"unknown chart type '{kind}'",
                       did_you_mean(kind, CHART_TYPES) or f"types: {', '.join(CHART_TYPES)}")
            ok = False
        if engine not in ENGINES:
            self.error(path + ("engine",), f"unknown chart engine '{engine}'", "use 'native' or 'image'")
            ok = False
        elif kind in IMAGE_ONLY_TYPES and engine == "native":
            self.error(path + ("engine",), f"PowerPoint has no native '{kind}' chart", "use 'engine: image'")
            ok = False
        categories = raw.get("categories")
        if not isinstance(categories, list) or not categories:
            self.error(path + ("categories",), "'categories' should be a non-empty list")
            return None
        series = []
        for i, s in enumerate(self.mapping_list(raw, "series", path)):
            at = path + ("series", i)
            if not isinstance(s, dict):
                self.error(at, "a series should be a mapping with 'name' and 'values'")
                continue
            self.check_keys(s, at, ("name", "values"), "a series")
            points = []
            values = s.get("values")
            if not isinstance(values, list):
                self.error(at + ("values",), "'values' should be a list")
                continue
            if len(values) != len(categories):
                self.error(at + ("values",), f"{len(values)} values for {len(categories)} categories",
                           "give one value per category")
                ok = False
            for j, v in enumerate(values):
                point = self.point(v, at + ("values", j))
                ok = ok and point is not None
                if point:
                    points.append(point)
            series.append(Series(name=self.string(s, "name", at), points=points))
        if not series:
            self.error(path + ("series",), "a chart needs at least one series")
            return None
        if not ok:
            return None
        return ChartSpec(type=kind, categories=[str(c) for c in categories], series=series,
                         unit=self.string(raw, "unit", path), title=self.string(raw, "title", path),
                         engine=engine)

    def point(self, raw, path: tuple) -> Point | None:
        if isinstance(raw, dict):
            self.check_keys(raw, path, ("value", "snippet"), "a chart value")
            ref = self.string(raw, "snippet", path) or None
            value = raw.get("value")
            if ref and ref not in self.loaded.deck.snippets:
                if ref not in self.rejected:
                    self.error(path + ("snippet",), f"unknown snippet '{ref}'",
                               did_you_mean(ref, self.loaded.deck.snippets))
                return None
            if value is None and ref:
                value = self.loaded.deck.snippets[ref].value
                if value is None:
                    self.error(path, f"snippet '{ref}' has no 'value'", "give the value here or on the snippet")
                    return None
            number = self.number(value, path + ("value",), "a chart value")
            return Point(number, ref) if number is not None else None
        number = self.number(raw, path, "a chart value")
        return Point(number) if number is not None else None

    def table(self, raw, path: tuple) -> Table | None:
        if not isinstance(raw, dict):
            self.error(path, "a table should be a mapping with 'columns' and 'rows'")
            return None
        self.check_keys(raw, path, ("columns", "rows"), "a table")
        columns = raw.get("columns")
        if not isinstance(columns, list) or not columns:
            self.error(path + ("columns",), "'columns' should be a non-empty list of headings")
            return None
        rows = []
        for i, row in enumerate(self.mapping_list(raw, "rows", path)):
            at = path + ("rows", i)
            if not isinstance(row, list):
                self.error(at, "each row should be a list of cells")
                continue
            if len(row) != len(columns):
                self.error(at, f"row has {len(row)} cells for {len(columns)} columns")
                continue
            rows.append([self.item(c, at + (j,)) or Item() for j, c in enumerate(row)])
        return Table([str(c) for c in columns], rows)


def read_deck(text: str, path: Path, allow_outside: bool = False) -> Loaded:
    """Build a deck from YAML text; all diagnostics collected in the result.

    Source files outside the deck's folder are read only with ``allow_outside`` or when
    this user chose them for this deck (see :mod:`briefdeck.spec.paths`).
    """
    data, marks = load_located(text, str(path))
    loaded = _Reader(path, marks, allow_outside).read(data)
    loaded.allow_outside = allow_outside
    return loaded


def load_deck(path: str | Path, allow_outside: bool = False) -> Loaded:
    """Load and validate a deck file; DeckError listing every problem if any is an error."""
    path = Path(path)
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        raise DeckError(f"{path}: no such deck file", hint="check the path") from None
    except OSError as exc:
        raise DeckError(f"{path}: {exc.strerror or exc}") from None
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise DeckError(Diagnostic(f"not UTF-8 text (byte {exc.start})", file=str(path),
                                   hint="is this really a deck .yaml file?")) from None
    loaded = read_deck(text, path, allow_outside)
    loaded.allow_outside = allow_outside
    errors = [d for d in loaded.diagnostics if d.is_error]
    if errors:
        raise DeckError(sorted(loaded.diagnostics, key=lambda d: (d.line or 0, d.col or 0)))
    return loaded
