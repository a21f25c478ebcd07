"""What every fuzz target shares: the time bound, the "result or BriefdeckError" rule, the counters,
and the list of known bugs that live in modules this suite may not change.

``call(target, fn, *args)`` runs one input under a SIGALRM time bound and gives back either the
result or the :class:`BriefdeckError` it raised; any other exception, an empty message or a
timeout fails the example (and is counted). ``counted(target)`` wraps a whole hypothesis example
so that a failed assertion in the test body counts too. The counts are printed at the end of the
run by the ``pytest_terminal_summary`` hook in this folder's conftest.
"""
from __future__ import annotations

import faulthandler
import functools
import os
import re
import signal
import traceback
from collections import Counter
from contextlib import contextmanager
from dataclasses import dataclass

from hypothesis.errors import HypothesisException

from briefdeck.core import BriefdeckError
from briefdeck.readers import ReaderFailed

LONG = os.environ.get("BRIEFDECK_FUZZ", "").strip().lower() == "long"
SECONDS = float(os.environ.get("BRIEFDECK_FUZZ_SECONDS", "5"))
"""The time bound for one call of a target (a few seconds: every input here is small)."""

TRIED: Counter = Counter()
FAILED: Counter = Counter()
KNOWN_HITS: Counter = Counter()
TARGETS = ("loader", "readers", "clean", "extract", "export", "hostile")


def examples(ci: int, long: int = 5000) -> int:
    """Examples for one property: ``ci`` in the default profile, ``long`` under BRIEFDECK_FUZZ=long."""
    override = os.environ.get("BRIEFDECK_FUZZ_EXAMPLES")
    if override:
        return int(override)
    return long if LONG else ci


# --- known bugs --------------------------------------------------------------------------------
@dataclass(frozen=True)
class Known:
    """A bug found by this suite in a module it may not change (reported, not fixed).

    An exception matching ``kind`` and ``pattern`` is counted as a hit on this bug instead of
    failing the property, so the suite keeps finding *new* bugs while this one waits for its owner.
    Each one also has a plain test marked xfail (see test_hostile.py) that shows it minimally;
    when that test starts passing, delete the entry here.
    """

    name: str
    kind: type
    pattern: str
    where: str


KNOWN: tuple[Known, ...] = ()     # bugs found and not yet fixed elsewhere: none at the moment


def known(exc: BaseException) -> Known | None:
    """The known bug ``exc`` is, matched on its type, message and the file that raised it."""
    frames = traceback.extract_tb(exc.__traceback__)
    text = f"{type(exc).__name__}: {exc}\n{frames[-1].filename if frames else ''}"
    for bug in KNOWN:
        if isinstance(exc, bug.kind) and re.search(bug.pattern, text):
            return bug
    return None


# --- the time bound ----------------------------------------------------------------------------
class FuzzTimeout(BaseException):
    """Raised by SIGALRM inside a target. Not an Exception, so no `except Exception` can swallow it."""


@contextmanager
def time_bound(seconds: float = SECONDS):
    """Raise FuzzTimeout in the main thread after ``seconds``; a hard watchdog (faulthandler) ends the
    process with every thread's traceback if the code is stuck in C and never sees the signal."""
    if not hasattr(signal, "setitimer"):       # not Linux/macOS: no bound, but still run
        yield
        return
    fired = []

    def on_alarm(signum, frame):
        fired.append(True)
        raise FuzzTimeout(f"no answer within {seconds:g} s")

    old = signal.signal(signal.SIGALRM, on_alarm)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    faulthandler.dump_traceback_later(seconds * 6 + 30, exit=True)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, old)
        faulthandler.cancel_dump_traceback_later()
    if fired:   # the alarm went off but something swallowed FuzzTimeout: still a hang
        raise FuzzTimeout(f"no answer within {seconds:g} s (and the timeout was swallowed)")


# --- one call, one example ---------------------------------------------------------------------
def call(target: str, fn, *args, seconds: float = SECONDS, **kwargs):
    """``fn(*args)``: its result, or the BriefdeckError it raised (returned, not raised).

    Anything else fails: another exception (re-raised as it is, so hypothesis shrinks it), a
    BriefdeckError without a message, or no answer within ``seconds``.
    """
    try:
        with time_bound(seconds):
            return fn(*args, **kwargs)
    except ReaderFailed as exc:     # a clear message for the user, but a bug for the fuzzer: raise what failed
        raise exc.cause from None
    except BriefdeckError as exc:
        messages = [d.message.strip() for d in getattr(exc, "diagnostics", [])]
        assert str(exc).strip() and messages and all(messages), \
            f"{target}: {type(exc).__name__} without a message: {exc!r}"
        return exc
    except FuzzTimeout as exc:
        raise AssertionError(f"{target}: {fn.__name__} hung: {exc}") from None
    except Exception as exc:
        bug = known(exc)
        if bug is None:
            raise
        KNOWN_HITS[bug.name] += 1
        return exc


def counted(target: str):
    """Decorator for a test (under @given): count each example run, and each that fails."""
    def wrap(fn):
        @functools.wraps(fn)
        def example(*args, **kwargs):
            TRIED[target] += 1
            try:
                return fn(*args, **kwargs)
            except HypothesisException:   # hypothesis steering its search (assume(), data overrun): not a failure
                raise
            except Exception:
                FAILED[target] += 1
                raise
        return example
    return wrap


def outcome(result) -> str:
    """'ok', 'refused' (a BriefdeckError) or 'known' (a known bug's exception) — for assertions."""
    if isinstance(result, BriefdeckError):
        return "refused"
    if isinstance(result, BaseException):
        return "known"
    return "ok"


def summary_line() -> str:
    def n(value: int) -> str:
        return f"{value:,}"
    order = [t for t in TARGETS if TRIED[t]] + sorted(t for t in TRIED if t not in TARGETS)
    tried = ", ".join(f"{t} {n(TRIED[t])}" for t in order)
    failed = sum(FAILED.values())
    line = f"fuzz: {n(sum(TRIED.values()))} inputs tried ({tried}), failures: {n(failed)}"
    if failed:
        line += " (" + ", ".join(f"{t} {n(FAILED[t])}" for t in order if FAILED[t]) + ")"
    if KNOWN_HITS:
        line += "; known bugs hit: " + ", ".join(f"{k} {n(v)}" for k, v in sorted(KNOWN_HITS.items()))
    profile = "long" if LONG else "ci"
    return f"{line} [profile {profile}]"



# --- damaging a valid file ---------------------------------------------------------------------
def damage_ops():
    """Edits to make to a valid file's bytes, small to print (the bytes are made in the test body):
    (operation, where, byte, length) with ``where`` taken modulo the file's length."""
    from hypothesis import strategies as st

    return st.lists(st.tuples(st.sampled_from(["cut", "flip", "flip", "zero", "drop", "repeat"]),
                              st.integers(0, 2 ** 31), st.integers(1, 255), st.integers(1, 200)),
                    min_size=1, max_size=4)


def damage(data: bytes, ops) -> bytes:
    """``data`` cut short, bytes flipped or zeroed, a slice dropped or repeated, as ``ops`` say."""
    out = bytearray(data)
    for op, where, byte, length in ops:
        if not out:
            break
        at = where % len(out)
        if op == "cut":
            del out[at:]
        elif op == "flip":
            out[at] ^= byte
        elif op == "zero":
            out[at:at + length] = bytes(len(out[at:at + length]))
        elif op == "drop":
            del out[at:at + length]
        else:
            out[at:at] = out[at:at + length]
    return bytes(out)
