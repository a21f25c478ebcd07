"""Read, clean and extract many files: in parallel worker processes, cached by content hash."""
from __future__ import annotations

import gc
import hashlib
import json
import os
from collections.abc import Callable, Iterable
from concurrent.futures import ProcessPoolExecutor
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from briefdeck.atomic import write_text
from briefdeck.core import BriefdeckError, Diagnostic, Snippet, Source
from briefdeck.extract import corroborate
from briefdeck.extract.extractor import rows
from briefdeck.extract.records import snippet_from_row, source_from, source_record
from briefdeck.readers import read_source, source_id_for
from briefdeck.resources import cache_dir

VERSION = "extract-452"       # bump when reading, cleaning or extraction changes what they produce
_PARALLEL_FROM = 8          # fewer files than this are read in this process


@dataclass
class Extraction:
    sources: list[Source] = field(default_factory=list)
    snippets: list[Snippet] = field(default_factory=list)
    problems: list[Diagnostic] = field(default_factory=list)
    cached: int = 0


class ExtractCache:
    """One JSON file per source, keyed by the file's bytes, its id and the extractor version."""

    def __init__(self, folder: str | Path):
        self.folder = Path(folder)

    @staticmethod
    def default_folder() -> Path:
        return cache_dir("extract")

    def _file(self, key: str) -> Path:
        return self.folder / key[:2] / f"{key}.json"

    def get(self, key: str) -> dict | None:
        try:
            return json.loads(self._file(key).read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return None

    def put(self, key: str, record: dict) -> None:
        try:
            self._file(key).parent.mkdir(parents=True, exist_ok=True)
            write_text(self._file(key), json.dumps(record, ensure_ascii=False), durable=False)   # torn: read as a miss
        except (OSError, BriefdeckError):
            pass                                     # a cache that can't be written is only slower


def _key(path: Path, source_id: str) -> str:
    digest = hashlib.sha256()
    digest.update(f"{VERSION}\0{source_id}\0{path.suffix.lower()}\0".encode())
    digest.update(path.read_bytes())
    return digest.hexdigest()


def process(path: str, source_id: str, key: str | None = None, cache_folder: str = "") -> dict:
    """Read, clean and extract one file into a cacheable record (runs in a worker process), and keep it in the
    cache folder under ``key`` when both are given: the workers write the cache side by side, not the parent
    after them."""
    try:
        with _no_gc():                   # one file's objects go with it: the collector's rescans only cost time
            source = read_source(Path(path), source_id)
            record = {"source": source_record(source), "rows": rows(source)}
    except BriefdeckError as exc:
        first = exc.diagnostics[0]
        return {"error": first.message, "hint": first.hint or ""}
    if key and cache_folder:
        ExtractCache(cache_folder).put(key, record)
    return record


def unique_ids(paths: list[Path]) -> list[str]:
    """A readable id per file, made unique with -2, -3 ... when two files share a name."""
    seen: dict[str, int] = {}
    out = []
    for path in paths:
        base = source_id_for(path)
        seen[base] = seen.get(base, 0) + 1
        out.append(base if seen[base] == 1 else f"{base}-{seen[base]}")
    return out


def extract_files(paths: Iterable[str | Path], cache: ExtractCache | None = None, jobs: int | None = None,
                  progress: Callable[[int, int, str], None] | None = None) -> Extraction:
    """Sources and candidate snippets for every file; unreadable files become problems, not exceptions."""
    paths = [Path(p) for p in paths]
    ids = unique_ids(paths)
    result = Extraction()
    built: list[tuple[Source, list[Snippet]] | Diagnostic | None] = [None] * len(paths)
    keys: list[str | None] = [None] * len(paths)
    todo = []
    grouping = corroborate.Grouping()     # built up as sources arrive, while the workers go on
    with _no_gc():                        # 100k small objects: the collector would rescan them again and again
        for i, path in enumerate(paths):
            try:
                keys[i] = _key(path, ids[i]) if cache else None
            except OSError:
                keys[i] = None
            hit = cache.get(keys[i]) if cache and keys[i] else None
            if hit is not None:
                built[i] = _built(hit, path)
                result.cached += 1
            else:
                todo.append(i)
        done = len(paths) - len(todo)
        if progress and done:
            progress(done, len(paths), "cache")
        workers = jobs or os.cpu_count() or 1
        folder = str(cache.folder) if cache else ""
        if len(todo) >= _PARALLEL_FROM and workers > 1:
            with ProcessPoolExecutor(max_workers=workers) as pool:
                chunk = max(1, min(8, len(todo) // (workers * 8)))
                outputs = pool.map(process, [str(paths[i]) for i in todo], [ids[i] for i in todo],
                                   [keys[i] for i in todo], [folder] * len(todo), chunksize=chunk)
                _group(grouping, built, range(len(paths)))         # those from the cache
                for i, record in zip(todo, outputs):     # built while the workers go on with the next files
                    built[i] = _built(record, paths[i])
                    _group(grouping, built, (i,))
                    done += 1
                    if progress:
                        progress(done, len(paths), paths[i].name)
        else:
            if todo:
                _group(grouping, built, range(len(paths)))
            for i in todo:
                built[i] = _built(process(str(paths[i]), ids[i], keys[i], folder), paths[i])
                _group(grouping, built, (i,))
                done += 1
                if progress:
                    progress(done, len(paths), paths[i].name)
        for item in built:                # in the order of the files given
            if isinstance(item, Diagnostic):
                result.problems.append(item)
            elif item is not None:
                result.sources.append(item[0])
                result.snippets.extend(item[1])
        _corroborate(result.snippets, cache, keys, grouping if todo else None)
    return result


def _group(grouping: corroborate.Grouping, built: list, indices) -> None:
    """Add the sources built so far at ``indices`` to ``grouping``: those from the cache first, then each one
    read as it arrives."""
    for i in indices:
        if built[i] is not None and not isinstance(built[i], Diagnostic):
            grouping.add(built[i][1], i)


@contextmanager
def _no_gc():
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def _built(record: dict, path: Path) -> tuple[Source, list[Snippet]] | Diagnostic:
    """A worker's or the cache's record as a Source and its snippets, or the problem that stopped it."""
    if "error" in record:
        return Diagnostic(record["error"], "error", hint=record.get("hint") or None)
    source = source_from(record["source"])
    source.path = str(path)
    source_hash = source.hash
    return source, [snippet_from_row(r, source, source_hash) for r in record["rows"]]


def _corroborate(snippets: list[Snippet], cache: ExtractCache | None, keys: list[str | None],
                 grouping: corroborate.Grouping | None = None) -> None:
    """Group what several sources report (``grouping``: every source already added to one); for a set of
    files seen before, the groups come from the cache."""
    set_key = None
    if cache and keys and all(keys):
        set_key = hashlib.sha256(("corroboration\0" + "\0".join(k for k in keys if k)).encode()).hexdigest()
        links = cache.get(set_key)
        if links is not None:
            for sn in snippets:
                sn.reported_by = list(links.get(sn.id, []))
            return
    if grouping is not None:
        grouping.link()
    else:
        corroborate.group(snippets)
    if set_key:
        cache.put(set_key, {sn.id: sn.reported_by for sn in snippets if sn.reported_by})
