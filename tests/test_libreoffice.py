"""Every kind of deck briefdeck writes converts in LibreOffice: built-in looks, a user's template, a long deck."""
from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from pptx import Presentation

from briefdeck.spec import load_deck
from briefdeck.writers.export import export
from deckfiles import ALL_LAYOUTS, write_deck
from test_user_template import make_template

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "benchmarks"))
import decks  # noqa: E402

pytestmark = pytest.mark.skipif(not os.environ.get("CI") and not shutil.which("soffice"),
                                reason="LibreOffice is not installed")


def test_built_in_user_template_and_long_decks_convert_to_pdf(tmp_path):
    if not shutil.which("soffice"):
        pytest.skip("LibreOffice is not installed")
    outs = []
    for template in ("newsroom", "midnight"):
        folder = tmp_path / template
        folder.mkdir()
        deck = write_deck(folder, ALL_LAYOUTS, template=template)
        export(load_deck(deck), folder / f"{template}.pptx")
        outs.append(folder / f"{template}.pptx")
    company = make_template(tmp_path)
    folder = tmp_path / "company"
    folder.mkdir()
    deck = write_deck(folder, ALL_LAYOUTS)
    export(load_deck(deck), folder / "company-deck.pptx", template=str(company))
    outs.append(folder / "company-deck.pptx")
    long_deck = decks.write_deck(tmp_path / "long", 120)
    export(load_deck(long_deck), tmp_path / "long" / "long.pptx")
    outs.append(tmp_path / "long" / "long.pptx")

    pdfs = tmp_path / "pdf"
    proc = subprocess.run(["soffice", f"-env:UserInstallation=file://{tmp_path / 'profile'}", "--headless",
                           "--convert-to", "pdf", "--outdir", str(pdfs), *map(str, outs)],
                          capture_output=True, text=True, timeout=600)
    assert proc.returncode == 0, proc.stderr
    for out in outs:
        pdf = pdfs / (out.stem + ".pdf")
        assert pdf.is_file() and pdf.stat().st_size > 10_000, f"{out.name} did not convert: {proc.stderr}"
        if shutil.which("pdfinfo"):
            info = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True).stdout
            pages = int(re.search(r"Pages:\s+(\d+)", info).group(1))
            assert pages == len(Presentation(str(out)).slides), out.name
