"""Lone surnames that speak: a capitalised word the article never gives a first name for, yet
writes as the subject or inverted subject of a reporting verb (``Brennan said``, ``said
Brennan``, ``Brennan, who chairs the board, said``). A reader still wants "Brennan" as the
speaker, wherever else in the article Brennan stands (``according to Brennan``, ``she`` after
``Brennan said …``).

Not a name: a word the article also writes in lowercase (``Critics said`` / ``the critics``),
a stopword, a title or a job word, and a plural (``Officials said``, ``Reuters reported``,
``Democrats said``, ``Unions said`` beside ``the union``); ``Voss`` and ``Jones`` stay names.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Protocol

from rapidfuzz.distance import Levenshtein

from newsdiff.core import names as vocab
from newsdiff.core.mention_types import SentenceInfo, Token, skip_adverbs
from newsdiff.core.name_tags import state_after_name
from newsdiff.core.reporting_verbs import ADDRESSING_VERBS, STRONG_REPORTING
from newsdiff.core.words import STOPWORDS


class _Known(Protocol):
    """What pass one already knows: surnames and first names (``ArticleNames``)."""

    people: dict[str, str]
    first_names: dict[str, set[str]]


_APPOSITIVE_WORDS = 25
"""How far ``X, who …, said`` may reach for its verb."""

_AFTER_NAME = frozenset({"on", "in", "at", "during", "after", "before", "last", "this", "when"})
"""Words that may follow an inverted speaker (``said Brennan on Tuesday``)."""

INDEFINITES = frozenset(
    """
    everyone everybody someone somebody nobody anyone none others another many some most few
    both neither either each all one
    """.split()
)
"""Capitalised words that stand as a subject without naming anyone ("Another asks …")."""

_NOT_SURNAMES = INDEFINITES | {"officials", "police", "critics"}


def is_demonym(word: str) -> bool:
    """A noun for people of a nation, one or many ("briton", "britons", "iranians")."""
    single = word[:-1] if word.endswith("s") and word not in vocab.DEMONYMS else word
    return single in vocab.DEMONYMS or single in vocab.ADJECTIVES


def never_named(tokens: list[Token], k: int, gap: Callable[[int, int], str]) -> bool:
    """A lone capitalised word that names nobody, wherever it stands: one capital letter (a
    party tag: "Gov. Pat Hale (R) said"), an indefinite pronoun ("Another asks"), a
    nationality ("a Briton said", "Iranians said"), or a state after a town or a name
    ("Johnnie Hale, of Springfield, Va., said", "Tom Hale, Ky said": ``name_tags``)."""
    word = tokens[k]
    if len(word.text) == 1 or word.lower in INDEFINITES or is_demonym(word.lower):
        return True
    return state_after_name(tokens, k, gap)


def speaking_surnames(
    infos: Iterable[SentenceInfo],
    runs: Callable[[SentenceInfo], list[tuple[int, int]]],
    gap: Callable[[int, int], str],
    is_name_word: Callable[[Token], bool],
    article: _Known,
) -> dict[str, str]:
    """Lone capitalised words that speak somewhere in the article, by folded form → as
    written. ``runs`` gives a sentence's runs of capitalised words, ``gap`` the masked text
    between two offsets, ``is_name_word`` whether a word may be a surname at all; none is a
    surname or first name the ``article`` knows, nor one letter from one of its surnames
    (``Reve announced``: a slip for Reeve)."""
    known = set(article.people) | set(article.first_names)
    surnames = list(article.people)
    infos = list(infos)
    lowercase = {token.lower for info in infos for token in info.tokens if not token.cap}
    found: dict[str, str] = {}
    for info in infos:
        tokens = info.tokens
        for first, last in runs(info):
            word = tokens[first]
            if last - first != 1 or word.possessive or word.lower in found or word.lower in known:
                continue
            if not _plausible(word, lowercase) or not is_name_word(word):
                continue
            head = _listed(tokens, first, gap, -1)  # "Pike and Hale said": Pike speaks too
            tail = _listed(tokens, head, gap, 1)
            if not (_speaks_before(tokens, tail, gap) or _speaks_after(tokens, head, tail, gap)):
                continue
            if not any(Levenshtein.distance(word.lower, k, score_cutoff=1) <= 1 for k in surnames):
                found[word.lower] = word.text
    return found


def _plausible(word: Token, lowercase: set[str]) -> bool:
    lower = word.lower
    return (
        len(lower) > 1
        and lower.replace("-", "").replace("'", "").isalpha()
        and not _plural(lower, lowercase)
        and lower not in lowercase
        and lower not in STOPWORDS
        and lower not in _NOT_SURNAMES
        and lower not in vocab.ROLE_PREFIXES
        and lower not in vocab.SENTENCE_START_WORDS
        and lower not in vocab.PREPOSITIONS
        and not word.text.isupper()
    )


_PLURAL_ENDINGS = ("ers", "ors", "ists", "ians", "ans", "ents", "ants", "ats", "ics", "ives", "ees")


def _plural(lower: str, lowercase: set[str]) -> bool:
    """A plural noun rather than a surname: ``Democrats``, ``Reuters``, ``Officials``, or a
    word whose singular the article writes in lowercase (``Unions`` / ``the union``);
    ``Voss`` and ``Jones`` stay surnames."""
    if not lower.endswith("s") or lower.endswith("ss"):
        return False
    return lower.endswith(_PLURAL_ENDINGS) or lower[:-1] in lowercase or lower[:-1] in STOPWORDS


def _listed(tokens: list[Token], k: int, gap: Callable[[int, int], str], step: int) -> int:
    """The last (``step`` 1) or first (-1) word of a list of single capitalised words that
    ``tokens[k]`` stands in, joined by ``and`` (``Pike and Hale``, ``Pike, Hale and Dunmore``);
    ``k`` when it stands in none."""
    j, joined, end = k, False, k
    while 0 <= j + 2 * step < len(tokens):
        n = j + step
        between = gap(tokens[min(j, n)].end, tokens[max(j, n)].start).strip()
        if tokens[n].lower == "and" and between in ("", ",") and tokens[n + step].cap:
            j, joined = n + step, True
            end = j
        elif between == "," and tokens[n].cap and joined == (step < 0):
            j = n  # the commas of a list stand before its "and"
            end = j if joined else end
        else:
            break
    return end if joined else k


def _speaks_before(tokens: list[Token], k: int, gap: Callable[[int, int], str]) -> bool:
    """``Brennan said`` / ``Brennan, who …, said``."""
    after = skip_adverbs(tokens, k + 1)
    if after < len(tokens) and tokens[after].lower in STRONG_REPORTING:
        return gap(tokens[k].end, tokens[k + 1].start).strip() == ""
    if k + 1 >= len(tokens) or tokens[k + 1].lower != "who":
        return False
    if gap(tokens[k].end, tokens[k + 1].start).strip() != ",":
        return False
    for n in range(k + 2, min(len(tokens) - 1, k + _APPOSITIVE_WORDS)):
        if "," in gap(tokens[n].end, tokens[n + 1].start):
            verb = skip_adverbs(tokens, n + 1)
            return verb < len(tokens) and tokens[verb].lower in STRONG_REPORTING
    return False


def _speaks_after(tokens: list[Token], k: int, end: int, gap: Callable[[int, int], str]) -> bool:
    """``said Brennan.`` / ``said Brennan, …`` / ``said Brennan on Tuesday`` / ``according to
    Brennan`` (``tokens[k:end + 1]``: one name, or a list of them)."""
    if k >= 2 and tokens[k - 2].lower == "according" and tokens[k - 1].lower == "to":
        return True
    if k == 0:
        return False
    verb = tokens[k - 1]
    if verb.lower not in STRONG_REPORTING or verb.lower in ADDRESSING_VERBS or verb.cap:
        return False
    if gap(verb.end, tokens[k].start).strip():
        return False
    if end + 1 >= len(tokens):
        return True
    if gap(tokens[end].end, tokens[end + 1].start).strip():
        return True  # a comma, a period, a parenthesis
    return tokens[end + 1].lower in _AFTER_NAME
