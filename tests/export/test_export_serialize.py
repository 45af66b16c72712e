"""Saved comparisons: JSON written by the exporter reads back as the same Comparison, and
anything else is refused with one line naming the problem."""

from __future__ import annotations

import copy
import json
from typing import Any

import pytest
from export_fixtures import hostile_comparison
from hypothesis import given, settings
from hypothesis import strategies as st
from newsdiff.core.errors import ArticleError
from newsdiff.core.serialize import (
    ComparisonFormatError,
    comparison_from_dict,
    comparison_from_json,
    comparison_to_dict,
    load_comparison,
)
from newsdiff.export.json_export import render_json
from newsdiff.export.render import render


def saved() -> dict[str, Any]:
    return json.loads(render_json(hostile_comparison(), version="9.9.9"))


def test_json_round_trips_to_an_equal_comparison() -> None:
    comparison = hostile_comparison()
    text = render_json(comparison, version="9.9.9")
    again = comparison_from_json(text)
    assert again == comparison
    assert comparison_to_dict(again, "9.9.9") == json.loads(text)


def test_contract_names_are_present() -> None:
    data = saved()
    assert data["schema"] == "newsdiff.comparison/2"
    assert data["settings"] == {"shared": 82.5, "paraphrase": 47.0}
    sentence = data["left"]["sentences"][0]
    assert {"index", "start", "end", "text", "label", "moved", "links"} <= set(sentence)
    quote = data["left"]["quotes"][0]
    assert {"start", "end", "text", "speaker", "kind", "sentence", "status", "counterpart"} <= set(
        quote
    )
    assert set(data["summary"]) == {"left", "right"}


def _mutations() -> list[tuple[str, Any, str]]:
    """(json path, new value, expected words in the message)."""
    return [
        ("schema", "other/1", "expected 'newsdiff.comparison/2'"),
        ("left.sentences.0.label", "copied", "left.sentences[0].label"),
        ("left.sentences.1.end", 10**9, "left.sentences[1].end"),
        ("right.sentences.0.text", "not the text", "does not match"),
        ("rows.0.left", 99, "rows[0].left"),
        ("left.sentences.0.links.0.index", 42, "left.sentences[0].links[0].index"),
        ("settings.shared", "high", "settings.shared"),
        ("left.quotes.0.status", "copied", "left.quotes[0].status"),
        ("left.quotes.0.counterpart.start", 0, "counterpart"),
        ("word_diffs.0.ops.0.left", [5, 2], "word_diffs[0].ops[0].left"),
        ("left.sentences.0.moved", "yes", "moved"),
        ("scoring", "all of them", "scoring"),
        ("scoring.corpus", [3], "scoring.corpus[0]"),
        ("scoring.meaning", 1, "scoring.meaning"),
    ]


def _set(data: dict[str, Any], path: str, value: Any) -> None:
    keys: list[Any] = [int(key) if key.isdigit() else key for key in path.split(".")]
    target: Any = data
    for key in keys[:-1]:
        target = target[key]
    target[keys[-1]] = value


@pytest.mark.parametrize(("path", "value", "words"), _mutations())
def test_damaged_data_is_refused_with_a_named_field(path: str, value: Any, words: str) -> None:
    data = saved()
    _set(data, path, value)
    with pytest.raises(ComparisonFormatError) as caught:
        comparison_from_dict(data)
    message = str(caught.value)
    assert words in message
    assert "\n" not in message


@pytest.mark.parametrize("data", [None, [], "text", 3, {}, {"schema": 1}])
def test_foreign_data_is_refused(data: Any) -> None:
    with pytest.raises(ComparisonFormatError):
        comparison_from_dict(data)


def _paths(value: Any, prefix: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    found = [prefix] if prefix else []
    if isinstance(value, dict):
        for key, item in value.items():
            found += _paths(item, (*prefix, key))
    elif isinstance(value, list):
        for index, item in enumerate(value):
            found += _paths(item, (*prefix, index))
    return found


PATHS = _paths(saved())
JUNK = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(-5, 10**6),
    st.floats(),
    st.text(max_size=5),
    st.lists(st.integers(), max_size=3),
    st.dictionaries(st.text(max_size=3), st.none(), max_size=2),
)


@settings(max_examples=300, deadline=None)
@given(st.sampled_from(PATHS), JUNK, st.booleans())
def test_any_damage_is_either_accepted_or_refused_cleanly(
    path: tuple[Any, ...], junk: Any, delete: bool
) -> None:
    """Replacing or deleting any one field never raises anything but ComparisonFormatError,
    and whatever is accepted can be rendered."""
    data = copy.deepcopy(saved())
    target: Any = data
    for key in path[:-1]:
        target = target[key]
    if delete:
        del target[path[-1]]
    else:
        target[path[-1]] = junk
    try:
        comparison = comparison_from_dict(data)
    except ComparisonFormatError as error:
        assert "\n" not in str(error)
        return
    for fmt in ("html", "md", "json"):
        render(comparison, fmt)


def test_load_comparison_names_the_file(tmp_path) -> None:
    good = tmp_path / "saved.json"
    good.write_text(render_json(hostile_comparison(), version="1"), encoding="utf-8")
    assert load_comparison(good) == hostile_comparison()
    bad = tmp_path / "bad.json"
    bad.write_text("{not json", encoding="utf-8")
    with pytest.raises(ArticleError) as caught:
        load_comparison(bad)
    assert str(caught.value).startswith(f"{bad}: not a newsdiff comparison (invalid JSON")
    foreign = tmp_path / "foreign.json"
    foreign.write_text('{"schema": "newsdiff.quotes/1"}', encoding="utf-8")
    with pytest.raises(ArticleError, match="not a newsdiff comparison"):
        load_comparison(foreign)
    binary = tmp_path / "binary.json"
    binary.write_bytes(b"\xff\xfe\x00garbage")
    with pytest.raises(ArticleError, match="not UTF-8"):
        load_comparison(binary)
    with pytest.raises(ArticleError, match="no such file"):
        load_comparison(tmp_path / "missing.json")


def test_how_the_scores_were_computed_is_saved_and_read_back() -> None:
    data = saved()
    data["scoring"] = {"corpus": ["a.txt", "b.txt"], "meaning": "off (NEWSDIFF_SEMANTIC=0)"}
    again = comparison_from_dict(data)
    assert again.scoring.corpus == ("a.txt", "b.txt")
    assert again.scoring.meaning == "off (NEWSDIFF_SEMANTIC=0)"
    assert comparison_to_dict(again, "9.9.9")["scoring"] == data["scoring"]


def test_a_comparison_saved_before_scoring_was_recorded_says_so() -> None:
    data = saved()
    del data["scoring"]
    again = comparison_from_dict(data)
    assert again.scoring.corpus == ()
    assert again.scoring.meaning == "not recorded"
