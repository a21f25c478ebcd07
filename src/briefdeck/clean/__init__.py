"""Cleaning: turn a reader's raw text into clean, citable text, reporting and able to undo every change.

Steps run in a fixed order, each a list of replacements (:class:`Change`) on
the previous step's text, so the clean text maps back to the raw text
(:func:`to_raw`) and the raw text can be rebuilt from it (:func:`undo`).
"""
from __future__ import annotations

from dataclasses import dataclass, field

from briefdeck.clean import about, adverts, boilerplate, breaks, buttons, chat_export, comments, credits, duplicates, \
    emphasis, link_lists, margins, masthead, mojibake, pages, sidebars, subtitles, tails, transcript_app
from briefdeck.clean.edits import Change, Step, apply, to_clean, to_raw, undo
from briefdeck.core import Source

__all__ = ["Change", "Cleaned", "Step", "apply", "clean", "clean_source", "to_clean", "to_raw", "undo"]

STEPS = (
    ("whitespace", breaks.whitespace),
    ("mojibake", mojibake.fix_encoding),
    ("mojibake", mojibake.fix_entities),
    ("mojibake", mojibake.fix_lossy),
    ("whitespace", breaks.controls),
    ("margin", margins.strip),              # a certified transcript's line and page numbers
    ("subtitles", subtitles.webvtt),        # a WebVTT transcript's head and times: its voice tags made labels
    ("subtitles", subtitles.strip),         # a SubRip file's cue numbers and times: its cues joined into turns
    ("subtitles", subtitles.timed_lines),   # a video page's transcript: each caption's time, the captions joined
    ("chat", chat_export.strip),            # a chat channel's day dividers, reactions, thread markers, "(edited)"
    ("chat", chat_export.meeting_chat),     # a meeting chat's times and addressees: its messages made turns
    ("transcript app", transcript_app.strip),   # a transcription app's keyword and speaker lists
    ("transcript app", transcript_app.chapters),   # a video's or a podcast's list of chapters
    ("page", pages.strip),                  # a pasted PDF's page footers, running headers, charts
    ("masthead", masthead.strip),
    ("advert", adverts.strip),
    ("comments", comments.strip),
    ("links", link_lists.strip),
    ("links", link_lists.teasers),          # "… for the summer. (Read more: …)" at the end of a paragraph
    ("boilerplate", boilerplate.strip),
    ("button", buttons.strip),
    ("byline", credits.strip),
    ("byline", credits.wire_tag),
    ("tail", tails.strip),                  # a release's "About …", "Forward-Looking Statements", contacts
    ("about", about.strip),
    ("sidebar", sidebars.strip),            # after the lines above: what is left after the story is the boxes
    ("markup", emphasis.names),             # "said **Jo Doe**": after the steps that read a page's bold
    ("join", breaks.join),
    ("duplicate", duplicates.drop),
    ("whitespace", breaks.whitespace),
)


@dataclass
class Cleaned:
    """The clean text, the raw text it came from, and the steps between them."""

    raw: str
    text: str
    steps: list[Step] = field(default_factory=list)

    def changes(self) -> list[Change]:
        """Every change made, in the order made."""
        return [c for step in self.steps for c in step.changes]

    def to_raw(self, offset: int) -> int:
        return to_raw(self.steps, offset)

    def report(self) -> list[dict]:
        """One row per change: kind, raw line, before, after, note — for people and for JSON."""
        rows = []
        for i, step in enumerate(self.steps):
            line, counted = 1, 0   # a step's changes are in order, so lines are counted on from the last one
            for c in step.changes:
                raw_at = to_raw(self.steps[:i], c.start)
                if raw_at < counted:
                    line, counted = 1, 0
                line, counted = line + self.raw.count("\n", counted, raw_at), raw_at
                rows.append({"kind": c.kind, "line": line, "offset": raw_at,
                             "before": c.before, "after": c.after, "note": c.note})
        return rows


def clean(raw: str) -> Cleaned:
    """Run every cleaning step; steps that change nothing are not kept."""
    text = raw
    steps: list[Step] = []
    for _, step_fn in STEPS:
        step = step_fn(text)
        if step.changes:
            steps.append(step)
            text = step.text
    text_stripped = text.strip()
    if text_stripped != text:
        lead = len(text) - len(text.lstrip())
        step = apply(text, "whitespace", [r for r in ((0, lead, "", "leading space"),
                                                       (lead + len(text_stripped), len(text), "", "trailing space"))
                                          if r[1] > r[0]])
        steps.append(step)
        text = step.text
    return Cleaned(raw, text, steps)


def clean_source(source: Source) -> Source:
    """The source with clean text; page starts moved with it; the report kept in ``extra["cleaning"]``."""
    cleaned = clean(source.text)
    if not cleaned.steps:
        return source
    source.page_starts = [to_clean(cleaned.steps, p) for p in source.page_starts]
    source.text = cleaned.text
    source.extra["cleaning"] = cleaned.report()
    return source
