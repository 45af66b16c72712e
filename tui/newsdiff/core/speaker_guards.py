"""Two guards of quote attribution where no speaker beats a wrong one (people13).

A quotation inside a clause with an attribution of its own (``X issued a statement after Y
told voters that “…”``) is that clause's: a speaker found outside the clause is the sentence's
subject, not the quote's. A quotation followed by a person (``“…?” Mr. Moss planned to ask``) is
that person's business even when no reporting verb follows: it borrows the speaker of the
sentences before only when that is the same person. (``verdict_after``, moved here from
``speakers.py`` to keep it under the quote modules' size limit, reads ``“…” So said X``.)
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable

from newsdiff.core import names as vocab
from newsdiff.core.mention_types import SentenceInfo, Token, mention_at
from newsdiff.core.models import Cue
from newsdiff.core.quote_marks import QuoteSpan
from newsdiff.core.reporting_verbs import DOCUMENT_VERBS, REPORTING_VERBS

_SEPARATORS = " \t,;\u2014\u2013-"


def clause_speaker(info: SentenceInfo, found: str | None, start: int, subject: str) -> str | None:
    """The speaker of a quotation in an attributed clause starting at character ``start``:
    ``found`` when the clause itself names it, the clause's ``subject`` when a reporting verb
    follows that subject (``after Hale told``), else nobody."""
    if found is None:
        return None
    inside = [m for m in info.mentions if info.tokens[m.last - 1].end > start]
    if any(m.entity == found for m in inside):
        return found
    for mention in inside:
        if mention.entity == subject and mention.last < len(info.tokens):
            verb = info.tokens[mention.last]
            if verb.lower in REPORTING_VERBS and not verb.cap:
                return subject
    return None


def person_after(
    infos: list[SentenceInfo], index: int, gap: Callable[[int, int], str], close: int
) -> str | None:
    """The person named right after the quotation closing at character ``close`` in sentence
    ``index`` (nothing but spaces or commas between; in the next sentence when the segmenter
    cut after the closing mark), or None."""
    info = infos[index]
    i = bisect.bisect_right(info.starts, close)
    if i >= len(info.tokens) and index + 1 < len(infos):
        info, i = infos[index + 1], 0
    if i >= len(info.tokens):
        return None
    between = gap(close + 1, info.tokens[i].start)
    if "\n" in between or between.strip(_SEPARATORS):
        return None
    mention = mention_at(info, i)
    if mention is None or mention.kind != "person" or mention.possessive:
        return None
    return mention.entity


def verdict_after(infos: list[SentenceInfo], index: int) -> str | None:
    """``“…” That was the verdict of X, …`` / ``So said X`` / ``That’s how X described it``
    (a name right after ``how``, then a reporting verb or ``put``): the next sentence names
    the speaker of a quotation standing alone."""
    if index + 1 >= len(infos):
        return None
    following = infos[index + 1]
    tokens = following.tokens
    words = [token.lower for token in tokens[:3]]
    if words[:2] == ["so", "said"]:
        target = mention_at(following, 2)
        return target.entity if target is not None else None
    if len(words) < 2 or words[0] not in ("that", "this"):
        return None
    how = 1 if words[1] == "how" else 2 if words[1:3] == ["is", "how"] else 0
    if how:  # "That’s how Tom Hale, the union’s treasurer, described the plan"
        subject = mention_at(following, how + 1)
        if subject is None or subject.first != how + 1 or subject.kind not in ("person", "body"):
            return None
        later = (token.lower for token in tokens[subject.last :])
        return subject.entity if any(w in REPORTING_VERBS or w == "put" for w in later) else None
    if words[1] not in ("was", "is"):
        return None
    for v in range(2, min(len(tokens) - 1, 6)):
        if tokens[v].lower in vocab.SPEECH_NOUNS and tokens[v + 1].lower == "of":
            named = [m for m in following.mentions if v + 1 < m.first < v + 10]
            return named[0].entity if named else None
    return None


_RELAYING = frozenset({"reported", "reports", "reporting"})
"""Verbs after a quote that pass on what someone else said (an outlet's ``reported``)."""


def relayed(info: SentenceInfo, close: int, verbs: frozenset[str]) -> bool:
    """``X said the figures were “…,” the Gazette reported``: the first of ``verbs`` after the
    quote closing at ``close`` only relays it (``reported``), so a speaker the sentence names
    before the quote said it, not the outlet (which rule A would take)."""
    tokens = info.tokens
    i = bisect.bisect_right(info.starts, close)
    found = [k for k in range(i, min(len(tokens), i + 6)) if tokens[k].lower in verbs]
    return bool(found) and tokens[found[0]].lower in _RELAYING


LABELLED_SPEECH = vocab.SPEECH_NOUNS | frozenset(
    "tweet tweets joke jokes quip quips slur slurs jab jabs".split()
)
"""Nouns for something said that a quotation right before them may name by its words
(``over 'rape' comments``, ``slams 'cruel' remark``)."""

LABEL_WORDS = 6
"""The longest quotation read as a name for something said (``'It Was Years Ago' remark``);
a longer one followed by such a noun (``the “…” comments like X's show``) opens a new clause."""

_LABEL_MODIFIERS = 2
"""Capitalised words that may stand between such a quotation and its noun (``'Inaccurate'
Harbour Comments``)."""


_WORD_AFTER = re.compile(r"[ \t\u00a0]+([^\W\d_][\w.'\u2019-]*)")


def label_noun(text: str, span: QuoteSpan) -> tuple[int, int] | None:
    """Where the noun for something said that the quotation names by its words stands
    (``'reckless' comments``, ``'Inaccurate' Harbour Comments``: the words up to the noun),
    or None. A quotation holding punctuation (``a “…,” comments that``) stands apart from
    the words after it, so it names none, and so does one of more than :data:`LABEL_WORDS`."""
    quoted = text[span.start : span.end]
    if not quoted.strip() or any(mark in quoted for mark in ",.;:!?"):
        return None  # a sentence or clause of its own, not a name for something said
    if len(quoted.split()) > LABEL_WORDS:
        return None
    at, first = span.close + 1, -1
    for _ in range(_LABEL_MODIFIERS + 1):
        word = _WORD_AFTER.match(text, at)
        if word is None:
            return None
        first = word.start(1) if first < 0 else first
        if word.group(1).lower() in LABELLED_SPEECH:
            return first, word.end(1)
        if not word.group(1)[0].isupper() or word.group(1).endswith(("'s", "\u2019s")):
            return None
        at = word.end()
    return None


_OWNER_BEFORE = re.compile(r"(?:[A-Z][\w.-]*[ \t\u00a0]+){0,3}[A-Z][\w.-]*['\u2019]s[ \t\u00a0]*$")
"""A capitalised owner's possessive right before a quotation (``Tom Hale's``)."""


def label_cue(text: str, span: QuoteSpan, floor: int) -> Cue | None:
    """The words that make the quotation a label (:func:`label_noun`), as its cue: from its
    owner's possessive, if one stands right before it, else from the opening mark, to the
    noun (``Tom Hale's 'reckless' remark``, ``'rape' comments``); None for no label, or one
    after a colon (the colon's speaker's words)."""
    noun = label_noun(text, span)
    if noun is None or text[floor : span.open].rstrip().endswith(":"):
        return None
    owner = _OWNER_BEFORE.search(text, max(floor, span.open - 80), span.open)
    start = owner.start() if owner is not None else span.open
    return Cue(start, noun[1], text[start : noun[1]])


def speech_label(
    info: SentenceInfo, span: QuoteSpan, text: str, gap: Callable[[int, int], str]
) -> tuple[bool, str | None]:
    """``Hale blasts Pike over 'reckless' comments``: the quotation names a thing said by its
    words (:func:`label_noun`), so its words are those comments', not the sentence subject's
    (a verb before it reacts to them). Returns whether it is such a label and, if so, its
    owner named by a possessive right before it (``over Pike's 'reckless' comments``: Pike),
    else None. A quotation after a colon (``Hale: 'Reckless' remark was a joke``) is the
    colon's speaker's words: no label."""
    if label_noun(text, span) is None:
        return False, None
    tokens = info.tokens
    end = bisect.bisect_left(info.starts, span.open)
    if end and ":" in gap(tokens[end - 1].end, span.open):
        return False, None
    owner = info.by_token.get(end - 1) if end else None
    if owner is not None and owner.possessive and owner.last == end and owner.entity:
        return True, owner.entity
    return True, None


THINGS_SAY = DOCUMENT_VERBS - REPORTING_VERBS
"""Verbs by which only a thing says something (``“…” reads the sign``)."""


def thing_says(info: SentenceInfo, close: int, gap: Callable[[int, int], str]) -> bool:
    """``“…” reads one question``, ``“…,” reads the sign``: right after the quotation a verb
    of :data:`THINGS_SAY` (a document's ``reads``): the sentence
    gives its own source, so the quotation never borrows a speaker from the sentences around
    it (whoever was named before did not write the sign)."""
    tokens = info.tokens
    i = bisect.bisect_right(info.starts, close)
    if i >= len(tokens) or tokens[i].cap:
        return False
    between = gap(close + 1, tokens[i].start)
    return "\n" not in between and not between.strip(_SEPARATORS) and tokens[i].lower in THINGS_SAY


_RELATIVE_ASIDE = re.compile(r"(\w+)\s+(?:that|which|who)\s*,\s+[^,;:\n]{1,80}$", re.IGNORECASE)
_ASIDE_END = re.compile(r"(?:\s+[A-Za-z]+){0,2}\s*,")
_NOT_NOUNS = frozenset(
    "given after before despite beyond like besides with for of in on at about than from by to"
    " and but or so because now all that is was just only not also even".split()
)
"""Words before a ``that`` that is no relative pronoun (``Given that, X said, …``)."""
_ASIDE = re.compile(
    r"\b(?:that|which|who)\s*,\s+[^,;:\n]{1,80}?\b([a-z]+)((?:\s+[A-Za-z]+){0,2}\s*),"
)


def relative_aside(text: str, floor: int, start: int, end: int) -> bool:
    """The verb at ``start:end`` closes an aside opened right after a relative pronoun
    (``files that, Ann Pike said Monday, record …``): the aside vouches for the relative
    clause, so its speaker is not the speaker of a quotation later in the sentence."""
    found = _RELATIVE_ASIDE.search(text, floor, start)
    if found is None or found.start(1) == floor or found.group(1).lower() in _NOT_NOUNS:
        return False
    return bool(_ASIDE_END.match(text, end))


def own_verb(text: str, floor: int, token: Token) -> bool:
    """A reporting verb token that may name the quotation's speaker: lowercase, not
    ``according`` (its own rule), not an aside's after a relative pronoun
    (:func:`relative_aside`)."""
    if token.cap or token.lower == "according":
        return False
    return not relative_aside(text, floor, token.start, token.end)


def aside_cue(text: str, floor: int, cue: Cue) -> bool:
    """The cue holds such an aside's verb (``said Monday, document``): not the quotation's."""
    for found in _ASIDE.finditer(text, floor, cue.end):
        verb = found.start(1), found.end(1)
        if cue.start <= verb[0] and found.group(1) in REPORTING_VERBS:
            return relative_aside(text, floor, *verb)
    return False
