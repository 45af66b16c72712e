"""A ``.md`` article is compared as the words a browser shows, not as its Markdown syntax.

The twelfth user trial compared ``[north pier](https://…)`` with its link syntax in the text,
``![photo](pier.jpg)`` as a ``+`` sentence of its own and ``# Pier vote`` as prose. Now links
keep their text, images and code blocks go, headings are headings (the first one the title),
emphasis, bullets and table rules make no words, and every offset indexes the text shown (as
for a web page). The articles are invented.
"""

from __future__ import annotations

import json
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st
from newsdiff.core.compare import compare_files
from newsdiff.core.load import load_article
from newsdiff.core.serialize import comparison_to_dict

MARKDOWN = """---
site: Velmora Ledger
---
# Pier vote delayed in Velmora

![photo of the north pier](pier.jpg)

The council delayed its vote on the [north pier](https://example.org/pier "Pier") until March,
**Mayor Ana Ruiz** said on _Monday_.

## Costs

- The repair would cost `4 million` crowns.
- Work began in 2024.

```
vote_count = 7
```

| Ward | Votes |
|------|-------|
| East | 4     |

> "We need the pier," said harbour master Ole Brandt.
"""

PLAIN = """Pier vote delayed in Velmora

The council delayed its vote on the north pier until March, Mayor Ana Ruiz said on Monday.

The repair would cost 4 million crowns. Work began in 2024.

"We need the pier," said harbour master Ole Brandt.
"""

SYNTAX = ("](", "![", "**", "`", "```", "#", "|---", "_Monday_", "https://")


def _write(tmp_path: Path, name: str, text: str) -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def test_markdown_loads_as_the_words_a_browser_shows(tmp_path: Path) -> None:
    article = load_article(_write(tmp_path, "ledger.md", MARKDOWN))
    assert article.title == "Pier vote delayed in Velmora"
    assert article.meta.outlet == "Velmora Ledger"
    assert article.text.lstrip().startswith("Pier vote delayed in Velmora\n\nThe council delayed")
    assert "the north pier until March,\nMayor Ana Ruiz said on Monday." in article.text
    assert "- The repair would cost 4 million crowns.\n- Work began in 2024." in article.text
    assert "Ward | Votes" in article.text and "East | 4" in article.text
    assert "photo" not in article.text and "vote_count" not in article.text
    for mark in SYNTAX:
        assert mark not in article.text, mark


def test_no_sentence_is_markdown_syntax_and_offsets_index_the_shown_text(
    tmp_path: Path,
) -> None:
    left = _write(tmp_path, "ledger.md", MARKDOWN)
    right = _write(tmp_path, "plain.txt", PLAIN)
    comparison = compare_files(left, right)
    data = json.loads(json.dumps(comparison_to_dict(comparison)))
    sentences = data["left"]["sentences"]
    text = data["left"]["text"]
    for sentence in sentences:
        assert text[sentence["start"] : sentence["end"]] == sentence["text"]
        for mark in SYNTAX:
            assert mark not in sentence["text"], (mark, sentence["text"])
    kinds = {sentence["text"]: sentence["kind"] for sentence in sentences}
    assert kinds["Pier vote delayed in Velmora"] == "headline"
    assert kinds["Costs"] == "heading"
    # the image made no sentence: the left's only unique lines are its sub-heading and table
    unique = [s["text"] for s in sentences if s["label"] == "unique"]
    assert unique == ["Costs", "Ward | Votes", "East | 4"]


def test_a_text_file_is_still_compared_as_written(tmp_path: Path) -> None:
    article = load_article(_write(tmp_path, "notes.txt", "Talks on **the** [pier](p.html).\n"))
    assert article.text == "Talks on **the** [pier](p.html).\n"
    markdown = load_article(_write(tmp_path, "notes.md", "Talks on **the** [pier](p.html).\n"))
    assert markdown.text == "Talks on the pier.\n"


_WORD = st.text(alphabet="abcdefghijklmnopqrstuvwxyz", min_size=1, max_size=8)


@settings(max_examples=60, deadline=None)
@given(
    before=st.lists(_WORD, min_size=1, max_size=6),
    label=st.lists(_WORD, min_size=1, max_size=3),
    target=_WORD,
    after=st.lists(_WORD, min_size=1, max_size=6),
)
def test_a_link_shows_its_text_and_never_its_target(
    tmp_path_factory, before: list[str], label: list[str], target: str, after: list[str]
) -> None:
    line = f"{' '.join(before)} [{' '.join(label)}](https://x.example/{target}) {' '.join(after)}."
    path = tmp_path_factory.mktemp("md") / "a.md"
    path.write_text(f"Harbour news\n\n{line}\n", encoding="utf-8")
    text = load_article(path).text
    assert text == f"Harbour news\n\n{' '.join(before + label + after)}.\n"
