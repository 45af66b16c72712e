"""Normalization and all-pairs sentence scoring.

Normalization happens only here, for scoring: the user always sees the outlet's own characters.

Two matrices come out of :func:`score_matrices` for a left and a right list of sentences:

``verbatim``
    How near-verbatim two sentences are: the word-level Indel similarity (``2·LCS / (n + m)``
    over normalized word tokens, computed for every pair at once with ``rapidfuzz.process.cdist``),
    made lenient for "a few inserted or dropped words" by also looking at the LCS relative to
    the shorter sentence. Same words in the same order score near 100 whatever the quote-mark
    style, dashes, case or punctuation; an attribution change (``Rubio said`` / ``he said``)
    costs one or two words.

``score``
    The calibrated 0–100 similarity that decides whether two sentences are linked at all.
    It combines signals that carry meaning in news prose (see :func:`combine`):

    * **Rare content words shared**, weighted by inverse document frequency over the sentences
      of the two articles (and the corpus when given). Words every sentence of the story uses
      (``Rubio``, ``India``) say little; a rarer word both sentences use (``ceasefire``,
      ``tariff``) says a lot. Function words and reporting verbs (``said``) carry no weight.
    * **Containment** of the shorter sentence's weighted content in the longer one's: news
      outlets merge two sentences into one or summarise a paragraph in a headline, so a short
      sentence whose content is all inside a long one states the same fact.
    * **Balance** (weighted Dice over both sentences): a short sentence that shares one rare
      word with a long one is weaker evidence than two sentences that share most of their words.
    * **Names and numbers**: shared proper names and figures are facts; two sentences that both
      state figures but share none (``19%`` vs ``50%``) state different facts, so they are
      penalised. A multi-word name ("Prime Minister Narendra Modi", "New Delhi") is one
      mention of one entity, so its words together weigh as one word (see :func:`name_shares`):
      otherwise two sentences about different events that both name the same official look
      like paraphrases.
    * **Word order** (the ``verbatim`` matrix): copied sentences are linked whatever their
      vocabulary weights say.
    * **Meaning** (:mod:`newsdiff.core.semantic`): the cosine of static-embedding sentence
      vectors nudges the score up or down, so paraphrases in other words (``truce`` /
      ``ceasefire``) get over the threshold and same-topic sentences with different claims
      fall under it. A nudge, not a signal on its own: on news about one story every sentence
      is close to every other in meaning.
"""

from __future__ import annotations

import bisect
import math
import re
import unicodedata
from collections.abc import Callable, Iterable, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from decimal import Decimal
from functools import lru_cache

import numpy as np
from rapidfuzz import process
from rapidfuzz.distance import Indel

from newsdiff.core import semantic

_TRANSLATE = str.maketrans(
    {
        "\u2018": "'",
        "\u2019": "'",
        "\u201a": "'",
        "\u201b": "'",
        "\u2032": "'",
        "`": "'",
        "\u00b4": "'",
        "\u201c": '"',
        "\u201d": '"',
        "\u201e": '"',
        "\u201f": '"',
        "\u00ab": '"',
        "\u00bb": '"',
        "\u2033": '"',
        "\u2010": "-",
        "\u2011": "-",
        "\u2012": "-",
        "\u2013": "-",
        "\u2014": "-",
        "\u2015": "-",
        "\u2212": "-",
        "\u00a0": " ",
        "\u202f": " ",
        "\u2009": " ",
    }
)

_TOKEN = re.compile(r"\d+(?:[.,]\d+)*%?|[^\W\d_]+(?:'[^\W\d_]+)*", re.UNICODE)
"""A word: a number (``19%``, ``2,000``, ``3.5``) or letters with inner apostrophes."""

STOPWORDS = frozenset(
    """
    a about above after again against all also am an and any are aren't as at be because been
    before being below between both but by can can't cannot could couldn't did didn't do does
    doesn't doing don't down during each few for from further had hadn't has hasn't have haven't
    having he he'd he'll he's her here here's hers herself him himself his how how's i i'd i'll
    i'm i've if in into is isn't it it's its itself let's me more most mustn't my myself no nor
    not of off on once only or other ought our ours ourselves out over own same shan't she she'd
    she'll she's should shouldn't so some such than that that's the their theirs them themselves
    then there there's these they they'd they'll they're they've this those through to too under
    until up very was wasn't we we'd we'll we're we've were weren't what what's when when's where
    where's which while who who's whom why why's with won't would wouldn't you you'd you'll
    you're you've your yours yourself yourselves will just may might must shall us mr mrs ms
    said says say saying told tells according added adding noted noting stated also even
    """.split()
)
"""Function words and reporting verbs: they say nothing about which fact a sentence states."""


_INITIALISM = re.compile(r"\b(?:[^\W\d_]\.){2,}")
"""``U.S.``, ``U.K.``, ``e.g.``: letters with dots, which outlets also write ``US``, ``UK``."""


_PERCENT = re.compile(r"(\d)\s*(?:%|per\s?cent\b|percent\b)", re.IGNORECASE)
"""``50 per cent``, ``50 percent`` and ``50%``: one figure, written as ``50%``."""


SCALES = {
    "thousand": 10**3,
    "k": 10**3,
    "lakh": 10**5,
    "lakhs": 10**5,
    "lac": 10**5,
    "million": 10**6,
    "millions": 10**6,
    "mn": 10**6,
    "m": 10**6,
    "crore": 10**7,
    "crores": 10**7,
    "cr": 10**7,
    "billion": 10**9,
    "billions": 10**9,
    "bn": 10**9,
    "trillion": 10**12,
    "tn": 10**12,
}
"""Scale words and their multipliers (also read by :mod:`newsdiff.core.figures`)."""
_FIGURE = re.compile(
    r"(?<![\w.,])(\d{1,3}(?:,\d{3})+|\d+)(\.\d+)?"
    r"(?:\s?(thousand|lakhs?|lac|millions?|crores?|billions?|trillion)\b"
    r"|(k|mn|m|cr|bn|tn)\b)?"
    r"(?![\d%])",
    re.IGNORECASE,
)
"""A figure, with its thousands separators and an optional scale word (``£210m``,
``4.5 billion``, ``Rs 4 lakh``, ``Rs 450 crore``). A short scale (``m``, ``bn``, ``k``) must be
written against the number, as ``£85m`` is; ``85 m`` stays a number and a word."""


def _figure(match: re.Match[str]) -> str:
    """A figure written as its plain value: ``£1.34bn`` → ``1340000000``, ``11,500`` → ``11500``.

    Outlets give one amount as ``4.5 billion rupees``, ``Rs 450 crore`` or ``4,500,000,000``;
    written as plain values, the figures of two sentences agree or differ as the amounts do.
    """
    whole, fraction, word, short = match.groups()
    scale = SCALES.get((word or short or "").lower())
    digits = whole.replace(",", "") + (fraction or "")
    if scale is None:
        return digits
    value = format(Decimal(digits) * scale, "f")
    return value.rstrip("0").rstrip(".") if "." in value else value


_FOLDABLE = re.compile("[" + re.escape("".join(map(chr, _TRANSLATE))) + "]")
"""Any character :data:`_TRANSLATE` folds: most sentences have few or none."""

_DIGIT = re.compile(r"\d")


def _fold_marks(text: str) -> str:
    """``text`` with quote marks, dashes and odd spaces folded (see :data:`_TRANSLATE`).

    Only the characters that fold are visited: ``str.translate`` with a mapping looks up every
    character, four times slower on news prose, where this runs for every sentence.
    """
    if _FOLDABLE.search(text) is None:
        return text
    return _FOLDABLE.sub(lambda match: _TRANSLATE[ord(match.group())], text)


def _initialism(match: re.Match[str]) -> str:
    return match.group(0).replace(".", "")


def _cased_tokens(text: str) -> list[str]:
    """The word tokens of ``text`` with quote marks, dashes and figures folded, case kept."""
    unfolded = _fold_marks(unicodedata.normalize("NFKC", text))
    if _DIGIT.search(unfolded) is not None:  # no digit, no percentage and no figure
        unfolded = _PERCENT.sub(r"\1%", unfolded)
        unfolded = _FIGURE.sub(_figure, unfolded)
    unfolded = _INITIALISM.sub(_initialism, unfolded)
    return _TOKEN.findall(unfolded)


def normalize(text: str) -> str:
    """``text`` folded for comparison: case, quote marks, dashes, spaces; numbers kept.

    Punctuation other than apostrophes inside words, and the ``.``/``,``/``%`` of numbers,
    becomes a space; runs of whitespace become one space.
    """
    return " ".join(tokens(text))


def tokens(text: str) -> list[str]:
    """The normalized word tokens of ``text`` (see :func:`normalize`)."""
    return [word.casefold() for word in _cased_tokens(text)]


STEM_LENGTH = 6
"""Content words are compared by their first six letters after suffix stripping.

Truncation stemming is crude but robust across word forms news writers alternate between
(``engaged``/``engagement``, ``diversify``/``diversifying``, ``sanctions``/``sanctioned``); the
rare collisions it causes only lower a word's weight, since the weight comes from its rarity.
"""


@lru_cache(maxsize=65536)
def stem(word: str) -> str:
    """A light English stem: possessive and common suffixes stripped, then truncated.

    Enough to match ``expands``/``expanded``/``expanding``; figures are kept whole. As in
    Porter's stemmer, ``-es`` is a suffix only after a sibilant (``taxes``, ``pushes``; ``states``
    is ``state`` + ``s``) and a final ``e`` goes, so ``state``/``states``/``stated``,
    ``agree``/``agreed`` and ``engaged``/``engagement`` meet.
    """
    if word.endswith("'s"):
        word = word[:-2]
    if len(word) <= 3 or word[0].isdigit():
        return word
    for suffix, keep in _SUFFIXES:
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            if suffix == "s" and word.endswith(("ss", "us", "is")):
                break
            if suffix == "es" and not word[:-2].endswith(_SIBILANTS):
                continue  # "states" is "state" + "s", "taxes" is "tax" + "es"
            word = word[: len(word) - len(suffix)] + keep
            break
    word = word[:STEM_LENGTH]
    if len(word) >= 4 and word.endswith("e"):
        word = word[:-1]  # "state"/"stated", "side"/"sides", "engage(ment)"/"engaged" meet
    return word


_SUFFIXES = (
    ("ies", "y"),
    ("ied", "y"),
    ("eed", "ee"),
    ("ing", ""),
    ("ed", ""),
    ("es", ""),
    ("s", ""),
)
_SIBILANTS = ("s", "x", "z", "ch", "sh")


def content_words(words: Iterable[str]) -> set[str]:
    """The stems of the words that carry content (no function words, no reporting verbs)."""
    return {stem(word) for word in words if word not in STOPWORDS and len(word) > 1}


@dataclass(frozen=True, slots=True)
class SentenceFeatures:
    """What scoring needs to know about one sentence.

    ``shares`` gives the content stems that are part of a multi-word name their share of it
    (``1/k`` for a name of ``k`` content words); every other stem counts fully. ``quoted`` are
    the words inside quotation marks and ``unquoted`` how many words are outside them;
    ``statement`` is true when the sentence opens with its quotation or introduces it with a
    colon (a quoted statement plus an attribution, not a phrase quoted in the writer's words).
    """

    words: tuple[str, ...]
    content: frozenset[str]
    numbers: frozenset[str]
    shares: dict[str, float]
    quoted: tuple[str, ...] = ()
    unquoted: int = 0
    statement: bool = False


_NAME_JOINERS = frozenset({"of", "for", "de", "del", "von", "van", "al"})
"""Lowercase words that join the parts of one name ("Minister for Foreign Affairs")."""


def name_shares(text: str, words: Sequence[str]) -> dict[str, float]:
    """Content stems inside multi-word names, with their share of the name.

    A run of capitalised words ("Army Chief Asim Munir", "Prime Minister Narendra Modi",
    "New Delhi") names one person, office or place: two sentences that mention it share one
    fact, not four, so each of its ``k`` content words counts ``1/k``. The sentence's first word
    is capitalised anyway and never starts a run.
    """
    return _name_shares(_cased_tokens(text), words)


def _name_shares(cased: Sequence[str], words: Sequence[str]) -> dict[str, float]:
    """:func:`name_shares` from the cased and the folded tokens of one sentence.

    One pass over the words finds the runs and, at the same time, whether every content word is
    capitalised (a Title Case or ALL CAPS headline: there capitals mark the style, not names, so
    no word is grouped into a name). It runs for every sentence of both articles.
    """
    count = len(cased)
    if count != len(words):
        return {}
    shares: dict[str, float] = {}
    run: list[str] = []
    content = capitalised = 0
    for position in range(count):
        word = cased[position]
        folded = words[position]
        upper = word[0].isupper()
        if folded not in STOPWORDS and len(folded) > 1 and not word[0].isdigit():
            content += 1
            capitalised += upper
        if position and upper:
            if len(folded) == 1:
                continue  # an initial ("S Jaishankar") keeps the run
            if folded not in STOPWORDS:
                run.append(stem(folded))
                continue
        if run:
            if (
                folded in _NAME_JOINERS
                and position + 1 < count
                and cased[position + 1][0].isupper()
            ):
                continue  # "Secretary of State Marco Rubio", "Bank of England"
            if len(run) > 1:
                _close_name(run, shares)
            run = []
    if len(run) > 1:
        _close_name(run, shares)
    if content >= 3 and capitalised == content:
        return {}  # Title Case
    return shares


def _close_name(run: Sequence[str], shares: dict[str, float]) -> None:
    """Give each stem of one multi-word name its share ``1/k`` (the smallest it has had)."""
    share = 1.0 / len(run)
    for member in run:
        if shares.get(member, 1.0) > share:
            shares[member] = share


_WORD_CHAR = re.compile(r"\w")
_FOLDED_MARK = re.compile("[\"'\n]")


def _quotation_spans(folded: str) -> list[tuple[int, int]]:
    """``(open, close)`` mark positions of each ``"…"`` or ``'…'`` passage, left to right and
    non-overlapping, in one pass over the marks (linear, whatever the marks look like): a double
    mark pairs with the next double mark (at least one character between); a single mark not
    preceded by a word character pairs with the nearest single mark on the same line that no
    word character follows."""
    size = len(folded)
    marks = [match.start() for match in _FOLDED_MARK.finditer(folded)]
    doubles = [at for at in marks if folded[at] == '"']
    closers = [
        at
        for at in marks
        if folded[at] == "'" and (at + 1 == size or not _WORD_CHAR.match(folded, at + 1))
    ]
    newlines = [at for at in marks if folded[at] == "\n"]
    spans: list[tuple[int, int]] = []
    done = 0
    for at in marks:
        if at < done:
            continue
        char = folded[at]
        if char == '"':
            k = bisect.bisect_right(doubles, at)
            if k < len(doubles) and doubles[k] > at + 1:
                spans.append((at, doubles[k]))
                done = doubles[k] + 1
        elif char == "'" and (at == 0 or not _WORD_CHAR.match(folded, at - 1)):
            k = bisect.bisect_left(closers, at + 2)
            n = bisect.bisect_left(newlines, at)
            if k < len(closers) and (n == len(newlines) or newlines[n] > closers[k]):
                spans.append((at, closers[k]))
                done = closers[k] + 1
    return spans


_MARKS = re.compile(
    "[\"'\u2018\u2019\u201a\u201b\u201c\u201d\u201e\u201f\u00ab\u00bb`\u00b4\u2032\u2033]"
)
"""Any character that folds to a quote mark: a sentence without one quotes nothing."""


def _quotations(folded: str) -> list[str]:
    """The quoted passages of one sentence (quote marks folded).

    A quotation running on into the next sentence has no closing mark here, and one that began
    in the previous sentence has no opening mark: a lone ``"`` opens to the end of the sentence
    when a word follows it, and otherwise closes from its start.
    """
    spans = _quotation_spans(folded)
    passages = [folded[open_at + 1 : close] for open_at, close in spans]
    if folded.count('"') % 2:
        pieces = []
        done = 0
        for open_at, close in spans:
            pieces.append(folded[done:open_at])
            pieces.append(" " * (close + 1 - open_at))
            done = close + 1
        pieces.append(folded[done:])
        rest = "".join(pieces)
        mark = rest.find('"')
        if mark >= 0:
            opening = mark + 1 < len(rest) and rest[mark + 1].isalnum()
            passages.append(rest[mark + 1 :] if opening else rest[:mark])
    return passages


_INTRODUCED = re.compile(r":\s*[\"']")
"""A quotation introduced by a colon ("he said: '…'")."""


def features(text: str) -> SentenceFeatures:
    """Tokens, content stems, figures, name shares and quoted words of one sentence."""
    cased = _cased_tokens(text)
    words = [word.casefold() for word in cased]
    folded = _fold_marks(text) if _MARKS.search(text) else ""
    passages = _quotations(folded) if folded else []
    quoted = tokens(" ".join(passages)) if passages else []
    statement = bool(passages) and (
        folded.lstrip().startswith(('"', "'")) or _INTRODUCED.search(folded) is not None
    )
    return SentenceFeatures(
        words=tuple(words),
        content=frozenset(content_words(words)),
        numbers=frozenset(word.rstrip("%") for word in words if word[0].isdigit()),
        shares=_name_shares(cased, words),
        quoted=tuple(quoted),
        unquoted=max(0, len(words) - len(quoted)),
        statement=statement,
    )


def idf_weights(documents: Iterable[frozenset[str]]) -> dict[str, float]:
    """Inverse document frequency of each stem over ``documents`` (sentences)."""
    counts: dict[str, int] = {}
    total = 0
    for document in documents:
        total += 1
        for word in document:
            counts[word] = counts.get(word, 0) + 1
    return {word: math.log(1.0 + total / count) for word, count in counts.items()}


@dataclass(frozen=True, slots=True)
class ScoreMatrices:
    """All-pairs scores between a left and a right list of sentences (rows: left).

    Attributes:
        score: The calibrated 0–100 link score.
        verbatim: The 0–100 near-verbatim score (word order kept).
        figures_differ: Where both sentences state figures and share none (``None`` when
            not computed): the pairs the claim check reads for a figure conflict.
    """

    score: np.ndarray
    verbatim: np.ndarray
    figures_differ: np.ndarray | None = None


def score_matrices(
    left: Sequence[str],
    right: Sequence[str],
    *,
    background: Sequence[str] = (),
    workers: int = -1,
    use_meaning: bool = True,
    while_waiting: Callable[[], object] | None = None,
) -> ScoreMatrices:
    """Score every left sentence against every right sentence.

    ``background`` are more sentences (of other corpus articles) that only sharpen the word
    weights: a word the whole corpus uses weighs less. ``use_meaning=False`` leaves out the
    semantic nudge (it is also left out when :func:`newsdiff.core.semantic.status` is off).

    The words are read first (pure Python, one core); then the near-verbatim matrix is computed
    in a second thread, which rapidfuzz does without holding the GIL, while this one computes
    the meaning vectors and the word-weight signals: on two cores they take about as long.
    ``while_waiting`` is more work of the caller's to do in this thread before the matrix is
    waited for (the claim check reads the sentences there).
    """
    n, m = len(left), len(right)
    if n == 0 or m == 0:
        empty = np.zeros((n, m), dtype=np.float32)
        return ScoreMatrices(empty, empty.copy())
    left_f = [features(text) for text in left]
    right_f = [features(text) for text in right]
    with ThreadPoolExecutor(max_workers=1) as pool:
        # rapidfuzz compares the word sequences without the GIL while this thread does the rest
        in_order = pool.submit(
            verbatim_matrix, [f.words for f in left_f], [f.words for f in right_f], workers
        )
        cosine = semantic.cosine_matrix(left, right) if use_meaning else None
        extra = [frozenset(content_words(tokens(text))) for text in background]
        idf = idf_weights([f.content for f in left_f] + [f.content for f in right_f] + extra)
        overlap = _weighted_overlap(left_f, right_f, idf)
        left_w = np.array([_weight(f, idf) for f in left_f], dtype=np.float32)
        right_w = np.array([_weight(f, idf) for f in right_f], dtype=np.float32)
        numbers = _number_agreement(left_f, right_f)
        if while_waiting is not None:
            while_waiting()  # other pure-Python work, while rapidfuzz still holds no GIL
        verbatim = in_order.result()
    _same_quotation_moved_attribution(left_f, right_f, verbatim, workers)
    figures_differ = numbers < 0
    score = combine(overlap, left_w, right_w, verbatim, numbers, cosine, out=overlap)
    return ScoreMatrices(score, verbatim, figures_differ)


def verbatim_matrix(
    left: Sequence[Sequence[str]], right: Sequence[Sequence[str]], workers: int = -1
) -> np.ndarray:
    """Near-verbatim score (0–100) of every pair of token lists.

    The Indel similarity ``2·LCS/(n+m)`` rewards same words in the same order; the LCS over the
    shorter sentence forgives a few words inserted in the longer one, but only when the lengths
    are close (at most a quarter longer), so a short sentence is not "verbatim" to a long one
    that merely contains it.
    """
    codes: dict[str, str] = {}
    left_codes = [_encode(words, codes) for words in left]
    right_codes = [_encode(words, codes) for words in right]
    sim = process.cdist(
        left_codes,
        right_codes,
        scorer=Indel.normalized_similarity,
        dtype=np.float32,
        workers=workers,
    )
    # "a few inserted words": only pairs already close can become near-verbatim this way
    all_l = np.array([len(words) for words in left], dtype=np.float32)
    all_r = np.array([len(words) for words in right], dtype=np.float32)
    rows, cols = np.nonzero(sim >= 0.5)
    nonempty = (all_l[rows] > 0) & (all_r[cols] > 0)
    rows, cols = rows[nonempty], cols[nonempty]
    if rows.size:
        len_l = all_l[rows]
        len_r = all_r[cols]
        shorter = np.minimum(len_l, len_r)
        longer = np.maximum(len_l, len_r)
        lcs = sim[rows, cols] * (len_l + len_r) / 2
        close = shorter / longer
        lenient = np.where(close >= 0.75, lcs / shorter * np.sqrt(close), 0.0)
        sim[rows, cols] = np.maximum(sim[rows, cols], lenient)
    sim *= 100
    return sim


ATTRIBUTION_WORDS = 8
"""At most this many words outside the quotation marks are an attribution ("Its leader, Simon
Arkwright, said:"), not a statement of the writer's own."""

QUOTATION_WORDS = 5
"""A quotation needs this many words to be carried "verbatim" on its own."""

QUOTATION_CEILING = 95.0
"""The most a sentence can score for its quotation alone: its attribution differs, so it is
near-verbatim but never an exact copy (``--shared 100`` still means the very same words)."""


def _same_quotation_moved_attribution(
    left: Sequence[SentenceFeatures],
    right: Sequence[SentenceFeatures],
    verbatim: np.ndarray,
    workers: int = -1,
) -> None:
    """Raise ``verbatim`` for two sentences that carry one quotation under another attribution.

    ``"The ruling does not give us a single extra pound," Arkwright said`` and ``Its leader,
    Simon Arkwright, said: 'The ruling does not give us a single extra pound.'`` are the same
    sentence to a reader; word order alone puts the moved attribution against them. Where both
    sentences are a quotation of at least :data:`QUOTATION_WORDS` words plus an attribution of
    at most :data:`ATTRIBUTION_WORDS` (any length once the quotation has
    :data:`STATEMENT_WORDS`), the near-verbatim score of the quotations counts.
    """
    rows = [i for i, f in enumerate(left) if _quotation_with_attribution(f)]
    cols = [j for j, f in enumerate(right) if _quotation_with_attribution(f)]
    if not rows or not cols:
        return
    quoted = verbatim_matrix(
        [left[i].quoted for i in rows], [right[j].quoted for j in cols], workers
    )
    np.minimum(quoted, QUOTATION_CEILING, out=quoted)
    block = verbatim[np.ix_(rows, cols)]
    verbatim[np.ix_(rows, cols)] = np.maximum(block, quoted)


STATEMENT_WORDS = 8
"""A quotation of this many words that opens its sentence (or follows a colon) is a statement
of its own: the sentence is that statement plus an attribution, however long the attribution
("…," the minister said, adding that the talks would resume next week). A quotation inside the
writer's own words ("critics mocked its claim that '…'") is not."""


def _quotation_with_attribution(f: SentenceFeatures) -> bool:
    quoted = len(f.quoted)
    return quoted >= QUOTATION_WORDS and (
        f.unquoted <= ATTRIBUTION_WORDS or (quoted >= STATEMENT_WORDS and f.statement)
    )


def _encode(words: Sequence[str], codes: dict[str, str]) -> str:
    """A token list as a string with one character per distinct word.

    rapidfuzz then compares word sequences with its bit-parallel string kernels, several times
    faster than comparing lists of Python strings; equal words get equal characters.
    """
    out = []
    for word in words:
        code = codes.get(word)
        if code is None:
            number = len(codes) + 0x100
            if number >= 0xD800:  # skip the surrogate block
                number += 0x800
            code = codes[word] = chr(number)
        out.append(code)
    return "".join(out)


def _weight(f: SentenceFeatures, idf: dict[str, float]) -> float:
    """A sentence's total content weight (name words at their share).

    ``math.fsum`` is exact, so the total does not depend on the order a set of words is read
    in, which changes from one run to the next: the same articles give the same scores.
    """
    return math.fsum(idf[w] * f.shares.get(w, 1.0) for w in f.content)


def _weighted_overlap(
    left: Sequence[SentenceFeatures], right: Sequence[SentenceFeatures], idf: dict[str, float]
) -> np.ndarray:
    """Sum of IDF weights of the content stems each pair shares, via an inverted index.

    A stem inside a multi-word name counts at the smaller of its two shares. The stems are added
    in sorted order: float sums depend on their order, and a set's order changes from one run
    to the next, so the same articles could otherwise score a hair apart and break a tie
    between two counterparts differently.
    """
    postings: dict[str, tuple[list[int], list[float], list[int], list[float]]] = {}
    for i, f in enumerate(left):
        for word in f.content:
            entry = postings.setdefault(word, ([], [], [], []))
            entry[0].append(i)
            entry[1].append(f.shares.get(word, 1.0))
    for j, f in enumerate(right):
        for word in f.content:
            posting = postings.get(word)
            if posting is not None:
                posting[2].append(j)
                posting[3].append(f.shares.get(word, 1.0))
    overlap = np.zeros((len(left), len(right)), dtype=np.float32)
    for word in sorted(postings):
        rows, row_shares, cols, col_shares = postings[word]
        if not cols:
            continue
        if min(row_shares) == 1.0 and min(col_shares) == 1.0:
            overlap[np.ix_(rows, cols)] += idf[word]
        else:
            shares = np.minimum.outer(
                np.array(row_shares, dtype=np.float32), np.array(col_shares, dtype=np.float32)
            )
            overlap[np.ix_(rows, cols)] += idf[word] * shares
    return overlap


def _number_agreement(
    left: Sequence[SentenceFeatures], right: Sequence[SentenceFeatures]
) -> np.ndarray:
    """+1 where both sentences state figures and share one, -1 where they share none, else 0.

    ``int8``, a quarter of a float matrix (5,000 × 5,000 sentences: 25 MB). Every pair of
    figure-stating sentences starts at -1; an index of the right sentences by figure then sets
    the pairs that share one to +1, so the cost follows the shared figures, not the product of
    the two lengths in Python.
    """
    result = np.zeros((len(left), len(right)), dtype=np.int8)
    right_rows = [j for j, f in enumerate(right) if f.numbers]
    left_rows = [i for i, f in enumerate(left) if f.numbers]
    if not right_rows or not left_rows:
        return result
    result[np.ix_(left_rows, right_rows)] = -1
    holders: dict[str, list[int]] = {}
    for j in right_rows:
        for number in right[j].numbers:
            holders.setdefault(number, []).append(j)
    rows: list[int] = []
    cols: list[int] = []
    for i in left_rows:
        for number in left[i].numbers:
            found = holders.get(number)
            if found:
                rows.extend([i] * len(found))
                cols.extend(found)
    if rows:
        result[rows, cols] = 1
    return result


EVIDENCE_SCALE = 3.0
"""How much shared rare-word weight makes a link believable (see :func:`combine`): one word
used in two of fifty sentences (IDF ≈ 3.3) gives a factor of about 0.67, two such words 0.89."""

CALIBRATION = ((0.0, 0.0), (23.0, 50.0), (100.0, 100.0))
"""Raw similarity → calibrated score. On the hand-annotated pairs, raw similarities of about
22–24 are where a sentence becomes as likely to have a counterpart as not (the F1 of
linked-vs-unique is flat there), so 23 maps to 50, the default paraphrase threshold; the
mapping is monotone and keeps 0 and 100."""

COPY_FLOOR = 60.0
"""Below this near-verbatim score, word order is no evidence of copying: common function words
in the same order ("in its", "that the") give unrelated sentences a verbatim score of 20–35."""

FIGURE_BONUS = 15.0
"""Raw points added when both sentences state figures and share one (subtracted if none).

A figure is the most checkable fact a news sentence carries: two sentences that give the same
amount (in any scale, see :func:`_figure`) very likely report the same fact, two that give
different amounts for the same thing (38,000 against 58,000 hectares) report different ones.
Measured by ``scripts/eval_alignment.py`` on the gold and the held-out pairs, every value from
12 to 22 does better on both than the 6 used before (F1 0.896 → 0.905 on the gold, 0.946 →
0.955 held out); 15 sits in the middle of that plateau."""

MEANING_CENTER = 0.4
"""The sentence-vector cosine that leaves a score unchanged. Two sentences of one story on
different facts sit around 0.2–0.4, paraphrases of one fact around 0.4–0.7."""

MEANING_WEIGHT = 25.0
"""Score points per unit of cosine above or below :data:`MEANING_CENTER`: a paraphrase at
0.6 gains 5 points, a same-topic sentence at 0.2 loses 5. Swept by
``scripts/eval_alignment_candidates.py`` (the grid) and ``scripts/eval_alignment.py`` on the
gold and the held-out pairs, each with and without the corpus: 0.4 × 25 is the one setting
that is never below the lexical score alone on any of the four, and the best on average."""


def calibrate(raw: np.ndarray) -> np.ndarray:
    """Map a raw 0–100 similarity onto the calibrated 0–100 scale (piecewise linear)."""
    xs = [x for x, _ in CALIBRATION]
    ys = [y for _, y in CALIBRATION]
    calibrated: np.ndarray = np.interp(raw, xs, ys).astype(np.float32)
    return calibrated


def combine(
    overlap: np.ndarray,
    left_weight: np.ndarray,
    right_weight: np.ndarray,
    verbatim: np.ndarray,
    numbers: np.ndarray,
    cosine: np.ndarray | None = None,
    *,
    out: np.ndarray | None = None,
) -> np.ndarray:
    """The calibrated 0–100 link score from the individual signals.

    ``overlap`` is the summed rarity (IDF) of the content words each pair shares; the weights
    are each sentence's total. Then:

    * Containment ``c = overlap / min(weights)``: is the shorter sentence's content inside the
      other? Dice ``d = 2·overlap / (sum of weights)``: how much of both does it cover?
      Meaning is ``c^0.75 · d^0.25`` — mostly containment, tempered by balance.
    * Evidence: multiplied by ``1 − exp(−overlap / EVIDENCE_SCALE)``, so that two short lines
      sharing one common word (a heading and a sentence on the same topic) do not look alike.
    * Figures: shared figures add ``FIGURE_BONUS``, conflicting figures subtract it.
    * Copying: a verbatim score of at least ``COPY_FLOOR`` is a floor, since copied text is
      linked whatever its words.
    * Meaning: when sentence-vector cosines are given, the calibrated score moves by
      ``MEANING_WEIGHT · (cosine − MEANING_CENTER)``, never below the copying floor and never
      up to 100 unless it was there already (an exact copy stays the best counterpart).

    Computed in place on float32 blocks of :data:`COMBINE_ROWS` rows, so that the temporaries
    stay in cache: this is the hot loop of long documents. ``out`` (float32, the shape of
    ``overlap``, possibly ``overlap`` itself: each block is read before it is overwritten)
    receives the scores instead of a new matrix.
    """
    score = np.empty(overlap.shape, dtype=np.float32) if out is None else out
    for start in range(0, overlap.shape[0], COMBINE_ROWS):
        rows = slice(start, start + COMBINE_ROWS)
        score[rows] = _combine_block(
            overlap[rows],
            left_weight[rows],
            right_weight,
            verbatim[rows],
            numbers[rows],
            None if cosine is None else cosine[rows],
        )
    return score


COMBINE_ROWS = 64
"""Rows of the score matrix combined at a time (64 × 2,000 floats is half a megabyte)."""


def _combine_block(
    overlap: np.ndarray,
    left_weight: np.ndarray,
    right_weight: np.ndarray,
    verbatim: np.ndarray,
    numbers: np.ndarray,
    cosine: np.ndarray | None,
) -> np.ndarray:
    """:func:`combine` for some rows of the matrices."""
    smaller = np.minimum.outer(left_weight, right_weight)
    meaning = np.zeros_like(overlap)
    np.divide(overlap, smaller, out=meaning, where=smaller > 0)  # containment
    dice = np.add.outer(left_weight, right_weight)
    np.divide(2 * overlap, dice, out=dice, where=dice > 0)
    dice[smaller <= 0] = 0.0
    # c^0.75 · d^0.25 == sqrt(sqrt(c³·d)), with square roots (much cheaper than powers)
    cube = meaning * meaning
    cube *= meaning
    cube *= dice
    np.sqrt(cube, out=cube)
    np.sqrt(cube, out=meaning)
    evidence = overlap * np.float32(-1.0 / EVIDENCE_SCALE)
    np.exp(evidence, out=evidence)
    np.subtract(np.float32(1.0), evidence, out=evidence)
    meaning *= evidence
    meaning *= np.float32(100.0)
    meaning += np.float32(FIGURE_BONUS) * numbers
    copied = np.where(verbatim >= COPY_FLOOR, verbatim, np.float32(0.0))
    np.maximum(meaning, copied, out=meaning)
    np.clip(meaning, 0.0, 100.0, out=meaning)
    score: np.ndarray = np.maximum(calibrate(meaning), copied)
    if cosine is not None:
        ceiling = np.maximum(score, np.float32(99.0))
        score += np.float32(MEANING_WEIGHT) * (
            cosine.astype(np.float32, copy=False) - np.float32(MEANING_CENTER)
        )
        np.minimum(score, ceiling, out=score)
        np.maximum(score, copied, out=score)
        np.clip(score, 0.0, 100.0, out=score)
    return score
