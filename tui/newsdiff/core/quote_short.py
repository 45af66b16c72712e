"""A quote of two words that is a word-for-word part of the same speaker's longer quote (and
that longer quote, which has the short one for its excerpt, as for longer excerpts).

Outlets often quote a speaker's most pointed words alone (``called it “highly secret”``) where
another outlet quotes the whole sentence. By the definition of ``excerpt`` (word for word a part
of the other's quote) that is an excerpt; the word test of :func:`quote_groups.relation` cannot
say so for two words, which match everywhere. What makes them the remark is *who* is
quoted: the words run unbroken inside a longer quote the other outlet gives to the same person,
named on both sides. A quote with no speaker, or another speaker's sentence that happens to hold
the words, is no counterpart (``only here`` as before); nor is a single word (``called the
inquiry “phony”``): one word says too little of a longer remark to carry it (the tune gold of
``realdev_quote_statuses2.json`` judges such a pair ``only here``).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from typing import Protocol

from newsdiff.core.models import Quote, QuoteStatusName
from newsdiff.core.speaker_names import speakers_differ

Roles = Mapping[str, tuple[str, ...]]
"""The roles the articles give each (canonical) speaker."""


def speaker_roles(quotes: Iterable[Quote]) -> dict[str, tuple[str, ...]]:
    """Every role ``quotes`` give each speaker (``White House press secretary``): a role said
    once in one article ties the speaker's every quote to the body it speaks for."""
    roles: dict[str, dict[str, None]] = {}
    for quote in quotes:
        if quote.speaker and quote.role:
            roles.setdefault(quote.speaker, {})[quote.role] = None
    return {speaker: tuple(found) for speaker, found in roles.items()}


def roles_differ(first: str | None, second: str | None, roles: Roles) -> bool:
    """:func:`speakers_differ` with the speakers' roles: a body and its spokesperson or head
    are one voice."""
    return speakers_differ(first, second, roles.get(first or "", ()), roles.get(second or "", ()))


SHORT_WORDS = 2
"""A quote of this many words may be an excerpt by its speaker (see the module)."""


class _Words(Protocol):
    @property
    def words(self) -> tuple[str, ...]: ...

    @property
    def joined(self) -> str: ...


def short_part(
    quote: Quote,
    words: _Words,
    candidates: Iterable[int],
    their_quotes: Sequence[Quote],
    their_words: Sequence[_Words],
    differ: Callable[[str | None, str | None], bool],
) -> list[tuple[int, QuoteStatusName, float]]:
    """``[(index, "excerpt", score)]`` for the first of ``candidates`` (indices into
    ``their_quotes``) by the same named speaker where one quote is two words that run
    unbroken inside the other, longer one; else ``[]`` (the shape of ``WordIndex.related``)."""
    if quote.speaker is None:
        return []
    for index in candidates:
        other = their_quotes[index]
        if other.speaker is None or differ(quote.speaker, other.speaker):
            continue
        short, long = sorted((words, their_words[index]), key=lambda found: len(found.words))
        if len(short.words) != SHORT_WORDS:
            continue
        if len(long.words) > len(short.words) and f" {short.joined} " in f" {long.joined} ":
            return [(index, "excerpt", 100.0 * len(short.words) / len(long.words))]
    return []
