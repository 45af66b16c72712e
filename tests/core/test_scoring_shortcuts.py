"""Scoring's and the claim check's shortcuts give what the plain computation gives.

Features read once per distinct text (and each token once per distinct token), the meaning
cosines computed in a thread of their own,
initialisms looked for only where two full stops are, a claim's words read once per word, its
people read when first asked, its quoted words taken from its own words, the figure route
reading only the claims that state a figure, and the claim rules reading the right sentence
only when the left one can decide: each must leave every result as it was.
"""

from __future__ import annotations

import os
import random
import re
import subprocess
import sys

import numpy as np
from hypothesis import example, given, settings
from hypothesis import strategies as st
from newsdiff.core import claim as claim_module
from newsdiff.core import disagreements, lookalikes, semantic, words
from newsdiff.core.align import (
    MAX_LINKS_PER_SENTENCE,
    RELATIVE_KEEP,
    ClaimChecker,
    PairLink,
    backbone,
    find_links,
    moved_flags,
)
from newsdiff.core.claim import Claim, _read_claim, fold, read_claim
from newsdiff.core.claims import ClaimCheck
from newsdiff.core.clauses import read_clause
from newsdiff.core.compare import prepare
from newsdiff.core.count_groups import one_group
from newsdiff.core.counted_nouns import fate, noun_group
from newsdiff.core.disagreements import disagreeing_fact_pairs
from newsdiff.core.figure_words import HEDGES
from newsdiff.core.figures import Figure
from newsdiff.core.growing_rows import GrowingRows
from newsdiff.core.job_titles import HEAD_STEMS, different_jobs, title_index
from newsdiff.core.link_evidence import Disagreement, Evidence
from newsdiff.core.models import Article, Link, Settings
from newsdiff.core.people import people
from newsdiff.core.sentence_links import links_by_sentence
from newsdiff.core.similarity import SMALL_PAIRS, features_once, score_matrices
from newsdiff.core.speaker_statements import speaker_or_core, stated_apart
from newsdiff.core.time_frames import same_frame

VOCABULARY = (
    "the council said harbour ferry fares would rise by 12 per cent from March while Mayor "
    "Ines Karlsson and Deputy Mayor Piet Olafsen of Nordby argued that 4,000 commuters "
    "could not pay more U.S. officials E.U. ministers did not confirm the report dock strike"
).split()

SENTENCE = st.lists(st.sampled_from(VOCABULARY + [".", ",", '"', "’s"]), min_size=1, max_size=18)


@settings(max_examples=60, deadline=None)
@given(st.lists(SENTENCE, max_size=8), st.lists(SENTENCE, max_size=8), st.randoms())
def test_features_read_once_per_text_are_each_texts_own(
    left: list[list[str]], right: list[list[str]], rng: random.Random
) -> None:
    left_texts = [" ".join(s) for s in left]
    right_texts = [" ".join(s) for s in right]
    right_texts += rng.sample(left_texts, min(2, len(left_texts)))  # wire copy on both sides
    left_read, right_read = features_once(left_texts, right_texts)
    assert left_read == [words.features(text) for text in left_texts]
    assert right_read == [words.features(text) for text in right_texts]


PIECES = st.sampled_from(["a", "b", "ab", ".", " ", "U.S.", "e.g.", "U.", ",", "'", "\u2019"])


@settings(max_examples=200, deadline=None)
@given(st.lists(PIECES, max_size=14).map("".join))
def test_tokens_are_the_same_with_or_without_the_initialism_shortcut(text: str) -> None:
    unfolded = words._fold_marks(text)  # no digits: no figure is rewritten first
    # the plain definition: initialisms are joined wherever they are, before tokenizing
    expected = words._TOKEN.findall(words._INITIALISM.sub(words._initialism, unfolded))
    assert words._cased_tokens(text) == expected


@settings(max_examples=80, deadline=None)
@given(SENTENCE)
def test_a_claims_words_are_read_as_each_word_alone_reads(sentence: list[str]) -> None:
    text = " ".join(sentence)
    claim = read_claim(text)
    for folded, stemmed, start, end in claim.words:
        raw = text[start:end]
        assert folded == raw.casefold().replace("’", "'")
        assert stemmed == (words.stem(folded) if folded[0].isalpha() else folded)
    assert claim.people == (people(text) if len(claim.names) > 1 else ())


def _story(count: int, seed: int) -> list[str]:
    rng = random.Random(seed)
    lengths = [rng.randint(4, 14) for _ in range(count)]
    return [" ".join(rng.choice(VOCABULARY) for _ in range(n)) for n in lengths]


def test_the_scoring_threads_give_the_scores_of_one_thread() -> None:
    left, right = _story(160, 1), _story(150, 2)
    assert len(left) * len(right) >= SMALL_PAIRS  # the threaded path
    read: list[object] = []
    # the word-order matrix and the cosines in threads of their own while this one reads claims
    threaded = score_matrices(
        left, right, while_waiting=lambda: read.extend(read_claim(t) for t in left)
    )
    assert len(read) == len(left)
    inline = score_matrices(left, right, workers=1)
    assert np.array_equal(threaded.score, inline.score)
    assert np.array_equal(threaded.verbatim, inline.verbatim)


LEFT = """Ferry fares rise in Nordby

The council said harbour ferry fares would rise by 12 per cent from March.
Mayor Ines Karlsson said 4,000 commuters use the ferry each day.
The dock strike ended on Tuesday after talks.
"""

RIGHT = """Nordby ferry fares to rise

Harbour ferry fares will rise by 15 per cent from March, the council said.
About 6,500 commuters use the ferry each day, Mayor Ines Karlsson said.
Talks ended the dock strike on Tuesday.
"""


def test_the_figure_route_proposes_what_every_sentences_full_claim_proposes() -> None:
    prepared = prepare(Article("left.txt", LEFT, "left"), Article("right.txt", RIGHT, "right"))
    proposed = prepared.proposed()
    assert proposed  # the fares and the commuters disagree
    everyone = [
        [None if flag else prepared._claim(side, k) for k, flag in enumerate(flags)]
        for side, flags in (
            ("left", prepared.left_boilerplate),
            ("right", prepared.right_boilerplate),
        )
    ]
    assert proposed == disagreeing_fact_pairs(*everyone)


def _plain_features(text: str) -> tuple[object, ...]:
    """Every field of :func:`words.features` as it was read before tokens were read once per
    distinct token: each occurrence folded, stemmed and tested on its own."""
    cased = words._cased_tokens(text)
    folded = [word.casefold() for word in cased]
    return (
        tuple(folded),
        frozenset(words.content_words(folded)),
        frozenset(word.rstrip("%") for word in folded if word[0].isdigit()),
        words._name_shares(cased, folded),
    )


NAMES = (
    "Bank of England İzmir Straße x² O'Neill de la Cruz S Jaishankar AND THE MAYOR SAID 2024 "
    "3.5% Über É ǅemal"
).split()

NAMED_SENTENCE = st.lists(
    st.sampled_from(VOCABULARY + NAMES + [".", ",", '"', "’s", "of", "for"]),
    min_size=1,
    max_size=20,
)


@settings(max_examples=300, deadline=None)
@given(NAMED_SENTENCE)
def test_features_read_once_per_token_are_the_plain_reading(sentence: list[str]) -> None:
    text = " ".join(sentence)
    read = words.features(text)
    assert (read.words, read.content, read.numbers, read.shares) == _plain_features(text)
    assert list(read.shares.items()) == list(_plain_features(text)[3].items())  # same order


SCORE_DIGEST = """
import hashlib, random, sys
from newsdiff.core.similarity import score_matrices
words = sys.argv[1].split()
rng = random.Random(3)
side = lambda n: [" ".join(rng.choice(words) for _ in range(rng.randint(4, 14))) for _ in range(n)]
scores = score_matrices(side(160), side(150))
print(hashlib.sha256(scores.score.tobytes() + scores.verbatim.tobytes()).hexdigest())
"""


def test_the_blas_idle_timeout_leaves_every_score_as_it_was() -> None:
    # newsdiff shortens how long OpenBLAS's idle workers spin (newsdiff.blas_idle, set on
    # import too): a threaded scoring run's scores are the same bits with OpenBLAS's default
    digests = set()
    for timeout in ("28", "20", "4"):
        env = {**os.environ, "OPENBLAS_THREAD_TIMEOUT": timeout}
        run = subprocess.run(
            [sys.executable, "-c", SCORE_DIGEST, " ".join(VOCABULARY)],
            env=env,
            capture_output=True,
            text=True,
            check=True,
        )
        digests.add(run.stdout.strip())
    assert len(digests) == 1


@settings(max_examples=40, deadline=None)
@given(st.lists(NAMED_SENTENCE, min_size=1, max_size=6), st.randoms())
def test_a_texts_weight_computed_once_is_the_weight_of_each_copy(
    sentences: list[list[str]], rng: random.Random
) -> None:
    texts = [" ".join(s) for s in sentences]
    left = texts + rng.sample(texts, len(texts))  # copies on both sides share one reading
    right = rng.sample(texts, len(texts)) + texts[:1]
    once = score_matrices(left, right, use_meaning=False)
    # a features object of its own for every sentence: each weight computed on its own
    each = ([words.features(t) for t in left], [words.features(t) for t in right])
    apart = score_matrices(left, right, use_meaning=False, features_read=each)
    assert np.array_equal(once.score, apart.score)


@settings(max_examples=60, deadline=None)
@given(st.lists(st.integers(0, 9), max_size=12), st.integers(1, 40))
def test_the_word_table_grown_in_place_holds_what_concatenation_holds(
    sizes: list[int], limit: int
) -> None:
    rng = np.random.default_rng(len(sizes))
    table = GrowingRows(3, limit)
    plain = np.zeros((0, 3), dtype=np.float32)
    views = []
    for size in sizes:
        rows = rng.standard_normal((size, 3)).astype(np.float32)
        table.extend(rows)
        plain = np.concatenate((plain, rows))  # what the model did before
        assert np.array_equal(table.rows(), plain) and len(table) == len(plain)
        views.append((table.rows(), plain))
    for view, then in views:  # a table handed out earlier keeps its rows
        assert np.array_equal(view, then)


def test_vectors_read_with_a_grown_word_table_are_the_vectors_read_fresh() -> None:
    model = semantic.embedder()
    if model is None:  # the meaning signal is off here: nothing to compare
        return
    texts = _story(120, 5)
    model.forget_words()
    fresh = [model.vectors([text]) for text in texts]  # the table grows text by text
    model.forget_words()
    alone = [model.vectors([text]) for text in texts[::-1]][::-1]
    for grown, first in zip(fresh, alone, strict=True):
        assert np.array_equal(grown, first)


QUOTE_PIECES = st.sampled_from(
    ["a", "Bé", "7", "_", "$", " ", "'", "\u2019", "\u2018", '"', "\u201c", "\u201d", "«", "»"]
)


PLAIN_QUOTE_SPAN = re.compile(r"[\"“”«»]([^\"“”«»]+)[\"“”«»]|(?<!\w)[‘']([^‘’']+?)[’'](?!\w)")
"""The claim's quotation pattern as first written: the look back before the mark."""


def _plain_quoted_words(text: str) -> list[str]:
    """Each quotation's words read alone, folded, found by the pattern as first written."""
    return [
        w.casefold().replace("’", "'")
        for match in PLAIN_QUOTE_SPAN.finditer(text)
        for w in claim_module._WORD.findall(match.group(1) or match.group(2))
    ]


@settings(max_examples=400, deadline=None)
@given(st.lists(QUOTE_PIECES, max_size=16).map("".join))
def test_a_claims_quotations_are_the_plain_patterns_each_read_alone(text: str) -> None:
    # the claim takes its own words inside the marks instead of reading each quotation again,
    # and looks for quotations from the first mark with the mark matched before the look back
    claim = _read_claim.__wrapped__(text, ())
    assert claim.quoted == tuple(_plain_quoted_words(text))
    assert claim.quoted_spans == tuple(m.span() for m in PLAIN_QUOTE_SPAN.finditer(text))


CHECK_WORDS = (
    "Interior Minister Ana Ruiz Defence minister Tom Hale press secretary Ann Voss said he "
    "she the minister signed approved the deal on Friday would not 12 workers in Nordby and "
    "rejected a plan former Mayor Piet Olafsen told reporters"
).split()

SUBJECTS = (
    "Ana Ruiz|Interior Minister Ana Ruiz|Defence Minister Ana Ruiz|Defence Minister Ruiz|Tom Hale|"
    "press secretary Tom Hale|press secretary Ann Voss|He|The minister|Officials|Ruiz|Nordby"
).split("|")
VERBS = "signed|approved|rejected|said|told reporters|would not sign|is|had|announced".split("|")
OBJECTS = (
    "the deal on Friday|a plan in Nordby|12 workers|that Tom Hale rejected the plan|"
    "Ruiz's plan|the plan Ana Ruiz signed|"
).split("|")

CHECK_SENTENCE = st.one_of(
    st.lists(st.sampled_from(CHECK_WORDS + [".", ",", '"']), min_size=1, max_size=16).map(" ".join),
    st.tuples(
        st.sampled_from(["", "On Friday, ", "In Nordby "]),
        st.sampled_from(SUBJECTS),
        st.sampled_from(VERBS),
        st.sampled_from(OBJECTS),
        st.sampled_from(["", ", she said", ", officials said", " and the minister agreed"]),
    ).map(lambda parts: "{}{} {} {}{}.".format(*parts)),
)


def _plain_different_actions(left_text: str, right_text: str) -> tuple[str, str] | None:
    """``different_actions`` reading both clauses before any test (as at ef30ae1, with the
    speaker of a statement about a thing as its agent: ``core/speaker_statements.py``)."""
    if lookalikes._title_case_text(left_text) or lookalikes._title_case_text(right_text):
        return None
    left_frame, right_frame = read_clause(left_text), read_clause(right_text)
    left = speaker_or_core(left_frame, lookalikes._resolved(left_frame))
    right = speaker_or_core(right_frame, lookalikes._resolved(right_frame))
    if not left.verb or not right.verb or {left.verb, right.verb} <= lookalikes.LIGHT:
        return None
    if not lookalikes._named(left, right_text) or not lookalikes._named(right, left_text):
        return None
    if lookalikes._same_subject(left, right) or left.verb == right.verb:
        return None
    if lookalikes._speaks_for_both(left_frame, right_frame):
        return None
    for clause, other in ((left, right_text), (right, left_text)):
        for subject in {clause.subject, left_frame.subject, right_frame.subject}:
            if subject and lookalikes._possessive(subject, other):
                return None
    for said, text, agent, agent_text in (
        (left, left_text, right, right_text),
        (right, right_text, left, left_text),
    ):
        if said.reported is not None and not stated_apart(said, text, agent, agent_text):
            return None
    return f"{left.subject} {left.verb}", f"{right.subject} {right.verb}"


@settings(max_examples=800, deadline=None)
@given(CHECK_SENTENCE, CHECK_SENTENCE)
# a statement about a thing: its speaker is the agent (core/speaker_statements.py)
@example(
    "Ana Ruiz signed the deal on Friday.",
    "Tom Hale said the deal on Friday and the minister agreed.",
)
def test_the_claim_rules_read_the_right_sentence_only_when_the_left_can_decide(
    left_text: str, right_text: str
) -> None:
    left, right = read_claim(left_text), read_claim(right_text)
    # who does what: no verb in the left core clause, no different action
    assert lookalikes.different_actions(left_text, right_text) == _plain_different_actions(
        left_text, right_text
    )
    # a title conflict needs a titled person on the left (a surname both titles name)
    if not title_index(left.text, left.words)[1]:
        assert different_jobs((left.text, left.words), (right.text, right.words)) is None
    assert disagreements.title_disagreements(left, right) == _plain_titles(left, right)


def _plain_titles(left: Claim, right: Claim) -> list[Disagreement]:
    """``title_disagreements`` without the left sentence's titled-person test."""
    found = different_jobs((left.text, left.words), (right.text, right.words))
    if found is None or left.names.isdisjoint(right.names):
        return []
    if HEAD_STEMS.isdisjoint(left.stems) or HEAD_STEMS.isdisjoint(right.stems):
        return []
    (ls, le), (rs, re_) = found
    contested = frozenset(words.stem(w) for w in re.findall(r"\w+", fold(left.text[ls:le])))
    contested |= frozenset(words.stem(w) for w in re.findall(r"\w+", fold(right.text[rs:re_])))
    if not disagreements.shared_context(left, right, contested, names=True) or not (
        (left.claim_words & right.claim_words) - contested
    ):
        return []
    return [Disagreement("title", left.text[ls:le], right.text[rs:re_], (ls, le), (rs, re_))]


COUNT_SENTENCE = st.tuples(
    st.sampled_from(["12", "30", "at least 12", "about 1,200", "two"]),
    st.sampled_from(["workers", "people", "residents", "ferries"]),
    st.sampled_from(["were killed", "were injured", "were evacuated", "went on strike", ""]),
    st.sampled_from(["in Nordby", "on Friday", "after 30 were hurt", ""]),
).map(lambda parts: " ".join(p for p in parts if p) + ".")


def _plain_comparable(a: Figure, b: Figure, left: Claim, right: Claim, context: bool) -> bool:
    """``disagreements._comparable`` as written before (each fate read up to twice)."""
    if a.kind != b.kind or (a.kind == "time" and not same_frame(a, b, left, right)):
        return False
    if a.kind == "count" and fate(a, left) & fate(b, right) == set() and fate(a, left):
        if fate(b, right):
            return False
    if a.noun is not None and a.noun == b.noun:
        return True
    single = disagreements._single
    if not context or not single(left, a.kind) or not single(right, b.kind):
        return False
    if a.kind == "count":
        return noun_group(a.noun) == noun_group(b.noun) != "" and one_group(
            a, b, left, right, disagreements.SAME_CONTEXT
        )
    return a.noun is None and b.noun is None


@settings(max_examples=300, deadline=None)
@given(COUNT_SENTENCE, COUNT_SENTENCE)
def test_two_counts_fates_are_read_once_as_the_plain_test_reads_them(
    left_text: str, right_text: str
) -> None:
    left, right = read_claim(left_text), read_claim(right_text)
    for context in (False, True):
        for a in left.figures:
            for b in right.figures:
                assert disagreements._comparable(a, b, left, right, context) == (
                    _plain_comparable(a, b, left, right, context)
                )


SPEAKER_PIECES = st.sampled_from(
    "said says told according to railed against went on about saying added the mayor Mr. "
    "Tom Hale Jane Ortiz, a spokeswoman for Harbour Radio of Nordby council that he she "
    "Sen. R-Ky. J. asked wrote insisted it's".split()
    + [", ", ". ", " “", "” ", ' "', '" ', " ‘", "’ ", " — "]
)


class _EveryWord(frozenset[str]):
    """A set holding every word: the speaker loop with no word skipped."""

    def __contains__(self, word: object) -> bool:
        return True


@settings(max_examples=500, deadline=None)
@given(st.lists(st.lists(SPEAKER_PIECES, min_size=1, max_size=24).map(" ".join), max_size=4))
def test_the_speaker_loop_skips_only_words_no_branch_acts_on(texts: list[str]) -> None:
    # every sentence read twice, the token memory warm, against the loop that tests each word
    from newsdiff.core import claim_speakers

    for text in texts + texts:
        spans = [match.span() for match in re.finditer(r"‘[^’]*’", text)]
        fast = claim_speakers.attributed_speakers(text, spans)
        original = claim_speakers._READ_ON
        claim_speakers._READ_ON = _EveryWord()  # type: ignore[assignment]
        try:
            plain = claim_speakers.attributed_speakers(text, spans)
        finally:
            claim_speakers._READ_ON = original
        assert fast == plain


def test_the_speaker_loop_skip_leaves_the_seeds_speakers_as_they_were() -> None:
    from pathlib import Path

    from newsdiff.core import claim_speakers
    from newsdiff.core.segment import segment

    seeds = Path(__file__).resolve().parents[2] / "seeds"
    texts = [s.text for path in sorted(seeds.glob("*.txt")) for s in segment(path.read_text())]
    claims = [read_claim(text) for text in texts]
    fast = [claim_speakers.attributed_speakers(c.text, c.quoted_spans) for c in claims]
    original = claim_speakers._READ_ON
    claim_speakers._READ_ON = _EveryWord()  # type: ignore[assignment]
    try:
        plain = [claim_speakers.attributed_speakers(c.text, c.quoted_spans) for c in claims]
    finally:
        claim_speakers._READ_ON = original
    assert any(fast) and fast == plain


HEDGE_WORDS = st.sampled_from(
    sorted({word for phrase, _ in HEDGES for word in phrase}) + ["the", "of", "48", "people"]
)


@settings(max_examples=400, deadline=None)
@given(st.lists(HEDGE_WORDS, min_size=1, max_size=8))
def test_a_figures_hedge_is_the_first_of_all_hedges_that_ends_before_it(lower: list[str]) -> None:
    from newsdiff.core.figures import _hedge

    for first in range(len(lower) + 1):
        plain = next(
            (
                factors
                for phrase, factors in HEDGES
                if first >= len(phrase) and tuple(lower[first - len(phrase) : first]) == phrase
            ),
            (1.0, 1.0, ""),
        )
        assert _hedge(lower, first) == plain


CLAUSE_PIECES = st.sampled_from(
    "Mr. Hale said. Capt. Ortiz U.S. officials told the mayor he was resigning. Jr. St. "
    "police a.m. 12.5 said, “ ” \" , — Sen. Ann it's Dr. go. no. Gov.".split()
)


@settings(max_examples=500, deadline=None)
@given(st.lists(CLAUSE_PIECES, min_size=1, max_size=20).map(" ".join))
def test_a_clause_offers_only_tokens_ending_in_a_full_stop_to_lose_it(text: str) -> None:
    from newsdiff.core import clauses

    def plain(text: str) -> clauses.Clause:  # read_clause with every token offered
        tokens = [clauses._without_full_stop(t) for t in clauses._TOKEN.findall(text)]
        if not tokens:
            return clauses._EMPTY
        if tokens[0] in clauses.QUOTES:
            return clauses._quotation_first(tokens)
        return clauses._clause(tokens, clauses.skip_opening(tokens, 0), depth=0)

    read_clause.cache_clear()
    assert read_clause(text) == plain(text)


# The first comparison's links and rows (speed11): each shortcut against its plain form.

PAIR_LINKS = st.lists(
    st.tuples(
        st.integers(0, 9),
        st.integers(0, 9),
        st.sampled_from([50.0, 55.5, 60.0, 72.25, 90.0]),  # few values: many ties
        st.sampled_from(["shared", "paraphrased", "conflict"]),
    ),
    max_size=40,
    unique_by=lambda link: (link[0], link[1]),
)


def _pair_links(found: list[tuple[int, int, float, str]]) -> list[PairLink]:
    return [PairLink(i, j, label, score) for i, j, score, label in sorted(found)]  # type: ignore[arg-type]


@settings(max_examples=80, deadline=None)
@given(PAIR_LINKS, st.integers(0, 2**32 - 1))
def test_links_by_sentence_equal_each_list_sorted_alone(
    found: list[tuple[int, int, float, str]], seed: int
) -> None:
    links = _pair_links(found)
    verbatim = np.random.default_rng(seed).random((10, 10)).astype(np.float32) * 100
    plain_left: list[list[Link]] = [[] for _ in range(10)]
    plain_right: list[list[Link]] = [[] for _ in range(10)]
    for link in links:
        order = float(verbatim[link.left, link.right])
        plain_left[link.left].append(Link(link.right, link.label, link.score, link.evidence, order))
        plain_right[link.right].append(
            Link(link.left, link.label, link.score, link.evidence, order)
        )
    plain = [
        [sorted(each, key=lambda link: -link.score) for each in side]
        for side in (plain_left, plain_right)
    ]
    assert list(links_by_sentence(links, verbatim, 10, 10)) == plain


def _plain_crosses(link: PairLink, chain: list[PairLink]) -> bool:
    return any(
        (other.left < link.left and other.right > link.right)
        or (other.left > link.left and other.right < link.right)
        for other in chain
    )


@settings(max_examples=80, deadline=None)
@given(PAIR_LINKS)
def test_moved_flags_equal_the_plain_crossing_test(
    found: list[tuple[int, int, float, str]],
) -> None:
    links = _pair_links(found)
    chain = backbone(links)
    on_left = {link.left for link in chain}
    on_right = {link.right for link in chain}
    plain_left = [
        i not in on_left
        and any(x.left == i for x in links)
        and all(_plain_crosses(x, chain) for x in links if x.left == i)
        for i in range(10)
    ]
    plain_right = [
        j not in on_right
        and any(x.right == j for x in links)
        and all(_plain_crosses(x, chain) for x in links if x.right == j)
        for j in range(10)
    ]
    assert moved_flags(10, 10, links, chain) == (plain_left, plain_right)


def _backbone_as_it_was(links: list[PairLink]) -> list[PairLink]:
    """:func:`backbone` before speed11 (each link's fields read through the link)."""
    if not links:
        return []
    size = max(link.right for link in links) + 2
    tree_value = [0.0] * (size + 1)
    tree_link = [-1] * (size + 1)
    ordered = sorted(range(len(links)), key=lambda k: (links[k].left, -links[k].right))
    total = [0.0] * len(links)
    previous = [-1] * len(links)
    for k in ordered:
        link = links[k]
        best, best_k = 0.0, -1
        position = link.right
        while position > 0:
            if tree_value[position] > best:
                best, best_k = tree_value[position], tree_link[position]
            position -= position & -position
        total[k] = best + link.score
        previous[k] = best_k
        position = link.right + 1
        while position <= size:
            if total[k] > tree_value[position]:
                tree_value[position] = total[k]
                tree_link[position] = k
            position += position & -position
    end = max(range(len(links)), key=lambda k: total[k])
    chain: list[PairLink] = []
    while end >= 0:
        chain.append(links[end])
        end = previous[end]
    chain.reverse()
    return chain


@settings(max_examples=80, deadline=None)
@given(PAIR_LINKS)
def test_backbone_equals_the_chain_as_it_was(found: list[tuple[int, int, float, str]]) -> None:
    links = _pair_links(found)
    assert backbone(links) == _backbone_as_it_was(links)


def _checked_as_it_was(
    score: np.ndarray, candidates: np.ndarray, check: ClaimChecker
) -> list[tuple[int, int, str]]:
    """The claim-checked links of :func:`find_links` as a plain loop: best first (ties in
    (row, column) order), each sentence at most ``MAX_LINKS_PER_SENTENCE`` links, a
    candidate below ``RELATIVE_KEEP`` of the best link of both its sentences dropped unread."""
    taken_left: dict[int, int] = {}
    taken_right: dict[int, int] = {}
    best_left: dict[int, float] = {}
    best_right: dict[int, float] = {}
    found = []
    pairs = sorted(zip(*np.nonzero(candidates), strict=True), key=lambda p: (-float(score[p]), p))
    for i, j in ((int(i), int(j)) for i, j in pairs):
        value = float(score[i, j])
        if max(taken_left.get(i, 0), taken_right.get(j, 0)) >= MAX_LINKS_PER_SENTENCE:
            continue
        if i in best_left and j in best_right:
            if value < RELATIVE_KEEP * best_left[i] and value < RELATIVE_KEEP * best_right[j]:
                continue
        result = check(i, j)
        if result.outcome == "not linked":
            continue
        found.append((i, j, result.outcome))
        taken_left[i] = taken_left.get(i, 0) + 1
        taken_right[j] = taken_right.get(j, 0) + 1
        best_left.setdefault(i, value)
        best_right.setdefault(j, value)
    return sorted(found)


@settings(max_examples=80, deadline=None)
@given(st.integers(1, 12), st.integers(1, 12), st.integers(0, 2**32 - 1))
def test_checked_links_equal_the_plain_loop(rows: int, cols: int, seed: int) -> None:
    rng = np.random.default_rng(seed)
    score = rng.choice(np.array([20, 35, 52, 60, 60, 75, 90], dtype=np.float32), (rows, cols))
    rejected = rng.random((rows, cols)) < 0.25  # look-alikes the claim check drops

    def check(i: int, j: int) -> ClaimCheck:
        return ClaimCheck("not linked" if rejected[i, j] else "conflict", Evidence())

    links = find_links(score, np.zeros_like(score), [True] * rows, [True] * cols, Settings(), check)
    candidates = score >= Settings().paraphrase
    assert [(link.left, link.right, link.label) for link in links] == _checked_as_it_was(
        score, candidates, check
    )
