"""Speakers as entities on articles we wrote: aliases, roles, organisations and documents,
pronouns, multi-paragraph and nested quotes, cues; one person never under two names."""

from __future__ import annotations

from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st
from newsdiff.core.models import Quote
from newsdiff.core.quotes import extract_quotes
from newsdiff.core.segment import segment
from newsdiff.core.speaker_names import canonical_names, name_key, unify_speakers

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "speakers"


def quotes_of(name: str) -> tuple[Quote, ...]:
    text = (FIXTURES / name).read_text(encoding="utf-8")
    return extract_quotes(text, segment(text))


def by_start(quotes: tuple[Quote, ...], start: str) -> Quote:
    (quote,) = [quote for quote in quotes if quote.text.startswith(start)]
    return quote


def test_a_role_before_the_name_after_the_quote_gives_the_named_person_and_the_role() -> None:
    quote = by_start(quotes_of("harbour_a.txt"), "This fee will pay")
    assert quote.speaker == "Maria T. Lopez"
    assert quote.role == "council\u2019s finance chief"
    assert quote.cue is not None and quote.cue.text.startswith("said the council")


def test_a_description_before_the_name_is_not_the_previous_speaker() -> None:
    quote = by_start(quotes_of("harbour_a.txt"), "It is a tax")
    assert quote.speaker == "Tom Blake"
    assert quote.role == "running mate"


def test_a_nested_quote_is_its_own_quote() -> None:
    quotes = quotes_of("harbour_a.txt")
    assert "ferry tax." in [quote.text for quote in quotes]


def test_a_statement_over_two_paragraphs_gives_each_paragraph_the_speaker() -> None:
    quotes = quotes_of("harbour_a.txt")
    first = by_start(quotes, "We will not pay it. We will take")
    second = by_start(quotes, "And we will win")
    assert "\n" not in first.text
    assert first.speaker == second.speaker == "Dan Reed"


def test_documents_and_organisations_speak() -> None:
    assert by_start(quotes_of("harbour_a.txt"), "The pier is unsafe").speaker == "the report"
    assert by_start(quotes_of("harbour_b.txt"), "The pier is unsafe").speaker == "Gazette"


def test_a_pronoun_takes_the_person_of_its_gender_named_before() -> None:
    quote = by_start(quotes_of("harbour_a.txt"), "The numbers are clear")
    assert quote.speaker == "Maria T. Lopez"
    assert quote.cue is not None and quote.cue.text == "she said"


def test_one_person_has_one_name_across_the_articles() -> None:
    left, right = unify_speakers([quotes_of("harbour_a.txt"), quotes_of("harbour_b.txt")])
    assert by_start(left, "This fee").speaker == by_start(right, "This fee").speaker
    assert by_start(left, "This fee").speaker == "Maria Lopez"
    assert by_start(right, "We will not pay").speaker == "Dan Reed"


def test_an_unparsed_attribution_in_the_quotes_own_sentence_gives_no_speaker() -> None:
    text = (
        "Mayor Ana Ruiz spoke first. \u201cWe are ready,\u201d she said.\n\n"
        "\u201cThe plan is dead,\u201d grumbled one of the many people in the hall.\n\n"
        "\u201cNobody asked us,\u201d muttered a voice from the back.\n"
    )
    quotes = extract_quotes(text, segment(text))
    assert by_start(quotes, "We are ready").speaker == "Ana Ruiz"
    # an unnamed person described next to the quote is its speaker, as described
    assert by_start(quotes, "The plan is dead").speaker == "one of the many people in the hall"
    assert by_start(quotes, "Nobody asked us").speaker is None


def test_page_furniture_is_never_a_speaker() -> None:
    text = "FULL TEXT\n\n\u201cWe will rebuild the pier,\u201d the council said in a statement.\n"
    (quote,) = extract_quotes(text, segment(text))
    assert quote.speaker != "FULL TEXT"


FIRST = st.sampled_from(["Maria", "Dan", "Ana", "Tom", "Lena"])
LAST = st.sampled_from(["Lopez", "Reed", "Ruiz", "Blake", "Okafor"])
TITLES = st.sampled_from(["", "Sen. ", "Mr. ", "Ms. ", "Dr. ", "Acme Editor "])
INITIALS = st.sampled_from(["", "T. ", "J. "])


@st.composite
def spellings(draw: st.DrawFn) -> tuple[str, str, list[str]]:
    first, last = draw(FIRST), draw(LAST)
    forms = [f"{first} {last}"]
    for _ in range(draw(st.integers(1, 4))):
        title = draw(TITLES)
        choice = draw(st.integers(0, 2))
        if choice == 0:
            forms.append(f"{title}{first} {draw(INITIALS)}{last}".strip())
        elif choice == 1:
            forms.append(f"{title}{last}".strip())
        else:
            forms.append(f"{first} {last}")
    return first, last, forms


@settings(max_examples=200, deadline=None)
@given(spellings(), st.lists(spellings(), max_size=2))
def test_one_person_never_appears_under_two_names(
    person: tuple[str, str, list[str]], others: list[tuple[str, str, list[str]]]
) -> None:
    first, last, forms = person
    everyone = list(forms)
    clashing = False
    for other_first, other_last, other_forms in others:
        if other_last == last and other_first != first:
            clashing = True  # "Lopez" alone could be either: not this property's case
        everyone += other_forms
    mapping = canonical_names(everyone)
    if clashing:
        forms = [form for form in forms if len(name_key(form)) > 1]
    assert len({mapping[form] for form in forms}) == 1
    assert name_key(mapping[forms[0]])[-1] == last.lower()


def test_a_capitalized_job_word_is_not_a_name() -> None:
    text = (
        "Store closes after forty years\n\n"
        '"We tried everything," Manager said on Friday.\n\n'
        '"Rents doubled," the Institute for Policy Studies said in a report.\n'
    )
    quotes = extract_quotes(text, segment(text))
    assert by_start(quotes, "We tried").speaker is None
    assert by_start(quotes, "Rents doubled").speaker == "Institute for Policy Studies"
