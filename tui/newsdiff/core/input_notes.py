"""What loading changed or noticed in an input, said in one ``note:`` line per file.

Three things are worth a line: terminal escape sequences removed from the text
(:mod:`newsdiff.core.terminal_escapes`), sentences cut because they were thousands of
characters long (:mod:`newsdiff.core.long_sentences`), and a text input that is mostly HTML
markup (a Markdown export full of ``<div>``\\s, a page's source saved as ``.txt``). Such a
text is compared as written, tags and all, which is rarely what its reader wants; the note says
so and how to get the article's text instead. The commands print the line on stderr, the app
notifies it.
"""

from __future__ import annotations

from newsdiff.core.lazy_regex import lazy_compile
from newsdiff.core.long_sentences import MAX_SENTENCE_CHARS
from newsdiff.core.models import Article
from newsdiff.core.segment import overlong_sentences
from newsdiff.core.terminal_escapes import escapes_note

MARKUP_SHARE = 0.5
"""A text whose HTML tags and comments make up at least this share of its characters is noted."""

_MARKUP = lazy_compile(
    r"<(?:/?[A-Za-z][A-Za-z0-9:-]{0,40}(?:\s[^<>]{0,2000})?/?|!--[^<>]{0,2000}--|![A-Za-z][^<>]{0,200})>"
)
"""An HTML start or end tag, a comment or a declaration, each bounded (linear time)."""


def markup_share(text: str) -> float:
    """The share of ``text``'s characters that are HTML tags, comments or declarations."""
    if "<" not in text or not text:
        return 0.0
    return sum(match.end() - match.start() for match in _MARKUP.finditer(text)) / len(text)


def input_note(article: Article) -> str | None:
    """What to tell the user about how ``article`` was loaded, or ``None``."""
    said: list[str] = []
    if article.escapes_removed:
        said.append(escapes_note(article.escapes_removed))
    if cut := overlong_sentences(article.text):
        said.append(
            f"{cut} over-long sentence{'s' * (cut != 1)} cut at {MAX_SENTENCE_CHARS:,} characters"
        )
    share = markup_share(article.text)
    if share >= MARKUP_SHARE:
        said.append(
            f"{share:.0%} of its text is HTML markup, compared as written "
            "(name a saved web page .html to compare its article text)"
        )
    return "; ".join(said) or None
