"""The deck file format (YAML, version 1): load with line:col diagnostics, save, lint."""
from briefdeck.spec.load import VERSION, Loaded, did_you_mean, load_deck, read_deck
from briefdeck.spec.save import deck_to_data, dump_deck, save_deck

__all__ = ["VERSION", "Loaded", "did_you_mean", "load_deck", "read_deck", "deck_to_data", "dump_deck",
           "save_deck"]
