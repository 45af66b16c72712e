"""What a headline's link needs against a quotation's sentence: more than a word or two.

A headline states its story's news in a few words, so it shares a word or two of the story's
topic with many sentences of the other article. A **quotation's sentence** (wholly inside
quotation marks, with no attribution of its own: a remark read on) that shares **at most two**
content words with the headline is one person's remark meeting the story's topic, not the
headline's claim: *Ostraven Council Votes To Close The Pier As Skippers Protest* / *"Now that
the council has opened the debate, it is time for the skippers to be heard."* Scoring can put
such a pair at the paraphrase threshold (two moderately rare words, a third of each
sentence's weight), and the look-alike rules pass it: a Title Case headline's capitals read as
names, so it has no claim words to compare.

A copied pair (near-verbatim) or one quoting the same words is never read by this rule.
Pure functions; no I/O. (A wider rule, "a headline and a sentence that share only names", was
measured and rejected: docs/conflicts.md, pairview12.)
"""

from __future__ import annotations

from newsdiff.core.claim import Claim

QUOTATION_WORDS = 2
"""A headline and a quotation's sentence sharing at most this many content words are not one
claim."""

QUOTED_SHARE = 0.8
"""A sentence with at least this share of its words inside quotation marks is a quotation's."""


def headline_lookalike(head: Claim, body: Claim) -> str | None:
    """Why the headline ``head`` and the other article's sentence ``body`` (not a headline)
    state different things, or ``None``: ``body`` is a quotation's sentence sharing at most
    :data:`QUOTATION_WORDS` content words with it."""
    shared = head.stems & body.stems
    if shared and len(shared) <= QUOTATION_WORDS and _quotation_only(body):
        return "a headline and a remark sharing a word or two"
    return None


def _quotation_only(claim: Claim) -> bool:
    """A sentence of someone's words, with no attribution of its own (a quotation read on)."""
    if claim.attributed:
        return False
    from newsdiff.core.words import features

    read = features(claim.text)
    return bool(read.words) and len(read.quoted) >= QUOTED_SHARE * len(read.words)
