"""`newsdiff open` refuses a saved comparison that breaks the schema's invariants (issue 13),
in one line, before the app starts; every comparison newsdiff writes passes."""

from __future__ import annotations

import copy
import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from clirun import run_in_process
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from newsdiff.core.compare import compare_texts
from newsdiff.core.serialize import ComparisonFormatError, comparison_from_dict, comparison_to_dict

LEFT = (
    "Council approves new bridge\n\n"
    'The city council voted 7-2 on Tuesday to fund the bridge. "It is a good day," the mayor '
    "said. Work starts in May. Critics say the cost will rise.\n"
)
RIGHT = (
    "Bridge gets the green light\n\n"
    "The council approved the bridge on Tuesday by seven votes to two. Construction begins in "
    'May. "It is a good day for the city," the mayor said. A new park is planned too.\n'
)


@pytest.fixture(scope="module")
def saved() -> dict[str, Any]:
    data = comparison_to_dict(compare_texts(LEFT, RIGHT), "test")
    comparison_from_dict(data)  # a real comparison passes
    return data


def first(data: dict[str, Any], side: str, label: str | None = None, linked: bool = True) -> dict:
    for sentence in data[side]["sentences"]:
        if (label is None or sentence["label"] == label) and bool(sentence["links"]) == linked:
            return sentence
    raise LookupError(label)


BREAKAGES: dict[str, Callable[[dict[str, Any]], None]] = {
    "no rows": lambda d: d.__setitem__("rows", []),
    "a repeated row": lambda d: d["rows"].append(dict(d["rows"][0])),
    "900 repeated rows": lambda d: d["rows"].extend([dict(d["rows"][0])] * 900),
    "a unique sentence with a link": lambda d: first(d, "left", "unique", False)["links"].append(
        {"index": 0, "label": "shared", "score": 90.0}
    ),
    "a shared sentence without links": lambda d: first(d, "left", None, True).update(links=[]),
    "a threshold of 1e308": lambda d: d["settings"].__setitem__("shared", 1e308),
    "a threshold of -1e308": lambda d: d["settings"].__setitem__("paraphrase", -1e308),
    "overlapping sentences": lambda d: d["left"]["sentences"][1].update(
        start=d["left"]["sentences"][0]["start"],
        end=d["left"]["sentences"][0]["end"],
        text=d["left"]["sentences"][0]["text"],
    ),
    "a quote outside its sentence": lambda d: d["left"]["quotes"][0].update(
        sentence=0, sentences=[0]
    ),
    "a changed span outside the quote": lambda d: d["left"]["quotes"][0].update(changed=[[0, 1]]),
    "a row index out of range": lambda d: d["rows"].append({"left": 10**6, "right": None}),
}


@pytest.mark.parametrize("name", list(BREAKAGES))
def test_a_broken_invariant_is_refused_in_one_line(
    name: str, saved: dict[str, Any], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data = copy.deepcopy(saved)
    BREAKAGES[name](data)
    with pytest.raises(ComparisonFormatError):
        comparison_from_dict(data)
    path = tmp_path / "saved.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    result = run_in_process(["open", str(path)], capsys)
    assert result.code == 2
    assert result.err.startswith(f"error: {path}: not a newsdiff comparison (")
    assert result.err.count("\n") == 1


def test_a_word_diff_span_outside_its_sentences_is_refused(saved: dict[str, Any]) -> None:
    data = copy.deepcopy(saved)
    diffs = data.get("word_diffs") or []
    if not diffs or not diffs[0]["ops"]:
        pytest.skip("this pair has no word diff")
    end = len(data["left"]["text"])
    diffs[0]["ops"][0]["left"] = [end, end]
    with pytest.raises(ComparisonFormatError, match="outside its sentence"):
        comparison_from_dict(data)


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    st.lists(
        st.sampled_from(["The council met.", "It voted yes.", '"Fine," she said.']),
        min_size=1,
        max_size=8,
    ),
    st.lists(
        st.sampled_from(["The council met.", "Nobody came.", '"Fine," he said.']),
        min_size=1,
        max_size=8,
    ),
)
def test_every_comparison_newsdiff_writes_passes_the_invariants(
    left: list[str], right: list[str]
) -> None:
    data = json.loads(
        json.dumps(comparison_to_dict(compare_texts(" ".join(left), " ".join(right)), "t"))
    )
    comparison_from_dict(data)
