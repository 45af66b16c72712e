"""Job titles of several words ("attorney general", "secretary of state", "chief executive",
"prime minister") as keys a person is remembered by, so that "the attorney general" finds
"Attorney General Jane Roe" and "the secretary of state" finds "Secretary of State Mark Dunn",
while "the general" or "the state" find neither."""

from __future__ import annotations

from collections.abc import Callable

from newsdiff.core import names as vocab
from newsdiff.core.mention_types import Token

TITLES = frozenset(
    tuple(title.split())
    for title in """
    attorney general|solicitor general|surgeon general|inspector general|postmaster general
    secretary of state|secretary general|secretary-general|chief of staff|press secretary
    chief executive|chief executive officer|chief financial officer|chief operating officer
    chief justice|chief constable|police chief|fire chief|chief economist|chief whip
    prime minister|first minister|deputy prime minister|foreign minister|finance minister
    foreign secretary|home secretary|defense secretary|defence secretary|health secretary
    majority leader|minority leader|district attorney|state attorney|lieutenant governor
    national security adviser|national security advisor|managing director|executive director
    vice president|vice chancellor|deputy mayor|lord mayor|party leader|opposition leader
    """.replace("\n", "|").split("|")
    if title.strip()
)
"""Titles of several words, lowercase: each names one office."""

_LONGEST = max(len(title) for title in TITLES)


def title_keys(words: list[str]) -> list[str]:
    """The keys a title written before a name gives (lowercase ``words``): each title of
    several words in it, longest first, then its single role words ("Attorney General" →
    ``attorney general``, ``general``)."""
    keys: list[str] = []
    for size in range(min(_LONGEST, len(words)), 1, -1):
        for start in range(len(words) - size + 1):
            if tuple(words[start : start + size]) in TITLES:
                keys.append(" ".join(words[start : start + size]))
    keys += [word for word in words if word in vocab.ROLE_WORDS]
    return keys


def reference(tokens: list[Token], k: int) -> tuple[int, list[str]] | None:
    """After ``the`` at token ``k``: the end of a role it names and the keys to look it up
    by, most specific first — a title of several words ("the secretary of state", "the
    chief executive"), else a run of title words ending in a role word ("the (foreign)
    minister"); None when it names no role."""
    for size in range(min(_LONGEST, len(tokens) - k), 1, -1):
        words = tuple(token.lower for token in tokens[k : k + size])
        if words in TITLES and not any(token.possessive for token in tokens[k : k + size - 1]):
            return k + size, [" ".join(words)]
    end = k
    while end < len(tokens) and end < k + 3 and tokens[end].lower in vocab.TITLE_WORDS:
        end += 1
        if tokens[end - 1].possessive:
            break
    if end == k:
        return None
    return end, [tokens[end - 1].lower]


def set_before(tokens: list[Token], first: int, gap: Callable[[int, int], str]) -> list[str]:
    """The keys of a title set before the name at token ``first``: ``the secretary of state,
    Mark Dunn``, ``the chief executive of Harbour Lines, Tim Cole``."""
    if first < 2 or gap(tokens[first - 1].end, tokens[first].start).strip() != ",":
        return []
    for at in range(max(0, first - 8), first - 1):
        found = reference(tokens, at + 1) if tokens[at].lower == "the" else None
        if found is None or found[0] > first:
            continue
        end, keys = found
        if end < first and tokens[end].lower == "of":  # "of Harbour Lines": whose title
            end += 1
            while end < first and tokens[end].cap:
                end += 1
        if end == first:
            return keys
    return []
