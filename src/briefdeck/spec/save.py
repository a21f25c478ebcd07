"""Write a deck back to its YAML file format (the inverse of load)."""
from __future__ import annotations

from pathlib import Path

from briefdeck.atomic import write_text
from briefdeck.core import ChartSpec, Deck, Item, Table
from briefdeck.spec.load import VERSION
from briefdeck.spec.yamlnodes import dump


def _item(item: Item):
    if item.snippet:
        return {"snippet": item.snippet, **({"text": item.text} if item.text else {})}
    return item.text


def _number(value: float):
    return int(value) if float(value).is_integer() else value


def _chart(chart: ChartSpec) -> dict:
    out = {"type": chart.type, "engine": chart.engine}
    if chart.unit:
        out["unit"] = chart.unit
    if chart.title:
        out["title"] = chart.title
    out["categories"] = list(chart.categories)
    out["series"] = [{"name": s.name, "values": [
        {"value": _number(p.value), "snippet": p.snippet} if p.snippet else _number(p.value)
        for p in s.points]} for s in chart.series]
    return out


def _slot(value):
    if isinstance(value, Item):
        return _item(value)
    if isinstance(value, list):
        return [_item(v) for v in value]
    if isinstance(value, ChartSpec):
        return _chart(value)
    if isinstance(value, Table):
        return {"columns": list(value.columns), "rows": [[_item(c) for c in row] for row in value.rows]}
    raise TypeError(f"cannot save slot value {value!r}")


def _with_after(entry: dict, after: str, key: str, value) -> dict:
    """``entry`` with ``key: value`` placed right after ``after``, so the mark reads beside what it marks."""
    out = {}
    for k, v in entry.items():
        out[k] = v
        if k == after:
            out[key] = value
    return out


def deck_to_data(deck: Deck) -> dict:
    """The deck as plain data in file-format order."""
    data: dict = {"briefdeck": VERSION}
    for key in ("title", "subtitle", "author", "date", "template"):
        if getattr(deck, key):
            data[key] = getattr(deck, key)
    data["sources"] = []
    for src in deck.sources.values():
        entry = {"id": src.id, "path": src.path}
        entry.update({k: getattr(src, k) for k in ("title", "publisher", "author", "date", "url")
                      if getattr(src, k)})
        if src.title and (src.title_guessed or src.extra.get("title_guess")):
            entry = _with_after(entry, "title", "title_guessed", src.title_guessed)
        data["sources"].append(entry)
    data["snippets"] = []
    for sn in deck.snippets.values():
        a = sn.anchor
        entry = {"id": sn.id, "kind": sn.kind, "source": sn.source, "text": a.exact}
        if sn.edited:
            entry["display"] = sn.text
        for key in ("speaker", "role", "said_on"):
            if getattr(sn, key):
                entry[key] = getattr(sn, key)
        if sn.value is not None:
            entry["value"] = _number(sn.value)
        for key in ("unit", "measure", "quantity"):
            if getattr(sn, key):
                entry[key] = getattr(sn, key)
        if sn.tags:
            entry["tags"] = list(sn.tags)
        if sn.score is not None:
            entry["score"] = sn.score
        anchor = {"prefix": a.prefix, "suffix": a.suffix, "start": a.start, "end": a.end, "hash": a.source_hash}
        entry["anchor"] = {k: v for k, v in anchor.items() if v is not None}
        data["snippets"].append({k: v for k, v in entry.items() if v is not None})
    data["slides"] = []
    for slide in deck.slides:
        entry = {"layout": slide.layout}
        entry.update({name: _slot(value) for name, value in slide.slots.items()})
        if slide.notes:
            entry["notes"] = slide.notes
        data["slides"].append(entry)
    return data


def dump_deck(deck: Deck) -> str:
    return dump(deck_to_data(deck))


def save_deck(deck: Deck, path: str | Path) -> None:
    """Write the deck atomically: the old file survives any failure."""
    write_text(path, dump_deck(deck))
