"""What a run of capitalized words looks like, before anyone is named: led by a common first
name, ending in a place, described by "a"/"an", or inside a title-case headline.
"""

from __future__ import annotations

import re

from newsdiff.core import names as vocab
from newsdiff.core.mention_types import Token

CONNECTORS = frozenset(
    {"of", "for", "de", "van", "von", "bin", "al", "da", "del", "la", "le", "der"}
)
"""Lowercase words that may stand inside a name ("Bank of England", "Bill de Vries")."""

FIRST_NAMES = vocab.FEMALE_FIRST_NAMES | vocab.MALE_FIRST_NAMES
"""A common first name before a title word makes the run a name ("Anna King", not a king)."""


HEADLINE_MAX = 300
"""The longest first line read as a headline."""

TITLE_CASE_WORDS = frozenset(
    """
    is are was were be been has have had to for and or but with in on at by from as after over
    into says said not than about against amid monday tuesday wednesday thursday friday
    saturday sunday january february march july september october november december
    """.split()
)
"""Words capitalised only by a title-case headline ("Reed Is Coming to Leith"), and days and
months no one is named after ("Chairman X Sunday"): they end a run of capitalized words."""


def first_name_lead(words: list[Token]) -> int:
    """1 when the run opens with a common first name before another capitalised word ("Bill
    Hale": a person, whatever else "bill" means), else 0."""
    if len(words) < 2 or words[0].lower not in FIRST_NAMES:
        return 0
    second = 2 if words[1].lower in CONNECTORS and len(words) > 2 else 1  # "Bill de Blasio"
    return int(words[second].cap)


def title_case_headline(text: str) -> int:
    """The end of the headline when the text opens with one in title case ("Mayor Reed Is
    Coming to Leith"), where capitals say nothing about names; else 0."""
    end = text.find("\n")
    if not 0 < end <= HEADLINE_MAX or text[end : end + 2] != "\n\n":
        return 0
    words = re.findall(r"[^\W\d_]{4,}", text[:end])
    capitalised = sum(word[0].isupper() for word in words)
    return end if len(words) >= 3 and capitalised >= 0.8 * len(words) else 0


def after_indefinite(tokens: list[Token], first: int) -> bool:
    """ "a prominent New York Democrat", "an Acme engineer": the run describes, never names."""
    for k in range(first - 1, max(-1, first - 4), -1):
        if tokens[k].cap or tokens[k + 1].start - tokens[k].end != 1:
            return False  # a capital or punctuation ("a union negotiator, Lena Brandt")
        if tokens[k].lower in ("a", "an"):
            return True
    return False


def place_tailed(words: list[Token]) -> bool:
    """Two or more words ending in a country or capital and not opening with a common first
    name ("Breitbart London", not "Jack London"): a place-named organization, not a person."""
    return (
        len(words) >= 2
        and words[-1].lower in vocab.COUNTRIES
        and words[0].lower not in FIRST_NAMES
        and words[0].lower not in vocab.COUNTRIES
    )


def headline_name_length(words: list[Token]) -> int:
    """How many words of a run in a title-case headline make the name: a first name, any
    initials or particles, and one more word ("Ann B. Pike Speaks Out" → 3); all of a run not
    led by a first name."""
    if not first_name_lead(words):
        return len(words)
    n = 1
    while n < len(words) - 1 and (
        len(words[n].text.rstrip(".")) == 1 or words[n].lower in CONNECTORS
    ):
        n += 1
    return min(n + 1, len(words))
