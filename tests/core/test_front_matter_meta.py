"""Front matter's site, author, date and address become the article's meta (cli11)."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st
from newsdiff.core.front_matter import blank_front_matter, front_matter_meta
from newsdiff.core.load import article_from_bytes

WORDS = st.text(
    st.characters(whitelist_categories=("Lu", "Ll", "Nd"), max_codepoint=0x24F),
    min_size=1,
    max_size=12,
)
NAMES = (
    st.lists(WORDS, min_size=1, max_size=4)
    .map(" ".join)
    .filter(lambda name: name.lower() != "null")
)
"""Names as a site writes them (YAML's ``null`` is no name)."""


@given(outlet=NAMES, author=NAMES, quoted=st.booleans(), body=NAMES)
def test_each_field_is_read_as_given_and_the_text_is_untouched(
    outlet: str, author: str, quoted: bool, body: str
) -> None:
    """Whatever the names, quoted or not, the meta holds them as written, and the text a
    comparison reads (and its offsets) is the same as before: the block blanked."""
    mark = '"' if quoted else ""
    text = f"---\nsitename: {mark}{outlet}{mark}\nauthor: {author}\n---\nBody {body}.\n"
    article = article_from_bytes("a.md", text.encode())
    assert (article.meta.outlet, article.meta.author) == (outlet, author)
    assert article.text == blank_front_matter(text)
    assert (article.meta.date, article.meta.url) == (None, None)


def test_lists_dates_and_addresses_are_read_as_a_page_would_give_them() -> None:
    meta = front_matter_meta(
        "---\nauthors:\n  - Ana Rey\n  - 'Tom Hale'\npublished: 2026-03-01 09:30\n"
        "link: courier.example/x\nhostname: courier.example\n---\nText.\n"
    )
    assert (meta.outlet, meta.author, meta.date, meta.url) == (
        "courier.example",
        "Ana Rey, Tom Hale",
        "2026-03-01",
        None,  # not an http(s) address
    )


def test_a_block_value_is_not_taken_for_its_indicator() -> None:
    meta = front_matter_meta("---\nauthor: >\n  Ana Rey\nsitename: Courier\n---\nText.\n")
    assert (meta.author, meta.outlet) == (None, "Courier")


def test_no_front_matter_no_meta() -> None:
    assert not front_matter_meta("---\nA rule over a paragraph, not metadata.\n---\n").known
