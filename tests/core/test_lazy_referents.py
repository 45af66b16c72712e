"""The look-alike rules read a sentence's referent only when a who-comparison meets its
pronoun or role subject (``Claim.subject_referent``), and read it once.

Most candidate pairs name their subjects or never reach a who-test; reading whom every "he"
stands for up front cost the claim check time it does not have. Invented sentences.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

import pytest
from newsdiff.core import referents
from newsdiff.core.claim import Claim
from newsdiff.core.claims import check_claims, read_claim
from newsdiff.core.compare import compare_texts
from newsdiff.core.models import Sentence
from newsdiff.core.referents import LazyReferent, with_referent
from newsdiff.core.segment import segment


class Reader:
    """A referent reader that counts how often it is asked."""

    def __init__(self, found: str) -> None:
        self.found = found
        self.asked = 0

    def __call__(self) -> str:
        self.asked += 1
        return self.found


def _lazy(text: str, reader: Reader, speakers: tuple[str, ...] = ()) -> Claim:
    return replace(read_claim(text, speakers), referent_reader=reader)


def _verdict(left: Claim, right: Claim) -> str:
    check = check_claims(left, right)
    return check.evidence.note if check.outcome == "not linked" else check.outcome


PLEA = "She pleaded guilty to smuggling diesel through the harbour on Tuesday."
NAMED = "Ada Brin has pleaded guilty to smuggling diesel through the harbour."


@pytest.mark.parametrize(("found", "verdict"), [("voss", "different subjects"), ("brin", "")])
def test_a_lazy_referent_decides_as_a_read_one_both_ways(found: str, verdict: str) -> None:
    for pronoun_left in (True, False):
        reader = Reader(found)
        plea, named = _lazy(PLEA, reader), read_claim(NAMED)
        left, right = (plea, named) if pronoun_left else (named, plea)
        result = _verdict(left, right)
        if verdict:
            assert result.startswith(verdict)
        else:
            assert result in ("paraphrased", "shared")  # the same person: the paraphrase stays
        assert reader.asked >= 1


def test_two_named_subjects_never_ask_for_a_referent() -> None:
    reader = Reader("voss")
    named = _lazy(NAMED, reader)  # a reader on a sentence that names its subject
    other = read_claim("Tom Hale has pleaded guilty to smuggling diesel through the harbour.")
    assert _verdict(named, other).startswith("different subjects")
    assert _verdict(other, named).startswith("different subjects")
    assert reader.asked == 0


def test_a_told_speaker_is_read_lazily() -> None:
    told = "He said the ferry port would reopen on Monday."
    quoted = '"The ferry port will reopen on Monday," he told reporters.'
    other = Reader("okafor")
    assert _verdict(_lazy(told, other), read_claim(quoted, ("Tom Hale",))) == (
        "different speakers: okafor / Tom Hale"
    )
    same = Reader("okafor")
    assert _verdict(read_claim(quoted, ("Ada Okafor",)), _lazy(told, same)) in (
        "paraphrased",
        "shared",
    )
    assert other.asked >= 1 and same.asked >= 1


ARTICLE = (
    "Harbour pilot Ada Brin appeared in court on Tuesday. "
    "She pleaded guilty to smuggling diesel through the harbour. "
    "The court will sentence her in May."
)


def _sentences(text: str) -> tuple[Sentence, ...]:
    return tuple(segment(text))


def test_with_referent_attaches_a_reader_without_reading() -> None:
    sentences = _sentences(ARTICLE)
    skip = [False] * len(sentences)
    claim = with_referent(read_claim(sentences[1].text), 1, sentences, skip)
    reader = claim.referent_reader
    assert isinstance(reader, LazyReferent) and not reader.read
    assert claim.referent == ""
    assert claim.subject_referent() == "brin"
    assert reader.read and claim.subject_referent() == "brin"
    # a sentence naming its subject gets no reader at all
    assert with_referent(read_claim(sentences[0].text), 0, sentences, skip).referent_reader is None


def test_a_claim_with_a_figure_reads_its_referent_at_once() -> None:
    text = "Port director Ada Okafor met the union. She said 450 containers were stuck."
    sentences = _sentences(text)
    claim = with_referent(read_claim(sentences[1].text), 1, sentences, [False, False])
    assert claim.referent == "okafor" and claim.referent_reader is None  # the conflict rules'


def _counting(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """The sentences with a pronoun or role subject whose referent a comparison reads, in
    the order read (a lazy reader reads it through :func:`referents.referent` too)."""
    calls: list[int] = []
    read = referents.referent

    def counted(claim_of: Callable[[int], Claim | None], index: int) -> str:
        claim = claim_of(index)
        if claim is not None and referents._may_refer(claim):
            calls.append(index)
        return read(claim_of, index)

    monkeypatch.setattr(referents, "referent", counted)
    return calls


def test_in_a_comparison_a_pronoun_no_candidate_meets_is_never_read(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    calls = _counting(monkeypatch)
    other = (
        "Ferry timetable\n\n"
        "The winter ferry timetable starts on the first of November. "
        "Crossings to Kessing will run twice a day."
    )
    compare_texts("Smuggling case\n\n" + ARTICLE, other)
    assert calls == []


def test_in_a_comparison_a_pronoun_a_named_candidate_meets_is_read_once(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    calls = _counting(monkeypatch)
    other = (
        "Diesel smuggling\n\n"
        "In court, Tom Hale pleaded guilty to the diesel smuggling charges. "
        "Ada Brin pleaded guilty to smuggling diesel through the harbour, the court heard."
    )
    comparison = compare_texts("Smuggling case\n\n" + ARTICLE, other)
    assert calls == [2]  # "She pleaded …" (after the title), read once for both candidates
    links = {
        (s.sentence.index, link.index)
        for s in comparison.left.sentences
        for link in s.links
        if link.label in ("paraphrased", "shared")
    }
    assert (2, 2) in links and (2, 1) not in links  # Brin's plea linked, Hale's not
