"""Quotations nobody is named for that repeat an attributed one: a remark recalled later, or a
headline quoting part of a body quote, takes that quotation's speaker."""

from __future__ import annotations

import re
from collections.abc import Sequence

from newsdiff.core.quote_marks import QuoteSpan

ECHO_MIN_WORDS = 3
"""The fewest words a body quotation repeats to take another's speaker."""
HEADLINE_MAX = 300
"""The longest first line read as a headline."""


def _words(text: str) -> str:
    return " " + " ".join(re.findall(r"[^\W_]+(?:['\u2019][^\W_]+)*", text.lower())) + " "


def echoes(text: str, spans: Sequence[QuoteSpan], speakers: list[str | None]) -> list[str | None]:
    """A quotation nobody is named for that repeats an attributed one word for word (a remark
    recalled later) takes that quotation's speaker; a headline quotation may also repeat just
    part of one ("‘Reckless’ chase" over a body quote calling the driving reckless)."""
    owners: dict[str, set[str]] = {}
    for span, speaker in zip(spans, speakers, strict=True):
        if speaker is not None:
            owners.setdefault(_words(text[span.start : span.end]), set()).add(speaker)
    if not owners:
        return speakers
    result = list(speakers)
    headline_end = text.find("\n")
    headline = 0 < headline_end <= HEADLINE_MAX and not text[:headline_end].rstrip().endswith(".")
    for n, (span, speaker) in enumerate(zip(spans, speakers, strict=True)):
        if speaker is not None:
            continue
        words = _words(text[span.start : span.end])
        in_headline = headline and span.close < headline_end
        if in_headline and words.strip():
            found = {owner for said, names in owners.items() if words in said for owner in names}
        elif len(words.split()) >= ECHO_MIN_WORDS:
            found = owners.get(words, set())
        else:
            continue
        if len(found) == 1:
            result[n] = next(iter(found))
    return result
