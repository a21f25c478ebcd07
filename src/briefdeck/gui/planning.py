"""Plan the deck for the preview (run in a worker thread): the exporter's own plan, nothing drawn."""
from __future__ import annotations

from pathlib import Path

from briefdeck.core import Deck


def plan_for_preview(deck: Deck, path: Path):
    """The export plan and diagnostics of ``deck`` as if saved at ``path`` (pure Python: safe in a thread).

    Drawing stays on the GUI thread: Qt's text rendering is not safe to run beside it.
    """
    from briefdeck.spec import Loaded
    from briefdeck.writers.export import plan
    from briefdeck.writers.render_plan import ChartBlock

    result = plan(Loaded(deck=deck, path=Path(path), allow_outside=True))
    from briefdeck.gui.preview import chart_image
    for slide_plan in result.plan.slides:          # chart pictures made here, so painting only draws them
        for block in slide_plan.blocks:
            if isinstance(block, ChartBlock):
                chart_image(block)
    return result
