"""The types attribution reads: words (tokens) of the writer's own text, who is named
(mentions) and each sentence's words and mentions; with the small helpers over them.

Quotations are blanked out (``mask_quotes``) before tokens are read, so words inside quotes
never count.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field

from newsdiff.core import names as vocab
from newsdiff.core.models import Sentence
from newsdiff.core.quote_marks import QuoteSpan

WORD = re.compile(
    r"[^\W_](?:[\w'\u2019.\-\u0300-\u036f\u0080-\u009f\u00a1-\u00bf]*[\w.\u0300-\u036f])?"
    r"(?:(?<=s)['\u2019](?= [a-z]))?"
)
"""A word; a plural possessive keeps its apostrophe ("Suthers' opinion"). A combining accent
(``Jose\u0301``) or a character of a misdecoded letter (``FranÃ§ois``: UTF-8 read as Latin-1)
inside it keeps it one word, as it is one name (never the no-break space)."""
MASK = "\x1f"
"""The filler that replaces quoted text (and its marks) in the masked text."""
ABBREVIATIONS = frozenset(
    "mr mrs ms dr sen rep gov gen lt col adm sgt capt maj prof rev st jr sr pres amb del supt det "
    "insp cmdr lieut".split()
)
"""Words whose period does not end a sentence or a token."""
DASHES = "\u2014\u2013\u2015-"


@dataclass(slots=True)
class Token:
    """A word of a sentence (outside quotations)."""

    start: int
    end: int
    text: str
    lower: str
    possessive: bool
    cap: bool


@dataclass(slots=True)
class Mention:
    """Someone or something named in a sentence, resolved to a canonical entity."""

    first: int
    last: int
    entity: str
    kind: str
    subject: bool
    possessive: bool


@dataclass(slots=True)
class SentenceInfo:
    """The words and mentions of one sentence."""

    start: int
    end: int
    tokens: list[Token] = field(default_factory=list)
    mentions: list[Mention] = field(default_factory=list)
    by_token: dict[int, Mention] = field(default_factory=dict)
    starts: list[int] = field(default_factory=list)
    firsts: list[int] = field(default_factory=list)
    main_subject: Mention | None = None
    subject_people: dict[str, tuple[int, str]] = field(default_factory=dict)
    last_people: dict[str, tuple[int, str]] = field(default_factory=dict)
    orgs: list[str] = field(default_factory=list)
    torn: set[str] = field(default_factory=set)
    """Genders whose subject here is torn between two people ("Hale and Reyes met"): a later
    "he" that reaches this sentence is told as nobody."""

    def add(self, mention: Mention) -> None:
        """Record a mention (mentions arrive in text order)."""
        self.mentions.append(mention)
        self.firsts.append(mention.first)
        for k in range(mention.first, mention.last):
            self.by_token[k] = mention
        if (
            mention.subject
            and mention.kind != "name"
            and not mention.possessive  # "Harlan's attorney, Lisa Gomez, argued …"
            and self.main_subject is None
        ):
            self.main_subject = mention


def mask_quotes(text: str, spans: Sequence[QuoteSpan]) -> str:
    """``text`` with every quotation, marks included, replaced by a filler of the same length."""
    pieces: list[str] = []
    cursor = 0
    for span in spans:
        pieces.append(text[cursor : span.open])
        pieces.append(MASK * (span.close + 1 - span.open))
        cursor = span.close + 1
    pieces.append(text[cursor:])
    return "".join(pieces)


_POSSESSIVE = ("'s", "\u2019s")
_PLURAL_POSSESSIVE = ("s'", "s\u2019")


def read_tokens(masked: str, start: int, end: int) -> list[Token]:
    """The words of ``masked[start:end]``, abbreviation periods kept, possessives marked."""
    tokens: list[Token] = []
    for match in WORD.finditer(masked, start, end):
        word = match.group(0)
        stop = match.end()
        base = word.rstrip(".")
        if base != word:
            core = base.lower()
            keep_dot = (
                core in ABBREVIATIONS
                or (len(base) == 1 and base.isupper())
                or ("." in base and all(len(part) <= 1 for part in base.split(".")))
            )
            if keep_dot:
                base = base + "."
            else:
                stop = match.start() + len(base)
                word = base
        possessive = False
        if len(word) > 2 and word.endswith(_POSSESSIVE):
            word = word[:-2]
            possessive = word.lower() not in _CONTRACTED  # "He's said": "he", no owner
        elif word.endswith(_PLURAL_POSSESSIVE):
            word = word[:-1]
            possessive = True
        if not word:
            continue
        lower = word.lower()
        if "\u2019" in lower:
            lower = lower.replace("\u2019", "'")  # O’Neill and O'Neill are one name
        cap = word[0].isupper() and not vocab.PARTY_TAG.match(word)
        tokens.append(Token(match.start(), stop, word, lower, possessive, cap))
    return tokens


_CONTRACTED = frozenset({"he", "she"})
"""Pronouns whose ``'s`` is ``is`` or ``has`` (``He's said``), never a possessive (people26)."""


def mention_at(info: SentenceInfo, k: int) -> Mention | None:
    """The mention starting at token ``k`` (or right after a "the" there)."""
    if k < len(info.tokens) and info.tokens[k].lower in ("the", "a", "an"):
        k += 1
    mention = info.by_token.get(k)
    if mention is None or mention.first != k:
        return None
    return mention


def next_start(tokens: list[Token], k: int) -> int:
    """Where the token after ``k`` starts (or a little past the last token)."""
    return tokens[k + 1].start if k + 1 < len(tokens) else tokens[k].end + 200


def skip_adverbs(tokens: list[Token], j: int) -> int:
    """The index after up to three attribution adverbs ("also", "later", "has") from ``j``,
    and after an intention before a verb of saying (``planned to ask``: people26)."""
    limit = j + 3
    while j < len(tokens) and j < limit and tokens[j].lower in vocab.ATTRIBUTION_ADVERBS:
        j += 1
    if j + 2 < len(tokens) and tokens[j].lower in _INTENDING and tokens[j + 1].lower == "to":
        return j + 2 if tokens[j + 2].lower in _SAYING else j
    return j


_INTENDING = frozenset("planned plans plan wanted wants hoped hopes intended intends".split())
"""Verbs of intending whose subject says what follows ``to ask`` / ``to say``."""
_SAYING = frozenset({"ask", "say", "tell"})


_ENDS_WITH_ABBREVIATION = re.compile(
    r"(?:\b(?:" + "|".join(sorted(ABBREVIATIONS)) + r")\.|\b[A-Z]\.|\b(?:[A-Z]\.){2,})$",
    re.IGNORECASE,
)


def _merge_abbreviations(text: str, sentences: Sequence[Sentence]) -> list[tuple[int, int]]:
    """Sentence bounds, with a sentence cut after "Mr." or "U.S." joined to the next one."""
    bounds: list[tuple[int, int]] = []
    joining = False
    for sentence in sentences:
        if joining and bounds and "\n" not in text[bounds[-1][1] : sentence.start]:
            bounds[-1] = (bounds[-1][0], sentence.end)
        else:
            bounds.append((sentence.start, sentence.end))
        joining = bool(
            _ENDS_WITH_ABBREVIATION.search(text[max(0, sentence.end - 8) : sentence.end])
        )
    return bounds


def _line_bounds(text: str) -> list[tuple[int, int]]:
    bounds: list[tuple[int, int]] = []
    for match in re.finditer(r"[^\n]+", text):
        bounds.append((match.start(), match.end()))
    return bounds


def sentence_bounds(text: str, sentences: Sequence[Sentence]) -> list[tuple[int, int]]:
    """The sentences attribution reads: the segmenter's, joined after "Mr." or "U.S.", or the
    text's lines when it found none."""
    return _merge_abbreviations(text, sentences) or _line_bounds(text)


def told_gender(tokens: list[Token], first: int, begin: int) -> str | None:
    """The gender a word before a name tells: a kinship word right before its run ("her
    father, Henry Voss", "his wife Ana"), or a gendered job title right before the name or in
    its run ("Chairwoman Ana Voss", "the spokeswoman, Jo Reyes"; ``begin`` is where the name
    itself starts)."""
    if first > 0:
        before = tokens[first - 1]
        gender = vocab.KIN_GENDER.get(before.lower) or vocab.KIN_GENDER.get(before.text.lower())
        if gender is not None:
            return gender
    for token in reversed(tokens[max(0, first - 1) : begin]):
        gender = vocab.ROLE_GENDER.get(token.lower.rstrip("."))
        if gender is not None:
            return gender
    return None
