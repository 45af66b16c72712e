"""The PolNeAR evaluation's reading of gold sources (scripts/eval_polnear.py), on annotations
written for these tests: which source words are a name and what a pronoun resolves to."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

_PATH = Path(__file__).resolve().parents[1] / "scripts" / "eval_polnear.py"
_SPEC = importlib.util.spec_from_file_location("eval_polnear", _PATH)
assert _SPEC is not None and _SPEC.loader is not None
ev = importlib.util.module_from_spec(_SPEC)
sys.modules["eval_polnear"] = ev
_SPEC.loader.exec_module(ev)


def test_capitalised_modifiers_are_not_names() -> None:
    assert ev.named_words("one Republican aide on the committee") == set()
    assert ev.named_words("Few people") == set()
    assert ev.named_words("Hale's former campaign strategist") == set()
    assert ev.named_words("Riverton campaign manager Jane Ortiz") == {"jane", "ortiz"}
    assert ev.named_words("the Port Halloway businessman") == set()
    assert ev.named_words("Representative Ana Price of Port Halloway") >= {"ana", "price"}


def test_name_in_a_later_appositive_counts() -> None:
    assert ev.named_words("Hale's niece, state Sen. Ana Price (D-Riverton),") == {"ana", "price"}


def test_lone_capitalised_common_noun_is_not_a_name() -> None:
    text = "Farmers blocked the road. Later the farmers left."
    assert ev.named_words("Farmers", text) == set()
    assert ev.named_words("Hale", text) == {"hale"}


def _ann(source: str, at: int) -> ev.Annotation:
    return ev.Annotation(
        content=[(at + 10, at + 20)], source=(at, at + len(source)), source_text=source
    )


def test_pronoun_skips_unnamed_sources_and_documents_stay_unnamed() -> None:
    anns = [_ann("Tom Hale", 0), _ann("Many voters", 100), _ann("he", 200), _ann("the report", 300)]
    assert ev.gold_speaker(anns, 2, "") == ({"tom", "hale"}, "resolved")
    assert ev.gold_speaker(anns, 3, "")[1] == "unnamed"


def test_relative_who_resolves_to_the_name_before_it() -> None:
    text = "guests included Ana Price, who said"
    anns = [_ann("Tom Hale", 0), ev.Annotation([(40, 50)], (27, 30), "who")]
    assert ev.gold_speaker(anns, 1, text) == ({"ana", "price"}, "resolved")


def test_first_person_writer_and_verb_only_sources() -> None:
    anns = [_ann("Tom Hale", 0), _ann("I", 100), _ann("said", 200)]
    assert ev.gold_speaker(anns, 1, "")[1] == "unnamed"
    assert ev.gold_speaker(anns, 2, "")[1] == "slip"


PASSAGE = (
    "The Harbor Gazette ran a long profile of the pier protest. Jo Reyes writes:\n\n"
    '"When Ann Pike first came to the pier, she was still angry about the fine. On the '
    "form, a clerk had stamped \u201cpaid in full\u201d across the top.\n\n"
    '"Pike thought the whole thing was unfair.\n'
)


def test_a_quote_nested_in_a_passage_is_judged_by_its_own_speaker() -> None:
    from newsdiff.core.quotes import extract_quotes
    from newsdiff.core.segment import segment

    quotes = list(extract_quotes(PASSAGE, segment(PASSAGE)))
    at = PASSAGE.index("paid in full")
    gold = set(range(at, at + len("paid in full")))
    judged = ev.innermost([q for q in quotes if any(q.start <= i < q.end for i in gold)], gold)
    # the clerk's words: not the passage's writer, Jo Reyes
    assert [q.speaker for q in judged] == [None]
    assert ev.agrees(judged[0].speaker, {"clerk"}, "unnamed")
    # near miss: the passage's own words are judged by the passage (its writer)
    at = PASSAGE.index("Pike thought")
    gold = set(range(at, at + len("Pike thought the whole thing")))
    judged = ev.innermost([q for q in quotes if any(q.start <= i < q.end for i in gold)], gold)
    assert [q.speaker for q in judged] == ["Jo Reyes"]
