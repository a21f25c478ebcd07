"""Which font files measure a typeface: shipped look-alikes, the template's own fonts, installed ones.

``resolve(name, embedded)`` answers, in this order:

1. a font briefdeck ships metric-compatible files for (Calibri, Arial, Times New Roman);
2. the font embedded in the template (``embedded``: face -> TrueType/OpenType file);
3. the font installed on this system, found with fontconfig (``fc-match``);
4. otherwise conservative metrics: each character measured with the widest of
   Carlito, Liberation Sans and the font this system draws instead (fontconfig's
   substitute, which LibreOffice uses too), so text set in the real font has room to spare.
"""
from __future__ import annotations

import hashlib
import shutil
import struct
import subprocess
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from briefdeck.resources import cache_dir, font_file
from briefdeck.templates.model import FontFaces

SHIPPED = {"calibri": "Carlito", "calibri light": "Carlito", "carlito": "Carlito",
           "arial": "LiberationSans", "helvetica": "LiberationSans", "liberation sans": "LiberationSans",
           "arial nova": "LiberationSans",
           "times new roman": "LiberationSerif", "times": "LiberationSerif", "liberation serif": "LiberationSerif"}
SHIPPED_NAMES = {"Carlito": "Calibri", "LiberationSans": "Arial", "LiberationSerif": "Times New Roman"}
FACES = ("regular", "bold", "italic", "bold_italic")
_FC_STYLE = {"regular": ":weight=regular:slant=roman", "bold": ":weight=bold:slant=roman",
             "italic": ":weight=regular:slant=italic", "bold_italic": ":weight=bold:slant=italic"}
_SHIPPED_FACE = {"regular": "Regular", "bold": "Bold", "italic": "Italic", "bold_italic": "Bold"}
WIDE = ("Carlito", "LiberationSans")     # shipped fonts every conservative measure includes
SFNT = (b"\x00\x01\x00\x00", b"OTTO", b"true")


@dataclass(frozen=True)
class Resolved:
    """How one typeface is measured: ``stem`` is a shipped font (drawn by the preview), ``faces`` the files."""

    name: str
    stem: str
    faces: FontFaces | None
    how: str     # one line for a diagnostic and for `templates inspect`

    @property
    def source(self) -> str:
        return self.faces.source if self.faces else "shipped"


def resolve(name: str, embedded: dict[str, bytes] | None = None) -> Resolved:
    """The files to measure ``name`` with (see the module's docstring for the order)."""
    stem = SHIPPED.get(name.strip().lower())
    if stem:
        return Resolved(name, stem, None, f"measured with {stem}, metric-compatible with {SHIPPED_NAMES[stem]}")
    wide = _conservative_files()
    files = _embedded_files(embedded or {})
    if files:
        faces = _faces(files, "embedded", wide)
        return Resolved(name, "Carlito", faces, "measured with the font embedded in the template")
    found, substitutes, families = _installed(name)
    if found:
        faces = _faces(found, "installed", wide)
        return Resolved(name, "Carlito", faces, f"measured with the installed font ({found['regular']})")
    per_face = {face: tuple(dict.fromkeys(wide[face] + substitutes.get(face, ()))) for face in FACES}
    instead = f"{', '.join(families)} (what this system shows instead), " if families else ""
    faces = FontFaces(per_face["regular"], per_face["bold"], per_face["italic"], per_face["bold_italic"],
                      "conservative", detail=instead)
    return Resolved(name, "Carlito", faces,
                    f"not installed here and not embedded in the template: measured with the widest of "
                    f"{instead}Carlito and Liberation Sans, so text has room to spare where {name} is installed")


def _faces(files: dict[str, str], source: str, wide: dict[str, tuple[str, ...]]) -> FontFaces:
    """Faces from the files found; a missing face uses the regular file (renderers embolden or slant it)."""
    regular = files.get("regular") or next(iter(files.values()))
    pick = {face: (files.get(face) or files.get("bold" if face == "bold_italic" else "regular") or regular,)
            for face in FACES}
    fallback = tuple(dict.fromkeys(f for fs in wide.values() for f in fs))
    return FontFaces(pick["regular"], pick["bold"], pick["italic"], pick["bold_italic"], source, fallback)


def _conservative_files() -> dict[str, tuple[str, ...]]:
    return {face: tuple(str(font_file(f"{stem}-{_SHIPPED_FACE[face]}")) for stem in WIDE) for face in FACES}


# --- fontconfig ------------------------------------------------------------------------------
@lru_cache(maxsize=256)
def _fc_match(pattern: str) -> tuple[tuple[str, ...], str, str] | None:
    """fontconfig's best match for ``pattern``: (its names in lower case, its family, its file), or None."""
    exe = shutil.which("fc-match")
    if exe is None:
        return None
    try:
        out = subprocess.run([exe, "--format=%{family}\\n%{fullname}\\n%{file}", pattern],
                             capture_output=True, text=True, timeout=10, check=False).stdout
    except (OSError, subprocess.SubprocessError):
        return None
    lines = out.split("\n")
    if len(lines) < 3 or not lines[2].strip():
        return None
    names = tuple(n.strip().lower() for n in (lines[0] + "," + lines[1]).split(",") if n.strip())
    return names, lines[0].split(",")[0].strip(), lines[2].strip()


def _installed(name: str) -> tuple[dict[str, str], dict[str, tuple[str, ...]], list[str]]:
    """(face -> file of ``name`` installed here; face -> the file fontconfig draws instead when it is
    not; the families of those files)."""
    found: dict[str, str] = {}
    instead: dict[str, tuple[str, ...]] = {}
    families: list[str] = []
    clean = name.replace("\\", "").replace(":", "").replace(",", "").replace("-", "\\-").strip()
    if not clean:
        return found, instead, families
    for face in FACES:
        match = _fc_match(clean + _FC_STYLE[face])
        if match is None:
            continue
        names, family, path = match
        if not Path(path).is_file() or not path.lower().endswith((".ttf", ".otf", ".ttc")):
            continue
        if name.strip().lower() in names:
            found[face] = path
        else:
            instead[face] = (path,)
            families += [family] if family not in families else []
    if found and "regular" not in found:
        found["regular"] = next(iter(found.values()))
    return found, instead, families


# --- fonts embedded in the template ----------------------------------------------------------
def _embedded_files(embedded: dict[str, bytes]) -> dict[str, str]:
    """Face -> a cached TrueType/OpenType file, for each embedded face that can be read."""
    out = {}
    for face, blob in embedded.items():
        data = font_data(blob)
        if data is None:
            continue
        folder = cache_dir("fonts")
        path = folder / (hashlib.sha256(data).hexdigest()[:32] + (".otf" if data[:4] == b"OTTO" else ".ttf"))
        if not path.is_file():
            try:
                folder.mkdir(parents=True, exist_ok=True)
                tmp = path.with_suffix(".tmp")
                tmp.write_bytes(data)
                tmp.replace(path)
            except OSError:
                continue
        if _readable(str(path)):
            out[face] = str(path)
    return out


def font_data(blob: bytes) -> bytes | None:
    """The TrueType/OpenType bytes inside an embedded font part (plain, or Embedded OpenType).

    PowerPoint stores embedded fonts as Embedded OpenType: a header, then the font,
    possibly XOR-obscured (readable here) or MicroType-compressed (not read: None).
    """
    if blob[:4] in SFNT:
        return blob
    if len(blob) < 82:
        return None
    eot_size, data_size, version, flags = struct.unpack_from("<IIII", blob, 0)
    magic = struct.unpack_from("<H", blob, 34)[0]
    if magic != 0x504C or version not in (0x00010000, 0x00020001, 0x00020002) or flags & 0x4:
        return None
    end = min(eot_size, len(blob))
    data = blob[end - data_size:end] if 0 < data_size <= end else b""
    if flags & 0x10000000:
        data = bytes(b ^ 0x50 for b in data)
    return data if data[:4] in SFNT else None


def _readable(path: str) -> bool:
    """Whether the tables measuring needs parse (a template's font is not trusted to)."""
    try:
        from fontTools.ttLib import TTFont
        font = TTFont(path, lazy=True)
        try:
            return bool(font.getBestCmap()) and bool(font["hmtx"].metrics) and font["head"].unitsPerEm > 0 \
                and font["hhea"].ascent is not None
        finally:
            font.close()
    except Exception:   # any failure means a font we cannot measure with
        return False
