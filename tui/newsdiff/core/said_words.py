"""One speaker, two statements told in words that never meet.

:func:`~newsdiff.core.actors.different_statements` tells one speaker's two statements apart by
their reported clauses' subjects and verbs; a quotation has no such clause to read ("'If they
have nothing to hide, they have nothing to fear,' Hale said" / "'The bill is dear to my heart
because it lets the families go to court,' Hale said"). What separates them is what is said:
both sentences give the same speaker's words, and the words of what is said (the core claim
words of :func:`~newsdiff.core.background.core_words`: no names, figures, titles, speech
verbs, background) have nothing in common. Pure functions.
"""

from __future__ import annotations

from newsdiff.core.background import core_words
from newsdiff.core.claim import Claim, surname_of
from newsdiff.core.referred_subjects import speakers_of

SAID_WORDS = 2
"""Each sentence needs this many core claim words before "nothing in common" says anything:
one word ("'I wasn't suggesting the president's not a Christian'", its name aside) is too little
to tell one statement from another."""

NOTE = "one speaker, nothing said in common: two statements"
"""The evidence note of the rule."""


def unrelated_statements(left: Claim, right: Claim) -> bool:
    """Both sentences give words of one speaker (quoted or reported, the speaker's surname in
    common), and the core claim words of the two share nothing: two statements of that
    speaker, not one told twice. The core words are read first (cheap); the speakers only
    when they do not meet (a "he said" may read whom it stands for)."""
    names = left.names | right.names  # a name in either sentence says who, not what
    a, b = core_words(left) - names, core_words(right) - names
    if len(a) < SAID_WORDS or len(b) < SAID_WORDS or a & b:
        return False
    lefts = speakers_of(left)
    if not lefts:
        return False
    rights = speakers_of(right)
    return bool({surname_of(s) for s in lefts} & {surname_of(s) for s in rights})
