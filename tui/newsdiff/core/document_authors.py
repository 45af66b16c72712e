"""Who a document speaks for: ``a report by the Gazette``, ``a study from the University of
Leith``, ``Harbour Watch's report``, ``a statement released by the board``, ``a report in the
Gazette``. The author or publisher of a document said what it says (DESIGN §3), so a quotation
attributed to the document is theirs. Someone who merely holds a document (``documents obtained
by the Gazette``, ``a memo seen by``, ``a study commissioned by``) wrote none of it: the document
stays the speaker.
"""

from __future__ import annotations

from collections.abc import Callable

from newsdiff.core.mention_types import SentenceInfo, Token, mention_at
from newsdiff.core.reporting_verbs import REPORTING_VERBS

DOCUMENT_NOUNS = frozenset(
    """
    report reports statement statements study studies survey poll lawsuit suit complaint
    indictment memo memorandum filing letter letters emails email ruling order document
    documents analysis review audit release announcement post tweet editorial
    """.split()
)
"""Source nouns for something written, which has an author (not ``prosecutors``, ``police``)."""


AUTHORING = frozenset(
    """
    released issued published written prepared compiled produced signed sent filed posted
    conducted authored led carried
    """.split()
)
"""Participles that make the ``by`` after them the document's author ("a statement released by
X"); any other (``obtained``, ``seen``, ``commissioned``, ``reviewed``) names someone else."""

_AUTHOR_KINDS = frozenset({"person", "org", "body", "outlet", "government", "name"})
"""Mention kinds that can write a document (not a pronoun or a place)."""

JOINERS = frozenset({"of", "for"})
"""Lowercase words inside an organisation's name ("University of Leith")."""

Gap = Callable[[int, int], str]

_AFTER_NAME = frozenset(
    """
    said says found finds show shows showed concluded revealed reported estimated noted wrote
    that which who and or but on in at of for to from with as after before last this earlier
    released issued published also has had have was is were are will would
    """.split()
)
"""Words that may follow a document's author: a verb or a function word, not a noun it
modifies."""


def _ends_phrase(tokens: list[Token], k: int, gap: Gap) -> bool:
    """The name before token ``k`` ends its noun phrase: punctuation or a verb or function
    word follows, not a lowercase noun it would modify."""
    if gap(tokens[k - 1].end, tokens[k].start).strip(" "):
        return True
    return tokens[k].lower in _AFTER_NAME or tokens[k].lower in REPORTING_VERBS


def document_author(info: SentenceInfo, i: int, k: int, gap: Gap) -> str | None:
    """The author of the document noun at token ``k`` (its phrase opening at ``i``): an owner
    before it (``Harbour Watch's (new) report``) or ``by`` / ``from`` / ``in`` / an authoring
    participle and ``by`` right after it, then a name. None when the document names nobody."""
    tokens = info.tokens
    if k >= len(tokens) or tokens[k].lower not in DOCUMENT_NOUNS:
        return None
    for owner_end in (k, k - 1):
        owner = info.by_token.get(owner_end - 1) if owner_end > i else None
        if owner is not None and owner.possessive and owner.last == owner_end:
            return owner.entity if owner.kind in _AUTHOR_KINDS else None
    if k > i and tokens[k - 1].possessive and tokens[k - 1].cap:
        return None  # an owner the mention reader did not take: no guess
    n = k + 1
    if n < len(tokens) and tokens[n].lower in AUTHORING:
        n += 1
        if n >= len(tokens) or tokens[n].lower != "by":
            return None
    elif n >= len(tokens) or tokens[n].lower not in ("by", "from", "in"):
        return None
    if gap(tokens[n - 1].end, tokens[n].start).strip():
        return None  # "the report, by the way," / a clause break
    author = mention_at(info, n + 1)
    if author is None:
        return _capitalised_run(info, n + 1, gap) if tokens[n].lower != "in" else None
    if author.possessive or author.kind not in _AUTHOR_KINDS:
        return None
    if tokens[n].lower == "in" and author.kind not in ("org", "name"):
        return None  # "a statement in Parliament": where it was read, not who wrote it
    return author.entity


def _capitalised_run(info: SentenceInfo, k: int, gap: Gap) -> str | None:
    """A name the mention reader did not take (``by Harbour Watch``, ``from the University of
    Leith``): the capitalised words from ``k`` (after ``the``), joined by ``of``/``for``/``and``."""
    tokens = info.tokens
    if k < len(tokens) and tokens[k].lower == "the":
        k += 1
    end = k
    while end < len(tokens) and not gap(tokens[end - 1].end, tokens[end].start).strip(" "):
        if tokens[end].cap and not tokens[end].possessive:
            end += 1
        elif tokens[end].lower in JOINERS and end + 1 < len(tokens) and tokens[end + 1].cap:
            end += 1
        else:
            break
    if end == k or not tokens[k].cap:
        return None
    if end < len(tokens) and not tokens[end].cap and not _ends_phrase(tokens, end, gap):
        return None  # "from the Harbour committee": a modifier, not a name
    return " ".join(token.text for token in tokens[k:end])
