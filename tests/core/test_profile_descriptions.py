"""A profile calls its subject by a description instead of the name ("The 44-year-old
painter, who admitted …, says", "The curator, whose show …, said:"), and a "he" that reaches
back past a name in its own sentence still tells who he is.

Both were misses on a tune cluster (``sumbasic-cluster3``): two quotations given nobody and a
later "She said:" given to the husband. The texts here are invented (people, places, works)."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st
from newsdiff.core.quotes import extract_quotes
from newsdiff.core.segment import segment


def _speakers(text: str) -> list[str | None]:
    return [q.speaker for q in extract_quotes(text, segment(text))]


PROFILE = (
    "Marisol Quint: Jory Vance stood by me through treatment\n\n"
    "Marisol Quint has talked about her years with Jory Vance in a long conversation with a "
    'regional station, calling the two of them "closer than we have ever been".\n\n'
    "The 44-year-old painter, who admitted last spring that she and her husband "
    '"have had our rough seasons," says they could not have opened the gallery otherwise.\n\n'
    "The curator, whose show tells of a couple drifting apart, said: "
    '"People will look for us in every picture. They will not find us there."\n\n'
    'Meanwhile, Jory, 47, admits it was "frightening" when she chose to have an operation.\n\n'
    "In a joint interview with KCRW's Walter Penhale, due to be broadcast on Friday, he said: "
    '"Whatever it took to keep the house steady was going to happen."\n\n'
    "The dark-haired artist was grateful for the sculptor's patience through it all.\n\n"
    'She said: "I always knew that Jory was beside me, whatever came."'
)


def test_a_description_opening_the_sentence_is_the_profile_subject() -> None:
    """The painter's and the curator's quotations are hers (main gave them nobody)."""
    speakers = _speakers(PROFILE)
    assert speakers[1] == "Marisol Quint"
    assert speakers[2] == "Marisol Quint"


def test_a_he_reaching_back_past_the_host_tells_his_gender() -> None:
    """ "In a joint interview with <station>'s <host>, he said:" is Jory, and tells that Jory
    is a man, so the later "She said:" is not his (main gave it to him)."""
    speakers = _speakers(PROFILE)
    assert speakers[4] == "Jory Vance"
    assert speakers[5] == "Marisol Quint"


def test_a_he_about_someone_named_in_his_own_sentence_still_tells_nothing() -> None:
    """people21's rule kept: "Jory, who shares a studio with the painter, admits … when she
    …" files no gender, so the next "he said" is still Jory's."""
    text = (
        "Marisol Quint opened the gallery. Jory Vance, who shares a studio with the painter, "
        "admits it was hard when she chose to close the old one.\n\n"
        "In a joint interview with KCRW's Walter Penhale, he said: "
        '"We kept going because the work was good."'
    )
    assert _speakers(text)[-1] == "Jory Vance"


def test_a_description_with_nobody_before_it_names_nobody() -> None:
    """Near miss: no earlier sentence has a subject, so the description stands for nobody."""
    text = (
        "The gallery reopens.\n\n"
        'The 44-year-old painter, who rents the top floor, said: "We will be open all week."'
    )
    assert _speakers(text) == [None]


def test_a_description_inside_the_sentence_is_not_read_as_the_subject() -> None:
    """Near miss: "Tom Hale thanked the curator, who said …" is not the profile rule's (the
    description does not open the sentence), and the earlier subject is not given it."""
    text = (
        "Marisol Quint opened the gallery on Monday.\n\n"
        'Tom Hale thanked the curator, who said: "We will be open all week."'
    )
    assert _speakers(text) != ["Marisol Quint"]


def test_a_gendered_noun_passes_over_a_man() -> None:
    """ "The actress" is the woman of the earlier sentences, not the man who spoke last."""
    text = (
        "Ada Brenn starred in the new film. Her husband Tom Hale said he was proud.\n\n"
        'The 52-year-old actress, who met him on a set, said: "We never run lines at home."'
    )
    assert _speakers(text)[-1] == "Ada Brenn"


@settings(max_examples=25, deadline=None)
@given(
    st.sampled_from(["Marisol Quint", "Ada Brenn", "Kemi Osei", "Lena Farrow"]),
    st.sampled_from(["44-year-old", "dark-haired", "British", "former"]),
    st.sampled_from(["painter", "singer", "director", "novelist", "actress"]),
    st.sampled_from(["who", "whose"]),
)
def test_a_profile_description_is_the_person_profiled(
    name: str, modifier: str, noun: str, relative: str
) -> None:
    """Whatever the modifier, the noun and the relative clause, the description's quotation
    is the person the previous sentence is about, not the man named after her."""
    clause = "who admitted it" if relative == "who" else "whose latest work opened"
    text = (
        f"{name} has spoken about her years with Tom Hale in a long interview.\n\n"
        f'The {modifier} {noun}, {clause} last spring, said: "We are steadier than ever."'
    )
    assert _speakers(text) == [name]


def test_the_cue_is_the_verb_of_the_description_not_of_its_relative_clause() -> None:
    """ "The curator, whose show tells of …, said:": the cue is "said", not "tells" (a verb
    of speaking inside the relative clause); a clause naming nobody keeps its own verb."""
    quotes = extract_quotes(PROFILE, segment(PROFILE))
    assert quotes[2].cue is not None and quotes[2].cue.text == "said"
    text = 'Marisol Quint spoke first. She told the room: "We open at nine."'
    assert [q.cue.text if q.cue else None for q in extract_quotes(text, segment(text))] == [
        "She told"
    ]
