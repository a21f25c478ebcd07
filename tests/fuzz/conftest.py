"""The fuzz suite's hypothesis profiles, its counters' summary line, and a graceful stop.

Profiles: "ci" (the default: a bounded, derandomized run, so CI is reproducible and takes about a
minute) and "long" (BRIEFDECK_FUZZ=long: thousands of examples per property, a new random seed
each run). Neither keeps an example database: nothing is written outside pytest's temp folders.

Hypothesis keeps its caches in a temporary folder removed at the end, not in ``.hypothesis/``.

A long run stopped by ``timeout`` (SIGTERM) ends like Ctrl-C: pytest still prints its summary,
and with it the fuzz counts so far.
"""
from __future__ import annotations

import shutil
import signal
import tempfile

from hypothesis import HealthCheck, settings
from hypothesis.configuration import set_hypothesis_home_dir

import fuzzkit

_HOME = tempfile.mkdtemp(prefix="briefdeck-hypothesis-")
set_hypothesis_home_dir(_HOME)

_QUIET = [HealthCheck.too_slow, HealthCheck.data_too_large, HealthCheck.filter_too_much,
          HealthCheck.large_base_example]
settings.register_profile("ci", max_examples=100, deadline=None, derandomize=True, database=None,
                          suppress_health_check=_QUIET, print_blob=True)
settings.register_profile("long", max_examples=5000, deadline=None, derandomize=False, database=None,
                          suppress_health_check=_QUIET, print_blob=True)
settings.load_profile("long" if fuzzkit.LONG else "ci")

# cheap targets first, so a long run cut short by `timeout` has still covered most of them
_ORDER = ("test_fuzz_clean", "test_fuzz_extract", "test_fuzz_loader", "test_fuzz_readers", "test_fuzz_export",
          "test_hostile")


def pytest_collection_modifyitems(config, items):
    def rank(item):
        name = item.path.stem if item.path.parent.name == "fuzz" else ""
        return _ORDER.index(name) if name in _ORDER else -1
    fuzz = [i for i in items if rank(i) >= 0]
    if fuzz:
        first = items.index(fuzz[0])
        rest = [i for i in items if rank(i) < 0]
        ordered = sorted(fuzz, key=rank)           # stable: file order kept within each module
        items[:] = rest[:first] + ordered + rest[first:]


def pytest_configure(config):
    if fuzzkit.LONG and signal.getsignal(signal.SIGTERM) in (signal.SIG_DFL, None):
        def stop(signum, frame):
            raise KeyboardInterrupt("SIGTERM: fuzz run stopped")
        signal.signal(signal.SIGTERM, stop)


def pytest_unconfigure(config):
    shutil.rmtree(_HOME, ignore_errors=True)


def pytest_terminal_summary(terminalreporter, exitstatus, config):
    if fuzzkit.TRIED:
        terminalreporter.write_sep("-", "fuzz")
        terminalreporter.write_line(fuzzkit.summary_line())
