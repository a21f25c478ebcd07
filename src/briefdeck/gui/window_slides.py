"""The slide commands of the window: add, duplicate, delete, move, layout, slots, notes, charts."""
from __future__ import annotations

from briefdeck.core import BriefdeckError, Item, Slide
from briefdeck.core.edits import (Batch, DeleteSlide, DuplicateSlide, InsertSlide, MoveSlide, SetDeckField,
                                  set_layout, set_notes, set_slot)


class SlideCommands:
    """Mixed into the window's Actions (which provides ``win``, ``doc``, ``do`` and ``resolve``)."""

    def new_slide(self, layout: str = "bullets") -> None:
        at = (self.win.current_slide + 1) if self.win.current_slide is not None else len(self.doc.deck.slides)
        self.do(InsertSlide(at, Slide(layout, {})))       # its fields show what to type; nothing made up
        self.win.select_slide_row(at)

    def duplicate_slide(self) -> None:
        if self.win.current_slide is not None:
            self.do(DuplicateSlide(self.win.current_slide))
            self.win.select_slide_row(self.win.current_slide + 1)

    def delete_slide(self) -> None:
        if self.win.current_slide is not None:
            self.do(DeleteSlide(self.win.current_slide))

    def move_slide(self, src: int, dst: int) -> None:
        self.do(MoveSlide(src, dst))
        self.win.select_slide_row(dst)

    def move_current(self, step: int) -> None:
        i = self.win.current_slide
        if i is not None and 0 <= i + step < len(self.doc.deck.slides):
            self.move_slide(i, i + step)

    def slide_index(self, index: int | None) -> int | None:
        """``index`` (the slide a field belonged to when it changed), else the current slide; None if gone."""
        index = self.win.current_slide if index is None else index
        return index if index is not None and 0 <= index < len(self.doc.deck.slides) else None

    def set_layout(self, layout: str, index: int | None = None) -> None:
        index = self.slide_index(index)
        if index is not None and self.doc.deck.slides[index].layout != layout:
            self.do(set_layout(self.doc.deck, index, layout))

    def set_slot(self, slot: str, value, index: int | None = None, typing: str = "") -> None:
        """``typing``: changes with the same key (one visit to a field) make one undo step."""
        index = self.slide_index(index)
        if index is None:
            return
        deck, edit = self.doc.deck, set_slot(self.doc.deck, index, slot, value)
        text = value if isinstance(value, str) else value.text if isinstance(value, Item) else None
        if index == 0 and slot == "title" and deck.slides[0].layout == "title" and text is not None \
                and deck.title == deck.slides[0].text("title"):   # the opening slide's title is the deck's (the
            edit = Batch([edit, SetDeckField("title", text)], edit.label)   # file's title), as long as they agree
        self.do(edit, merge=f"{index}:{slot}:{typing}" if typing else "")

    def set_notes(self, text: str, index: int | None = None, typing: str = "") -> None:
        index = self.slide_index(index)
        if index is not None and self.doc.deck.slides[index].notes != text:
            self.do(set_notes(self.doc.deck, index, text), merge=f"{index}:notes:{typing}" if typing else "")

    def chart_from_keys(self, keys: list[str] | None = None) -> None:
        keys = keys if keys is not None else self.win.snippets.selected_keys()
        snippets, edits = self.resolve(keys)
        figures = [s for s in snippets if s.kind == "figure" and s.value is not None]
        if not figures:
            raise BriefdeckError("select figures with a value first", hint="filter the snippets by figure")
        dialog = self.make_chart_dialog(figures, None, "Figures compared")
        if dialog.exec() and dialog.result_chart is not None:
            at = (self.win.current_slide + 1) if self.win.current_slide is not None else len(self.doc.deck.slides)
            keep = [e for e in edits if e.snippet.id in dialog.result_chart.snippet_ids()]
            slide = Slide("chart", {"title": Item(dialog.title.text().strip() or "Figures compared"),
                                    "chart": dialog.result_chart})
            self.do(Batch(keep + [InsertSlide(at, slide)], "Chart from figures"))
            self.win.select_slide_row(at)

    def edit_chart(self) -> None:
        index = self.win.current_slide
        if index is None:
            return
        slide = self.doc.deck.slides[index]
        chart = slide.slots.get("chart")
        figures = [self.doc.deck.snippets[i] for i in (chart.snippet_ids() if chart else [])
                   if i in self.doc.deck.snippets]
        dialog = self.make_chart_dialog(figures, chart, slide.text("title"))
        if dialog.exec() and dialog.result_chart is not None:
            self.do(set_slot(self.doc.deck, index, "chart", dialog.result_chart))

    def make_chart_dialog(self, figures, chart, title):
        from briefdeck.gui.chart_builder import ChartBuilder
        return ChartBuilder(figures, chart, title, self.win)

