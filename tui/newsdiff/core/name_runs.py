"""Runs of capitalised words in a sentence: the candidates for names.

A run goes on over single spaces between capitalised words (``Anna Pike``), a name connector
before a capitalised word (``Department of Defence``, ``Ludwig van Beethoven``), a quoted
nickname (Robert C. "Bobby" Scott), an ampersand (``Procter & Gamble``) and an ``and`` inside an
organisation's name (``Immigration and Customs Enforcement``, ``Department of Health and Human
Services``, ``Johnson and Johnson``); ``Anna Smith and Tom Jones`` are two runs.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from newsdiff.core import names as vocab
from newsdiff.core.mention_types import MASK, Token
from newsdiff.core.name_shapes import CONNECTORS, FIRST_NAMES, TITLE_CASE_WORDS

Gap = Callable[[int, int], str]

_NICKNAME = 16
"""The longest quoted nickname inside a name, marks included."""


def read_runs(tokens: list[Token], gap: Gap, text: str, masked: str) -> list[tuple[int, int]]:
    """The runs of ``tokens`` as token index ranges (end exclusive), in order."""
    runs: list[tuple[int, int]] = []
    i = 0
    while i < len(tokens):
        if not tokens[i].cap or (i > 0 and tokens[i].lower in TITLE_CASE_WORDS):
            i += 1
            continue
        j = i + 1
        while j < len(tokens) and not tokens[j - 1].possessive:
            between = gap(tokens[j - 1].end, tokens[j].start)
            if between.strip() == "&" and tokens[j].cap:
                j += 1  # "Procter & Gamble": one name
                continue
            if between not in (" ", "\u00a0") and not _nickname(
                tokens[j - 1], tokens[j], text, masked
            ):
                break
            if tokens[j].lower == "and" and _joins_organisation(tokens, gap, i, j):
                j += 2  # "Immigration and Customs Enforcement": one organisation
            elif tokens[j].cap and tokens[j].lower not in TITLE_CASE_WORDS:
                j += 1
            elif tokens[j].text.isdigit() and tokens[j - 1].lower in ("no", "number"):
                j += 1  # "No 10" (Downing Street)
            elif (
                tokens[j].lower in CONNECTORS
                and j + 1 < len(tokens)
                and tokens[j + 1].cap
                and gap(tokens[j].end, tokens[j + 1].start) == " "
            ):
                j += 2
            else:
                break
        runs.append((i, j))
        i = j
    return runs


def name_text(words: Sequence[Token], gap: Gap) -> str:
    """The words of a run as one name, an ampersand kept (``Procter & Gamble``)."""
    parts: list[str] = []
    for k, word in enumerate(words):
        if k:
            parts.append(" & " if gap(words[k - 1].end, word.start).strip() == "&" else " ")
        parts.append(word.text)
    return "".join(parts)


def _joins_organisation(tokens: list[Token], gap: Gap, i: int, j: int) -> bool:
    """Whether ``and`` at token ``j`` joins the run from ``i`` and the capitalised words after
        it into one organisation's name: the left words hold an office word and ``of``
        (``Department of Health and Human Services``), or are one word that is no first name and
        the right words end in an office word (``Immigration and Customs Enforcement``) or repeat
        it (``Johnson and Johnson``); a country before the left words is left out of that count
    (``U.S. Customs and Border Protection``). ``Anna Smith and Tom Jones`` are two people."""
    k = j + 1
    while k < len(tokens) and tokens[k].cap and gap(tokens[k - 1].end, tokens[k].start) == " ":
        k += 1
    if k == j + 1 or tokens[k - 1].possessive:
        return False
    return organisation_and([t.lower for t in tokens[i:j]], [t.lower for t in tokens[j + 1 : k]])


def organisation_and(left: Sequence[str], right: Sequence[str]) -> bool:
    """Whether capitalised words ``left`` and ``right`` (folded) joined by ``and`` are one
    organisation's name (see ``_joins_organisation``)."""
    if len(left) > 1 and left[0] in vocab.COUNTRIES:
        left = left[1:]  # "U.S. Customs and Border Protection": the country is no name word
    if not left or not right:
        return False
    if len(left) == 1 and list(right) == list(left):
        return True  # "Johnson and Johnson"
    if "of" in left and set(left) & vocab.NOT_NAME_WORDS:
        return True
    single = len(left) == 1 and left[0] not in FIRST_NAMES
    return single and right[-1] in vocab.NOT_NAME_WORDS


def _nickname(before: Token, after: Token, text: str, masked: str) -> bool:
    """A quoted nickname stands between two words of a name (Robert C. "Bobby" Scott)."""
    inner = text[before.end : after.start].strip()
    word = inner[1:-1]
    return (
        after.cap
        and 3 <= len(inner) <= _NICKNAME
        and masked[before.end : after.start].strip(" ") == MASK * len(inner)
        and word.isalpha()
        and word[:1].isupper()
    )
