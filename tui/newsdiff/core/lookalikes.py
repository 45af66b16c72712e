"""Look-alikes: two sentences with the same names and pattern that state different facts.

Another speaker's statement, two people's deeds, two quotations of two statements, the same
names with nothing else in common. Each test is a pure function of two claims
(:class:`~newsdiff.core.claim.Claim`) or texts. The subject-and-verb reading behind
"different actions" is :mod:`newsdiff.core.clauses`.
"""

from __future__ import annotations

import re
from functools import lru_cache

from rapidfuzz.distance import Indel

from newsdiff.core.background import core_words
from newsdiff.core.claim import SPEECH_STEMS, SPEECH_VERBS, Claim, find_name, fold, surname_of
from newsdiff.core.clause_words import (
    DASHES,
    INTRODUCERS,
    LIGHT,
    OPENERS,
    TITLES,
)
from newsdiff.core.clauses import Clause, read_clause
from newsdiff.core.link_evidence import Disagreement
from newsdiff.core.names import ORG_NOUNS
from newsdiff.core.owned_acts import names_as_party, possessive_act
from newsdiff.core.polarity import is_content_word
from newsdiff.core.referred_subjects import (
    Referent,
    as_referent,
    ask,
    speakers_of,
    told_speakers,
)
from newsdiff.core.speaker_statements import speaker_or_core, stated_apart
from newsdiff.core.words import STOPWORDS, stem

QUOTATION_WORDS = 5
"""A quotation needs this many words to identify a statement (see the speaker check)."""


SAME_QUOTATION = 0.9
"""Word-order similarity of two quotations at or above which they are the same statement."""


DIFFERENT_QUOTATIONS = 0.5
"""At most this share of the shorter quotation's content words found in the other quotation:
two sentences that each quote someone, and quote different words, report two statements. (On
the tune half of the development set, quotations of one statement share 0.86 or more.)"""

WRITERS_SHARE = 1.5
"""Two mostly-quotation sentences: each has at most this many content words of the writer's own
(names and speech verbs aside) per content word of its quotation. More, and the writer's words
may carry the claim. (At 1.0, two quotations of one speaker, one of them followed by a clause of
the writer's on whom she sided with, stayed linked on the tune half; at 1.5, of the three links
in the tune clusters that go, all three are two statements.)"""


_LIGHT_VERBS = frozenset(
    stem(w)
    for w in "get got make made take took give gave go went come came put want say do did".split()
)
"""Verbs that carry little of what a quotation says ("get a deal", "take a look")."""


DIFFERENT_CLAIM = 0.0
"""At most this share of the claim words (content words that are not names or figures) of the
sentence with fewer of them in common: the two share their names and nothing else."""


CLAIM_WORDS = 4
"""Each sentence needs this many claim words before the "little else in common" rule applies."""


def same_quotation(left: Claim, right: Claim) -> bool:
    if len(left.quoted) < QUOTATION_WORDS or len(right.quoted) < QUOTATION_WORDS:
        return False
    return Indel.normalized_similarity(left.quoted, right.quoted) >= SAME_QUOTATION


EXCERPT_CONTENT = 2
"""Content words a shared run of quoted words needs to identify a statement ("to delay the
pier inquiry until", not "one of the things that")."""


def quotation_excerpt(left: Claim, right: Claim) -> bool:
    """The two quotations share a run of :data:`QUOTATION_WORDS` words, word for word, with
    at least :data:`EXCERPT_CONTENT` content words: one quotes a part of the other's statement.

    Outlets cut one statement differently ("The talks," she said, "could resume by the spring"
    / "We hope the talks could resume by the spring, if the ports stay open"),
    and one may give a part of a question or a remark in the writer's words around it. The
    words the reader sees in both are the evidence that the two report one statement: the
    look-alike tests for other speakers, other subjects and other quotations do not apply.
    """
    a, b = left.quoted, right.quoted
    if len(a) < QUOTATION_WORDS or len(b) < QUOTATION_WORDS:
        return False
    runs = _runs(a)
    return any(run in runs for run in _runs(b))


@lru_cache(maxsize=4096)
def _runs(words: tuple[str, ...]) -> frozenset[tuple[str, ...]]:
    """Every run of :data:`QUOTATION_WORDS` words holding :data:`EXCERPT_CONTENT` content
    words (apostrophes folded, so a curly and a straight one match)."""
    folded = [w.replace("’", "'") for w in words]
    n = QUOTATION_WORDS
    return frozenset(
        tuple(folded[k : k + n])
        for k in range(len(folded) - n + 1)
        if sum(is_content_word(w) for w in folded[k : k + n]) >= EXCERPT_CONTENT
    )


def different_quotations(left: Claim, right: Claim) -> bool:
    """Each sentence is mostly a quotation, and neither quotation is found in the other sentence.

    What a quoting sentence reports is its quotation: "the plan is dead," Ruiz said and "we will
    vote for it," Ruiz said share their speaker and their pattern, not their claim. Each
    quotation's content words other than names are looked for in the whole other sentence
    (its quotation or the writer's words around it), so that an excerpt, a reordering or a
    paraphrase of the same statement by the writer still links.
    """
    if len(left.quoted) < QUOTATION_WORDS or len(right.quoted) < QUOTATION_WORDS:
        return False
    a = _quoted_stems(left.quoted) - left.names - _LIGHT_VERBS
    b = _quoted_stems(right.quoted) - right.names - _LIGHT_VERBS
    if len(a) < 2 or len(b) < 2:
        return False
    if _writers_words(left) > WRITERS_SHARE * len(a) or _writers_words(right) > WRITERS_SHARE * len(
        b
    ):
        return False  # the writer's own words say much besides: they may carry the claim
    return len(a & right.stems) <= DIFFERENT_QUOTATIONS * len(a) and len(
        b & left.stems
    ) <= DIFFERENT_QUOTATIONS * len(b)


_SUBJECT_TOKEN = re.compile(r"[^\W\d_]+(?:['’.-][^\W\d_]+)*\.?|[—–―]|--|[,:;\"“”‘(]")


_NOT_NAMES = frozenset(
    "the a an this that these those it its he she they we i you there here his her their our "
    "my your some many most all several both each one two three four five officials".split()
)


@lru_cache(maxsize=8192)
def _subject(text: str) -> tuple[str, tuple[str, ...], tuple[str, ...]] | None:
    """The person a sentence is about, when it opens with a name: ``(surname, run, role)``
    (``role``: the folded words of a role written before the name, "fox news host").

    Reads past a dateline ("WASHINGTON —"), an opening connective ("But") and an opening
    phrase up to its comma ("In September, Moore …"); the name must be followed by a comma (an
    apposition) or a lower-case word that is not a plural noun (the verb; "has", "joined",
    "said" — a word in -s other than a speech verb is not read, as "leaders" cannot be told
    from "admits"). ``None`` for anything else: a sentence that
    opens with a quotation, a pronoun, a determiner or a lower-case word.
    """
    tokens = _SUBJECT_TOKEN.findall(text)
    if title_case(tokens):
        return None  # a headline's capitals mark its style, not its names
    k = 0
    for j, token in enumerate(tokens[:6]):
        if token in DASHES:
            if all(t.isupper() or t == "," for t in tokens[:j]):
                k = j + 1
            break
    while k < len(tokens) and (tokens[k].casefold() in OPENERS or tokens[k] == ","):
        k += 1
    if k < len(tokens) and tokens[k].casefold() in INTRODUCERS:
        comma = next((j for j in range(k, min(k + 14, len(tokens))) if tokens[j] == ","), None)
        if comma is None:
            return None
        k = comma + 1
    run: list[str] = []
    while k < len(tokens) and tokens[k][:1].isupper() and tokens[k].casefold() not in _NOT_NAMES:
        run.append(tokens[k])
        k += 1
    k, role = _past_role(tokens, k, run)
    if not run or k >= len(tokens) or not (tokens[k] == "," or tokens[k][:1].islower()):
        return None
    following = tokens[k].casefold()
    if (
        following.endswith("s")
        and not following.endswith("ss")
        and following not in SPEECH_VERBS
        and following not in _SINGULAR_VERBS
    ):
        return None  # "Senate leaders have …", "Obama campaign officials": the name is a modifier
    names = [t for t in run if t.casefold().rstrip(".") not in TITLES]
    if not names:
        return None
    surname = fold(names[-1].rstrip(".")).removesuffix("'s").removesuffix("’s")
    return surname, tuple(run), role


_SINGULAR_VERBS = frozenset({"has", "is", "was", "does"})
"""Words in -s after a capitalised run that are verbs, never plural nouns ("Mr. Hale has …")."""


_REFERRED = ("(referent)",)
"""The role :func:`_referred` gives: a subject read from the article, not from the text."""


def _referred(text: str, referent: Referent) -> tuple[str, tuple[str, ...], tuple[str, ...]] | None:
    """The subject as :func:`_subject` gives it, for a sentence whose pronoun or role subject
    stands for ``referent``; ``None`` without one, or for a Title Case headline."""
    if not referent or _title_case_text(text):
        return None
    found = ask(referent)
    if not found:
        return None
    return found.split()[-1], (found.split()[-1],), _REFERRED


ROLE_NOUNS = TITLES | frozenset(
    "host anchor founder official adviser advisor aide correspondent lawyer attorney analyst "
    "strategist chief executive officer candidate nominee member activist advocate head "
    "president minister secretary director manager coach captain owner editor".split()
)
"""Lower-case nouns that name a role before a name: "Radio Kestrel host Mara Voss", "Harbour
Trust policy chief Owen Pike", "City Hall press secretary Lena Ortiz"."""


def _past_role(tokens: list[str], k: int, run: list[str]) -> tuple[int, tuple[str, ...]]:
    """Past a role written between an organisation and a name ("Radio Kestrel host Mara Voss"):
    the person is the name after the role, the capitalised run before it only says where
    they work. Up to three lower-case words, the last one a role noun, then a name: ``run``
    becomes that name, and the position after it and the role's words (folded, organisation
    included) are returned; otherwise ``k`` unchanged and no role."""
    if not run:
        return k, ()
    j = k
    while j < len(tokens) and j - k < 3 and tokens[j][:1].islower():
        j += 1
    if j == k or j >= len(tokens) or tokens[j - 1].casefold() not in ROLE_NOUNS:
        return k, ()
    start = j
    name: list[str] = []
    while j < len(tokens) and tokens[j][:1].isupper() and tokens[j].casefold() not in _NOT_NAMES:
        name.append(tokens[j])
        j += 1
    if not name:
        return k, ()
    role = tuple(t.casefold() for t in [*run, *tokens[k:start]])
    run[:] = name
    return j, role


def title_case(tokens: list[str]) -> bool:
    """Every content word capitalised (at least three): a Title Case headline ("Mara Voss
    Criticised for Pier Closure"), where a capital says nothing of a name."""
    content = [
        t for t in tokens if t[:1].isalpha() and len(t) > 1 and t.casefold() not in STOPWORDS
    ]
    return len(content) >= 3 and all(t[:1].isupper() for t in content)


@lru_cache(maxsize=8192)
def _title_case_text(text: str) -> bool:
    return title_case(_SUBJECT_TOKEN.findall(text))


def different_subjects(
    left_text: str, right_text: str, referents: tuple[Referent, Referent] = ("", "")
) -> tuple[str, str] | None:
    """Two sentences about two different people: each opens with a name, the names differ,
    and one of the two people is not mentioned by the other sentence at all.

    "Sen. Scott Brown … was the first to call on Akin to withdraw" and "Akin also claimed he
    would help …" report what two people did. A single opening word counts as a name only
    when the other sentence writes it as one too ("Administration officials warn" is no
    name). When each sentence names the other's subject ("Pompeo met Netanyahu" / "Netanyahu
    met Pompeo"), they may report one event from two sides and are left to the other rules.
    A sentence whose subject is "he" or "the minister" is about whom ``referents`` (each
    sentence's ``Claim.referent``, read only when the subject is no name) names, a name as
    sure as one written.
    """
    left = _subject(left_text) or _referred(left_text, referents[0])
    if left is None:
        return None
    right = _subject(right_text) or _referred(right_text, referents[1])
    if right is None or left[0] == right[0]:
        return None
    if left[2] and left[2] == right[2] and left[2] != _REFERRED:
        return None  # one role, two names ("press secretary Hale" / "… Voss"): a person check
    left_names = {fold(t).rstrip(".") for t in left[1]} - TITLES
    if left_names & {fold(t).rstrip(".") for t in right[1]}:
        return None  # "Almada Atlético" / "Almada": runs that share a name may be one
    for subject, other in ((left, right_text), (right, left_text)):
        if len(subject[1]) == 1 and subject[1][0] not in other and subject[2] != _REFERRED:
            return None
    left_folded, right_folded = fold(left_text), fold(right_text)
    if names_as_party(left[0], right_folded) and names_as_party(right[0], left_folded):
        return None
    return left[1][-1], right[1][-1]


def _writers_words(claim: Claim) -> int:
    """How many content words a sentence has outside its quotations, names and speech verbs."""
    spans = claim.quoted_spans
    return sum(
        1
        for stemmed, start, _ in claim.content
        if stemmed not in claim.names
        and stemmed not in SPEECH_STEMS
        and not any(a <= start < b for a, b in spans)
    )


@lru_cache(maxsize=4096)
def _quoted_stems(quoted: tuple[str, ...]) -> frozenset[str]:
    return frozenset(stem(w) for w in quoted if is_content_word(w))


def speaker_disagreement(
    left: Claim, right: Claim, *, explicit: bool = False
) -> Disagreement | None:
    """Both sentences name who speaks, the names differ, and neither names the other's speaker.

    With ``explicit``, only the speakers each sentence's own attribution names ("Tom Hale
    said") count: what a conflict rests on must be on the page, not resolved from context.
    """
    if explicit:
        left_speakers, right_speakers = list(left.attributed), list(right.attributed)
    else:
        left_speakers = speakers_of(left)
        right_speakers = speakers_of(right) if left_speakers else []
    if not left_speakers or not right_speakers:
        return None
    left_names = {surname_of(s) for s in left_speakers}
    right_names = {surname_of(s) for s in right_speakers}
    if left_names & right_names:
        return None
    left_text, right_text = fold(left.text), fold(right.text)
    if any(name in right_text for name in left_names) or any(
        name in left_text for name in right_names
    ):
        return None
    if not any(n in left_text for n in left_names) and not any(
        n in right_text for n in right_names
    ):
        # neither sentence writes its speaker: nothing the reader can check, unless the
        # article told who "he" is and each side's speaker is sure (see told_speakers; read
        # last: it may read a referent)
        if explicit or not told_speakers(left, left_speakers, right, right_speakers):
            return None
    a, b = left_speakers[0], right_speakers[0]
    return Disagreement("speaker", a, b, find_name(left.text, a), find_name(right.text, b))


def different_claim(left: Claim, right: Claim, verbatim: float) -> bool:
    """Same names, little else: the claim words of the two sentences barely meet."""
    if verbatim >= 60.0:
        return False
    a, b = left.claim_words, right.claim_words
    if len(a) < CLAIM_WORDS or len(b) < CLAIM_WORDS:
        return False
    return len(a & b) <= DIFFERENT_CLAIM * min(len(a), len(b))


def _resolved(clause: Clause) -> Clause:
    """The core clause, its "he"/"she" read as the speaker of a frame ("Holder said he …"),
    and its "it" as a named organisation speaking ("the Justice Department noted it …")."""
    core = clause.core
    if core is clause or clause.kind != "name":
        return core
    if core.subject in {"he", "she"} or (core.subject == "it" and clause.subject in ORG_NOUNS):
        return Clause(clause.subject, clause.kind, clause.names, core.verb)
    return core


def _named(clause: Clause, other_text: str) -> bool:
    """Is the subject a name? A single capitalised word opening the sentence ("People",
    "UP to 1,100 workers") counts only when the other sentence writes it too."""
    if clause.kind != "name":
        return False
    if not clause.initial:
        return True
    return re.search(rf"\b{re.escape(clause.subject)}\b", other_text.casefold()) is not None


def _same_subject(a: Clause, b: Clause) -> bool:
    """One subject, its accents aside ("Calderón" / "Calderon")."""
    if a.subject == b.subject or a.names & b.names:
        return True
    return fold(a.subject) == fold(b.subject) or bool(
        {fold(n) for n in a.names} & {fold(n) for n in b.names}
    )


def different_actions(
    left_text: str, right_text: str, referents: tuple[Referent, Referent] = ("", "")
) -> tuple[str, str] | None:
    """Two named people doing two different things: ``(left who-did, right who-did)``.

    Each sentence's core clause (the reported one behind "X said", a "he" or "she" there
    read as X) has a named subject and a main verb; the subjects differ and so do the verbs
    (not both a form of *be*, *have* or *do*): "Romney joined … calling on Akin to quit" and
    "Akin claimed he would help Romney" report what two people did. A sentence that speaks
    of the other's subject in the possessive ("India denied Trump's claims that he brokered
    a ceasefire") reports on that person's act, and is left to the other rules. ``referents``
    (each sentence's ``Claim.referent``) name whom a "he" or "the minister" subject stands for.
    """
    if _title_case_text(left_text) or _title_case_text(right_text):
        return None  # a Title Case headline: its capitals do not tell names from verbs
    left_frame = as_referent(read_clause(left_text), referents[0])
    left = speaker_or_core(left_frame, _resolved(left_frame))
    if not left.verb:
        return None  # cheap: the right sentence's clause is not read
    right_frame = as_referent(read_clause(right_text), referents[1])
    right = speaker_or_core(right_frame, _resolved(right_frame))
    if not right.verb or {left.verb, right.verb} <= LIGHT:
        return None
    if not _named(left, right_text) or not _named(right, left_text):
        return None
    if _same_subject(left, right) or left.verb == right.verb:
        return None
    if _speaks_for_both(left_frame, right_frame):
        return None  # one speaker's words, one reported and one framed: "Calder says Kestrel Bay
        # will not pay" / "Calder made it plain she won't be paying"
    for clause, other in ((left, right_text), (right, left_text)):
        for subject in {clause.subject, left_frame.subject, right_frame.subject}:
            if subject and _possessive(subject, other):
                return None
    for said, text, agent, agent_text in (
        (left, left_text, right, right_text),
        (right, right_text, left, left_text),
    ):
        if said.reported is not None and not stated_apart(said, text, agent, agent_text):
            return None  # a speaker's statement that may tell the other's fact
    return f"{left.subject} {left.verb}", f"{right.subject} {right.verb}"


def _speaks_for_both(left: Clause, right: Clause) -> bool:
    """Both sentences open with the same named subject, and at least one of them reports
    what that subject said: the two cores are one speaker's claim, read at two depths."""
    if left.kind != "name" or right.kind != "name" or not _same_subject(left, right):
        return False
    return left.reported is not None or right.reported is not None


def _possessive(name: str, text: str) -> bool:
    return possessive_act(name, _fold_text(text))


def _fold_text(text: str) -> str:
    return text.casefold()


CORE_WORDS = 5
"""Each sentence needs this many core claim words (:func:`~newsdiff.core.background.core_words`)
before "two claims" is read from them: a headline or a short quotation says too little."""

CORE_SHARE = 0.2
"""At most this share of the smaller core in common: the two sentences' claims barely meet."""

MEANING_CLOSE = 0.5
"""A meaning-vector cosine from which two sentences may say one thing in other words."""


def different_cores(left: Claim, right: Claim, meaning: float | None) -> bool:
    """Two claims that share the background and not the claim: their core claim words barely
    meet (at most :data:`CORE_SHARE` of the smaller core, each of at least
    :data:`CORE_WORDS`), and their meaning vectors are not close (below
    :data:`MEANING_CLOSE`).

    Each signal alone is weak: a paraphrase in other words shares few words ("rejected the
    veto" / "overruled him on a veto") but its meaning vectors are close; the vectors of two
    name-heavy sentences can be far apart though they say one thing, but then they share
    words. Both apart: "protesters gathered outside the court, where the grand jury
    convened" / "the grand jury was convened and will hear evidence on Wednesday". ``False``
    when the meaning signal is off.
    """
    if meaning is None or meaning >= MEANING_CLOSE:
        return False
    if _quoted_stems(left.quoted) & _quoted_stems(right.quoted) - left.names - _LIGHT_VERBS:
        return False  # a quoted word in common: perhaps one remark, quoted in two places
    a, b = core_words(left), core_words(right)
    smaller = min(len(a), len(b))
    return smaller >= CORE_WORDS and len(a & b) <= CORE_SHARE * smaller
