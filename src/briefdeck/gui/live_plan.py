"""The deck's render plan, kept current on the GUI thread as the deck changes.

The exporter's own planner with a PlanCache: after an edit only the slides it changed are planned
again (a title typed on a 2,000-slide deck plans one slide), so there is no need for a worker
thread, a copy of the deck, or waiting. The template is loaded once per choice.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from briefdeck.core import Deck, Diagnostic
from briefdeck.templates.model import Template
from briefdeck.writers.plan_cache import PlanCache
from briefdeck.writers.render_plan import RenderPlan


@dataclass
class Planned:
    """What the preview, the slide list and the citations inspector show (the exporter's Result shape)."""

    plan: RenderPlan
    diagnostics: list[Diagnostic] = field(default_factory=list)


class LivePlan:
    def __init__(self):
        self.cache: PlanCache | None = None
        self.template: Template | None = None
        self._template_for: tuple | None = None
        self.notes: list[Diagnostic] = []          # about the template (fonts measured with what, ...)

    def _template(self, deck: Deck, path: Path) -> Template:
        from briefdeck.spec import Loaded
        from briefdeck.writers.export import choose_template
        chosen = deck.template
        stamp = None
        if chosen and chosen.lower().endswith((".pptx", ".potx")):
            file = Path(chosen) if Path(chosen).is_absolute() else Path(path).parent / chosen
            try:
                stamp = file.stat().st_mtime_ns
            except OSError:
                stamp = None
        key = (chosen, str(Path(path).parent), stamp)
        if key != self._template_for or self.template is None:
            notes: list[Diagnostic] = []
            self.template = choose_template(None, Loaded(deck=deck, path=Path(path), allow_outside=True), notes)
            self.notes = notes
            self._template_for = key
            self.cache = PlanCache(self.template)
        return self.template

    def update(self, deck: Deck, path: Path, budget: float | None = None, first: int | None = None) -> Planned:
        """The plan of the deck as it is now (within ``budget`` seconds of planning, slide ``first`` first:
        see ``complete``); BriefdeckError when its template cannot be used."""
        self._template(deck, path)
        plan = self.cache.plan(deck, budget, first)
        return Planned(plan, list(self.notes) + list(plan.diagnostics))

    @property
    def complete(self) -> bool:
        """Every slide planned (else call ``update`` again to carry on)."""
        return self.cache is None or self.cache.complete

    @property
    def planned_last(self) -> int:
        """Slides planned (not reused) by the last update."""
        return self.cache.planned if self.cache else 0

