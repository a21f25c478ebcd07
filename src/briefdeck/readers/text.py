"""Plain text and Markdown: decode (UTF-8, UTF-8 with BOM, UTF-16/32 with BOM) and normalise line ends."""
from __future__ import annotations

import codecs
import re
from pathlib import Path

from briefdeck.core import Source, SourceError

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le"), (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"), (codecs.BOM_UTF16_LE, "utf-16-le"), (codecs.BOM_UTF16_BE, "utf-16-be"),
)


def decode(data: bytes, name: str) -> str:
    """Bytes to text; a clear SourceError for binary data or an unknown encoding."""
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return data[len(bom):].decode(encoding)
            except UnicodeDecodeError as exc:
                raise SourceError(f"{name}: starts with a {encoding} byte-order mark but is not valid "
                                  f"{encoding} (byte {exc.start})", hint="re-save it as UTF-8") from None
    if b"\x00" in data[:4096]:
        guess = _utf16_without_bom(data)
        if guess is not None:
            return guess
        raise SourceError(f"{name}: looks like a binary file, not text",
                          hint="add a text, Markdown, HTML, PDF or Word file")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise SourceError(f"{name}: not valid UTF-8 (byte {exc.start}: {data[exc.start:exc.start + 1]!r})",
                          hint="re-save it as UTF-8") from None


def _utf16_without_bom(data: bytes) -> str | None:
    """UTF-16 text saved without a byte-order mark: every other byte is zero."""
    if len(data) < 4 or len(data) % 2:
        return None
    even_zero = data[0::2].count(0) / (len(data) // 2)
    odd_zero = data[1::2].count(0) / (len(data) // 2)
    encoding = "utf-16-le" if odd_zero > 0.3 > even_zero else "utf-16-be" if even_zero > 0.3 > odd_zero else None
    if encoding is None:
        return None
    try:
        return data.decode(encoding)
    except UnicodeDecodeError:
        return None


def normalise(text: str) -> str:
    """Unix line ends, no stray control characters (tabs and newlines kept)."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    return re.sub("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]", "", text)


def read(path: Path, source_id: str) -> Source:
    data = path.read_bytes()
    text = normalise(decode(data, path.name))
    if not text.strip():
        raise SourceError(f"{path.name}: the file is empty", hint="add a file that has text in it")
    title = ""
    for line in text.splitlines():
        if line.strip():
            title = line.strip().lstrip("#").strip() if len(line.strip()) <= 160 else ""
            break
    return Source(id=source_id, path=path.name, text=text, title=title)
