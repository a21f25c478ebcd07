"""`briefdeck extract` and `briefdeck draft`: from source files to snippets, or to a first deck."""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from briefdeck.core import BriefdeckError, Diagnostic, SourceError


def _expand(paths: list[str]) -> list[Path]:
    """Files as given; folders searched for every readable file."""
    from briefdeck.readers import READERS
    out: list[Path] = []
    for p in map(Path, paths):
        if p.is_dir():
            out.extend(sorted(f for f in p.rglob("*") if f.is_file() and f.suffix.lower() in READERS))
        else:
            out.append(p)
    if not out:
        raise SourceError("no source files found", hint="give .txt, .md, .html, .pdf or .docx files or folders")
    return out


def _progress(enabled: bool):
    if not enabled:
        return None

    def show(done: int, total: int, name: str) -> None:
        width = 30
        filled = width * done // max(1, total)
        end = "\n" if done == total else ""
        sys.stderr.write(f"\r  [{'#' * filled}{'.' * (width - filled)}] {done}/{total} sources {name[:30]:<30}{end}")
        sys.stderr.flush()
    return show


def _run(args):
    from briefdeck.extract import ExtractCache, extract_files
    cache = None
    if not args.no_cache:
        cache = ExtractCache(Path(args.cache_dir) if args.cache_dir else ExtractCache.default_folder())
    result = extract_files(_expand(args.sources), cache=cache, jobs=args.jobs,
                           progress=_progress(sys.stderr.isatty()))
    for d in result.problems:
        print(d, file=sys.stderr)
    from briefdeck.readers import source_warnings
    for source in result.sources:                 # read, but with less text than the file holds
        for d in source_warnings(source, source.path):
            print(d, file=sys.stderr)
    return result


def _table(result) -> str:
    lines = [f"{'kind':<7} {'score':>5}  {'source':<16} {'speaker / value':<24} text"]
    for sn in sorted(result.snippets, key=lambda s: (s.kind, -(s.score or 0))):
        extra = sn.speaker or (f"{sn.value:g} {sn.unit}" if sn.value is not None else sn.unit)
        backed = f" [+{len(sn.reported_by)} sources]" if sn.reported_by else ""
        text = " ".join(sn.anchor.exact.split())
        lines.append(f"{sn.kind:<7} {sn.score or 0:>5.2f}  {sn.source[:16]:<16} {extra[:24]:<24} "
                     f"{text[:90]}{'…' if len(text) > 90 else ''}{backed}")
    return "\n".join(lines)


def cmd_extract(args) -> int:
    from briefdeck.extract.records import snippet_record, source_record
    result = _run(args)
    kinds = set(args.kind or ["claim", "figure", "quote"])
    snippets = [s for s in result.snippets if s.kind in kinds and (s.score or 0) >= args.min_score]
    result.snippets = snippets
    if args.format == "table":
        out = _table(result) + "\n"
    else:
        data = {"sources": [source_record(s) for s in result.sources],
                "snippets": [snippet_record(s) for s in snippets]}
        if args.format == "json":
            out = json.dumps(data, ensure_ascii=False, indent=1) + "\n"
        else:
            import yaml
            out = yaml.safe_dump(data, allow_unicode=True, sort_keys=False, width=100)
    if args.output:
        from briefdeck.atomic import write_text
        write_text(Path(args.output), out)
    else:
        sys.stdout.write(out)
    return 1 if result.problems else 0


def cmd_draft(args) -> int:
    from briefdeck.extract.draft import draft
    from briefdeck.spec import save_deck
    result = _run(args)
    if not result.sources:
        raise BriefdeckError([Diagnostic("none of the sources could be read", hint="see the messages above")])
    out = Path(args.output)
    deck = draft(result, out, title=args.title, template=args.template)
    save_deck(deck, out)
    from briefdeck.spec.paths import trust
    trust(out, [Path(s.path) for s in result.sources])        # the user chose these files for this deck
    print(f"Drafted {len(deck.slides)} slides from {len(result.sources)} source(s) into {out}\n"
          f"Next: edit it, then 'briefdeck export {out}'")
    return 1 if result.problems else 0


def _common(p: argparse.ArgumentParser) -> None:
    p.add_argument("sources", nargs="+", metavar="SOURCE", help="files (.txt .md .html .pdf .docx) or folders")
    p.add_argument("-j", "--jobs", type=int, default=None, help="worker processes (default: all cores)")
    p.add_argument("--cache-dir", metavar="DIR", help="where results are cached (default: ~/.cache/briefdeck/"
                                                      "extract, or $BRIEFDECK_CACHE_DIR)")
    p.add_argument("--no-cache", action="store_true", help="neither read nor write the cache")


def add_commands(sub) -> None:
    p = sub.add_parser(
        "extract", help="clean sources and list candidate claims, figures and quotes",
        description="Read and clean each source, then propose claims (scored sentences), figures (value, "
                    "unit, what they measure) and quotes (with speaker). Every snippet's text is exactly "
                    "source.text[start:end] of the cleaned text. Results are cached by file content, so "
                    "running it again on the same files is instant. Exits 1 if any source could not be read.",
        formatter_class=argparse.RawDescriptionHelpFormatter)
    _common(p)
    p.add_argument("-f", "--format", choices=["json", "yaml", "table"], default="table",
                   help="json and yaml carry sources and snippets (the JSON layout is stable); "
                        "table is for reading (default)")
    p.add_argument("-k", "--kind", action="append", choices=["claim", "figure", "quote"],
                   help="only this kind (repeatable)")
    p.add_argument("--min-score", type=float, default=0.0, help="leave out snippets scored lower")
    p.add_argument("-o", "--output", metavar="FILE", help="write here instead of standard output")
    p.set_defaults(func=cmd_extract)

    p = sub.add_parser(
        "draft", help="draft a deck (.yaml) from sources",
        description="Make a first deck from sources: a title slide, the strongest claims as cited bullets, "
                    "big numbers, a chart when comparable figures exist, the best attributed quotes, and a "
                    "sources slide. Edit the YAML (or open it in the editor), then 'briefdeck export'.")
    _common(p)
    p.add_argument("-o", "--output", metavar="DECK.yaml", required=True, help="the deck file to write")
    p.add_argument("--title", help="the deck title (default: from the sources' titles)")
    p.add_argument("--template", default="corporate", help="template name written into the deck")
    p.set_defaults(func=cmd_draft)
