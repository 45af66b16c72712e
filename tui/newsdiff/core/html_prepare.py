"""Make a parsed page easier for the main-text extractor, by well-known, page-independent steps.

- Consent and cookie banners and modal dialogs are removed: they are never the article, and
  extractors keep them when their markup gives no hint (``<div class="css-9zk1m2">``).
- Layout tables (a whole page laid out in ``<table>`` cells, as older sites do) become plain
  blocks, so their cells are read as the page's columns rather than as one data table. A table
  is *data* when it has a caption, ``<th>`` or ``<thead>`` cells, or a grid role, and holds no
  other table and no paragraph-level blocks (the test Readability uses, simplified).
- Text separated by two or more ``<br>`` becomes separate paragraphs (Readability's
  ``replaceBrs``), so pages written without ``<p>`` keep their paragraph breaks.
- A short paragraph that is mostly link text ("Read more: <a>…</a>", "See also") is a pointer
  to another page, not the article (the link-density signal of boilerplate detection).

The tree is changed in place. Nothing here knows any site.
"""

from __future__ import annotations

import re
from typing import Any

_CONSENT_WORDS = ("cookie", "consent", "gdpr", "onetrust", "didomi", "quantcast")
_HINT_ATTRIBUTES = ("id", "class", "data-testid", "aria-label")
_LOWER = "translate({}, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ', 'abcdefghijklmnopqrstuvwxyz')"
_CONSENT_XPATH = (
    "//*[@role='dialog' or @role='alertdialog' or @aria-modal='true' or "
    + " or ".join(
        f"contains({_LOWER.format('@' + name)}, '{word}')"
        for name in _HINT_ATTRIBUTES
        for word in _CONSENT_WORDS
    )
    + "]"
)
"""Elements whose role, id, class, test id or label says they are a dialog or a consent banner."""
_BLOCK_TAGS = frozenset(
    "p div h1 h2 h3 h4 h5 h6 ul ol blockquote table form article section pre".split()
)
_TABLE_PARTS = frozenset(("table", "tbody", "thead", "tfoot", "tr", "td", "th", "caption"))
_TITLE_SEPARATORS = re.compile(r"\s+[-|–—·:»/]\s+|\s+::\s+")
_MAX_TITLE = 400
_MIN_CONTENT_CHARS = 200
_MAX_LINK_PARAGRAPH = 200
_LINK_SHARE = 0.6


def prepare(tree: Any) -> None:
    """Apply the steps below to ``tree`` (an lxml HTML element, already through
    :func:`strip_invisible`), in place."""
    remove_consent_banners(tree)
    unwrap_layout_tables(tree)
    split_double_breaks(tree)
    remove_link_paragraphs(tree)


def remove_link_paragraphs(tree: Any) -> None:
    """Drop ``<p>`` of at most 200 characters whose text is at least 60% link text."""
    doomed = []
    for paragraph in tree.iter("p"):
        text = " ".join(paragraph.text_content().split())
        if not text or len(text) > _MAX_LINK_PARAGRAPH:
            continue
        linked = sum(len(" ".join(a.text_content().split())) for a in paragraph.iter("a"))
        if linked >= _LINK_SHARE * len(text):
            doomed.append(paragraph)
    for paragraph in doomed:
        _drop(paragraph)


def strip_invisible(tree: Any) -> None:
    """Remove what is never text: SVG drawings, templates, styles and scripts (JSON-LD stays)."""
    from lxml import etree  # type: ignore[import-untyped]

    for script in tree.xpath("//script[not(contains(@type, 'ld+json'))]"):
        script.text = None
    etree.strip_elements(tree, "svg", "template", "style", "noscript", with_tail=False)


def count_elements(tree: Any) -> int:
    """How many elements the page has."""
    return int(tree.xpath("count(//*)"))


def remove_consent_banners(tree: Any) -> None:
    """Drop cookie/consent banners and modal dialogs (never article text)."""
    doomed = []
    for element in tree.xpath(_CONSENT_XPATH):
        if element.tag in ("html", "body", "head"):
            continue
        dialog = (element.get("role") or "").lower() in ("dialog", "alertdialog")
        if dialog or element.get("aria-modal") == "true" or not _holds_article(element):
            doomed.append(element)
    for element in doomed:
        _drop(element)


def _holds_article(element: Any) -> bool:
    """Whether a flagged element wraps most of the page (then the flag is about something else)."""
    return element.find(".//article") is not None or len(element.findall(".//p")) > 6


def unwrap_layout_tables(tree: Any) -> None:
    """Turn tables used for page layout into ``<div>`` blocks; leave data tables alone.

    In a layout row of several cells, the cell with the most text outside links is the page's
    column of content; a cell with less than a quarter of that text is a sidebar, and goes.
    """
    tables = [table for table in tree.iter("table") if _is_layout_table(table)]
    for table in tables:
        for row in table.iter("tr"):
            _drop_side_cells(row)
    for table in tables:
        for element in table.iter():
            if element.tag in _TABLE_PARTS:
                element.tag = "div"
                for name in ("width", "height", "bgcolor", "border", "cellpadding", "align"):
                    element.attrib.pop(name, None)


def _drop_side_cells(row: Any) -> None:
    cells = [cell for cell in row if cell.tag in ("td", "th")]
    if len(cells) < 2:
        return
    sizes = [_own_text_length(cell) for cell in cells]
    largest = max(sizes)
    if largest < _MIN_CONTENT_CHARS:
        return
    for cell, size in zip(cells, sizes, strict=True):
        if size < largest / 4 and cell.find(".//table") is None:
            _drop(cell)


def _own_text_length(element: Any) -> int:
    """Characters of text in ``element`` outside links (scripts and styles never count)."""
    total = 0
    for node in element.iter():
        if not isinstance(node.tag, str) or node.tag in ("script", "style"):
            continue
        if node.text and node.tag != "a" and not _in_link(node):
            total += len(node.text.strip())
        if node is not element and node.tail and not _in_link(node):
            total += len(node.tail.strip())
    return total


def _in_link(node: Any) -> bool:
    return any(ancestor.tag == "a" for ancestor in node.iterancestors())


def _is_layout_table(table: Any) -> bool:
    if (table.get("role") or "").lower() in ("grid", "table", "treegrid"):
        return False
    if (table.get("role") or "").lower() == "presentation":
        return True
    if table.find(".//table") is not None:
        return True
    for element in table.iter():
        if element is not table and element.tag in _BLOCK_TAGS:
            return True
    if sum(1 for _ in table.iter("br")) >= 2:
        return True
    data_marks = table.find(".//caption") is not None or table.find(".//th") is not None
    return not data_marks and table.find(".//thead") is None and _rows(table) <= 2


def _rows(table: Any) -> int:
    return sum(1 for _ in table.iter("tr"))


def split_double_breaks(tree: Any) -> None:
    """Where two or more ``<br>`` follow each other, end the paragraph there.

    The parent's inline content (text, inline elements, single breaks) is wrapped in ``<p>``
    elements, one per run between double breaks; block children stay where they are.
    """
    for parent in [element for element in tree.iter() if _has_double_break(element)]:
        _wrap_runs(parent)


def _has_double_break(element: Any) -> bool:
    if not isinstance(element.tag, str):
        return False
    previous_br = False
    for child in element:
        is_br = child.tag == "br"
        if is_br and previous_br:
            return True
        previous_br = is_br and not (child.tail and child.tail.strip())
    return False


class _Runs:
    """Builds the new children of a parent whose text runs are being wrapped in paragraphs."""

    def __init__(self, make: Any) -> None:
        self.make = make
        self.children: list[Any] = []
        self.current = make("p")
        self.breaks: list[Any] = []

    def text(self, text: str | None) -> None:
        if not text:
            return
        if text.strip():
            self.settle()
        if len(self.current):
            self.current[-1].tail = (self.current[-1].tail or "") + text
        else:
            self.current.text = (self.current.text or "") + text

    def inline(self, element: Any) -> None:
        self.settle()
        tail, element.tail = element.tail, None
        self.current.append(element)
        self.text(tail)

    def brk(self, element: Any) -> None:
        tail, element.tail = element.tail, None
        self.breaks.append(element)
        self.text(tail)

    def block(self, element: Any) -> None:
        self.breaks = []
        self.flush()
        tail, element.tail = element.tail, None
        self.children.append(element)
        self.text(tail)

    def settle(self) -> None:
        """Pending breaks: one is a line break inside the paragraph, more end the paragraph."""
        if len(self.breaks) == 1 and (self.current.text or len(self.current)):
            self.current.append(self.breaks[0])
        elif len(self.breaks) >= 2:
            self.flush()
        self.breaks = []

    def flush(self) -> None:
        if (self.current.text or "").strip() or len(self.current):
            self.children.append(self.current)
        self.current = self.make("p")


def _wrap_runs(parent: Any) -> None:
    runs = _Runs(parent.makeelement)
    text, parent.text = parent.text, None
    runs.text(text)
    for child in list(parent):
        parent.remove(child)
        if child.tag == "br":
            runs.brk(child)
        elif isinstance(child.tag, str) and child.tag in _BLOCK_TAGS:
            runs.block(child)
        else:
            runs.inline(child)
    runs.breaks = []
    runs.flush()
    if parent.tag == "p":
        parent.tag = "div"
    parent.extend(runs.children)


def _drop(element: Any) -> None:
    """Remove ``element`` but keep the text that follows it (its tail)."""
    parent = element.getparent()
    if parent is None:
        return
    tail = element.tail
    if tail:
        previous = element.getprevious()
        if previous is not None:
            previous.tail = (previous.tail or "") + tail
        else:
            parent.text = (parent.text or "") + tail
    parent.remove(element)


def title_parts(tree: Any) -> list[str]:
    """The parts of the page's ``<title>`` split at `` - ``, `` | ``, `` — `` and the like."""
    title = tree.find(".//title")
    if title is None:
        return []
    text = " ".join((title.text_content() or "").split())[:_MAX_TITLE]
    return [part.strip() for part in _TITLE_SEPARATORS.split(text) if part.strip()]
