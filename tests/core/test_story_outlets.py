"""One outlet can carry a claim twice (a headline and its own lead that say the same thing, or a
sentence that also carries the claim): the reader sees its variants together, and every count
counts the outlet once."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st
from newsdiff.core.story import Claim, outlets_note
from newsdiff.core.story_model import variants_by_outlet
from newsdiff.export.story_html import story_html
from newsdiff.export.story_report import story_markdown, story_text, story_to_dict
from story_factory import sample_story, story_with_an_outlet_twice


def test_an_outlets_variants_are_shown_together_and_counted_once() -> None:
    story, both, lone = story_with_an_outlet_twice()
    shown = [position for position, _ in variants_by_outlet(story, story.claims[both])]
    assert shown == [(0, 0), (1, 0), (1, 1), (2, 0)]
    text = story_text(story)
    block = text[text.index("\n  1: Bridge closed") :].split("\n\n")[0]
    # the outlet's two sentences told apart by their numbers (one outlet, two variants)
    assert [line.split(":")[0].strip() for line in block.strip().splitlines()] == [
        "1",
        "2 S1",
        "2 S2 (also)",  # its own claim is another, marked as on screen (usertrial13)
        "3",
    ]
    markdown = story_markdown(story)
    heading = markdown.rindex("- **", 0, markdown.index("carried by 3"))  # - **claim N · carried
    section = markdown[heading:].split("\n- **")[0]
    assert [line.split(":")[0].strip() for line in section.splitlines()[1:]] == [
        "- 1",
        "- 2 S1",
        "- 2 S2 (also)",
        "- 3",
    ]
    html = story_html(story)
    start = html.index("</span> Bridge closed for six weeks after storm</li>")
    chunk = html[html.rfind("<ul>", 0, start) : html.index("</ul>", start)]
    assert [part.split("</span>")[0] for part in chunk.split('class="muted">')[1:]] == [
        "1:",
        "2 S1:",
        "2 S2 (also):",
        "3:",
    ]
    # the outlet counts: three outlets, not four variants; one outlet, not two
    assert outlets_note(story, both).startswith("carried by 3 of 3")
    assert outlets_note(story, lone).startswith("carried by 1 of 3")
    data = story_to_dict(story)
    counts = {c["first"]["sentence"] + 10 * c["first"]["article"]: c for c in data["claims"]}
    assert counts[0]["outlet_count"] == 3 and counts[22]["outlet_count"] == 1


@given(
    st.lists(st.tuples(st.integers(0, 2), st.integers(0, 2), st.booleans()), min_size=1, max_size=9)
)
def test_the_reference_comes_first_and_no_outlet_is_split(raw) -> None:
    """Whatever the variants, the first variant (the reference for changed words) is shown
    first and each outlet's variants form one run."""
    story = sample_story()
    positions = list(dict.fromkeys((a, s) for a, s, _ in raw))
    flags = {(a, s): also for a, s, also in raw}
    own = sorted(p for p in positions if not flags[p]) or [positions[0]]
    extra = sorted(p for p in positions if p not in own)
    claim = Claim(variants=(*own, *extra), also=tuple(extra))
    shown = [position for position, _ in variants_by_outlet(story, claim)]
    assert shown[0] == claim.first
    assert sorted(shown) == sorted(claim.variants)
    runs = [shown[0][0]] + [b[0] for a, b in zip(shown, shown[1:], strict=False) if a[0] != b[0]]
    assert len(runs) == len(set(runs))


@given(st.sets(st.integers(0, 40), min_size=1))
def test_outlet_ranges_name_every_outlet_and_no_other(outlets) -> None:
    """``1–3,5``: read back, the runs are exactly the outlets (1-based), in order."""
    from newsdiff.core.story_model import outlet_ranges

    text = outlet_ranges(sorted(outlets))
    named: list[int] = []
    for part in text.split(","):
        first, _, last = part.partition("–")
        named += range(int(first), int(last or first) + 1)
    assert named == [k + 1 for k in sorted(outlets)]
    assert outlet_ranges(range(30)) == "1–30"


def test_the_reports_mark_the_variants_that_disagree() -> None:
    """Text, Markdown and HTML mark with ≠ the variants of a conflict link, and only those."""
    from story_factory import late_conflict_story

    story = late_conflict_story()
    text = story_text(story)
    block = text[text.index("· ≠ conflict") :].split("\n\n")[0].splitlines()[1:]
    # the variants; the claim's `conflict:` line after them says what disagrees (appfix15)
    assert block[-1].startswith("  conflict: outlet-2.txt S2 ≠ outlet-3.txt S4")
    assert [line.startswith(f"  {n}: ≠") for n, line in zip("123", block[:-1], strict=True)] == [
        False,
        True,
        True,
    ]
    markdown = story_markdown(story)
    section = markdown[markdown.index("≠ conflict**") :].split("\n\n")[0].splitlines()[1:]
    assert section[-1].startswith("  - *conflict: outlet\\-2.txt S2 ≠ outlet\\-3.txt S4")
    assert ["≠" in line for line in section[:-1]] == [False, True, True]
    html = story_html(story)
    claim = html[html.index('<div class="claim conflict">') :].split("</ul>")[0]
    assert ['class="ne">&ne;' in item for item in claim.split("<li>")[1:]] == [False, True, True]


def test_the_reports_name_the_outlet_a_variant_contradicts() -> None:
    """Three outlets on one claim, outlet 3 contradicting outlet 2 (not the first carrier):
    text, Markdown and HTML name, after ``≠``, the outlet at the other end of the link."""
    from story_factory import late_conflict_story

    story = late_conflict_story()
    text = story_text(story)
    block = text[text.index("· ≠ conflict") :].split("\n\n")[0].splitlines()[1:]
    assert block[1].startswith("  2: ≠ outlet-3.txt · ")
    assert block[2].startswith("  3: ≠ outlet-2.txt · ")
    markdown = story_markdown(story)
    section = markdown[markdown.index("≠ conflict**") :].split("\n\n")[0].splitlines()[1:]
    assert section[1].startswith("  - 2: ≠ outlet\\-3.txt · ")
    assert section[2].startswith("  - 3: ≠ outlet\\-2.txt · ")
    html = story_html(story)
    claim = html[html.index('<div class="claim conflict">') :].split("</ul>")[0]
    items = claim.split("<li>")[1:]
    assert '<b class="ne">&ne; outlet-3.txt</b>' in items[1]
    assert '<b class="ne">&ne; outlet-2.txt</b>' in items[2]


def test_the_text_report_gives_a_claims_count_once() -> None:
    """A claim's heading in the text report says its outlet count once: ``claim 1 · carried
    by 3 of 3 (1, 2, 3)``, not ``[3/3] claim 1 · carried by 3 of 3 …`` (fails before)."""
    story = sample_story()
    text = story_text(story)
    headings = [line for line in text.splitlines() if " · carried by " in line or "only in" in line]
    assert len(headings) == len(story.claims)
    for line in headings:
        assert line.startswith("claim "), line
        assert line.count(" of 3") <= 1 and "/3]" not in line, line


@given(st.lists(st.tuples(st.integers(0, 3), st.integers(0, 2)), max_size=8))
def test_a_linked_sentence_is_never_counted_without_the_outlet_it_is_linked_to(links) -> None:
    """Whatever the pair view links between outlets 1 and 2: the count beside each end names
    the other end's outlet, and counts nothing but its own claim's outlets and those of the
    claims its links reach (fails before: the own claim's outlets alone)."""
    from newsdiff.core.story_model import pair_provenance, provenance_note

    story = sample_story()
    own = story.claim_index()
    found = pair_provenance(story, 0, 1, links)
    for i, j in links:
        a, b = (0, i), (1, j)
        assert 1 in found[a].outlets and 0 in found[b].outlets
    for position, here in found.items():
        reached = {own[position]} | {
            own[(1, j) if position[0] == 0 else (0, i)]
            for i, j in links
            if position in ((0, i), (1, j))
        }
        allowed = set().union(*(story.claims[k].outlets for k in reached))
        assert set(here.outlets) <= allowed and here.claim == own[position]
        if not here.linked:  # no link to another claim: the claim's own outlets, as before
            assert here.outlets == story.claims[here.claim].outlets
            assert provenance_note(story, here) == outlets_note(story, here.claim)
        else:  # the note says which claims it counted
            assert provenance_note(story, here).endswith(
                f"(claim {here.claim + 1} + linked claim"
                f"{'s' if len(here.linked) > 1 else ''} "
                f"{', '.join(str(k + 1) for k in here.linked)})"
            )
