"""Word lists the claim check's speaker reading (``core/claim_speakers.py``) consults."""

from __future__ import annotations

CONJUNCTIONS = frozenset("but and so yet still then now also meanwhile or both".split())
"""Capitalised only because they open the sentence: never part of a speaker's name."""


NOT_NAMES = frozenset(
    "i i'm i've i'd i'll we he she they it you this that these those there here".split()
)


SUFFIXES = frozenset("jr sr ii iii iv".split())


DATE_WORDS = frozenset(
    "monday tuesday wednesday thursday friday saturday sunday today yesterday".split()
)


FUNCTION_AFTER = frozenset(
    "in on at to of who whose after before during when while as and but from with by for "
    "last this earlier later yesterday today".split()
)
"""Lowercase words that may follow an inverted speaker's name (``said Tom Hale on Tuesday``);
any other lowercase word makes the name a modifier (``said the White House press secretary``)."""


CLAUSE_OPENERS = frozenset(
    "that if whether it he she they we i you this there his her their its".split()
)
"""After a reporting verb these open what was said, not who said it."""


DETERMINERS = frozenset("the a an his her their its our my your these those such".split())


QUANTIFIERS = frozenset("most many some several few all both each every no other".split())


NUMBER_WORDS = frozenset(
    "one two three four five six seven eight nine ten eleven twelve twenty thirty forty fifty "
    "sixty seventy eighty ninety hundred dozen".split()
)
