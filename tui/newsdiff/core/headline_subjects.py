"""A headline's own attribution of a quotation in it ("Ann Pike Warns of 'Reckless' Cuts")."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from newsdiff.core import names as vocab
from newsdiff.core.mention_types import SentenceInfo, Token
from newsdiff.core.quote_echoes import HEADLINE_MAX
from newsdiff.core.quote_marks import QuoteSpan
from newsdiff.core.reporting_verbs import HEADLINE_TERM_VERBS
from newsdiff.core.role_titles import title_keys

_NOT_HEADLINE_VERBS = frozenset({"is", "was", "has", "does", "his", "hers", "this", "its", "as"})
"""Words ending in "s" that are no headline's present-tense verb."""

TERM_WORDS = 2
"""A headline quotation of at most this many words is a term ("'Reckless' Plan")."""

_DESCRIBING = frozenset({"retired", "top", "ex", "acting", "veteran", "longtime", "jailed"})
"""Words that may open a headline's description of someone besides title words ("Retired
Captain Says …")."""

_DESCRIPTION_WORDS = 4


def headline_subject(
    text: str,
    infos: Sequence[SentenceInfo],
    span: QuoteSpan,
    roles: Mapping[str, str] | None = None,
) -> str | None:
    """A headline's own attribution: it opens with who speaks and a present-tense verb
    before the quotation ("Ann Pike Warns of 'Reckless' Cuts", "Mayor Says 'No Deal'"), or
    with who speaks and a colon ("Ann Pike: Ferry Will 'Sail Again'"); a quoted term needs a
    verb of saying or judging ("Hale Defends 'Reckless' Plan": nobody). A description
    ("Former Mayor Says …") stands for the person ``roles`` gives that role (role key →
    the first person the article writes with it), else for itself as written."""
    end = text.find("\n")
    if not (0 < end <= HEADLINE_MAX and text[end : end + 2] == "\n\n"):
        return None
    if span.close > end or not infos or infos[0].start != 0:
        return None
    info = infos[0]
    size = _description(info.tokens)
    if size:
        if not _says_before(text, info.tokens[size], span):
            return None
        keys = title_keys([token.lower for token in info.tokens[:size]])
        glued = info.tokens[size].text  # "Former Mayor Warns" is no person named Warns
        held = [roles[key] for key in keys if roles and roles.get(key, glued) != glued]
        held = held or _after_lowercase_role(infos, keys)
        return held[0] if held else " ".join(token.text for token in info.tokens[:size])
    subject = info.mentions[0] if info.mentions else None
    if subject is None or subject.first != 0 or subject.possessive:
        return None
    if subject.kind not in ("person", "body", "org"):
        return None
    named = subject.kind == "person" or subject.last - subject.first > 1  # not "Report:"
    if (
        named
        and subject.last < len(info.tokens)
        and ":" in text[info.tokens[subject.last - 1].end : info.tokens[subject.last].start]
    ):
        return subject.entity  # "Ann Pike: Ferry Will 'Sail Again'": all after the colon hers
    surname = subject.entity.rsplit(" ", 1)[-1]
    ends = [k + 1 for k in range(subject.last) if info.tokens[k].text == surname]
    if not ends or ends[0] >= len(info.tokens):
        return None
    verb = info.tokens[ends[0]]  # the run may have swallowed it: "Ann Pike Warns"
    return subject.entity if _says_before(text, verb, span) else None


def _says_before(text: str, verb: Token, span: QuoteSpan) -> bool:
    """``verb`` is a headline's present-tense verb before the quotation that makes the
    quotation its subject's words (a term needs a verb of saying or judging)."""
    present = verb.lower.endswith("s") and verb.lower not in _NOT_HEADLINE_VERBS
    if (
        len(text[span.start : span.end].split()) <= TERM_WORDS
        and verb.lower not in HEADLINE_TERM_VERBS
    ):
        return False  # a term in quotes, not the subject's words
    return present and verb.end <= span.open


def _after_lowercase_role(infos: Sequence[SentenceInfo], keys: list[str]) -> list[str]:
    """The first person the body names right after one of the role ``keys`` written in
    lowercase ("former mayor Tom Hale", "retired captain Tom Hale"), as a list."""
    for info in infos[1:]:
        for mention in info.mentions:
            before = info.tokens[mention.first - 1] if mention.first else None
            if mention.kind == "person" and before is not None and not before.cap:
                if before.lower in keys:
                    return [mention.entity]
    return []


def _description(tokens: list[Token]) -> int:
    """How many opening words describe someone without naming them ("Former Mayor",
    "Retired Army Captain"): capitalised title or describing words ending in a role word and
    followed by a verb; 0 when the headline opens otherwise ("Mayor Tom Hale Says")."""
    for size in range(1, min(_DESCRIPTION_WORDS, len(tokens) - 1) + 1):
        word = tokens[size - 1]
        if not word.cap or word.possessive:
            return 0
        if word.lower in vocab.ROLE_WORDS and not tokens[size].cap:
            return 0  # "Mayor and …": no verb next
        if word.lower in vocab.ROLE_WORDS and tokens[size].lower.endswith("s"):
            return size
        if word.lower not in vocab.TITLE_WORDS and word.lower not in _DESCRIBING:
            return 0
    return 0
