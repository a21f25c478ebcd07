"""Write a python-pptx presentation's package to a .pptx file, quickly.

python-pptx builds every relationships file through its XML object layer and
compresses at zlib's default level; for a deck of a thousand slides that is most of
the save. This writes the same items -- content types, package and part
relationships, part blobs -- with the relationships as plain text and a lighter
compression level. The content types come from python-pptx itself.
"""
from __future__ import annotations

import zipfile
from xml.sax.saxutils import quoteattr

from pptx.opc.oxml import serialize_part_xml
from pptx.opc.packuri import CONTENT_TYPES_URI, PACKAGE_URI
from pptx.opc.serialized import _ContentTypesItem

_RELS_HEAD = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
              '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">')


def rels_xml(rels) -> bytes:
    """A relationships item, in rId order as python-pptx writes it."""
    def order(rid: str) -> tuple[int, str]:
        return (int(rid[3:]) if rid.startswith("rId") and rid[3:].isdigit() else 0, rid)
    lines = [_RELS_HEAD]
    for rid in sorted(rels.keys(), key=order):
        rel = rels[rid]
        mode = ' TargetMode="External"' if rel.is_external else ""
        lines.append(f'<Relationship Id={quoteattr(rid)} Type={quoteattr(rel.reltype)} '
                     f'Target={quoteattr(rel.target_ref)}{mode}/>')
    lines.append("</Relationships>")
    return "".join(lines).encode("utf-8")


def write(prs, path) -> None:
    """Save ``prs`` (a python-pptx Presentation) to ``path``."""
    package = prs.part.package
    parts = list(package.iter_parts())
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, compresslevel=3) as z:
        z.writestr(CONTENT_TYPES_URI.membername, serialize_part_xml(_ContentTypesItem.xml_for(parts)))
        z.writestr(PACKAGE_URI.rels_uri.membername, rels_xml(package._rels))
        for part in parts:
            z.writestr(part.partname.membername, part.blob)
            if part._rels:
                z.writestr(part.partname.rels_uri.membername, rels_xml(part.rels))
