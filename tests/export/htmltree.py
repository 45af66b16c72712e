"""A tiny DOM built with :mod:`html.parser`, enough to check the structure of an export."""

from __future__ import annotations

from dataclasses import dataclass, field
from html.parser import HTMLParser

VOID = {"meta", "col", "br", "img", "link", "input", "hr", "wbr"}


@dataclass
class Node:
    """An element: tag, attributes, children (nodes or text)."""

    tag: str
    attrs: dict[str, str]
    children: list[Node | str] = field(default_factory=list)

    @property
    def classes(self) -> set[str]:
        """The element's class names."""
        return set(self.attrs.get("class", "").split())

    def text(self) -> str:
        """The text content, as a browser's ``textContent``."""
        return "".join(child if isinstance(child, str) else child.text() for child in self.children)

    def iter(self) -> list[Node]:
        """This element and every element below it, in document order."""
        found = [self]
        for child in self.children:
            if isinstance(child, Node):
                found += child.iter()
        return found

    def find_all(self, tag: str | None = None, cls: str | None = None) -> list[Node]:
        """Descendants (and self) with ``tag`` and/or class ``cls``."""
        return [
            node
            for node in self.iter()
            if (tag is None or node.tag == tag) and (cls is None or cls in node.classes)
        ]


class _Builder(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.root = Node("#document", {})
        self.stack = [self.root]
        self.errors: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        node = Node(tag, {name: value or "" for name, value in attrs})
        self.stack[-1].children.append(node)
        if tag not in VOID:
            self.stack.append(node)

    def handle_endtag(self, tag: str) -> None:
        if self.stack[-1].tag != tag:
            self.errors.append(f"</{tag}> closes <{self.stack[-1].tag}>")
            return
        self.stack.pop()

    def handle_data(self, data: str) -> None:
        self.stack[-1].children.append(data)


def parse(document: str) -> Node:
    """Parse ``document``; mismatched tags raise ``AssertionError``."""
    builder = _Builder()
    builder.feed(document)
    builder.close()
    assert not builder.errors, builder.errors[:3]
    assert len(builder.stack) == 1, [node.tag for node in builder.stack]
    return builder.root
