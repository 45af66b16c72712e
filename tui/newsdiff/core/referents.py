"""Coreference-lite: whom a sentence's pronoun or role subject stands for.

"He said 300 jobs would go" names nobody, yet the article named the man a sentence or two
before; another outlet's "Okafor said 450 jobs would go" is the same man's count. The claim
check compares who (a figure's agent, the names a claim is about), so a sentence whose subject
is *he* / *she* or a definite role (*the minister*, *the senator*, *the company*) takes the
name the article last gave in that role:

* *he* / *she*: the named subject of the nearest sentence before it (up to
  :data:`LOOK_BACK`) that has one (a person whose name opens the clause, or the one its own
  attribution names: "…," Okafor said);
* *the* + a job title (*the minister*, *the attorney general*): the nearest person written
  with that title before (*Finance Minister Ada Okafor*, *Attorney General Jane Roe*, *the
  secretary of state, Mark Dunn,*), up to :data:`ROLE_LOOK_BACK` sentences; a title of several
  words is matched whole (*the prime minister* is not *Foreign Minister X*);
* *the* + an organisation noun (*the company*, *the agency*): the nearest named subject before
  it that is no person (*Ofwat fined …*), up to :data:`LOOK_BACK`.

Nothing is resolved across a quotation's *I* / *we*, nor for *it* / *they* (too often a thing,
a statement or a crowd). Pure functions of the article's sentences, read lazily: only the
sentences a candidate pair needs, and the few before them.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping, Sequence

from newsdiff.core.claim import Claim, fold, read_claim, replaced, surname_of
from newsdiff.core.clauses import read_clause
from newsdiff.core.models import Sentence
from newsdiff.core.names import DEMONYMS, ORG_NOUNS, ROLE_WORDS
from newsdiff.core.people import ROLE_HEADS
from newsdiff.core.role_titles import TITLES
from newsdiff.core.words import STOPWORDS, stem

LOOK_BACK = 3
"""Sentences a pronoun or an organisation noun may reach back for its name (a paragraph)."""


ROLE_LOOK_BACK = 12
"""Sentences a job title may reach back: "the minister" stays one person for longer."""


_PERSONAL = frozenset({"he", "she"})

_LONGEST_TITLE = max(len(title) for title in TITLES)

_TITLE_STARTS = frozenset(title[0] for title in TITLES)
"""The first words of the titles (a one-word title counts: at a sentence's last word, the
slices :func:`_titled_at` compares are cut short to one word)."""


_ROLES = (ROLE_WORDS | ROLE_HEADS) - {"leader", "general", "chief", "officer", "speaker"}
"""Job titles "the …" can stand for one person by (not words that are also plain nouns)."""


HEAD_WORDS = 16
"""Words from a sentence's start within which its subject is looked for (past an opening
phrase): a pronoun further on is an object or a quotation's attribution, whose speaker the
quote reader gives."""


_NOUNS = _ROLES | ORG_NOUNS


def _may_refer(claim: Claim) -> bool:
    """Does *he*, *she* or *the* + a role or organisation noun stand near the sentence's start?"""
    previous = ""
    head = claim.words[:HEAD_WORDS]
    for k, (word, _stem, start, _end) in enumerate(head):
        if word in _PERSONAL or (previous == "the" and (word in _NOUNS or _titled_at(head, k))):
            if not _quoted(claim, start):
                return True  # a "he" inside a quotation is the speaker's, not the writer's
        previous = word
    return False


def _titled_at(words: Sequence[tuple[str, str, int, int]], k: int) -> bool:
    """Does a title of several words start at word ``k`` ("attorney general")?"""
    if words[k][0] not in _TITLE_STARTS:
        return False  # cheap: no title starts with this word
    for size in range(2, _LONGEST_TITLE + 1):
        if tuple(word for word, *_ in words[k : k + size]) in TITLES:
            return True
    return False


def _quoted(claim: Claim, offset: int) -> bool:
    """Is ``offset`` inside a quotation (one still open at the sentence's end included: a
    paragraph of quotation opens its first sentence and closes in its last)?"""
    if any(start < offset < end for start, end in claim.quoted_spans):
        return True
    text = claim.text
    if text[:1] not in _OPENING or any(start == 0 for start, _ in claim.quoted_spans):
        return False
    close = next((k for k in range(1, len(text)) if text[k] in _CLOSING), len(text))
    return offset < close


_OPENING = frozenset('"“‘')

_CLOSING = frozenset('"”')


def referent(claim_of: Callable[[int], Claim | None], index: int) -> str:
    """The folded surname (or organisation name) the subject of sentence ``index`` stands
    for, ``""`` when it is named in the sentence itself or cannot be told.

    ``claim_of(k)`` gives sentence ``k``'s claim (``None`` for a sentence that never links:
    boilerplate), read only when needed.
    """
    claim = claim_of(index)
    if claim is None or not _may_refer(claim):
        return ""  # cheap: most sentences name their subject or have none of these words
    clause = read_clause(claim.text)
    subject = clause.subject
    if clause.kind == "pronoun" and subject in _PERSONAL:
        return _named_before(claim_of, index, LOOK_BACK, person=True)
    if clause.kind != "noun":
        return ""
    title = _definite_title(claim, subject)
    if title:  # "the attorney general", "the secretary of state"
        return _titled_before(claim_of, index, title)
    if not _definite(claim.text, subject):
        return ""
    if subject in _ROLES:
        return _titled_before(claim_of, index, (subject,))
    if subject in ORG_NOUNS:
        return _named_before(claim_of, index, LOOK_BACK, person=False)
    return ""


def _definite(text: str, subject: str) -> bool:
    """Does the sentence's subject phrase read "the <subject>" (not "a minister", "ministers")?"""
    words = fold(text).split()
    for k, word in enumerate(words[:-1]):
        if word == "the" and words[k + 1].rstrip(",") == subject:
            return True
        if word.rstrip(",") == subject:
            return False
    return False


def _definite_title(claim: Claim, subject: str) -> tuple[str, ...]:
    """The title of several words the sentence's subject is written with, after "the"
    (``("attorney", "general")`` for "The attorney general said"), else ``()``."""
    words = [word for word, *_ in claim.words[:HEAD_WORDS]]
    for k, word in enumerate(words):
        if word != "the":
            continue
        for size in range(min(_LONGEST_TITLE, len(words) - k - 1), 1, -1):
            found = tuple(words[k + 1 : k + 1 + size])
            if found in TITLES and subject in found:
                return found
    return ()


def _named_before(
    claim_of: Callable[[int], Claim | None], index: int, reach: int, person: bool
) -> str:
    for k in range(index - 1, max(-1, index - 1 - reach), -1):
        claim = claim_of(k)
        if claim is None:
            continue
        clause = read_clause(claim.text)
        if clause.kind == "name" and _named(claim_of, k, clause.subject, clause.initial):
            is_person = any(last == clause.subject for _f, last, *_ in claim.people)
            if is_person == person or (person and not claim.people):
                return clause.subject
            if person:
                return ""  # the nearest subject is an organisation: "he" is not told
        if person and claim.attributed and _plausible_name(surname_of(claim.attributed[-1])):
            return surname_of(claim.attributed[-1])
        if clause.kind == "pronoun" and clause.subject in _PERSONAL and person:
            continue  # "He added …": the same person as before, read further back
        if clause.kind in ("name", "noun"):
            return ""  # another subject stands between: not told
    return ""


def _named(
    claim_of: Callable[[int], Claim | None], index: int, subject: str, initial: bool
) -> bool:
    """Is the subject the clause reader found at sentence ``index`` a name? A capitalised
    opening word alone ("Progressivism, …", "Needless to say") counts only when its sentence
    attributes words to it or an earlier sentence writes it capitalised mid-sentence."""
    if not _plausible_name(subject):
        return False
    claim = claim_of(index)
    if claim is not None and any(
        word == subject and _quoted(claim, start) for word, _s, start, _e in claim.words[:1]
    ):
        return False  # the subject of a quoted statement ("People of every race came …")
    if not initial:
        return True
    if claim is not None and subject in {surname_of(a) for a in claim.attributed}:
        return True
    stemmed = stem(subject)
    for k in range(index - 1, max(-1, index - 1 - ROLE_LOOK_BACK), -1):
        other = claim_of(k)
        if other is not None and stemmed in other.names:
            return True
    return False


_LESSER = frozenset({"vice", "deputy", "assistant", "acting", "former", "ex", "associate"})

_NATIONALITY = re.compile(r"[a-z]+(?:an|ese|ish|ch|li|di)")


def _another_job(word: str) -> bool:
    """Does ``word`` before a title make it another job? A vice president is not "the
    president", nor is the French president where a report's "the president" is its own."""
    return word in _LESSER or word in DEMONYMS or _NATIONALITY.fullmatch(word) is not None


_CONTRACTED = frozenset({"m", "re", "ve", "ll", "d"})

_QUESTION_WORDS = frozenset({"what", "who", "why", "how", "when", "where", "which"})


def _plausible_name(subject: str) -> bool:
    """A name the clause reader found, not a capitalised opening word ("What", "I'm")."""
    letters = subject.replace("-", "").replace("'", "").replace("’", "")
    if not letters.isalpha() or subject in STOPWORDS | _QUESTION_WORDS or subject in _NOUNS:
        return False
    return subject.replace("’", "'").rsplit("'", 1)[-1] not in _CONTRACTED


def _titled_before(
    claim_of: Callable[[int], Claim | None], index: int, title: tuple[str, ...]
) -> str:
    """The surname of the nearest person written with ``title`` (one word, or several:
    ``attorney general``), up to :data:`ROLE_LOOK_BACK` sentences back."""
    size = len(title)
    for k in range(index, max(-1, index - 1 - ROLE_LOOK_BACK), -1):
        claim = claim_of(k)
        if claim is None:
            continue
        for _first, last, *_span, role in reversed(claim.people):
            if role[-size:] == title and not any(map(_another_job, role[:-size])):
                return last  # "Finance Minister Ada Okafor"; not "Vice President …"
        titled = _title_and_surname(claim, title)
        if titled:
            return titled
    return ""


def _title_and_surname(claim: Claim, title: tuple[str, ...]) -> str:
    """The surname a capitalised title stands before ("President Obama", "Senator Ruiz said",
    "Secretary of State Mark Dunn"), or a title set beside a name ("the secretary of state,
    Mark Dunn," / "Jane Roe, the attorney general,"), the last one in the sentence; not after
    "Vice", "Deputy" or a nationality."""
    words, text = claim.words, claim.text
    size = len(title)
    found = ""
    for k in range(len(words) - size + 1):
        if tuple(word for word, *_ in words[k : k + size]) != title:
            continue
        start, end = words[k][2], words[k + size - 1][3]
        if k and _another_job(words[k - 1][0]):
            continue
        j = k + size
        if text[start].isupper():
            while j < len(words) and text[words[j][2]].isupper() and words[j][0] not in STOPWORDS:
                j += 1  # "President Barack Obama": the run's last word
            if j > k + size and _plausible_name(words[j - 1][0].removesuffix("'s")):
                found = words[j - 1][0].removesuffix("'s")
            continue
        if size > 1:
            found = _set_beside(claim, k, size, end) or found
    return found


def _set_beside(claim: Claim, k: int, size: int, end: int) -> str:
    """The surname of a name set off by commas right after "the <title>" (``the secretary
    of state, Mark Dunn,``) or right before it (``Jane Roe, the attorney general,``)."""
    words, text = claim.words, claim.text
    if k and words[k - 1][0] == "the" and text[end : end + 1] == ",":
        j = k + size
        while j < len(words) and text[words[j][2]].isupper():
            j += 1
        if j > k + size + 1 and _plausible_name(words[j - 1][0]):
            return words[j - 1][0]
    the = k - 1
    if the >= 2 and words[the][0] == "the" and text[words[the][2] - 2 : words[the][2]] == ", ":
        before = words[the - 1]
        if text[before[2]].isupper() and text[words[the - 2][2]].isupper():
            return before[0] if _plausible_name(before[0]) else ""
    return ""


def with_referent(
    claim: Claim,
    index: int,
    sentences: Sequence[Sentence],
    skip: Sequence[bool],
    known: Mapping[str, Claim] | None = None,
) -> Claim:
    """``claim`` (of ``sentences[index]``) with whom its subject stands for in the article.

    Read now only for a claim whose who the conflict rules compare (figures, dates, places,
    predictions: see :func:`~newsdiff.core.disagreements.shared_context`). For any other
    claim whose first words hold *he* / *she* or *the* + a role or organisation noun
    (:func:`_may_refer`: most do not), a :class:`LazyReferent` is attached instead: the
    look-alike rules' who-comparisons (:mod:`newsdiff.core.lookalikes`) read it through
    :meth:`~newsdiff.core.claim.Claim.subject_referent` only on a candidate pair that reaches
    them and meets such a subject. ``skip`` marks sentences that never link (boilerplate);
    ``known`` holds claims already read, by text.
    """

    lazy = not (claim.figures or claim.dates or claim.places or claim.predictions)
    if lazy and not _may_refer(claim):
        return claim  # cheap: most sentences name their subject or have none of these words

    def plain(k: int) -> Claim | None:
        if skip[k]:
            return None
        return claim if k == index else read_claim(sentences[k].text, known=known)

    if lazy:
        return replaced(claim, referent_reader=LazyReferent(plain, index))
    found = referent(plain, index)
    return replaced(claim, referent=found) if found else claim


class LazyReferent:
    """:func:`referent` of one sentence, read on the first call and kept."""

    __slots__ = ("_claim_of", "_index", "_found")

    def __init__(self, claim_of: Callable[[int], Claim | None], index: int) -> None:
        self._claim_of = claim_of
        self._index = index
        self._found: str | None = None

    def __call__(self) -> str:
        if self._found is None:
            self._found = referent(self._claim_of, self._index)
        return self._found

    @property
    def read(self) -> bool:
        """Has the referent been read?"""
        return self._found is not None
