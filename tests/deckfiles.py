"""Small decks written into a temporary folder, with sources of our own words."""
from __future__ import annotations

import textwrap
from pathlib import Path

SOURCE = """# Harbour cranes idle as freight slows

*Invented text for briefdeck's tests.*

Port operators on the lake reported that container traffic fell by 18% in the spring quarter.

The union said 2,400 dock workers had their shifts cut since March.

\u201cWe have never seen the yard this quiet in October,\u201d said Priya Nandakumar, the harbour master.

Shipping lines are rerouting cargo through coastal terminals instead.
"""

SNIPPETS = """\
snippets:
  - id: traffic
    kind: figure
    source: harbour
    text: container traffic fell by 18%
    value: 18
    unit: percent
    measure: fall in container traffic
  - id: shifts
    kind: figure
    source: harbour
    text: 2,400 dock workers
    value: 2400
    unit: workers
    measure: dock workers with shifts cut
  - id: quiet
    kind: quote
    source: harbour
    text: We have never seen the yard this quiet in October,
    speaker: Priya Nandakumar
    role: harbour master
  - id: reroute
    kind: claim
    source: harbour
    text: Shipping lines are rerouting cargo through coastal terminals instead.
"""


def write_deck(folder: Path, slides: str, *, template: str = "corporate", snippets: str = SNIPPETS,
               source: str = SOURCE, name: str = "deck.yaml") -> Path:
    """A deck file with one source (harbour.md) and the given slides YAML (indented block)."""
    (folder / "sources").mkdir(exist_ok=True)
    (folder / "sources" / "harbour.md").write_text(source, encoding="utf-8")
    text = (
        "briefdeck: 1\n"
        "title: Freight on the lakes\n"
        "subtitle: A test briefing\n"
        "author: Test desk\n"
        f"template: {template}\n"
        "sources:\n"
        "  - id: harbour\n"
        "    path: sources/harbour.md\n"
        "    title: Harbour cranes idle as freight slows\n"
        "    publisher: Lakeside Gazette\n"
        "    date: '2026-10-05'\n"
        "    url: https://example.org/harbour\n"
        + snippets + "slides:\n" + textwrap.indent(textwrap.dedent(slides), "  ")
    )
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return path


ALL_LAYOUTS = """\
- layout: title
  date: October 2026
- layout: section
  title: The port
  subtitle: What the operators see
- layout: bullets
  title: What changed
  bullets:
    - snippet: reroute
    - snippet: traffic
    - Free text without numbers
- layout: big-number
  title: Dock work
  figure: {snippet: shifts}
  label: dock workers with fewer shifts
- layout: quote
  quote: {snippet: quiet}
- layout: chart
  title: Freight and jobs
  chart:
    type: column
    categories: [Traffic fall]
    series:
      - name: Change
        values: [{value: 18, snippet: traffic}]
  caption: Spring quarter
- layout: comparison
  title: Two sides
  left_heading: Operators
  left: [{snippet: traffic}]
  right_heading: Workers
  right: [{snippet: shifts}]
- layout: table
  title: At a glance
  table:
    columns: [Measure, Figure]
    rows:
      - [Container traffic, {snippet: traffic}]
      - [Dock workers, {snippet: shifts}]
"""
