"""Plan a deck: choose geometry, fit text, number citations. Pure: no file is touched.

``plan_deck(deck, template)`` returns a RenderPlan that the emitters draw as is.
"""
from __future__ import annotations

from dataclasses import replace

from briefdeck.core import Deck, Diagnostic, Item, Slide, passage
from briefdeck.core.errors import WARNING
from briefdeck.core.sanitize import clean_text, one_line
from briefdeck.templates import contrast
from briefdeck.templates.model import Area, Box, Template
from briefdeck.writers import fit
from briefdeck.writers.render_plan import (ChartBlock, Para, RectBlock, RenderPlan, Run, SlidePlan, TableBlock,
                                           TextBlock)


FLOOR_PT = 6.0   # the least size short text is shrunk to rather than break a word
WHITE = "FFFFFF"


def _clip(shape: list[tuple[str, bool]], limit: int = 40) -> str:
    text = " ".join(t for t, _ in shape)
    return text if len(text) <= limit else text[:limit - 1] + "\u2026"


class Planner:
    """Shared machinery; the per-layout rules live in ``plan_layouts``."""

    def __init__(self, deck: Deck, template: Template, numbers: dict[str, int] | None = None):
        self.deck = deck
        self.t = template
        self.numbers = numbers if numbers is not None else citation_numbers(deck)
        self.diagnostics: list[Diagnostic] = []
        self.slides: list[SlidePlan] = []

    # --- diagnostics --------------------------------------------------------------------
    def warn(self, index: int | None, message: str, hint: str | None = None, severity: str = WARNING) -> None:
        where = f"slide {index + 1}: " if index is not None else ""
        self.diagnostics.append(Diagnostic(where + message, severity=severity, hint=hint))

    # --- text ---------------------------------------------------------------------------
    def item_runs(self, item: Item, text: str | None = None) -> list[Run]:
        """An item's text with its citation marker, ready to set."""
        body = one_line(text if text is not None else self.deck.item_text(item))
        runs = [Run(body)]
        marker = self.marker(item.snippet)
        if marker:
            runs.append(Run(marker, superscript=True))
        return runs

    def marker(self, snippet_id: str | None) -> str:
        if not snippet_id or snippet_id not in self.deck.snippets:
            return ""
        n = self.numbers.get(self.deck.snippets[snippet_id].source)
        return f"\u2009[{n}]" if n else ""

    def block(self, name: str, box: Box, paras: list[Para], style_name: str, *, align: str = "left",
              anchor: str = "top", space_ratio: float = 0.0, spacing: float = 1.0,
              color: str | None = None, index: int | None = None, truncate: bool = True,
              short: bool = False, one_line: bool = False, region: str | None = None) -> TextBlock | None:
        """Fit paragraphs in ``box`` between the style's size and its minimum, never breaking a word.

        ``short`` text (a label, a heading) and ``one_line`` text (a number) shrink below
        the minimum, with an error, rather than break a word (or, for ``one_line``, wrap).
        Longer text whose words cannot stay whole even at the minimum is set with the
        word broken, with a warning. When even the minimum is too big: None if
        ``truncate`` is False (the caller continues on another slide), else the text is
        cut with an ellipsis and an error. A ``region`` the template took from a layout placeholder
        gives the text that placeholder's alignment, and the block fills the placeholder.
        """
        style = self.t.styles[style_name]
        align, anchor = self.t.text_layout.get(region, (align, anchor)) if region else (align, anchor)
        placeholder = self.t.placeholders.get(region, "") if region else ""
        font = fit.style_metrics(style)
        shape = [(p.text, p.bullet) for p in paras]
        lines = 1 if one_line else None
        size = fit.best_size(shape, box.w, box.h, style.size, style.min, font, space_ratio, spacing,
                             whole_words=True, max_lines=lines)
        if size is None and (short or one_line):
            size = fit.best_size(shape, box.w, box.h, style.min - 0.5, max(FLOOR_PT, style.min / 2), font,
                                 space_ratio, spacing, whole_words=True, max_lines=lines)
            if size is not None:
                what = "on one line" if one_line else "without breaking a word"
                self.warn(index, f"'{_clip(shape)}' in '{name}' fits {what} only at {size:g} pt, below the "
                          f"template's minimum of {style.min:g} pt", "shorten it", severity="error")
                return self._text_block(name, box, paras, style, size, align, anchor, space_ratio, spacing,
                                        color, placeholder)
        if size is None:
            size = fit.best_size(shape, box.w, box.h, style.size, style.min, font, space_ratio, spacing)
            if size is not None:
                self.warn(index, f"a word in '{name}' is wider than its box at {size:g} pt and is broken "
                          "across lines", "shorten the word or the text around it")
        if size is None:
            if not truncate:
                return None
            paras = self._truncate(paras, box, style.min, font, space_ratio, spacing)
            size = style.min
            self.warn(index, f"text in '{name}' is too long for its box even at {style.min:g} pt and was cut",
                      "shorten it or split it over two slides", severity="error")
        elif size < style.size:
            self.warn(index, f"text in '{name}' shrunk from {style.size:g} to {size:g} pt to fit")
        return self._text_block(name, box, paras, style, size, align, anchor, space_ratio, spacing, color,
                                placeholder)

    def _text_block(self, name, box, paras, style, size, align, anchor, space_ratio, spacing, color,
                    placeholder) -> TextBlock:
        return TextBlock(name, box, paras, style, size, self.t.color(color or style.color), align, anchor,
                         size * space_ratio, spacing, placeholder)

    def _truncate(self, paras: list[Para], box: Box, size: float, font, space_ratio: float,
                  spacing: float) -> list[Para]:
        kept: list[Para] = []
        for para in paras:
            trial = kept + [para]
            if fit.fits([(p.text, p.bullet) for p in trial], box.w, box.h, size, font, size * space_ratio, spacing):
                kept = trial
                continue
            words = para.runs[0].text.split()
            while words:
                words.pop()
                cut = Para([Run(" ".join(words) + "\u2026")] + para.runs[1:], para.bullet)
                if fit.fits([(p.text, p.bullet) for p in kept + [cut]], box.w, box.h, size, font,
                             size * space_ratio, spacing):
                    kept.append(cut)
                    break
            break
        return kept or [Para([Run("\u2026")])]

    def split_fit(self, paras: list[Para], box: Box, style_name: str, space_ratio: float) -> int:
        """How many leading paragraphs fit in ``box`` at the style's minimum size (at least one)."""
        style = self.t.styles[style_name]
        font = fit.style_metrics(style)
        count = 0
        for n in range(1, len(paras) + 1):
            shape = [(p.text, p.bullet) for p in paras[:n]]
            if not fit.fits(shape, box.w, box.h, style.min, font, style.min * space_ratio):
                break
            count = n
        return max(1, count)

    # --- slide furniture ----------------------------------------------------------------
    def new_slide(self, layout: str, index: int | None, title: str = "", has_title: bool = True) -> SlidePlan:
        plan = SlidePlan(layout=layout, background=self.t.background(layout), title=title, deck_index=index)
        plan.blocks.extend(RectBlock(a.box, a.colors[0], backdrop=True) for a in self.t.surface(layout).shapes
                           if a.opaque and len(a.colors) == 1)
        plan.blocks.extend(RectBlock(s.box, self.t.color(s.color)) for s in self.t.shapes(layout)
                           if has_title or not s.with_title)
        return plan

    def title_block(self, plan: SlidePlan, text: str, index: int | None) -> None:
        if text:
            block = self.block("title", self.t.regions["title"], [Para([Run(one_line(text))])], "title",
                               anchor="bottom", index=index, region="title")
            plan.blocks.append(block)
            plan.title = one_line(text)

    def finish(self, plan: SlidePlan, slide: Slide | None, snippet_ids: list[str]) -> None:
        """Add footnote, page number and speaker notes, then keep the slide."""
        numbers = sorted({self.numbers[self.deck.snippets[s].source] for s in snippet_ids
                          if s in self.deck.snippets})
        plan.cited = numbers
        if numbers:
            sources = {n: self.deck.sources[sid] for sid, n in self.numbers.items()}
            lines = [f"[{n}] {one_line(sources[n].citation())}" for n in numbers]
            paras = [Para([Run(line)]) for line in lines] if len(lines) <= 2 else [Para([Run("   ".join(lines))])]
            plan.blocks.append(self.block("footnote", self.t.regions["footnote"], paras, "footnote",
                                          anchor="bottom", index=plan.deck_index))
        if plan.layout not in ("title", "section"):
            page = str(len(self.slides) + 1)
            plan.blocks.append(TextBlock("page", self.t.regions["page"], [Para([Run(page)])],
                                         self.t.styles["page"], self.t.styles["page"].size,
                                         self.t.color(self.t.styles["page"].color), align="right",
                                         anchor="bottom"))
        plan.notes = self.notes(slide, snippet_ids)
        self.readable(plan)
        self.slides.append(plan)

    def readable(self, plan: SlidePlan) -> None:
        """Give every text on the slide a colour that reads on what it sits on (WCAG 4.5:1), shifting the
        style's colour towards the theme's as little as needed; warn where no colour reaches it."""
        surface = self.t.surface(plan.layout)
        over: list[Area] = []
        low: list[str] = []

        def pick(name: str, colour: str, backgrounds, primary: bool = False) -> str:
            chosen, got = contrast.readable(colour, backgrounds, self.t.anchors, primary)
            if got < contrast.MINIMUM:
                low.append(f"{name} {got:.1f}:1")
            return chosen

        for block in plan.blocks:
            if isinstance(block, RectBlock):
                over.append(Area(block.box, (block.color,)))
            elif isinstance(block, TextBlock):
                backgrounds = contrast.under(surface, block.box, tuple(over))
                primary = block.style.color in contrast.PRIMARY
                block.color = pick(block.name, block.color, backgrounds, primary)
                for para in block.paras:
                    for run in para.runs:
                        if run.color:
                            run.color = pick(block.name, run.color, backgrounds)
            elif isinstance(block, TableBlock):
                block.header_color = pick("table header", block.header_color, [block.header_fill], True)
                block.text_color = pick("table", block.text_color, [block.band_fill, block.fill], True)
            elif isinstance(block, ChartBlock):
                block.text_color = pick("chart", block.text_color, contrast.under(surface, block.box, tuple(over)),
                                        True)
                if block.spec.type == "pie" or (block.spec.type.startswith("stacked") and block.spec.engine != "image"):
                    # these charts print white values inside their slices and bars: darken what needs it
                    block.colors = [pick("chart labels", c, [WHITE]) for c in block.colors]
        if low:
            self.warn(plan.deck_index, "text reads below the 4.5:1 contrast WCAG asks for against its background: "
                      + ", ".join(dict.fromkeys(low)),
                      "use a template whose background behind text is plainer, or lighter or darker")

    def notes(self, slide: Slide | None, snippet_ids: list[str]) -> str:
        """Speaker notes: the analyst's notes, then each cited snippet with its source passage."""
        parts = [clean_text(slide.notes).strip()] if slide and slide.notes.strip() else []
        relabelled = {i.snippet for i in slide.items() if i.snippet and i.text} if slide else set()
        for sid in snippet_ids:
            sn = self.deck.snippets.get(sid)
            if not sn:
                continue
            src = self.deck.sources[sn.source]
            n = self.numbers.get(sn.source)
            head = f"[{n}] {sn.kind.capitalize()}"
            if sn.speaker:
                head += f" \u2014 {sn.attribution()}"
            if sn.kind == "quote" and (sn.edited or sid in relabelled):
                head += " (edited on the slide; not verbatim)"
            context = passage(src.text, sn.anchor.start or 0, sn.anchor.end or 0) if sn.anchor.end else sn.anchor.exact
            page = src.page_at(sn.anchor.start or 0) if sn.anchor.end else None
            where = f", p. {page}" if page else ""
            parts.append(f"{head}: \u201c{one_line(sn.text)}\u201d\n"
                         f"Source: {one_line(src.full_citation())}{where}\n"
                         f"Passage: {one_line(context)}")
        return "\n\n".join(parts)


def citation_numbers(deck: Deck, cited: list[list[str]] | None = None) -> dict[str, int]:
    """Source id -> its number in footnotes: sources numbered in order of first citation.

    ``cited``: each slide's snippet ids, when the caller has listed them already."""
    if cited is None:
        return {sid: n for n, sid in enumerate(deck.cited_sources(), start=1)}
    numbers: dict[str, int] = {}
    for ids in cited:
        for sid in ids:
            sn = deck.snippets.get(sid)
            if sn is not None and sn.source not in numbers:
                numbers[sn.source] = len(numbers) + 1
    return numbers


def plan_deck(deck: Deck, template: Template, cache=None) -> RenderPlan:
    """Decide every slide of the deck; warnings come back in ``plan.diagnostics``.

    With a ``PlanCache`` (the editor keeps one), slides whose content, snippets, sources and citation
    numbers are as they were when last planned are not planned again: the result is the same.
    """
    from briefdeck.writers.plan_cache import PlanCache
    if cache is None or cache.template is not template:
        cache = PlanCache(template)
    return cache.plan(deck)


def cont_title(title: str) -> str:
    return f"{title} (cont.)" if title else "(cont.)"


def shrink(box: Box, top: float = 0, bottom: float = 0) -> Box:
    return replace(box, y=box.y + top, h=box.h - top - bottom)
