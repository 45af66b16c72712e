"""The data model shared by the analysis core, the app, the CLI and the exporters.

Every class here is a frozen dataclass: a comparison is computed once and then only rendered.
Offsets are Python ``str`` indices into ``Article.text`` (the text as loaded: decoded, BOM
removed, ``\\r\\n`` and ``\\r`` turned into ``\\n``, terminal escape sequences removed).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field, fields
from typing import Literal

from newsdiff.core.link_evidence import Evidence

Label = Literal["shared", "paraphrased", "conflict", "unique"]
"""How a sentence relates to the other article."""

LinkLabel = Literal["shared", "paraphrased", "conflict"]
"""The label of a single link between two sentences."""

LABELS: tuple[Label, ...] = ("shared", "paraphrased", "conflict", "unique")
"""Every sentence label, in the order legends and summaries list them."""

QuoteKind = Literal["full", "fragment"]
"""``full``: a quoted statement; ``fragment``: a phrase quoted inside the writer's own sentence."""

QuoteStatusName = Literal["verbatim", "excerpt", "altered", "only here"]
"""How a quote fares in another article."""

SentenceKind = Literal["headline", "heading", "bullet", "byline", "text"]
"""What a segment is on the page."""

OpTag = Literal["equal", "replace", "insert", "delete"]
"""A word-level edit operation, as in rapidfuzz opcodes."""

CharSpan = tuple[int, int]
"""A ``(start, end)`` pair of character offsets into an article's text."""

Side = Literal["left", "right"]
"""A side (column) of a comparison."""

SIDES: tuple[Side, Side] = ("left", "right")
"""Both sides, left first."""


def other_side(side: Side) -> Side:
    """The other side of a comparison."""
    return "right" if side == "left" else "left"


def pair(side: Side, index: int, other: int) -> tuple[int, int]:
    """``(left, right)``: sentence ``index`` of ``side`` and sentence ``other`` of the other side
    as a left–right pair of indices."""
    return (index, other) if side == "left" else (other, index)


def side_letter(side: Side) -> str:
    """``L`` or ``R``: how reports and the status line name a side (``L3`` is left sentence 3)."""
    return "L" if side == "left" else "R"


@dataclass(frozen=True, slots=True)
class ArticleMeta:
    """Where an article comes from, as far as its page says (every field may be unknown).

    Attributes:
        outlet: The site name the page gives, else the host of its URL (``example.com``).
        author: The author(s) the page names.
        date: The publication date, ``YYYY-MM-DD`` when the page gives one.
        url: The address the page was fetched from (``None`` for a file).
    """

    outlet: str | None = None
    author: str | None = None
    date: str | None = None
    url: str | None = None

    def to_dict(self) -> dict[str, str | None]:
        """The JSON object of ``ARTICLE.meta``."""
        return {"outlet": self.outlet, "author": self.author, "date": self.date, "url": self.url}

    def summary(self) -> str:
        """``outlet · date · url`` (the known parts), or ``""`` when nothing is known."""
        return " · ".join(part for part in (self.outlet, self.date, self.url) if part)

    @property
    def known(self) -> bool:
        """Whether any field is known."""
        return any((self.outlet, self.author, self.date, self.url))


def source_label(article: Article) -> str:
    """A short name of where an article came from: ``Outlet · 2024-03-05 · file.html``.

    The outlet and date when known, then the file name for a file, ``stdin`` for standard
    input, nothing for a URL (its outlet says it).
    """
    path = article.path
    if path == "-":
        name = "stdin"
    elif path[:8].lower().startswith(("http://", "https://")):
        name = ""
    else:
        name = path.replace("\\", "/").rstrip("/").rsplit("/", 1)[-1]
    parts = [article.meta.outlet or "", article.meta.date or "", name]
    return " · ".join(part for part in parts if part) or path


@dataclass(frozen=True, slots=True)
class Article:
    """One loaded article.

    Attributes:
        path: The path as the user named it (shown to the user, written to exports), or the
            URL of a web page, or ``-`` for standard input.
        text: The decoded text; every offset in the model indexes into it.
        title: A short display title (the headline, or the first sentence shortened).
        encoding: The encoding the file was decoded from.
        meta: Outlet, author, date and URL, where the input gave them.
        escapes_removed: How many terminal escape sequences (colours, cursor moves, titles)
            loading removed from a text input (``core.terminal_escapes``); ``text`` is without
            them.
        full_title: The title before it was shortened, where loading cut it (``""`` when
            ``title`` is whole): the library shows as much of it as its width allows.
    """

    path: str
    text: str
    title: str
    encoding: str = "utf-8"
    meta: ArticleMeta = field(default_factory=ArticleMeta)
    escapes_removed: int = 0
    full_title: str = field(default="", compare=False)  # not in the JSON: a display aid

    @property
    def whole_title(self) -> str:
        """The title uncut: ``full_title`` when loading shortened ``title``, else ``title``."""
        return self.full_title or self.title


@dataclass(frozen=True, slots=True)
class Sentence:
    """A segment of an article: a sentence, headline, heading, bullet item or byline line.

    ``text == article.text[start:end]`` always holds, and the text has no surrounding whitespace.
    """

    index: int
    start: int
    end: int
    text: str
    kind: SentenceKind = "text"

    def __reduce__(self) -> tuple[type[Sentence], tuple[object, ...]]:
        return (Sentence, field_values(self))


CUE_GAP = " \u2026 "
"""What stands for the words a shown cue leaves out."""


@dataclass(frozen=True, slots=True)
class Cue:
    """The attribution words that name a quote's speaker ("said the agency's spokeswoman").

    ``text`` is always ``article.text[start:end]``. ``parts``, when set, are the stretches shown
    of a cue whose name and verb lie apart (``Trump … referring``, see
    :mod:`newsdiff.core.cue_shown`); :attr:`shown` is what a reader sees.
    """

    start: int
    end: int
    text: str
    parts: tuple[tuple[int, int], ...] = ()
    lead: str = ""
    """The text of a first part that lies before ``start``: the speaker's name further back
    than a cue reaches (``Tom Hale, the mayor, who …, said``: ``Tom Hale … said``)."""

    @property
    def shown(self) -> str:
        """The cue as shown: its ``parts`` joined by :data:`CUE_GAP`, else its text."""
        if not self.parts:
            return self.text
        inside = self.parts[1:] if self.lead else self.parts
        shown = [self.text[a - self.start : b - self.start] for a, b in inside]
        return CUE_GAP.join([self.lead, *shown] if self.lead else shown)

    def __reduce__(self) -> tuple[type[Cue], tuple[object, ...]]:
        return (Cue, field_values(self))


@dataclass(frozen=True, slots=True)
class Quote:
    """Words inside quotation marks (the marks themselves excluded).

    Attributes:
        start: Offset of the first quoted character.
        end: Offset just past the last quoted character.
        text: ``article.text[start:end]``.
        speaker: Canonical name of who said it, or ``None`` for the writer's scare quotes.
        kind: ``full`` or ``fragment``.
        sentence: Index of the sentence the quote starts in.
        sentences: Indices of every sentence the quote covers.
        role: The speaker's role or title as the article gives it ("spokeswoman"), if any.
        cue: The attribution words the speaker was read from, if any.
    """

    start: int
    end: int
    text: str
    speaker: str | None
    kind: QuoteKind
    sentence: int
    sentences: tuple[int, ...] = ()
    role: str | None = None
    cue: Cue | None = None

    def __reduce__(self) -> tuple[type[Quote], tuple[object, ...]]:
        return (Quote, field_values(self))


def field_values(item: object) -> tuple[object, ...]:
    """A dataclass's field values in order, what its ``__reduce__`` rebuilds it from: the
    article cache reads many thousands back, and calling the class is several times faster than
    the default of restoring each slot of a frozen dataclass one by one."""
    return tuple(getattr(item, entry.name) for entry in fields(item))  # type: ignore[arg-type]


@dataclass(frozen=True, slots=True)
class Link:
    """A link from a sentence to a sentence of the other article.

    Attributes:
        index: The other side's sentence index.
        label: ``shared`` (near-verbatim), ``paraphrased`` or ``conflict`` (the same fact, and
            the two sentences disagree on it).
        score: The calibrated 0–100 similarity score.
        evidence: What decided the label: agreeing words and figures, disagreeing pairs.
        order: The 0–100 word-order (near-verbatim) score that decides ``shared`` (at or above
            the shared threshold) over ``paraphrased``; ``None`` when not known (older files).
    """

    index: int
    label: LinkLabel
    score: float
    evidence: Evidence = Evidence()
    order: float | None = None


@dataclass(frozen=True, slots=True)
class WordOp:
    """One word-level operation of a linked pair, as absolute character spans on each side.

    An ``insert`` has an empty left span (``start == end``), a ``delete`` an empty right span.
    """

    tag: OpTag
    left: CharSpan
    right: CharSpan


@dataclass(frozen=True, slots=True)
class WordDiff:
    """Word-level differences between a left sentence and a right sentence they are linked to."""

    left: int
    right: int
    ops: tuple[WordOp, ...]

    @property
    def left_changed(self) -> tuple[CharSpan, ...]:
        """Spans of the left sentence that the right one does not carry (replaced or deleted)."""
        return tuple(op.left for op in self.ops if op.tag in ("replace", "delete"))

    @property
    def right_changed(self) -> tuple[CharSpan, ...]:
        """Spans of the right sentence that the left one does not carry (replaced or inserted)."""
        return tuple(op.right for op in self.ops if op.tag in ("replace", "insert"))

    def changed_on(self, side: Side) -> tuple[CharSpan, ...]:
        """``left_changed`` or ``right_changed``: the changed spans of ``side``'s sentence."""
        return self.left_changed if side == "left" else self.right_changed


@dataclass(frozen=True, slots=True)
class AlignedSentence:
    """A sentence together with what the comparison found for it."""

    sentence: Sentence
    label: Label
    moved: bool = False
    boilerplate: bool = False
    links: tuple[Link, ...] = ()

    @property
    def best_link(self) -> Link | None:
        """The counterpart the sentence's label speaks of, ``None`` for a unique sentence.

        The best-scored link, except that a sentence with any conflict link takes its
        best-scored conflict (the label rule: any conflict makes the sentence ``conflict``).
        Among equal scores the first link listed wins.
        """
        conflicts = [link for link in self.links if link.label == "conflict"]
        candidates = conflicts or self.links
        return max(candidates, key=lambda link: link.score) if candidates else None


@dataclass(frozen=True, slots=True)
class Row:
    """One row of the side-by-side view: a left sentence index, a right one, or both."""

    left: int | None
    right: int | None

    def on(self, side: Side) -> int | None:
        """The row's sentence index on ``side``, ``None`` when that side is empty."""
        return self.left if side == "left" else self.right


@dataclass(frozen=True, slots=True)
class QuoteMatch:
    """A quote of one side and how it fares on the other side.

    Attributes:
        quote: The quote.
        status: ``verbatim``, ``excerpt`` (word for word a part of the other's quote, or the
            other way round), ``altered`` (words changed) or ``only here``.
        counterpart: The matching quote of the other article, if any.
        changed: Spans of ``quote`` (absolute offsets) whose words differ from the counterpart.
        articles: In how many articles of the corpus this quote appears (1 when only here).
        other_speaker: The counterpart's speaker when it is someone else than this quote's
            (both named, not one person spelt two ways): the other outlet gives these words
            to another speaker, which the status alone does not say.
    """

    quote: Quote
    status: QuoteStatusName
    counterpart: Quote | None = None
    changed: tuple[CharSpan, ...] = ()
    articles: int = 1
    other_speaker: str | None = None

    @property
    def speaker_differs(self) -> bool:
        """Whether the other article credits the quote to a different speaker."""
        return self.other_speaker is not None


@dataclass(frozen=True, slots=True)
class Settings:
    """Thresholds of a comparison, on the calibrated 0–100 score.

    Attributes:
        shared: A link at or above this score whose words match near-verbatim is ``shared``.
        paraphrase: A link needs at least this score to exist at all.
    """

    shared: float = 80.0
    paraphrase: float = 50.0

    def to_dict(self) -> dict[str, float]:
        """The settings as JSON-ready data."""
        return {"shared": self.shared, "paraphrase": self.paraphrase}


@dataclass(frozen=True, slots=True)
class Scoring:
    """How a comparison's scores were computed, so that two runs can be told apart.

    Attributes:
        corpus: The paths of the other articles whose words sharpened the word weights (the
            app's library, ``newsdiff compare --corpus``); empty when the pair was scored alone.
        meaning: ``"on"`` when the meaning signal (sentence vectors) took part, otherwise why
            it did not (``"off (NEWSDIFF_SEMANTIC=0)"``).
    """

    corpus: tuple[str, ...] = ()
    meaning: str = "on"

    def to_dict(self) -> dict[str, object]:
        """The scoring record as JSON-ready data."""
        return {"corpus": list(self.corpus), "meaning": self.meaning}


@dataclass(frozen=True, slots=True)
class ComparedArticle:
    """One side of a comparison: the article, its sentences with labels, and its quotes."""

    article: Article
    sentences: tuple[AlignedSentence, ...]
    quotes: tuple[QuoteMatch, ...] = ()

    def summary(self) -> dict[str, int]:
        """Counts per label, boilerplate excluded, plus the number of moved sentences."""
        counts = {"shared": 0, "paraphrased": 0, "conflict": 0, "unique": 0, "moved": 0}
        for aligned in self.sentences:
            if aligned.boilerplate:
                continue
            counts[aligned.label] += 1
            counts["moved"] += int(aligned.moved)
        return counts


@dataclass(frozen=True, slots=True)
class Comparison:
    """Everything known about two articles side by side: the one model every view renders."""

    left: ComparedArticle
    right: ComparedArticle
    rows: tuple[Row, ...]
    word_diffs: Mapping[tuple[int, int], WordDiff] = field(default_factory=dict)
    settings: Settings = field(default_factory=Settings)
    scoring: Scoring = field(default_factory=Scoring)

    def word_diff(self, left: int, right: int) -> WordDiff | None:
        """The word differences of the linked pair ``(left, right)``, if they are linked."""
        return self.word_diffs.get((left, right))

    def side(self, side: Side) -> ComparedArticle:
        """The ``left`` or ``right`` article of the comparison."""
        return self.left if side == "left" else self.right

    def aligned(self, side: Side, index: int) -> AlignedSentence:
        """Sentence ``index`` of ``side``, with its label and links."""
        return self.side(side).sentences[index]

    def pair_diff(self, side: Side, index: int, other: int) -> WordDiff | None:
        """The word differences between sentence ``index`` of ``side`` and sentence ``other``
        of the other side, if the two are linked."""
        return self.word_diff(*pair(side, index, other))

    def changed_spans(self, side: Side, index: int) -> tuple[CharSpan, ...]:
        """Spans (absolute offsets) of a sentence's words that its best counterpart
        (:attr:`AlignedSentence.best_link`) does not carry; empty for a unique sentence."""
        best = self.aligned(side, index).best_link
        if best is None:
            return ()
        diff = self.pair_diff(side, index, best.index)
        return diff.changed_on(side) if diff is not None else ()

    def summary(self) -> dict[str, dict[str, int]]:
        """Counts per label for each side."""
        return {"left": self.left.summary(), "right": self.right.summary()}

    def to_dict(self) -> dict[str, object]:
        """The JSON contract ``newsdiff.comparison/2`` (see docs/design.md §4), written by
        :func:`newsdiff.core.serialize.comparison_to_dict`."""
        from newsdiff.core.serialize import comparison_to_dict

        return comparison_to_dict(self)
