"""A Markdown file's YAML front matter is metadata, not article text: it is blanked when the
file loads (same length, so offsets still index the file's text) and makes no sentence; its
``title:`` is still the article's title. It was compared as three sentences of its own
(``---``, ``title: … author: …``, ``---``), its title line linked to the other headline."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from newsdiff.core.load import article_from_bytes
from newsdiff.core.segment import segment

BODY = """# Ferry closes at Selkirk Quay

The island council of Marrow voted on Tuesday to end the Selkirk Quay ferry.
"The ferry served us well," said councillor Anya Brell.
"""

FRONT = '---\ntitle: "Marrow ends its ferry"\ndate: 2026-03-02\ntags:\n  - transport\n---\n'

KEYS = st.from_regex(r"[a-z][a-z_]{0,11}", fullmatch=True)
VALUES = st.text(st.characters(exclude_categories=("Cc", "Cs", "Zl", "Zp")), max_size=40)
FRONT_MATTERS = st.lists(st.tuples(KEYS, VALUES), min_size=1, max_size=6).map(
    lambda pairs: "---\n" + "".join(f"{key}: {value}\n" for key, value in pairs) + "---\n"
)
BODIES = st.lists(
    st.sampled_from(
        [
            "The ferry will stop in May.",
            '"It served us well," said Anya Brell.',
            "Officials expect 12,000 crossings a year on the bridge.",
            "# Marrow council",
            "- a list item",
        ]
    ),
    min_size=1,
    max_size=6,
).map("\n\n".join)


@settings(max_examples=80, suppress_health_check=[HealthCheck.too_slow], deadline=None)
@given(front=FRONT_MATTERS, body=BODIES)
def test_front_matter_makes_no_sentence_and_moves_no_offset(front: str, body: str) -> None:
    alone = article_from_bytes("body.md", body.encode())
    article = article_from_bytes("site.md", (front + body).encode())
    # a .md body is read as the words a browser shows (test_load_markdown.py); the front
    # matter before it is blanked in place, so it moves no offset of that text
    assert len(article.text) == len(front) + len(alone.text)
    assert article.text[len(front) :] == alone.text and not article.text[: len(front)].strip()
    assert [(s.start - len(front), s.text) for s in segment(article.text)] == [
        (s.start, s.text) for s in segment(alone.text)
    ]


def test_a_compared_markdown_file_has_no_metadata_rows(tmp_path: Path) -> None:
    (tmp_path / "site.md").write_text(FRONT + BODY, encoding="utf-8")
    (tmp_path / "plain.md").write_text(BODY, encoding="utf-8")
    done = subprocess.run(
        [sys.executable, "-m", "newsdiff", "compare", "site.md", "plain.md", "-f", "json"],
        capture_output=True,
        text=True,
        timeout=120,
        cwd=tmp_path,
    )
    assert done.returncode == 0, done.stderr
    left = json.loads(done.stdout)["left"]
    assert left["title"] == "Marrow ends its ferry"
    assert [s["label"] for s in left["sentences"]] == ["shared"] * 3
    source = left["text"]  # a .md file's shown text, its front matter blanked in place
    assert not source[: len(FRONT)].strip() and len(source) < len(FRONT + BODY)
    assert all(source[s["start"] : s["end"]] == s["text"] for s in left["sentences"])
