"""Run export jobs: in local worker processes, or on a Dask distributed cluster."""
from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from concurrent.futures import FIRST_COMPLETED, ProcessPoolExecutor, wait

from briefdeck.batch.jobs import export_one
from briefdeck.core import BriefdeckError

Job = tuple[str, str, str | None, bool]     # deck, out, template, allow files outside the deck's folder


def run_local(jobs: list[Job], workers: int | None = None, fail_fast: bool = False) -> Iterator[dict]:
    """Rows as decks finish, exported by ``workers`` processes (default: one per core)."""
    workers = max(1, min(workers or os.cpu_count() or 1, len(jobs)))
    if workers == 1:
        for i, job in enumerate(jobs):
            row = export_one(*job)
            yield row
            if fail_fast and row["status"] == "failed":
                yield from (_skipped(j) for j in jobs[i + 1:])
                return
        return
    with ProcessPoolExecutor(max_workers=workers) as pool:
        pending = {pool.submit(export_one, *job): job for job in jobs}
        while pending:
            done, _ = wait(pending, return_when=FIRST_COMPLETED)
            for future in done:
                job = pending.pop(future)
                row = future.result() if not future.cancelled() else _skipped(job)
                yield row
                if fail_fast and row["status"] == "failed":
                    for f, j in pending.items():       # a deck already running is let finish
                        yield _skipped(j) if f.cancel() else f.result()
                    pending.clear()
                    break


def run_dask(jobs: list[Job], scheduler: str, workers: int | None = None,
             fail_fast: bool = False, log: Callable[[str], None] | None = None) -> Iterator[dict]:
    """Rows as decks finish on a Dask cluster: ``scheduler`` is an address, or "local" to start one here.

    Workers must see the deck files and the output folder at the same paths.
    """
    try:
        from distributed import Client, LocalCluster, as_completed
    except ImportError:
        raise BriefdeckError("running on a cluster needs Dask's distributed package",
                             hint="pip install 'briefdeck[dask]'") from None
    cluster = None
    if scheduler == "local":
        cluster = LocalCluster(n_workers=max(1, workers or os.cpu_count() or 1), threads_per_worker=1,
                               processes=True, dashboard_address=None)
        client = Client(cluster)
    else:
        try:
            client = Client(scheduler, timeout="10s")
        except OSError as exc:
            raise BriefdeckError(f"cannot reach the Dask scheduler at {scheduler}: {exc}",
                                 hint="check the address, e.g. tcp://host:8786") from None
    if log:
        log(f"dask: {len(client.scheduler_info().get('workers', {}))} workers at {client.scheduler.address}")
    try:
        futures = client.map(export_one, *zip(*jobs), pure=False)
        by_key = {f.key: job for f, job in zip(futures, jobs)}
        stopped = False
        for future in as_completed(futures):
            if stopped:
                continue
            row = future.result() if future.status == "finished" else _skipped(by_key[future.key])
            yield row
            if fail_fast and row["status"] == "failed":
                for f in futures:
                    if not f.done():
                        f.cancel()
                        yield _skipped(by_key[f.key])
                stopped = True
    finally:
        client.close()
        if cluster is not None:
            cluster.close()


def _skipped(job: Job) -> dict:
    from briefdeck.batch.jobs import Row
    return Row(deck=job[0], out=job[1], status="skipped", error="not run: an earlier deck failed (--fail-fast)"
               ).to_dict()
