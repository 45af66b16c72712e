"""Quotations that are the titles of works (a show, a book, a film): nobody's statement."""

from __future__ import annotations

import re

from newsdiff.core.quote_marks import QuoteSpan

_WORK_NOUNS = frozenset(
    "show program programme series podcast book film movie documentary album song column "
    "newsletter play opera exhibition".split()
)
_TITLE_GLUE = frozenset("a an the of and or in on at to for with from by".split())
_TITLE_WORDS = 8


def names_a_work(text: str, span: QuoteSpan) -> bool:
    """The quotation is the title of a show, book or film (the TV program “Harbour Nights”,
    the “Face the Facts” show): a few capitalised words next to a noun for such a work. Its
    words are nobody's statement, so it gets no speaker."""
    words = re.findall(r"[^\W_][\w'\u2019-]*", text[span.start : span.end])
    if not words or len(words) > _TITLE_WORDS:
        return False
    if (
        not all(w[0].isupper() or w.lower() in _TITLE_GLUE for w in words)
        or not words[0][0].isupper()
    ):
        return False
    before = re.findall(r"[^\W_]+", text[max(0, span.open - 30) : span.open])
    after = re.findall(r"[^\W_]+", text[span.close + 1 : span.close + 30])
    return bool(
        (before and before[-1].lower() in _WORK_NOUNS)
        or (after and after[0].lower() in _WORK_NOUNS)
    )
