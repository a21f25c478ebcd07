"""Generate deck files of any size for the export and batch benchmarks (invented content).

    python benchmarks/decks.py --slides 100 --out /tmp/deck100      # one deck
    python benchmarks/decks.py --slides 20 --decks 100 --out /tmp/b  # a folder of decks

Each deck cites one generated source. Slides cycle through bullets (three cited
claims), a big number, a quote and, every fifth slide, a native column chart whose
values cite figure snippets; every slide has speaker notes and footnotes.
"""
from __future__ import annotations

import argparse
from pathlib import Path
from random import Random

PORTS = ["Kestrel Bay", "Marrowick", "Dunmere", "Fenwick Falls", "Port Halloway", "Brackenridge", "Ashgrove",
         "Corvel", "Eastwater", "Greyhaven", "Quillan Harbour", "Lowther Crossing"]
GOODS = ["timber", "grain", "steel coil", "potash", "containers", "fish", "fertiliser", "machinery"]
NAMES = ["Ines Varga", "Tomas Lindqvist", "Amara Osei", "Kenji Halloran", "Maya Delacroix", "Ravi Brandt"]


def source_text(rng: Random, facts: int) -> str:
    """A plain-text source with one claim, one figure and one quote per fact, each on its own line."""
    lines = ["Harbour trade review", ""]
    for i in range(facts):
        port, good = PORTS[i % len(PORTS)], GOODS[i % len(GOODS)]
        pct = 5 + (i * 7) % 60
        name = NAMES[i % len(NAMES)]
        lines.append(f"Fact {i}: shipments of {good} through {port} changed course in quarter {i % 4 + 1}.")
        lines.append(f"Figure {i}: {good} volumes at {port} fell {pct}% against the year before.")
        lines.append(f"Quote {i}: \u201cWe will keep the {good} berth at {port} open,\u201d said {name}.")
        lines.append("")
    return "\n".join(lines) + "\n"


def deck_yaml(slides: int, source: str, title: str, facts: int) -> str:
    out = [f"briefdeck: 1", f"title: \"{title}\"", "template: corporate", "sources:",
           f"  - id: review", f"    path: {source}", "    title: Harbour trade review",
           "    publisher: Invented Harbour Gazette", "    date: \"2026-05-01\"", "snippets:"]
    for i in range(facts):
        good, port = GOODS[i % len(GOODS)], PORTS[i % len(PORTS)]
        pct = 5 + (i * 7) % 60
        out += [f"  - {{id: c{i}, kind: claim, source: review, text: \"Fact {i}: shipments of {good} through "
                f"{port} changed course in quarter {i % 4 + 1}.\"}}",
                f"  - {{id: f{i}, kind: figure, source: review, text: \"{pct}%\", value: {pct}, unit: percent, "
                f"measure: \"fall in {good} volumes at {port}\", prefix: \"{port} fell \"}}",
                f"  - {{id: q{i}, kind: quote, source: review, text: \"We will keep the {good} berth at {port} "
                f"open,\", speaker: \"{NAMES[i % len(NAMES)]}\"}}"]
    out.append("slides:")
    for n in range(slides):
        i = n % facts
        kind = "chart" if n % 5 == 4 else ("bullets", "big-number", "quote", "bullets")[n % 5]
        if kind == "bullets":
            items = ", ".join(f"{{snippet: c{(i + k) % facts}}}" for k in range(3))
            out.append(f"  - {{layout: bullets, title: \"Trade update {n + 1}\", bullets: [{items}], "
                       f"notes: \"Talking point {n + 1}.\"}}")
        elif kind == "big-number":
            out.append(f"  - {{layout: big-number, title: \"Volumes {n + 1}\", figure: {{snippet: f{i}}}, "
                       f"label: \"fall in volumes\", notes: \"Number {n + 1}.\"}}")
        elif kind == "quote":
            out.append(f"  - {{layout: quote, quote: {{snippet: q{i}}}, notes: \"Quote {n + 1}.\"}}")
        else:
            ids = [(i + k) % facts for k in range(4)]
            values = ", ".join(f"{{value: {5 + (j * 7) % 60}, snippet: f{j}}}" for j in ids)
            cats = ", ".join(f"\"{PORTS[j % len(PORTS)]}\"" for j in ids)
            out.append(f"  - {{layout: chart, title: \"Falls by port {n + 1}\", chart: {{type: column, "
                       f"unit: percent, categories: [{cats}], series: [{{name: Fall, values: [{values}]}}]}}, "
                       f"notes: \"Chart {n + 1}.\"}}")
    return "\n".join(out) + "\n"


def write_deck(folder: Path, slides: int, name: str = "deck", seed: int = 1) -> Path:
    """Write ``name.yaml`` and its source into ``folder``; return the deck file."""
    folder.mkdir(parents=True, exist_ok=True)
    facts = 24
    (folder / f"{name}-source.txt").write_text(source_text(Random(seed), facts), encoding="utf-8")
    deck = folder / f"{name}.yaml"
    deck.write_text(deck_yaml(slides, f"{name}-source.txt", f"Harbour trade, {slides} slides", facts),
                    encoding="utf-8")
    return deck


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--slides", type=int, default=20)
    ap.add_argument("--decks", type=int, default=1)
    ap.add_argument("--out", type=Path, required=True)
    args = ap.parse_args()
    for d in range(args.decks):
        print(write_deck(args.out, args.slides, name=f"deck-{d + 1:03d}" if args.decks > 1 else "deck", seed=d))


if __name__ == "__main__":
    main()
