"""Quotations that are the titles of works (a show, a book, a film): nobody's statement."""

from __future__ import annotations

import re

from newsdiff.core.quote_marks import QuoteSpan

_WORK_NOUNS = frozenset(
    "show program programme series podcast book film movie documentary album song column "
    "newsletter play opera exhibition anthem hymn ballad poem novel memoir bestseller "
    "forum".split()
)
TITLED_WORKS = _WORK_NOUNS | frozenset("report study speech essay paper manifesto".split())
"""Nouns a work's title may follow with no comma (``its report Building Back The Harbour``)."""
_MADE = frozenset("written composed recorded directed produced published sponsored hosted".split())
"""``“…” was written by``, ``a “…” sponsored by``: a work someone made, not their words."""
TITLE_GLUE = frozenset("a an the of and or in on at to for with from by".split())
_TITLE_WORDS = 8


_ON_A_SHOW = re.compile(
    r"(?i:\b(?:appear(?:ed|s|ing)?|appearances?|interview(?:ed|s|ing)?|guest|sa(?:id|ys|y|ying)"
    r"|t(?:old|ells?|elling)|sp(?:oke|eaks?|eaking)|talk(?:ed|s|ing)?|ask(?:ed|s)?|remarks"
    r"|comments|stated?))(?:\s+[A-Za-z]+){0,2}\s+on(?:(?:\s+[A-Z][\w.&-]*){1,3}(?:'s?|\u2019s?))?\s*$"
)
"""``appeared on``, ``said on``, ``was asked on``: a verb of appearing or speaking, then ``on``
(and a network's possessive: ``on Harbour TV's``) right before the quotation; a time may stand
between (``said Thursday morning on``)."""

_NETWORK_SHOW = re.compile(
    r"\b(?:appear(?:ed|s|ing)?|interview(?:ed|s|ing)?|sa(?:id|ys)|t(?:old|ells?)|sp(?:oke|eaks?)"
    r"|ask(?:ed|s)?|stated?)\b[^.!?\n]{0,40}\bon(?:\s+[A-Z][\w.&-]*){1,3}(?:'s?|\u2019s?)\s*$"
)
"""``said Thursday on Harbour TV's “Dock Talk.”``: a network's show, even at a sentence's end
(a title-case quotation after ``on`` and a network's possessive, ``CBS'`` too, is its show's
name)."""

_TOLD = re.compile(r"\bt(?:old|ells?)(?:(?:\s+[A-Z][\w.&-]*){1,3}(?:'s?|\u2019s?))?\s*$")
"""``told “Morning Tide Live”``: whoever is told never speaks, and a show is told too."""


def names_a_work(text: str, span: QuoteSpan) -> bool:
    """The quotation is the title of a show, book or film (the TV program “Harbour Nights”,
    the “Face the Facts” show, appeared on “Morning Tide Live”): a few capitalised words, not
    a sentence, next to a noun for such a work, after a verb of appearing or speaking and
    ``on``, or told something. Its words are nobody's statement, so it gets no speaker."""
    quoted = text[span.start : span.end]
    words = re.findall(r"[^\W_][\w'\u2019-]*", quoted)
    if not words or len(words) > _TITLE_WORDS:
        return False
    if (
        not all(w[0].isupper() or w[0].isdigit() or w.lower() in TITLE_GLUE for w in words)
        or not words[0][0].isupper()
    ):
        return False
    lead = text[max(0, span.open - 60) : span.open]
    before = re.findall(r"[^\W_]+", lead[-30:])
    tail = text[span.close + 1 : span.close + 60]
    after = re.findall(r"[^\W_]+", tail[:30])
    return bool(
        (before and before[-1].lower() in _WORK_NOUNS)
        or _work_after(tail, after, comma=quoted.rstrip()[-1:] == ",")
        or (len(words) > 1 and words[-1].lower() in _WORK_NOUNS)
        or (
            (quoted.rstrip(",")[-1:] not in ".!?" or len(words) > 1)
            and _after_a_verb(lead.split("\n")[-1], words)
        )
        or bool(_NETWORK_SHOW.search(lead.split("\n")[-1]))
    )


def _after_a_verb(line: str, words: list[str]) -> bool:
    """The quotation follows ``appeared on`` and the like, or ``told`` (two words or more)."""
    return bool(_ON_A_SHOW.search(line) or (len(words) > 1 and _TOLD.search(line)))


_MAKER = re.compile(
    r"^[,\s]*(?:[A-Z][\w.-]*\s+){0,3}[A-Z][\w.-]*(?:'s|\u2019s)\s+(?:\d{4}\s+)?(?:[a-z-]+\s+)?"
    r"([a-z]+)\b"
)
"""``“…,” Jo Reyes's 2015 best seller``: the maker's possessive, then what the work is."""


def _work_after(tail: str, after: list[str], *, comma: bool) -> bool:
    """After the quotation: a noun for a work within two words (``“…” radio program``), a
    verb of making (``was written by``, ``sponsored by``), or its maker's possessive and the
    noun (``, Jo Reyes's best seller``)."""
    lower = [w.lower() for w in after[:3]]
    if lower[:1] and lower[0] in _WORK_NOUNS:
        return True
    if len(lower) > 1 and lower[0] not in TITLE_GLUE and lower[1] in _WORK_NOUNS:
        return not comma and not tail.lstrip().startswith(",")  # "“Hi,” radio show host X said"
    made = lower[1:3] if lower[:1] and lower[0] in ("was", "is", "were") else lower[:2]
    if len(made) == 2 and made[0] in _MADE and made[1] == "by":
        return True
    maker = _MAKER.match(tail)
    return maker is not None and maker.group(1) in _WORK_NOUNS | {"seller"}  # "best seller"
