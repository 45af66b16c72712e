"""Tags written after a person's name and a comma: a party and state (``Tom Hale, R-Ky.,
said``) or a state alone (``Tom Hale, Ky., said``, ``Tom Hale, Ky said``, ``Ann Pike, Texas,
said``). A tag says where the person is from; it never names anyone, with or without its full
stop. Both speaker readers (the quotes' and the claim check's) read tags here.
"""

from __future__ import annotations

from collections.abc import Callable

from newsdiff.core.abbreviations import STATE_TITLES, STATES
from newsdiff.core.mention_types import Token
from newsdiff.core.names import PARTY_TAG

STATES_IN_FULL = frozenset("alaska hawaii idaho iowa maine ohio texas utah".split())
"""US states that AP style never abbreviates, so a state tag writes them in full."""

STATE_WORDS = STATES | STATES_IN_FULL
"""A state as a tag writes it (``Va``, ``Calif``, ``Texas``, ``Del``)."""


def is_tag(text: str) -> bool:
    """A party-state tag (``R-Ky``) or a state (``Ky``, ``Ky.``, ``Texas``, ``Del``) as
    written, read between a name's comma and its verb (``Hale, Del said``), where a title
    (``Del.`` for a delegate) cannot stand: a title comes before a name."""
    return bool(PARTY_TAG.match(text)) or text.casefold().rstrip(".") in STATE_WORDS


def state_after_name(tokens: list[Token], k: int, gap: Callable[[int, int], str]) -> bool:
    """``tokens[k]`` is a state written after a capitalised word and a comma that closes
    there: a full stop or comma follows it (``Springfield, Va.,``; ``Tom Hale, Texas, said``)
    or a lowercase word does (``Tom Hale, Ky said``). Before a capitalised word it may be a
    first name (``Pike, Ky Reyes and Ann Roe``), and a state that is also a title (``Del.``,
    a delegate) may open the next person's name after its full stop (``Tom Hale, Del. Ann
    Pike and …``). ``gap``: the masked text between offsets."""
    word = tokens[k]
    folded = word.text.casefold()
    if folded not in STATE_WORDS or k == 0 or not tokens[k - 1].cap:
        return False
    if gap(tokens[k - 1].end, word.start).strip() != ",":
        return False
    after = gap(word.end, word.end + 2)
    if after[:1] == "," or (after[:1] == "." and folded not in STATE_TITLES):
        return True
    if after == ".,":
        return True
    return k + 1 < len(tokens) and not tokens[k + 1].cap and tokens[k + 1].text[:1].isalpha()
