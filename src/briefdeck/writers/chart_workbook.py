"""The small Excel workbook embedded in a native chart, written directly.

PowerPoint opens it when the user picks "Edit Data". python-pptx builds it with
XlsxWriter, which is thorough and takes a few milliseconds per chart; a chart needs
one sheet of text and numbers, laid out as python-pptx's chart XML refers to it:
categories in column A from row 2, one column per series after it, series names in
row 1. Text goes in a shared-strings table and the workbook carries a theme, as Excel
writes them, so the package is valid Open XML and Excel does not rewrite it on save.
"""
from __future__ import annotations

import io
import zipfile
from xml.sax.saxutils import escape

from pptx.chart.data import CategoryChartData

_CONTENT_TYPES = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
    '<Default Extension="xml" ContentType="application/xml"/>'
    '<Override PartName="/xl/workbook.xml" '
    'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
    '<Override PartName="/xl/worksheets/sheet1.xml" '
    'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
    '<Override PartName="/xl/styles.xml" '
    'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>'
    '<Override PartName="/xl/sharedStrings.xml" '
    'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>'
    '<Override PartName="/xl/theme/theme1.xml" '
    'ContentType="application/vnd.openxmlformats-officedocument.theme+xml"/></Types>')
_ROOT_RELS = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/'
    'officeDocument" Target="xl/workbook.xml"/></Relationships>')
_WORKBOOK = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
    'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
    '<sheets><sheet name="Sheet1" sheetId="1" r:id="rId1"/></sheets></workbook>')
_WORKBOOK_RELS = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/'
    'worksheet" Target="worksheets/sheet1.xml"/>'
    '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/'
    'styles" Target="styles.xml"/>'
    '<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/'
    'sharedStrings" Target="sharedStrings.xml"/>'
    '<Relationship Id="rId4" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/'
    'theme" Target="theme/theme1.xml"/></Relationships>')
_STYLES = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    '<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
    '<fonts count="1"><font><sz val="11"/><name val="Calibri"/></font></fonts>'
    '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/>'
    '</fill></fills><borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>'
    '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>'
    '<cellXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/></cellXfs>'
    '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles></styleSheet>')

_COLOURS = (("dk1", '<a:sysClr val="windowText" lastClr="000000"/>'),
            ("lt1", '<a:sysClr val="window" lastClr="FFFFFF"/>'),
            *((name, f'<a:srgbClr val="{rgb}"/>') for name, rgb in (
                ("dk2", "44546A"), ("lt2", "E7E6E6"), ("accent1", "4472C4"), ("accent2", "ED7D31"),
                ("accent3", "A5A5A5"), ("accent4", "FFC000"), ("accent5", "5B9BD5"), ("accent6", "70AD47"),
                ("hlink", "0563C1"), ("folHlink", "954F72"))))
_PHCLR = '<a:schemeClr val="phClr"/>'
_THEME = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    '<a:theme xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" name="Office Theme">'
    '<a:themeElements><a:clrScheme name="Office">'
    + "".join(f"<a:{name}>{colour}</a:{name}>" for name, colour in _COLOURS)
    + '</a:clrScheme><a:fontScheme name="Office">'
    + "".join(f'<a:{kind}Font><a:latin typeface="{face}"/><a:ea typeface=""/><a:cs typeface=""/></a:{kind}Font>'
              for kind, face in (("major", "Calibri Light"), ("minor", "Calibri")))
    + '</a:fontScheme><a:fmtScheme name="Office"><a:fillStyleLst>'
    + f"<a:solidFill>{_PHCLR}</a:solidFill>" * 3
    + '</a:fillStyleLst><a:lnStyleLst>'
    + f'<a:ln w="6350"><a:solidFill>{_PHCLR}</a:solidFill></a:ln>' * 3
    + '</a:lnStyleLst><a:effectStyleLst>'
    + "<a:effectStyle><a:effectLst/></a:effectStyle>" * 3
    + '</a:effectStyleLst><a:bgFillStyleLst>'
    + f"<a:solidFill>{_PHCLR}</a:solidFill>" * 3
    + '</a:bgFillStyleLst></a:fmtScheme></a:themeElements></a:theme>')


def column(n: int) -> str:
    """1 -> A, 27 -> AA."""
    out = ""
    while n:
        n, rem = divmod(n - 1, 26)
        out = chr(65 + rem) + out
    return out


class _Strings:
    """The workbook's shared-strings table: each text once, cells refer to it by index."""

    def __init__(self) -> None:
        self.index: dict[str, int] = {}
        self.uses = 0

    def cell(self, ref: str, value: str) -> str:
        self.uses += 1
        return f'<c r="{ref}" t="s"><v>{self.index.setdefault(value, len(self.index))}</v></c>'

    def xml(self) -> str:
        items = "".join(f'<si><t xml:space="preserve">{escape(text)}</t></si>' for text in self.index)
        return ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                '<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
                f'count="{self.uses}" uniqueCount="{len(self.index)}">{items}</sst>')


def _number(ref: str, value) -> str:
    return f'<c r="{ref}"><v>{float(value)!r}</v></c>' if value is not None else ""


def sheet(categories: list[str], series: list[tuple[str, list]], strings: _Strings) -> str:
    rows = ["<row r=\"1\">" + "".join(strings.cell(f"{column(j + 2)}1", name) for j, (name, _) in enumerate(series))
            + "</row>"]
    for i, category in enumerate(categories):
        r = i + 2
        cells = strings.cell(f"A{r}", str(category)) + "".join(
            _number(f"{column(j + 2)}{r}", values[i] if i < len(values) else None)
            for j, (_, values) in enumerate(series))
        rows.append(f'<row r="{r}">{cells}</row>')
    return ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
            f'<sheetData>{"".join(rows)}</sheetData></worksheet>')


def xlsx(categories: list[str], series: list[tuple[str, list]]) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED, compresslevel=1) as z:
        z.writestr("[Content_Types].xml", _CONTENT_TYPES)
        z.writestr("_rels/.rels", _ROOT_RELS)
        z.writestr("xl/workbook.xml", _WORKBOOK)
        z.writestr("xl/_rels/workbook.xml.rels", _WORKBOOK_RELS)
        z.writestr("xl/styles.xml", _STYLES)
        strings = _Strings()
        z.writestr("xl/worksheets/sheet1.xml", sheet(categories, series, strings))
        z.writestr("xl/sharedStrings.xml", strings.xml())
        z.writestr("xl/theme/theme1.xml", _THEME)
    return buf.getvalue()


class ChartData(CategoryChartData):
    """python-pptx's category chart data, with the embedded workbook written by :func:`xlsx`."""

    @property
    def xlsx_blob(self) -> bytes:
        categories = [str(c.label) for c in self.categories]
        return xlsx(categories, [(s.name, list(s.values)) for s in self])
