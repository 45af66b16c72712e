"""Reports stay proportional to the articles, even when the engine links sentences densely."""

from __future__ import annotations

from newsdiff.core.models import (
    AlignedSentence,
    Article,
    ComparedArticle,
    Comparison,
    Link,
    Row,
    Sentence,
)
from newsdiff.export.html import render_html
from newsdiff.export.markdown import render_markdown
from newsdiff.export.svg import render_svg

N = 300


def densely_linked() -> Comparison:
    """N sentences a side, every sentence linked to every sentence of the other side."""
    sentences = [f"Sentence number {i} is about the talks." for i in range(N)]
    text = " ".join(sentences)
    placed, position = [], 0
    for index, sentence in enumerate(sentences):
        placed.append(Sentence(index, position, position + len(sentence), sentence))
        position += len(sentence) + 1
    links = tuple(Link(j, "paraphrased", 50 + j % 40) for j in range(N))
    side = tuple(AlignedSentence(s, "paraphrased", links=links) for s in placed)
    left = ComparedArticle(Article("a.txt", text, "A"), side)
    right = ComparedArticle(Article("b.txt", text, "B"), side)
    return Comparison(left, right, tuple(Row(i, i) for i in range(N)))


def test_dense_links_do_not_blow_up_the_reports() -> None:
    comparison = densely_linked()
    text_size = len(comparison.left.article.text) * 2
    html = render_html(comparison, version="1")
    markdown = render_markdown(comparison, version="1")
    assert len(html) < 20 * text_size
    assert len(markdown) < 20 * text_size
    assert f"+{N - 3} more" in html
    svg = render_svg(comparison, version="1")
    assert len(svg) < 200 * text_size
