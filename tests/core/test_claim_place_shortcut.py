"""The claim's place reading with its shortcuts gives what the plain reading gives.

The Title Case headline test is made only when a place was found, and an "in"/"at" with no
capitalised word after it is passed at once: the places must be as the plain reading finds
them (headline test first, every "in"/"at" read).
"""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st
from newsdiff.core import claim
from newsdiff.core.words import STOPWORDS

WORDS = st.sampled_from(
    "in at In At the The Camp David Ohio Nordby May March Tuesday ferry fares rise council "
    "said Mayor’s Ines’s of and 12 A An".split()
)


def _plain_places(text: str) -> tuple[tuple[str, str, int, int], ...]:
    matches = list(claim._WORD.finditer(text))
    raw = [m.group(0) for m in matches]
    folded = [w.casefold().replace("’", "'") for w in raw]
    content = [w for w in raw if w[:1].isalpha() and w.casefold() not in STOPWORDS]
    if content and sum(w[0].isupper() for w in content) > 0.6 * len(content):
        return ()
    found = []
    for k in range(len(raw) - 1):
        if folded[k] not in ("in", "at"):
            continue
        j = k + 1
        while (
            j < len(raw)
            and raw[j][:1].isupper()
            and folded[j] not in claim._MONTHS
            and folded[j] not in claim._WEEKDAYS
            and folded[j] not in STOPWORDS
        ):
            j += 1
        if k + 1 < j <= k + 4 and not folded[j - 1].endswith("'s"):
            found.append(
                (" ".join(folded[k + 1 : j]), "", matches[k + 1].start(), matches[j - 1].end())
            )
    return tuple(found)


@settings(max_examples=400, deadline=None)
@given(st.lists(WORDS, max_size=14).map(" ".join))
def test_places_are_those_the_plain_reading_finds(text: str) -> None:
    assert claim.read_claim(text).places == _plain_places(text)
