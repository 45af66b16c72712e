"""A document whose issuer was not found is no person in the sidebar's headings (people18).

``“…,” the statement said`` with no issuer the article names used to sit under the heading
``the statement``, as if a statement were someone; the heading now says what it is and that
its issuer is not named. A statement whose issuer is named keeps the issuer. Invented text.
"""

from __future__ import annotations

from pathlib import Path

from newsdiff.app.widgets.quote_sidebar import QuoteSidebar
from newsdiff.core.compare import compare_articles
from newsdiff.core.load import load_article

UNNAMED = """Ferry fares rise in Tarsk

Fares on the Tarsk ferry will rise by a fifth in May.

"The line cannot run at a loss for another year," the statement said.
"""

NAMED = """Tarsk ferry fares to rise

The Tarsk Ferry Company said in a statement on Monday that fares would rise in May.

"No ticket has gone up since the bridge opened in 2009," the statement said.
"""


def _headings(folder: Path, left: str, right: str) -> list[str]:
    for name, text in (("left.txt", left), ("right.txt", right)):
        (folder / name).write_text(text, encoding="utf-8")
    comparison = compare_articles(
        load_article(folder / "left.txt"), load_article(folder / "right.txt")
    )
    options = QuoteSidebar.listing(comparison).options
    return [str(o.prompt) for o in options if o is not None and o.disabled]


def test_a_document_without_its_issuer_is_said_plainly(tmp_path: Path) -> None:
    headings = _headings(tmp_path, UNNAMED, NAMED)
    assert "statement (unnamed issuer)" in headings
    assert "the statement" not in headings
    assert "Tarsk Ferry Company" in headings  # the issuer named: the heading is the issuer
