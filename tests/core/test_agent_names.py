"""One agent named two ways ("the ministry" / "the Interior Ministry"): one agent's count in
other words is a conflict; two named organisations of one kind are two agents. Every sentence
is written for these tests, and each pair is checked both ways."""

from __future__ import annotations

import pytest
from newsdiff.core.agent_names import agents, same_agents
from newsdiff.core.claims import check_claims, read_claim

SPOKESMAN = (
    "Speaking on local radio, a spokesman for the Interior Ministry said 300 containers sat idle."
)


def outcomes(left: str, right: str) -> list[tuple[str, list[str]]]:
    found = []
    for a, b in ((left, right), (right, left)):
        result = check_claims(read_claim(a), read_claim(b), verbatim=30.0)
        found.append((result.outcome, [d.kind for d in result.evidence.disagree]))
    return found


@pytest.mark.parametrize(
    "left",
    [
        "The ministry said the strike had stranded 450 containers.",
        "The Interior Ministry said the strike had stranded 450 containers.",
        "A senior official at the ministry said the strike had stranded 450 containers.",
        "The strike had stranded 450 containers, according to the Interior Ministry.",
    ],
)
def test_one_agent_named_two_ways_gives_one_count(left: str) -> None:
    assert outcomes(left, SPOKESMAN) == [("conflict", ["figure"])] * 2


@pytest.mark.parametrize(
    "left",
    [
        "The Defence Ministry said the strike had stranded 450 containers.",  # another ministry
        "The union said the strike had stranded 450 containers.",  # another agent
        "The Interior Ministry said the strike had stranded some 320 containers.",  # about
    ],
)
def test_other_agents_or_agreeing_counts_are_no_conflict(left: str) -> None:
    assert all(outcome != "conflict" for outcome, _ in outcomes(left, SPOKESMAN))


def test_agent_keys() -> None:
    named = agents(read_claim("The Interior Ministry said 450 containers were stranded."))
    unnamed = agents(read_claim("The ministry said 450 containers were stranded."))
    other = agents(read_claim("The Defence Ministry said 450 containers were stranded."))
    person = agents(read_claim("Okafor said 450 containers were stranded."))
    assert named == {"ministry|interior"} and unnamed == {"ministry|"}
    assert same_agents(named, unnamed) == {"ministry", "interior"}
    assert same_agents(unnamed, other) and not same_agents(named, other)
    assert person == {"okafor"} and not same_agents(person, named)
