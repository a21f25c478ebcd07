"""The source commands of the window: add files (read in a worker, arriving as they are read), propose
snippets, check the sources' details, remove a source, draft slides from them."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QProgressDialog

from briefdeck.core import BriefdeckError
from briefdeck.core.edits import Batch, UpdateSource
from briefdeck.gui import deck_ops, workers
from briefdeck.gui.workers import run_in_background


class SourceCommands:
    """Mixed into the window's Actions (which provides ``win``, ``doc``, ``do``, ``show_error`` and the
    ``ask_source_details`` hook)."""

    def add_sources(self) -> None:
        self.add_source_files(self.ask_sources())

    def add_source_files(self, paths: list[str]) -> None:
        """Read files in a worker; each source joins the deck (and its snippets the table) as soon as it
        is read. The whole batch is one undo step; Cancel keeps what was read so far."""
        if not paths:
            return
        import time

        from briefdeck.extract import ExtractCache, extract_files
        from briefdeck.readers import READERS, source_warnings
        paths = [str(p) for p in paths]
        dialog = QProgressDialog(f"Reading {len(paths)} source{'s' * (len(paths) != 1)}\u2026", "Cancel", 0,
                                 len(paths), self.win)
        dialog.setWindowTitle("Add sources")
        dialog.setMinimumDuration(400)
        dialog.setAutoReset(False)
        batch = f"add-sources:{time.time_ns()}"
        added: list[str] = []
        notes: list[str] = []

        def work(progress, partial, stopped):
            cache = ExtractCache(ExtractCache.default_folder())
            for n, path in enumerate(paths, start=1):
                if stopped():
                    return n - 1
                partial(extract_files([path], cache=cache, jobs=1))
                progress(n, len(paths), Path(path).name)
            return len(paths)

        pending: list = []

        def got(result):                          # results queue up; the window takes them between events
            pending.append(result)
            if len(pending) == 1:
                QTimer.singleShot(0, self.win, take)

        def take():
            results = pending[:]
            pending.clear()
            sources = [s for r in results for s in r.sources]
            snippets = [sn for r in results for sn in r.snippets]
            edit, renamed = deck_ops.add_sources(self.doc.deck, sources)
            if edit is not None:
                self.do(edit, merge=batch)
            self.doc.set_candidates(deck_ops.rename_candidates(snippets, renamed))
            added.extend(renamed[s.id] for s in sources if s.id in renamed)
            import gc
            gc.freeze()                   # the sources and their snippets stay: spare them the collector's scans
            notes.extend(str(d) for r in results for d in r.problems)
            notes.extend(str(d) for src in sources for d in source_warnings(src, Path(src.path).name))

        def done(read):
            if pending:
                take()
            dialog.close()
            stopped = f" (stopped after {read} of {len(paths)})" if read < len(paths) else ""
            self.win.statusBar().showMessage(f"Added {len(added)} source(s){stopped}", 8000)
            if len(added) > 1:
                self.extract_candidates()                 # what several sources report, linked across them
            if notes:
                self.show_error("Some files could not be read in full", "\n\n".join(notes))
            self.check_source_details(added, only_needed=True)

        readers = {f"briefdeck.readers.{READERS[Path(p).suffix.lower()]}" for p in paths
                   if Path(p).suffix.lower() in READERS}
        worker = run_in_background(
            work, needs=workers.EXTRACT + tuple(sorted(readers)), on_partial=got, on_done=done,
            on_error=lambda m: (dialog.close(), self.show_error("Add sources", m)),
            on_progress=lambda d, t, name: (dialog.setValue(d), dialog.setLabelText(f"Read {d} of {t}: {name}")))
        dialog.canceled.connect(worker.cancel)

    def extract_candidates(self) -> None:
        """Propose snippets for the deck's own sources (in the background; cheap, they are read already)."""
        sources = list(self.doc.deck.sources.values())

        def work():
            from briefdeck.extract import extract
            from briefdeck.extract.corroborate import group
            found = [sn for src in sources if src.text for sn in extract(src)]
            group(found)
            return found
        run_in_background(work, with_progress=False, on_done=self.doc.set_candidates, needs=workers.EXTRACT)

    def update_source(self, source_id: str, fields: dict) -> None:
        self.do(UpdateSource(source_id, **fields))

    def check_source_details(self, ids: list[str] | None = None, only_needed: bool = False) -> None:
        """Ask for the citation details of these sources (all when None); with ``only_needed``, only of
        those with a guessed title or no publisher, and not at all when there are none."""
        from briefdeck.gui.source_details import needs_review
        sources = [s for sid, s in self.doc.deck.sources.items() if ids is None or sid in ids]
        if only_needed:
            sources = [s for s in sources if needs_review(s)]
        if not sources:
            return
        changes = self.ask_source_details(sources)
        if changes:
            self.do(Batch([UpdateSource(sid, **fields) for sid, fields in changes.items()],
                          f"Edit details of {len(changes)} source{'s' * (len(changes) != 1)}"))

    def _source_details_dialog(self, sources) -> dict | None:
        from briefdeck.gui.source_details import SourceDetailsDialog
        dialog = SourceDetailsDialog(sources, self.win)
        return dialog.changes() if dialog.exec() else None

    def remove_source(self) -> None:
        from briefdeck.core.edits import RemoveSource
        sid = self.win.sources.current_id()
        if sid:
            self.do(RemoveSource(sid))

    def draft(self) -> None:
        cands = [c for cs in self.doc.candidates.values() for c in cs]
        if not cands:
            raise BriefdeckError("there is nothing to draft from yet", hint="add sources first")
        self.do(deck_ops.draft_edits(self.doc.deck, cands, self.doc.base_dir))

