"""Find the files shipped with briefdeck (templates, assets) in a wheel or a source checkout."""
from __future__ import annotations

from importlib.resources import files
from pathlib import Path


def data_dir(name: str) -> Path:
    """The folder of shipped data called ``name`` ('templates' or 'assets')."""
    packaged = Path(str(files("briefdeck"))) / "_data" / name
    if packaged.is_dir():
        return packaged
    checkout = Path(__file__).resolve().parents[2] / name
    if checkout.is_dir():
        return checkout
    raise FileNotFoundError(f"briefdeck's '{name}' folder is missing from this installation")


def data_file(name: str) -> Path:
    """A single shipped file at the top of the data, e.g. data_file('constraints.txt')."""
    packaged = Path(str(files("briefdeck"))) / "_data" / name
    return packaged if packaged.is_file() else Path(__file__).resolve().parents[2] / name


def font_file(stem: str) -> Path:
    """A shipped font, e.g. font_file('Carlito-Bold')."""
    return data_dir("assets") / "fonts" / f"{stem}.ttf"


def cache_dir(kind: str) -> Path:
    """Where briefdeck keeps work it can redo: ``$BRIEFDECK_CACHE_DIR/kind``, else ~/.cache/briefdeck/kind."""
    import os
    base = os.environ.get("BRIEFDECK_CACHE_DIR")
    if base:
        return Path(base) / kind
    return Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "briefdeck" / kind


def state_dir() -> Path:
    """Settings, journals and trust decisions: ``$BRIEFDECK_STATE_DIR``, else ~/.local/state/briefdeck."""
    import os
    base = os.environ.get("BRIEFDECK_STATE_DIR")
    if base:
        return Path(base)
    return Path(os.environ.get("XDG_STATE_HOME") or Path.home() / ".local" / "state") / "briefdeck"
