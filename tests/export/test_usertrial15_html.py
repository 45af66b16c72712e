"""The HTML export's footer says, on paper, where the evidence is (fifteenth trial)."""

from __future__ import annotations

import re

from export_fixtures import hostile_comparison
from newsdiff.export.html import render_html


def test_printed_page_does_not_ask_the_reader_to_hover() -> None:
    """A teacher printed a comparison for a handout: its footer told the class to "hover a
    link for the evidence", on paper, where the evidence is printed under each linked sentence
    (the print style shows it). Each medium now gets its own words."""
    document = render_html(hostile_comparison(), version="9")
    footer = document[document.index("<footer>") : document.index("</footer>")]
    assert re.search(r'<span class="on-screen">hover a link for the evidence</span>', footer)
    assert re.search(
        r'<span class="in-print">the evidence is printed under each linked sentence</span>',
        footer,
    )
    css = document[: document.index("</style>")]
    screen, printed = css.split("@media print", 1)
    assert ".in-print { display: none; }" in screen
    assert (
        ".on-screen { display: none; }" in printed and ".in-print { display: inline; }" in printed
    )
