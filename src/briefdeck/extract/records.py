"""Sources and snippets as plain dicts: the JSON contract of `briefdeck extract` and the cache format."""
from __future__ import annotations

from briefdeck.core import Snippet, Source, anchor_at

SOURCE_FIELDS = ("id", "path", "title", "publisher", "author", "date", "url", "text")


def source_record(source: Source) -> dict:
    """The contract fields, then what else the reader and cleaning found (pages, cleaning report)."""
    record = {k: getattr(source, k) for k in SOURCE_FIELDS}
    if source.page_starts:
        record["page_starts"] = list(source.page_starts)
    if source.extra:
        record["extra"] = source.extra
    return record


def source_from(record: dict) -> Source:
    return Source(**{k: record.get(k, "") for k in SOURCE_FIELDS},
                  page_starts=list(record.get("page_starts", [])), extra=dict(record.get("extra", {})))


def snippet_record(sn: Snippet) -> dict:
    """``text == source.text[start:end]``; speaker, value and unit are null where they do not apply."""
    return {
        "id": sn.id, "kind": sn.kind, "source": sn.source, "start": sn.anchor.start, "end": sn.anchor.end,
        "text": sn.anchor.exact, "speaker": sn.speaker or None, "value": sn.value, "unit": sn.unit or None,
        "score": sn.score, "role": sn.role or None, "measure": sn.measure or None,
        "quantity": sn.quantity or None, "reported_by": list(sn.reported_by),
    }


def snippet_from(record: dict, source: Source, source_hash: str | None = None) -> Snippet:
    anchor = anchor_at(source.text, record["start"], record["end"], source_hash or source.hash)
    return Snippet(id=record["id"], kind=record["kind"], source=record["source"], anchor=anchor,
                   speaker=record.get("speaker") or "", role=record.get("role") or "",
                   value=record.get("value"), unit=record.get("unit") or "",
                   measure=record.get("measure") or "", quantity=record.get("quantity") or "",
                   score=record.get("score"))


# The cache keeps snippets as rows: the text is the source's own, and names are not repeated.
ROW = ("id", "kind", "start", "end", "speaker", "value", "unit", "score", "role", "measure", "quantity")


def snippet_from_row(row: list, source: Source, source_hash: str) -> Snippet:
    ident, kind, start, end, speaker, value, unit, score, role, measure, quantity = row
    return Snippet(id=ident, kind=kind, source=source.id, anchor=anchor_at(source.text, start, end, source_hash),
                   speaker=speaker, value=value, unit=unit, score=score, role=role, measure=measure,
                   quantity=quantity)
