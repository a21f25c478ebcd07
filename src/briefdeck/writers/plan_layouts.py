"""One planning rule per layout: where each slot goes and how its text is set."""
from __future__ import annotations

import re
from dataclasses import replace

from briefdeck.core import ChartSpec, Item, Series, Slide, Table
from briefdeck.core.numbers import HEDGE_VOCABULARY, big_number, hedge, hedged
from briefdeck.core.sanitize import one_line
from briefdeck.core.snippet import attribution
from briefdeck.templates import contrast
from briefdeck.templates.model import Box
from briefdeck.writers import fit
from briefdeck.writers.plan import Planner, cont_title, shrink
from briefdeck.writers.render_plan import ChartBlock, Para, RectBlock, Run, TableBlock

BULLET_SPACE = 0.55  # space after a bullet, as a share of the font size


def plan_title(p: Planner, slide: Slide, index: int) -> None:
    d = p.deck
    title = slide.text("title") or d.title
    plan = p.new_slide("title", index, one_line(title))
    r = p.t.regions
    plan.blocks.append(p.block("title", r["hero_title"], [Para([Run(one_line(title))])], "hero_title",
                               anchor="bottom", index=index, region="hero_title"))
    subtitle = slide.text("subtitle") or d.subtitle
    if subtitle:
        plan.blocks.append(p.block("subtitle", r["hero_subtitle"], [Para([Run(one_line(subtitle))])],
                                   "hero_subtitle", index=index, region="hero_subtitle"))
    byline = " \u00b7 ".join(x for x in (d.author, slide.text("date") or d.date) if x)
    if byline:
        plan.blocks.append(p.block("date", r["hero_date"], [Para([Run(one_line(byline))])], "hero_date",
                                   index=index, short=True, region="hero_date"))
    p.finish(plan, slide, [])


def plan_section(p: Planner, slide: Slide, index: int) -> None:
    plan = p.new_slide("section", index, one_line(slide.text("title")))
    r = p.t.regions
    plan.blocks.append(p.block("title", r["section_title"], [Para([Run(one_line(slide.text("title")))])],
                               "section_title", anchor="bottom", index=index, region="section_title"))
    if slide.text("subtitle"):
        plan.blocks.append(p.block("subtitle", r["section_subtitle"],
                                   [Para([Run(one_line(slide.text("subtitle")))])], "section_subtitle",
                                   index=index, region="section_subtitle"))
    p.finish(plan, slide, [])


def _continued(p: Planner, slide: Slide, index: int, title: str, items: list[Item], layout: str) -> None:
    """Set ``items`` as bullets on as many slides as they need."""
    paras = [Para(p.item_runs(i), bullet=True) for i in items]
    first = True
    if not paras:                                      # a title with no bullets yet is still a slide
        plan = p.new_slide(layout, index)
        p.title_block(plan, title, index)
        p.warn(index, f"the {layout} slide has no {layout} yet")
        p.finish(plan, slide, [])
        return
    while paras:
        plan = p.new_slide(layout, index)
        p.title_block(plan, title if first else cont_title(title), index)
        box = p.t.regions["content"]
        block = p.block("bullets", box, paras, "body", space_ratio=BULLET_SPACE, index=index, truncate=False,
                        region="content")
        if block is None:
            take = p.split_fit(paras, box, "body", BULLET_SPACE)
            block = p.block("bullets", box, paras[:take], "body", space_ratio=BULLET_SPACE, index=index,
                            region="content")
            p.warn(index, f"{len(paras) - take} bullet(s) did not fit and continue on a '(cont.)' slide")
        else:
            take = len(paras)
        plan.blocks.append(block)
        used = [i.snippet for i in items[:take] if i.snippet]
        p.finish(plan, slide if first else None, used)
        items, paras, first = items[take:], paras[take:], False


def plan_bullets(p: Planner, slide: Slide, index: int) -> None:
    items = slide.slots.get("bullets", [])
    _continued(p, slide, index, slide.text("title"), items, "bullets")


def format_value(value: float, unit: str) -> str:
    """25, percent -> 25%; 4.2, CAD billion -> C$4.2B; 51000, jobs -> 51,000; 2025, year -> 2025."""
    return big_number(value, unit)


def default_label(sn, deck) -> str:
    """What a big number measures when the slide does not say: a short noun phrase, or nothing."""
    from briefdeck.extract.labels import label_for
    source = deck.sources.get(sn.source)
    return label_for(sn, source.text if source is not None and source.text else None)


def _item(slide: Slide, slot: str) -> Item:
    """The slot's item; an empty slot reads as an empty item, so it plans as an empty place."""
    value = slide.slots.get(slot)
    return value if isinstance(value, Item) else Item()


_WORD = re.compile(r"[^\W\d_]+")
_NUMBER_WORDS = frozenset("per cent percent pct point points thousand million billion trillion a an the of for to in on "
                          "at by".split()) | HEDGE_VOCABULARY
# "a third", "three-quarters", "one in five" (of "one in five residents"): a share written in words
_SHARE_WORDS = re.compile(r"(?:one|1) in \d{1,3}(?:,\d{3})+|(?:one|1) in \w+|(?:(?:a|one|two|three|four)[ -])?(?:half|thirds?|quarters?|fifths?|tenths?)",
                          re.I)


def _in_words(words: str, value: float | None = None) -> str | None:
    """A share written in words stays in words on the slide ("A third", not "33.3%"), and so does one too small
    for a percentage ("1 in 250,000", not "0%"); None when it has digits or no share in words."""
    m = None if re.search(r"\d", words) and not (value is not None and value < 1) else _SHARE_WORDS.search(words)
    if not m:
        return None
    shown = f"{hedge(words)} {m.group()}".strip()         # "Almost a third"
    return shown[:1].upper() + shown[1:]


def _says_more(words: str, number: str, label: str) -> bool:
    """Do a figure's own words ("4.2 billion in parts exports") say more than the number and label shown?"""
    shown = {w.casefold() for w in _WORD.findall(f"{number} {label}")} | _NUMBER_WORDS
    return len([w for w in _WORD.findall(words) if w.casefold() not in shown]) >= 2


def plan_big_number(p: Planner, slide: Slide, index: int) -> None:
    item = _item(slide, "figure")
    sn = p.deck.snippets.get(item.snippet) if item.snippet else None
    plan = p.new_slide("big-number", index)
    p.title_block(plan, slide.text("title"), index)
    box = p.t.regions["content"]
    number = item.text or (sn and sn.unit == "percent" and _in_words(sn.text, sn.value)) or \
        (hedged(format_value(sn.value, sn.unit), sn.text) if sn and sn.value is not None else (sn.text if sn else ""))
    left = Box(box.x, box.y, box.w * 0.44, box.h)
    right = Box(box.x + box.w * 0.5, box.y, box.w * 0.5, box.h)
    plan.blocks.append(p.block("figure", left, [Para([Run(one_line(number))])], "number", align="right",
                               anchor="middle", index=index, one_line=True))
    plan.blocks.append(RectBlock(Box(box.x + box.w * 0.47, box.y + box.h * 0.22, 0.04, box.h * 0.56),
                                 p.t.color("accent")))
    label = slide.text("label") or (default_label(sn, p.deck) if sn else "")
    paras = [Para([Run(one_line(label), bold=True)] + ([Run(p.marker(item.snippet), superscript=True)]
                                                        if p.marker(item.snippet) else []))]
    ctx_item = slide.slots.get("context")
    context = p.deck.item_text(ctx_item) if isinstance(ctx_item, Item) else ""
    ctx_snippet = ctx_item.snippet if isinstance(ctx_item, Item) and ctx_item.snippet else None
    if not context and sn and not item.text and _says_more(sn.text, number, label):
        context = f"\u201c{one_line(sn.text)}\u201d"          # the figure's own words, when they add to it
    label_box = Box(right.x, right.y + right.h * 0.18, right.w, right.h * 0.34)
    plan.blocks.append(p.block("label", label_box, paras, "label", anchor="bottom", index=index, short=True))
    if context:
        ctx_box = Box(right.x, right.y + right.h * 0.55, right.w, right.h * 0.3)
        runs = [Run(one_line(context))] + ([Run(p.marker(ctx_snippet), superscript=True)]
                                           if ctx_snippet and p.marker(ctx_snippet) else [])
        plan.blocks.append(p.block("context", ctx_box, [Para(runs)], "context", index=index))
    p.finish(plan, slide, [i for i in (item.snippet, ctx_snippet) if i])


def plan_quote(p: Planner, slide: Slide, index: int) -> None:
    item = _item(slide, "quote")
    sn = p.deck.snippets.get(item.snippet) if item.snippet else None
    title = slide.text("title")
    plan = p.new_slide("quote", index, has_title=bool(title))
    p.title_block(plan, title, index)
    box = p.t.regions["content"]
    if not title:       # the quote takes the title's room too, unless that room looks different (a band)
        surface = p.t.surface("quote")
        wider = shrink(box, top=-0.6)
        if set(contrast.under(surface, wider)) == set(contrast.under(surface, box)):
            box = wider
    text = p.deck.item_text(item)
    edited = bool(sn and (sn.edited or (item.text and item.text != sn.anchor.exact)))
    quote_box = Box(box.x + 0.9, box.y + 0.1, box.w - 1.6, box.h * 0.6)
    if text:                                    # an empty quote slot is an empty slide, not a pair of marks
        plan.blocks.append(p.block("quote", quote_box, [Para([Run(f"\u201c{one_line(text)}\u201d")])], "quote",
                                   anchor="bottom", spacing=1.05, index=index))
    plan.blocks.append(RectBlock(Box(box.x + 0.45, box.y + 0.25, 0.08, box.h * 0.84 - 0.25), p.t.color("accent")))
    speaker = slide.text("speaker") or (sn.speaker if sn else "")
    role = slide.text("role") or (sn.role if sn else "")
    who = "\u2014 " + attribution(speaker, role) if speaker or role else ""
    runs = [Run(one_line(who))] if who else []
    if edited:
        runs.append(Run(" (edited)", bold=False, italic=True))
    marker = p.marker(item.snippet)
    if marker:
        runs.append(Run(marker, superscript=True))
    if runs:
        attr_box = Box(quote_box.x, box.y + box.h * 0.66, quote_box.w, box.h * 0.18)
        plan.blocks.append(p.block("attribution", attr_box, [Para(runs)], "attribution", index=index,
                                   short=True))
    if edited:
        p.warn(index, "the quote was edited and is no longer verbatim; it is marked '(edited)'")
    p.finish(plan, slide, [item.snippet] if item.snippet else [])


def plan_chart(p: Planner, slide: Slide, index: int) -> None:
    chart: ChartSpec | None = slide.slots.get("chart")
    plan = p.new_slide("chart", index)
    p.title_block(plan, slide.text("title") or (chart.title if chart else ""), index)
    box = p.t.regions["content"]
    caption = slide.text("caption")
    if caption:
        cap_box = Box(box.x, box.y + box.h - 0.5, box.w, 0.5)
        plan.blocks.append(p.block("caption", cap_box, [Para([Run(one_line(caption))])], "caption", index=index))
        box = shrink(box, bottom=0.6)
    if chart is None or not chart.series:               # no chart yet: the slide's title and caption only
        p.finish(plan, slide, [])
        return
    chart = replace(chart, title=one_line(chart.title), categories=[one_line(c) for c in chart.categories],
                    series=[Series(one_line(s.name), list(s.points)) for s in chart.series])
    plan.blocks.append(ChartBlock(box, chart, p.t.chart_colors, p.t.styles["body"], p.t.color("text"),
                                  p.t.color("rule"), chart.describe()))
    p.finish(plan, slide, chart.snippet_ids())


def plan_comparison(p: Planner, slide: Slide, index: int) -> None:
    left, right = list(slide.slots.get("left", [])), list(slide.slots.get("right", []))
    title, first = slide.text("title"), True
    box = p.t.regions["content"]
    gap = 0.45
    col_w = (box.w - gap) / 2
    while left or right or first:
        plan = p.new_slide("comparison", index)
        p.title_block(plan, title if first else cont_title(title), index)
        used: list[str] = []
        for side, items, x in (("left", left, box.x), ("right", right, box.x + col_w + gap)):
            plan.blocks.append(RectBlock(Box(x, box.y, col_w, box.h), p.t.color("panel")))
            plan.blocks.append(RectBlock(Box(x, box.y, col_w, 0.06), p.t.color("accent")))
            head = slide.text(f"{side}_heading")
            if head:
                plan.blocks.append(p.block(f"{side}_heading", Box(x + 0.15, box.y + 0.15, col_w - 0.3, 0.6),
                                           [Para([Run(one_line(head))])], "heading", anchor="middle", index=index,
                                           short=True))
            body = Box(x + 0.15, box.y + 0.85, col_w - 0.3, box.h - 1.0)
            paras = [Para(p.item_runs(i), bullet=True) for i in items]
            take = len(paras)
            block = p.block(side, body, paras, "body", space_ratio=BULLET_SPACE, index=index,
                            truncate=False) if paras else None
            if paras and block is None:
                take = p.split_fit(paras, body, "body", BULLET_SPACE)
                block = p.block(side, body, paras[:take], "body", space_ratio=BULLET_SPACE, index=index)
                p.warn(index, f"{len(paras) - take} item(s) in '{side}' continue on a '(cont.)' slide")
            if block:
                plan.blocks.append(block)
            used += [i.snippet for i in items[:take] if i.snippet]
            items[:] = items[take:]
        _same_size(plan, ("left", "right"))
        p.finish(plan, slide if first else None, used)
        first = False


def _same_size(plan, names) -> None:
    blocks = [b for b in plan.text_blocks() if b.name in names]
    if blocks:
        size = min(b.size for b in blocks)
        for b in blocks:
            b.size, b.space_after = size, size * BULLET_SPACE


def plan_table(p: Planner, slide: Slide, index: int) -> None:
    table: Table | None = slide.slots.get("table")
    if table is None or not table.columns:              # no table yet: the slide's title only
        plan = p.new_slide("table", index)
        p.title_block(plan, slide.text("title"), index)
        p.finish(plan, slide, [])
        return
    style = p.t.styles["table"]
    box = p.t.regions["content"]
    rows = [[p.item_runs(c) for c in row] for row in table.rows]
    title, first = slide.text("title"), True
    widths = _column_widths(table.columns, rows, box.w)
    while rows or first:
        size, take, heights = _fit_table(p, table.columns, rows, widths, box, style)
        if take < len(rows):
            p.warn(index, f"{len(rows) - take} table row(s) continue on a '(cont.)' slide")
        plan = p.new_slide("table", index)
        p.title_block(plan, title if first else cont_title(title), index)
        plan.blocks.append(TableBlock(Box(box.x, box.y, box.w, sum(heights)), [one_line(c) for c in table.columns],
                                      rows[:take], style, size, heights, p.t.color(style.color),
                                      p.t.color("accent"), p.t.color("accent_text"), p.t.color("panel"),
                                      p.t.background("table"), widths))
        used = [c.snippet for row in table.rows[len(table.rows) - len(rows):][:take] for c in row if c.snippet]
        p.finish(plan, slide if first else None, used)
        rows, first = rows[take:], False


def _column_widths(columns, rows, total: float) -> list[float]:
    lengths = [max([len(c)] + [len("".join(r.text for r in row[i])) for row in rows]) for i, c in enumerate(columns)]
    lengths = [min(max(n, 8), 60) for n in lengths]
    return [total * n / sum(lengths) for n in lengths]


CELL_X, CELL_Y = 0.1, 0.05


def _cell_width(w: float) -> float:
    return (w - 2 * CELL_X) * 72 * fit.WIDTH_SAFETY


def _row_height(cells: list[str], widths: list[float], size: float, font) -> float:
    lines = max(len(fit.wrap(text, _cell_width(w), size, font)) for text, w in zip(cells, widths))
    return lines * size * font.line_factor / 72 + 2 * CELL_Y + 0.04


def _breaks_word(rows: list[list[str]], widths: list[float], size: float, font) -> bool:
    return any(fit.breaks_word(text, _cell_width(w), size, font) for row in rows for text, w in zip(row, widths))


def _fit_table(p: Planner, columns, rows, widths, box: Box, style):
    font = fit.style_metrics(style, bold=False)
    bold = fit.style_metrics(style, bold=True)
    cells = [["".join(r.text for r in c) for c in row] for row in rows]
    size = style.size
    while size > style.min and (_breaks_word([columns], widths, size, bold) or _breaks_word(cells, widths, size, font)):
        size -= 1                       # first a size at which no word in a cell is wider than its column
    while True:
        head = _row_height(columns, widths, size, bold)
        heights = [head] + [_row_height(row, widths, size, font) for row in cells]
        if sum(heights) <= box.h or size <= style.min:
            break
        size -= 1
    take, total = 0, heights[0]
    for h in heights[1:]:
        if total + h > box.h:
            break
        total += h
        take += 1
    take = max(1, take) if rows else 0
    return size, take, heights[:take + 1]


def plan_sources(p: Planner, slide: Slide | None, index: int | None) -> None:
    """The closing list of every cited source, continued over as many slides as it needs."""
    title = (slide.text("title") if slide else "") or "Sources"
    entries = sorted(((n, p.deck.sources[sid]) for sid, n in p.numbers.items()), key=lambda x: x[0])
    paras = [Para([Run(f"[{n}]  ", bold=True), Run(one_line(src.full_citation()))]) for n, src in entries]
    first = True
    if not paras:
        paras = [Para([Run("No sources are cited in this deck.")])]
    while paras:
        plan = p.new_slide("sources", index)
        p.title_block(plan, title if first else cont_title(title), index)
        box = p.t.regions["content"]
        block = p.block("sources", box, paras, "sources", space_ratio=0.5, index=index, truncate=False)
        take = len(paras)
        if block is None:
            take = p.split_fit(paras, box, "sources", 0.5)
            block = p.block("sources", box, paras[:take], "sources", space_ratio=0.5, index=index)
        plan.blocks.append(block)
        p.finish(plan, slide if first else None, [])
        paras, first = paras[take:], False


LAYOUT_PLANNERS = {
    "title": plan_title,
    "section": plan_section,
    "bullets": plan_bullets,
    "big-number": plan_big_number,
    "quote": plan_quote,
    "chart": plan_chart,
    "comparison": plan_comparison,
    "table": plan_table,
}
