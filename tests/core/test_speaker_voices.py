"""An organisation and the person who speaks for it are one voice, not another speaker.

"The White House said" and the same words from its press secretary by name are one remark told
two ways; flagging them `≠ other speaker` is a false alarm. Two people (even two spokespeople
of one body) and two organisations still differ. Names, bodies and articles are invented.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st
from newsdiff.core.compare import compare_articles
from newsdiff.core.load import load_article
from newsdiff.core.models import QuoteMatch
from newsdiff.core.speaker_names import speakers_differ

US = "Government of the United States"
NORWAY = "Government of Norway"


@pytest.mark.parametrize(
    ("body", "body_roles", "person", "roles"),
    [
        (US, (), "Dara Quill", ("White House press secretary",)),
        (US, (), "Dara Quill", ("chief White House spokeswoman",)),
        ("Government of the United Kingdom", (), "Ilse Varga", ("a Downing Street spokesman",)),
        (NORWAY, (), "Eirik Sand", ("Norwegian Prime Minister",)),
        (NORWAY, (), "Eirik Sand", ("Norway\u2019s prime minister",)),
        (NORWAY, (), "Eirik Sand", ("a spokesman for the Norwegian government",)),
        ("Bellhaven Holdings", (), "Noor Adeyemi", ("a spokesperson for Bellhaven Holdings",)),
        ("Bellhaven Holdings", (), "Noor Adeyemi", ("Bellhaven Holdings' chief executive",)),
        ("OFRA", (), "Noor Adeyemi", ("an OFRA spokeswoman",)),
        (
            "Orrin Way",
            ("a centrist group in Kestrel Bay",),
            "Tessa Brandt",
            ("president of Orrin Way",),
        ),
        # one of the person's roles is enough
        (US, (), "Dara Quill", ("a lawyer", "White House deputy press secretary")),
    ],
)
def test_a_body_and_its_spokesperson_or_head_are_one_voice(
    body: str, body_roles: tuple[str, ...], person: str, roles: tuple[str, ...]
) -> None:
    assert speakers_differ(person, body)  # by their names alone: two speakers
    assert not speakers_differ(person, body, roles, body_roles)
    assert not speakers_differ(body, person, body_roles, roles)


@pytest.mark.parametrize(
    ("first", "first_roles", "second", "second_roles"),
    [
        # two people, even two spokespeople of one body
        ("Dara Quill", ("White House press secretary",), "Ilse Varga", ("White House spokesman",)),
        # a person and someone who speaks for that person: two people
        ("Tom Hale", (), "Owen Reyes", ("a spokesman for Tom Hale",)),
        ("Tom Hale", (), "Owen Reyes", ("a spokesman for Mr. Hale",)),
        # two organisations
        ("Acme Holdings", (), "Bellhaven Holdings", ("a spokesperson for Acme Holdings",)),
        # a role naming another body, no voice, or a former one
        ("Bellhaven Holdings", (), "Noor Adeyemi", ("a spokesperson for Acme Holdings",)),
        ("Bellhaven Holdings", (), "Noor Adeyemi", ("a Bellhaven Holdings engineer",)),
        (US, (), "Dara Quill", ("former White House press secretary",)),
        # a head of state only of the state the role names
        (NORWAY, (), "Eirik Sand", ("prime minister",)),
        (NORWAY, (), "Eirik Sand", ("Swedish Prime Minister",)),
        (US, (), "Dara Quill", ("president of a Washington think tank",)),
        # a company's head is no government's head, a government's is no company's
        ("Bellhaven Holdings", (), "Noor Adeyemi", ("prime minister of Bellhaven Holdings",)),
    ],
)
def test_two_people_or_two_bodies_still_differ(
    first: str, first_roles: tuple[str, ...], second: str, second_roles: tuple[str, ...]
) -> None:
    assert speakers_differ(first, second, first_roles, second_roles)
    assert speakers_differ(second, first, second_roles, first_roles)


SPEAKERS = st.sampled_from(
    [US, NORWAY, "Bellhaven Holdings", "Orrin Way", "OFRA", "Dara Quill", "Tom Hale", "Hale"]
    + ["Owen Reyes", "Mr. Reyes", "a spokesman", None]
)
ROLES = st.lists(
    st.sampled_from(
        [
            "White House press secretary",
            "Norwegian Prime Minister",
            "a spokesperson for Bellhaven Holdings",
            "president of Orrin Way",
            "an OFRA spokeswoman",
            "a spokesman for Tom Hale",
            "a centrist group in Kestrel Bay",
            "a Bellhaven Holdings engineer",
            "former White House press secretary",
            "mayor",
        ]
    ),
    max_size=3,
)


@given(SPEAKERS, ROLES, SPEAKERS, ROLES, ROLES)
def test_one_voice_is_symmetric_and_a_role_only_ever_joins(
    first: str | None,
    first_roles: list[str],
    second: str | None,
    second_roles: list[str],
    more: list[str],
) -> None:
    differ = speakers_differ(first, second, first_roles, second_roles)
    assert differ is speakers_differ(second, first, second_roles, first_roles)
    if not speakers_differ(first, second):
        assert not differ  # roles never make two spellings of one speaker differ
    if not differ:  # adding a role never turns "one voice" into "another speaker"
        assert not speakers_differ(first, second, first_roles + more, second_roles)
        assert not speakers_differ(first, second, first_roles, second_roles + more)


LEFT = """Ferry subsidy to end next spring

The government will stop paying for the Kestrel Bay ferry, officials said on Monday.

"The ferry must pay its own way from next spring," the White House said in a statement.

"Nobody will lose a crossing this winter," Tom Hale, the harbour master, said.
"""

RIGHT = """Kestrel Bay ferry loses its subsidy

"We have carried the route for ten long years," White House press secretary Dara Quill told
reporters on Monday.

"The ferry must pay its own way from next spring," Quill added.

"Nobody will lose a crossing this winter," said Owen Reyes, a spokesman for Tom Hale.
"""


def _articles(folder: Path) -> tuple[Path, Path]:
    (folder / "left.txt").write_text(LEFT, encoding="utf-8")
    (folder / "right.txt").write_text(RIGHT, encoding="utf-8")
    return folder / "left.txt", folder / "right.txt"


def _match(side: tuple[QuoteMatch, ...], words: str) -> QuoteMatch:
    return next(m for m in side if words in m.quote.text)


def test_the_white_house_and_its_press_secretary_are_no_other_speaker(tmp_path: Path) -> None:
    """The press secretary's role is given on another of her quotes: it still ties her."""
    left, right = _articles(tmp_path)
    comparison = compare_articles(load_article(left), load_article(right))
    ferry = _match(comparison.left.quotes, "pay its own way")
    assert (ferry.quote.speaker, ferry.status) == (US, "verbatim")
    assert ferry.counterpart is not None and ferry.counterpart.speaker == "Dara Quill"
    assert not ferry.speaker_differs
    assert not _match(comparison.right.quotes, "pay its own way").speaker_differs
    # a person and his spokesman are still two people
    assert _match(comparison.left.quotes, "lose a crossing").other_speaker == "Owen Reyes"


def test_the_quotes_report_agrees(tmp_path: Path) -> None:
    from newsdiff.export.quotes_report import build_report, plain_text, report_lines, report_to_dict

    left, right = _articles(tmp_path)
    report = build_report([load_article(left), load_article(right)])
    groups = json.loads(json.dumps(report_to_dict(report)))["groups"]
    flags = {g["variants"][0]["text"][:12]: g["speaker_differs"] for g in groups}
    assert flags == {"The ferry mu": False, "Nobody will ": True, "We have carr": False}
    text = plain_text(report_lines(report))
    assert "other speaker: Dara Quill" not in text
    assert "other speaker: Owen Reyes" in text
