"""Comparisons built by hand, so the writers are tested independently of the alignment engine.

``hostile_comparison()`` carries HTML, Markdown and Rich markup, terminal escapes, bidi overrides,
zero-width characters, CJK, emoji and Arabic, with every label, a moved pair, word diffs and an
altered quote.
"""

from __future__ import annotations

from newsdiff.core.models import (
    AlignedSentence,
    Article,
    ComparedArticle,
    Comparison,
    Link,
    Quote,
    QuoteMatch,
    Row,
    Sentence,
    Settings,
    WordDiff,
    WordOp,
)

LEFT_SENTENCES = [
    "<script>alert('x')</script> Talks **resume** in [Geneva](http://evil.example)",
    "Officials met on Tuesday & agreed | nothing \x1b[31mred\x1b[0m \x9b2J here.",
    "The minister said “[bold red]we made progress[/]” after the talks.",
    "Invoice \u202etxt.exe\u202c renamed; zero\u200bwidth and \u2066isolate\u2069 here.",
    "# Not a heading _under_ `code` ~~strike~~ $x$ <!-- c --> &amp; \\* end",
]

RIGHT_SENTENCES = [
    "<script>alert('x')</script> Talks **restart** in [Geneva](http://evil.example)",
    "# Not a heading _under_ `code` ~~strike~~ $x$ <!-- c --> &amp; \\* end",
    "On Tuesday the officials reached no agreement at all.",
    "She said “[bold red]we made real progress[/]” later.",
    "外交部长周二表示 🇺🇸🤝🇮🇳 قال الوزير إن المحادثات ستستمر.",
]


def layout(sentences: list[str]) -> tuple[str, list[Sentence]]:
    """Join sentences into an article text (a hard wrap inside the second) with exact offsets."""
    text = ""
    placed: list[Sentence] = []
    for index, sentence in enumerate(sentences):
        if text:
            text += "\n\n"
        start = len(text)
        text += sentence
        placed.append(
            Sentence(index, start, len(text), sentence, "headline" if index == 0 else "text")
        )
    return text, placed


def word_span(sentence: Sentence, word: str) -> tuple[int, int]:
    """The absolute span of ``word`` inside ``sentence``."""
    position = sentence.text.index(word)
    return sentence.start + position, sentence.start + position + len(word)


def hostile_comparison(settings: Settings | None = None) -> Comparison:
    """A hand-built comparison over hostile text (see the module docstring)."""
    left_text, ls = layout(LEFT_SENTENCES)
    right_text, rs = layout(RIGHT_SENTENCES)
    left_article = Article("in/<b>left</b> & “odd”.txt", left_text, "Talks <b>resume</b> *now*")
    right_article = Article("in/right\u202e.txt", right_text, "Talks [bold]restart[/] #2", "cp1252")

    def whole(sentence: Sentence) -> tuple[int, int]:
        return sentence.start, sentence.end

    left_quote = Quote(
        *word_span(ls[2], "[bold red]we made progress[/]"),
        "[bold red]we made progress[/]",
        "Minister <i>X</i>",
        "full",
        2,
        (2,),
    )
    right_quote = Quote(
        *word_span(rs[3], "[bold red]we made real progress[/]"),
        "[bold red]we made real progress[/]",
        "Minister <i>X</i>",
        "full",
        3,
        (3,),
    )
    made_l, made_r = word_span(ls[2], "made"), word_span(rs[3], "made")
    left_side = ComparedArticle(
        left_article,
        (
            AlignedSentence(ls[0], "shared", links=(Link(0, "shared", 91.25),)),
            AlignedSentence(ls[1], "paraphrased", links=(Link(2, "paraphrased", 61.5),)),
            AlignedSentence(ls[2], "paraphrased", links=(Link(3, "paraphrased", 72.0),)),
            AlignedSentence(ls[3], "unique"),
            AlignedSentence(ls[4], "shared", moved=True, links=(Link(1, "shared", 100.0),)),
        ),
        (QuoteMatch(left_quote, "altered", right_quote, (), 2),),
    )
    right_side = ComparedArticle(
        right_article,
        (
            AlignedSentence(rs[0], "shared", links=(Link(0, "shared", 91.25),)),
            AlignedSentence(rs[1], "shared", moved=True, links=(Link(4, "shared", 100.0),)),
            AlignedSentence(rs[2], "paraphrased", links=(Link(1, "paraphrased", 61.5),)),
            AlignedSentence(rs[3], "paraphrased", links=(Link(2, "paraphrased", 72.0),)),
            AlignedSentence(rs[4], "unique"),
        ),
        (QuoteMatch(right_quote, "altered", left_quote, (word_span(rs[3], "real"),), 2),),
    )
    word_diffs = {
        (0, 0): WordDiff(
            0,
            0,
            (
                WordOp(
                    "equal",
                    (ls[0].start, word_span(ls[0], "**resume**")[0]),
                    (rs[0].start, word_span(rs[0], "**restart**")[0]),
                ),
                WordOp("replace", word_span(ls[0], "resume"), word_span(rs[0], "restart")),
                WordOp(
                    "equal",
                    (word_span(ls[0], "** in")[0], ls[0].end),
                    (word_span(rs[0], "** in")[0], rs[0].end),
                ),
            ),
        ),
        (1, 2): WordDiff(1, 2, (WordOp("replace", whole(ls[1]), whole(rs[2])),)),
        (2, 3): WordDiff(
            2,
            3,
            (
                WordOp("replace", (ls[2].start, made_l[0] - 1), (rs[3].start, made_r[0] - 1)),
                WordOp("equal", made_l, made_r),
                WordOp("insert", (made_l[1] + 1, made_l[1] + 1), word_span(rs[3], "real")),
                WordOp(
                    "equal",
                    (made_l[1] + 1, made_l[1] + 1 + len("progress[/]”")),
                    (word_span(rs[3], "progress")[0], word_span(rs[3], "progress")[1] + 4),
                ),
                WordOp(
                    "replace",
                    (made_l[1] + 1 + len("progress[/]”") + 1, ls[2].end),
                    (word_span(rs[3], "later.")[0], rs[3].end),
                ),
            ),
        ),
        (4, 1): WordDiff(4, 1, (WordOp("equal", whole(ls[4]), whole(rs[1])),)),
    }
    rows = (
        Row(0, 0),
        Row(None, 1),
        Row(1, 2),
        Row(2, 3),
        Row(3, None),
        Row(None, 4),
        Row(4, None),
    )
    return Comparison(left_side, right_side, rows, word_diffs, settings or Settings(82.5, 47.0))
