"""A deck reads files in its own folder; outside it only what the user allowed (SECURITY.md)."""
from __future__ import annotations

import os

import pytest

from briefdeck.cli.main import main
from briefdeck.core import DeckError
from briefdeck.spec import load_deck
from briefdeck.spec.paths import trust

DECK = """briefdeck: 1
title: Paths
sources:
  - {{id: s, path: "{path}"}}
snippets:
  - {{id: c, kind: claim, source: s, text: "The quay reopened."}}
slides:
  - {{layout: bullets, title: Quay, bullets: [{{snippet: c}}]}}
"""


@pytest.fixture(autouse=True)
def _state(tmp_path, monkeypatch):
    monkeypatch.setenv("BRIEFDECK_STATE_DIR", str(tmp_path / "state"))


def layout(tmp_path, path: str):
    (tmp_path / "outside.txt").write_text("The quay reopened.\n", encoding="utf-8")
    folder = tmp_path / "deck"
    folder.mkdir(exist_ok=True)
    deck = folder / "deck.yaml"
    deck.write_text(DECK.format(path=path), encoding="utf-8")
    return deck


@pytest.mark.parametrize("path", ["../outside.txt", "ABSOLUTE"])
def test_a_source_outside_the_deck_folder_is_refused(tmp_path, path):
    deck = layout(tmp_path, str(tmp_path / "outside.txt") if path == "ABSOLUTE" else path)
    with pytest.raises(DeckError, match="outside the deck's folder") as exc:
        load_deck(deck)
    assert "--allow-outside" in str(exc.value)


def test_a_symlink_leading_out_of_the_folder_is_refused(tmp_path):
    deck = layout(tmp_path, "link.txt")
    os.symlink(tmp_path / "outside.txt", deck.parent / "link.txt")
    with pytest.raises(DeckError, match="outside the deck's folder"):
        load_deck(deck)


def test_explicit_permission_or_the_users_own_choice_lets_it_through(tmp_path):
    deck = layout(tmp_path, "../outside.txt")
    assert load_deck(deck, allow_outside=True).deck.sources["s"].text.startswith("The quay")
    trust(deck, [tmp_path / "outside.txt"])
    assert load_deck(deck).deck.sources["s"].text.startswith("The quay")
    other = tmp_path / "deck" / "other.yaml"                   # the same file, another deck: not trusted
    other.write_text(DECK.format(path="../outside.txt"), encoding="utf-8")
    with pytest.raises(DeckError, match="outside"):
        load_deck(other)


def test_cli_refuses_then_allows(tmp_path, capsys):
    deck = layout(tmp_path, "../outside.txt")
    assert main(["export", str(deck), "-q"]) == 1
    assert "outside the deck's folder" in capsys.readouterr().err
    assert not (deck.parent / "deck.pptx").exists()
    assert main(["export", str(deck), "-q", "--allow-outside"]) == 0
    assert (deck.parent / "deck.pptx").exists()


def test_draft_trusts_the_files_it_was_given(tmp_path, capsys):
    (tmp_path / "elsewhere").mkdir()
    src = tmp_path / "elsewhere" / "note.txt"
    src.write_text("Ferry fares rose 12% in March, the operator said in a statement on Friday.\n",
                   encoding="utf-8")
    deck = tmp_path / "decks" / "d.yaml"
    deck.parent.mkdir()
    assert main(["draft", str(src), "-o", str(deck), "--no-cache"]) == 0
    assert main(["export", str(deck), "-q"]) == 0, capsys.readouterr().err


def test_a_template_outside_the_folder_is_refused_unless_given_on_the_command_line(tmp_path, capsys):
    from pptx import Presentation
    deck = layout(tmp_path, "inside.txt")
    (deck.parent / "inside.txt").write_text("The quay reopened.\n", encoding="utf-8")
    Presentation().save(str(tmp_path / "company.pptx"))
    deck.write_text(deck.read_text(encoding="utf-8").replace("title: Paths", "title: Paths\ntemplate: ../company.pptx"),
                    encoding="utf-8")
    assert main(["export", str(deck), "-q"]) == 1
    assert "outside the deck's folder" in capsys.readouterr().err
    assert main(["export", str(deck), "-q", "--template", str(tmp_path / "company.pptx")]) == 0
