"""Export many decks at once: locally in worker processes, or on a Dask cluster."""
from briefdeck.batch.jobs import Row, export_one, find_decks, is_deck, output_names
from briefdeck.batch.runners import run_dask, run_local

__all__ = ["Row", "export_one", "find_decks", "is_deck", "output_names", "run_dask", "run_local"]
