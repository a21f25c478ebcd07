"""A user's own .pptx/.potx as template: layouts by name, placeholders by type, theme, errors.

Test templates are built here with python-pptx from its default template, widened to 16:9.
"""
from __future__ import annotations

import io
import re
import zipfile
from pathlib import Path

import pptx
import pytest
from pptx.enum.shapes import PP_PLACEHOLDER
from pptx.util import Inches

from briefdeck.cli.main import main
from briefdeck.core import TemplateError
from briefdeck.spec import load_deck
from briefdeck.templates import DEFAULT, load_builtin
from briefdeck.writers import pptx_template
from briefdeck.writers.export import export
from briefdeck.writers.pptx_template import inspect_report, open_template, user_template

ROOT = Path(__file__).resolve().parents[1]
DECK = ROOT / "examples" / "canada-auto" / "deck.yaml"
A = "{http://schemas.openxmlformats.org/drawingml/2006/main}"
ACCENT = "C0392B"
OLD = "OLD TEMPLATE SLIDE"
CT_PRES = "presentationml.presentation.main+xml"
CT_TEMPLATE = "presentationml.template.main+xml"
SECTIONS = ('<p:extLst><p:ext uri="{521415D9-36F7-43E2-AB2F-B90AF26B5E84}">'
            '<p14:sectionLst xmlns:p14="http://schemas.microsoft.com/office/powerpoint/2010/main">'
            '<p14:section name="Old" id="{11111111-2222-3333-4444-555555555555}"><p14:sldIdLst>'
            '<p14:sldId id="256"/></p14:sldIdLst></p14:section></p14:sectionLst></p:ext></p:extLst>')
TITLE_TYPES = (PP_PLACEHOLDER.TITLE, PP_PLACEHOLDER.CENTER_TITLE)


def _widen(prs) -> None:
    """Make the default 4:3 template 16:9, stretching the master's and layouts' shapes to match."""
    factor = 13.333 / 10
    prs.slide_width = Inches(13.333)
    for part in [prs.slide_master] + list(prs.slide_layouts):
        for off in part.element.iter(f"{A}off"):
            off.set("x", str(int(int(off.get("x")) * factor)))
        for ext in part.element.iter(f"{A}ext"):
            if ext.get("cx"):
                ext.set("cx", str(int(int(ext.get("cx")) * factor)))


def _rewrite(path: Path, edits: dict) -> None:
    """Apply ``edits`` (member name -> function of its text) to the zip at ``path``."""
    with zipfile.ZipFile(path) as zf:
        members = [(i.filename, zf.read(i)) for i in zf.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
        for name, data in members:
            if name in edits:
                data = edits[name](data.decode("utf-8")).encode("utf-8")
            zf.writestr(name, data)


def _layout(prs, name: str):
    return next(lay for lay in prs.slide_layouts if lay.name == name)


def make_template(tmp_path: Path, name: str = "company.pptx", *, remove=("Section Header",), rename=None,
                  accent: str = ACCENT, fonts=None, clr_map=None, dark1=None, edit=None) -> Path:
    """A 16:9 template with one slide of its own (that must not be exported) and a section list."""
    prs = pptx.Presentation()
    _widen(prs)
    for layout_name in remove:
        prs.slide_layouts.remove(_layout(prs, layout_name))
    for old, new in (rename or {}).items():
        _layout(prs, old).name = new
    if edit:
        edit(prs)
    slide = prs.slides.add_slide(prs.slide_layouts[0])
    slide.shapes.title.text = OLD
    path = tmp_path / "company.pptx"
    prs.save(path)

    def theme(xml: str) -> str:
        xml = re.sub(r"<a:accent1>.*?</a:accent1>", f'<a:accent1><a:srgbClr val="{accent}"/></a:accent1>', xml)
        if dark1:
            xml = re.sub(r"<a:dk1>.*?</a:dk1>", f'<a:dk1><a:srgbClr val="{dark1}"/></a:dk1>', xml)
        if fonts:
            xml = xml.replace('<a:majorFont><a:latin typeface="Calibri"/>',
                              f'<a:majorFont><a:latin typeface="{fonts[0]}"/>')
            xml = xml.replace('<a:minorFont><a:latin typeface="Calibri"/>',
                              f'<a:minorFont><a:latin typeface="{fonts[1]}"/>')
        return xml

    def master(xml: str) -> str:
        if clr_map:
            for key, value in clr_map.items():
                xml = re.sub(f'(<p:clrMap[^>]*\\b{key}=")[^"]*', f"\\g<1>{value}", xml)
        return xml

    edits = {"ppt/theme/theme1.xml": theme, "ppt/slideMasters/slideMaster1.xml": master,
             "ppt/presentation.xml": lambda xml: xml.replace("</p:presentation>", SECTIONS + "</p:presentation>")}
    _rewrite(path, edits)
    final = tmp_path / name
    if final != path:
        path.rename(final)
    if final.suffix == ".potx":
        _rewrite(final, {"[Content_Types].xml": lambda xml: xml.replace(CT_PRES, CT_TEMPLATE)})
    return final


def _export(tmp_path: Path, template: Path):
    out = tmp_path / "out.pptx"
    result = export(load_deck(str(DECK)), out, template=str(template))
    return result, pptx.Presentation(str(out)), out


def _title_text(slide) -> str | None:
    ph = next((p for p in slide.placeholders if p.placeholder_format.type in TITLE_TYPES), None)
    return None if ph is None else ph.text_frame.text


def _all_text(prs) -> str:
    return "\n".join(shape.text_frame.text for slide in prs.slides for shape in slide.shapes
                     if shape.has_text_frame)


EXPECTED = {"title": "Title Slide", "section": "Title Only", "bullets": "Title and Content",
            "sources": "Title and Content", "comparison": "Comparison", "big-number": "Title Only",
            "quote": "Title Only", "chart": "Title Only", "table": "Title Only"}


@pytest.mark.parametrize("suffix", [".pptx", ".potx"])
def test_export_uses_the_users_layouts_titles_and_accent(tmp_path, suffix):
    template = make_template(tmp_path, "company" + suffix)
    result, prs, out = _export(tmp_path, template)

    assert len(prs.slides) == result.slide_count > 10
    assert prs.slide_width == Inches(13.333)
    for plan, slide in zip(result.plan.slides, prs.slides):
        assert slide.slide_layout.name == EXPECTED[plan.layout], plan.layout
        assert _title_text(slide) == (plan.title or None)   # an untitled slide loses the empty title
    assert {p.layout for p in result.plan.slides} >= {"title", "section", "bullets", "comparison", "chart"}
    assert OLD not in _all_text(prs)
    with zipfile.ZipFile(out) as zf:
        xml = "".join(zf.read(n).decode("utf-8") for n in zf.namelist() if n.endswith(".xml"))
        types = zf.read("[Content_Types].xml").decode("utf-8")
    assert OLD not in xml and "sectionLst" not in xml
    assert CT_PRES in types and CT_TEMPLATE not in types
    assert f'val="{ACCENT}"' in xml
    warnings = [d for d in result.diagnostics if d.severity == "warning" and "Section Header" in d.message]
    assert len(warnings) == 1 and "'section'" in warnings[0].message and "'Title Only'" in warnings[0].message


def test_missing_layouts_fall_back_with_one_warning_each(tmp_path):
    template = make_template(tmp_path, remove=("Comparison", "Title Only"))
    t, notes = user_template(template, load_builtin(DEFAULT))
    assert t.pptx == template
    assert t.pptx_layouts["comparison"] == "Two Content"
    assert t.pptx_layouts["section"] == "Section Header"
    for ours in ("big-number", "quote", "chart", "table"):
        assert t.pptx_layouts[ours] == "Title and Content"
    fallbacks = [d for d in notes if "fallback" in d.message]
    assert len(fallbacks) == 4 and all(d.severity == "warning" for d in fallbacks)
    assert all("'Title Only'" in d.message and "'Title and Content'" in d.message for d in fallbacks)

    result, prs, _ = _export(tmp_path, template)
    names = {p.layout: s.slide_layout.name for p, s in zip(result.plan.slides, prs.slides)}
    assert names["chart"] == names["big-number"] == "Title and Content"
    assert names["comparison"] == "Two Content" and names["section"] == "Section Header"


def _untyped(prs, name: str) -> None:
    _layout(prs, name).element.set("type", "cust")


@pytest.mark.parametrize("untype", [False, True], ids=["by-type", "by-placeholders"])
def test_layouts_with_custom_names_are_found_by_type_then_placeholders(tmp_path, untype):
    names = {"Title Slide": "Cover", "Title and Content": "Text page", "Title Only": "Headline"}

    def edit(prs):
        if untype:
            for name in names.values():
                _untyped(prs, name)
    template = make_template(tmp_path, remove=(), rename=names, edit=edit)
    t, notes = user_template(template, load_builtin(DEFAULT))
    assert t.pptx_layouts["title"] == "Cover"
    assert t.pptx_layouts["bullets"] == t.pptx_layouts["sources"] == "Text page"
    for ours in ("big-number", "quote", "chart", "table"):
        assert t.pptx_layouts[ours] == "Headline"
    assert not [d for d in notes if d.severity == "warning" and "layout" in d.message]
    found = [d for d in notes if d.severity == "note" and "found by" in d.message]
    assert len(found) == 3
    assert all(("its placeholders" if untype else "its layout type") in d.message for d in found)
    report = inspect_report(template)
    assert re.search(r"chart\s+Headline\s+\(by its " + ("placeholders" if untype else "layout type"), report)


def test_placeholders_are_found_by_type_not_index_or_order(tmp_path):
    def shuffle(prs):
        layout = _layout(prs, "Title and Content")
        tree = layout.shapes._spTree
        title, body = (next(p for p in layout.placeholders if p.placeholder_format.type == kind)
                       for kind in (PP_PLACEHOLDER.TITLE, PP_PLACEHOLDER.OBJECT))
        body.element.xpath("./p:nvSpPr/p:nvPr/p:ph")[0].set("idx", "17")
        tree.remove(title.element)
        tree.append(title.element)   # the title is now the last shape
        body.left, body.top, body.width, body.height = Inches(1.5), Inches(2.0), Inches(10.0), Inches(4.0)

    t, _ = user_template(make_template(tmp_path, edit=shuffle), load_builtin(DEFAULT))
    content = t.regions["content"]
    assert (round(content.x, 2), round(content.y, 2), round(content.w, 2), round(content.h, 2)) == (1.5, 2.0, 10.0, 4.0)
    assert t.regions["title"].y < 1.0 and t.regions["title"].w > 11
    footnote, page = t.regions["footnote"], t.regions["page"]
    assert footnote.y >= content.y + content.h and footnote.y + footnote.h <= t.height
    assert page.x + page.w > t.width * 0.75 and page.y > content.y + content.h
    hero, sub, date = t.regions["hero_title"], t.regions["hero_subtitle"], t.regions["hero_date"]
    assert hero.y < sub.y < date.y and date.y >= sub.y + sub.h


def test_theme_colours_and_fonts(tmp_path):
    template = make_template(tmp_path, fonts=("Arial", "Georgia"))
    t, notes = user_template(template, load_builtin(DEFAULT))
    assert t.color("accent") == ACCENT and t.chart_colors[0] == ACCENT and len(t.chart_colors) == 6
    assert t.color("text") == "000000" and t.color("background") == "FFFFFF"
    assert t.color("hero_background") == "FFFFFF" and t.color("hero_text") == "000000"
    assert t.decorations == {} and t.backgrounds == {}
    assert (t.styles["title"].font, t.styles["title"].metrics) == ("Arial", "LiberationSans")
    assert (t.styles["body"].font, t.styles["body"].metrics) == ("Georgia", "Carlito")
    font_notes = [d for d in notes if d.message.startswith("font Georgia: ")]
    assert len(font_notes) == 1
    if t.styles["body"].faces.source == "conservative":      # Georgia is not installed on this machine
        assert font_notes[0].severity == "warning" and "widest of" in font_notes[0].message
    else:
        assert font_notes[0].severity == "note" and "installed" in font_notes[0].message


def test_dark_theme_follows_the_masters_colour_map(tmp_path):
    template = make_template(tmp_path, clr_map={"bg1": "dk1", "tx1": "lt1"}, dark1="101820")
    t, _ = user_template(template, load_builtin(DEFAULT))
    assert t.color("background") == "101820" and t.color("text") == "FFFFFF"
    assert t.color("panel") != load_builtin(DEFAULT).color("panel")   # no pale panels on a dark slide


def test_open_template_removes_slides_keeps_layouts(tmp_path):
    prs = open_template(make_template(tmp_path, "company.potx"))
    assert len(prs.slides) == 0
    assert "Title Slide" in [lay.name for lay in prs.slide_layouts]
    buf = io.BytesIO()
    prs.save(buf)
    assert OLD.encode() not in b"".join(zipfile.ZipFile(buf).read(n) for n in zipfile.ZipFile(buf).namelist())


def test_inspect_report_lists_layouts_and_mapping(tmp_path, capsys):
    template = make_template(tmp_path, fonts=("Arial", "Georgia"))
    report = inspect_report(template)
    assert "13.33 x 7.50 in (16:9)" in report
    assert "Title and Content" in report and "Section Header" not in report.split("briefdeck layout")[0]
    assert re.search(r"CENTER_TITLE\s+idx 0\s+Title 1", report)
    assert re.search(r"section\s+Title Only\s+\(fallback: no 'Section Header'\)", report)
    assert re.search(r"comparison\s+Comparison\n", report)
    assert "Arial" in report and "Georgia" in report and ACCENT in report
    assert main(["templates", "inspect", str(template)]) == 0
    assert "briefdeck layout -> PowerPoint layout" in capsys.readouterr().out


def _bad_files(tmp_path: Path) -> dict:
    good = make_template(tmp_path)
    corrupt = tmp_path / "corrupt.pptx"
    corrupt.write_bytes(good.read_bytes()[: good.stat().st_size // 2])
    text = tmp_path / "notes.pptx"
    text.write_text("just some notes, not a presentation\n", encoding="utf-8")
    word = tmp_path / "letter.pptx"
    with zipfile.ZipFile(word, "w") as zf:
        zf.writestr("[Content_Types].xml", '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/'
                    'package/2006/content-types"><Override PartName="/word/document.xml" ContentType="application/'
                    'vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>')
    broken_xml = tmp_path / "broken.pptx"
    broken_xml.write_bytes(good.read_bytes())
    _rewrite(broken_xml, {"ppt/presentation.xml": lambda xml: xml[: len(xml) // 2]})
    return {"corrupt": corrupt, "text": text, "word": word, "broken_xml": broken_xml,
            "missing": tmp_path / "nowhere.pptx"}


@pytest.mark.parametrize("kind", ["corrupt", "text", "word", "broken_xml", "missing"])
def test_bad_files_are_clear_errors(tmp_path, capsys, kind):
    bad = _bad_files(tmp_path)[kind]
    with pytest.raises(TemplateError):
        user_template(bad, load_builtin(DEFAULT))
    assert main(["templates", "inspect", str(bad)]) == 1
    err = capsys.readouterr().err
    assert "Traceback" not in err
    assert f"{bad}: error:" in err and "(" in err   # the file, the problem and a hint


def test_export_with_a_bad_template_fails_cleanly(tmp_path, capsys):
    bad = _bad_files(tmp_path)["text"]
    assert main(["export", str(DECK), "-o", str(tmp_path / "x.pptx"), "--template", str(bad)]) == 1
    err = capsys.readouterr().err
    assert "not a zip package" in err and "Traceback" not in err
    assert not (tmp_path / "x.pptx").exists()


@pytest.mark.parametrize("limit, words", [("MAX_FILE", "larger than"), ("MAX_UNZIPPED", "unpacks to more than")])
def test_oversized_and_zip_bomb_files_are_refused(tmp_path, monkeypatch, capsys, limit, words):
    template = make_template(tmp_path)
    monkeypatch.setattr(pptx_template, limit, 1024)
    assert main(["templates", "inspect", str(template)]) == 1
    err = capsys.readouterr().err
    assert words in err and "Traceback" not in err


def test_renamed_retyped_shuffled_layouts_serve_their_slides(tmp_path):
    """Layouts called "Cover", "Text page", "Divider", "Headline", typed as custom and listed in another
    order are found by their placeholders; each slide is made on the right one."""
    from realworld_templates import custom_names
    result, prs, _ = _export(tmp_path, custom_names(tmp_path))
    names = {p.layout: s.slide_layout.name for p, s in zip(result.plan.slides, prs.slides)}
    assert names["title"] == "Cover" and names["section"] == "Divider"
    assert names["bullets"] == names["sources"] == "Text page"
    assert names["chart"] == names["big-number"] == names["quote"] == "Headline"
    assert not [d for d in result.diagnostics if d.severity == "warning" and "layout" in d.message]
