"""A "he"/"she" resolved to a name in its own sentence is a guess: it must not tell that
person's gender to the rest of the article. ("Jory, who raises four children with the
painter, admits it was hard when she chose to …": "she" is the painter, not Jory; filing Jory
as a woman made a later "he said" take someone else: on a real-dev profile, the interviewer
named in its opening phrase. The rule kept: a "she" reaching back to an earlier sentence's
subject still tells her gender, tests/core/test_pronoun_gender.py.)

The fixture ``speakers/gallery_couple.txt`` (invented people and places, written for this
test) pins speaker accuracy on a profile of that shape; its gold is
``speakers/gallery_couple.json`` (offsets and speakers, annotated by reading)."""

from __future__ import annotations

import json
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st
from newsdiff.core.quotes import extract_quotes
from newsdiff.core.segment import segment

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "speakers"


def test_every_speaker_of_the_profile_fixture_is_right() -> None:
    """Speaker accuracy 1.0 on the fixture (5 quotes): the two quotes after "In a joint
    interview with <station>'s <host>, he said:" are the husband's, not the host's or the
    wife's."""
    gold = json.loads((FIXTURES / "gallery_couple.json").read_text(encoding="utf-8"))
    text = (FIXTURES / "gallery_couple.txt").read_text(encoding="utf-8")
    found = {(q.start, q.end): q.speaker for q in extract_quotes(text, segment(text))}
    entries = gold["gallery_couple.txt"]
    assert len(entries) == 5
    wrong = [(e["start"], e["end"], found.get((e["start"], e["end"]))) for e in entries]
    wrong = [w for w, e in zip(wrong, entries, strict=True) if w[2] != e["speaker"]]
    assert wrong == []


HOSTS = ["Walter Penhale", "Frank Osei", "George Lindqvist", "Peter Abara"]
STATIONS = ["Radio Carrow", "Channel Nine Leith", "the Harbour Post"]


@settings(max_examples=20, deadline=None)
@given(
    st.sampled_from(HOSTS), st.sampled_from(STATIONS), st.sampled_from(["Jory", "Arlo", "Ozren"])
)
def test_a_guessed_she_does_not_take_the_next_he_from_him(
    host: str, station: str, first: str
) -> None:
    """Whoever the host and the station, the "he" after the opening phrase is the man the
    previous sentence is about (his first name tells no gender): not the host, and not the
    woman named before him (the old code filed him as a woman by the "she")."""
    text = (
        "Gallery Opens in Carrow\n\n"
        f"Marisol Quint opened the gallery. {first} Vance, who shares a studio with the "
        "painter, admits it was hard when she chose to close the old one.\n\n"
        f"In a joint interview with {station}'s {host}, he said: "
        '"We kept going because the work was good."'
    )
    assert extract_quotes(text, segment(text))[-1].speaker == f"{first} Vance"
