"""Shared test setup: the tests folder on sys.path, and a private cache folder."""
import os
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")     # the editor's tests need no display


@pytest.fixture(autouse=True, scope="session")
def _private_cache(tmp_path_factory):
    """Keep the tests' caches (extraction, chart pictures) out of the user's own cache folder."""
    old = os.environ.get("BRIEFDECK_CACHE_DIR")
    os.environ["BRIEFDECK_CACHE_DIR"] = str(tmp_path_factory.mktemp("cache"))
    yield
    if old is None:
        os.environ.pop("BRIEFDECK_CACHE_DIR", None)
    else:
        os.environ["BRIEFDECK_CACHE_DIR"] = old
