"""The sidebar shows a cue as the speaker's name and the verb, the clause between left out
(people19): ``Mayor Ann Pike … calling``, not the sentence from the name to the verb.
Invented text."""

from __future__ import annotations

from pathlib import Path

from newsdiff.app.widgets.quote_sidebar import QuoteSidebar
from newsdiff.core.compare import compare_articles
from newsdiff.core.load import load_article

LEFT = """Leith ferry pier opens

Mayor Ann Pike opened the new ferry pier at Leith on Sunday, calling it "a fine day for the town".
"""

RIGHT = """New pier for Leith

The new ferry pier at Leith opened on Sunday after two years of work.
"""


def test_the_sidebar_cue_is_the_name_and_the_verb(tmp_path: Path) -> None:
    for name, text in (("left.txt", LEFT), ("right.txt", RIGHT)):
        (tmp_path / name).write_text(text, encoding="utf-8")
    comparison = compare_articles(
        load_article(tmp_path / "left.txt"), load_article(tmp_path / "right.txt")
    )
    prompts = " ".join(str(o.prompt) for o in QuoteSidebar.listing(comparison).options if o)
    assert "← Mayor Ann Pike \u2026 calling" in prompts
    assert "opened the new ferry pier" not in prompts.split("←", 1)[-1]
