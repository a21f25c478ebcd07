"""One error type for everything a user can cause, plus diagnostics as values.

A :class:`Diagnostic` is a message tied to a place (``file:line:col``). Loaders
and planners collect them instead of stopping at the first problem; the CLI and
GUI print them. A :class:`BriefdeckError` carries one or more diagnostics.
"""
from __future__ import annotations

from dataclasses import dataclass

ERROR = "error"
WARNING = "warning"


@dataclass(frozen=True)
class Diagnostic:
    """A problem or a note, with where it is and what to do about it."""

    message: str
    severity: str = ERROR
    file: str | None = None
    line: int | None = None
    col: int | None = None
    hint: str | None = None

    @property
    def is_error(self) -> bool:
        return self.severity == ERROR

    def __str__(self) -> str:
        where = ""
        if self.file:
            where = self.file
            if self.line is not None:
                where += f":{self.line}"
                if self.col is not None:
                    where += f":{self.col}"
            where += ": "
        text = f"{where}{self.severity}: {self.message}"
        if self.hint:
            text += f" ({self.hint})"
        return text


class BriefdeckError(Exception):
    """Something the user can fix: bad input, missing file, unknown name."""

    def __init__(self, message: str | Diagnostic | list[Diagnostic], *, hint: str | None = None,
                 file: str | None = None):
        if isinstance(message, list):
            self.diagnostics = list(message)
        elif isinstance(message, Diagnostic):
            self.diagnostics = [message]
        else:
            self.diagnostics = [Diagnostic(message, file=file, hint=hint)]
        super().__init__("\n".join(str(d) for d in self.diagnostics))


class DeckError(BriefdeckError):
    """A deck file is malformed or refers to things that do not exist."""


class SourceError(BriefdeckError):
    """A source file cannot be read as text."""


class TemplateError(BriefdeckError):
    """A template cannot be found or used."""


class ExportError(BriefdeckError):
    """An export could not be written."""
