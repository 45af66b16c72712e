"""Runs of capitalised words in a sentence: the candidates for names.

A run goes on over single spaces between capitalised words (``Anna Pike``), a name connector
before a capitalised word (``Department of Defence``, ``Ludwig van Beethoven``), a quoted
nickname (Robert C. "Bobby" Scott), an ampersand (``Procter & Gamble``) and an ``and`` inside an
organisation's name (``Immigration and Customs Enforcement``, ``Department of Health and Human
Services``, ``Johnson and Johnson``, ``Enforcement and Removal Operations``) and a list of fields
inside an office's name (``Bureau of Salt, Timber and Lanterns``); ``Anna Smith and Tom
Jones`` are two runs.
"""

from __future__ import annotations

from collections.abc import Callable, Container, Sequence

from newsdiff.core import names as vocab
from newsdiff.core.mention_types import MASK, SentenceInfo, Token, skip_adverbs
from newsdiff.core.name_shapes import CONNECTORS, FIRST_NAMES, TITLE_CASE_WORDS
from newsdiff.core.quote_titles import TITLE_GLUE, TITLED_WORKS
from newsdiff.core.reporting_verbs import HEADLINE_NAME_STOPS, REPORTING_VERBS

Gap = Callable[[int, int], str]

_NICKNAME = 16
"""The longest quoted nickname inside a name, marks included."""


def read_runs(
    tokens: list[Token], gap: Gap, text: str, masked: str, people: Container[str] = ()
) -> list[tuple[int, int]]:
    """The runs of ``tokens`` as token index ranges (end exclusive), in order. ``people``
    holds the folded surnames of the article's people: no field of an office's name."""
    runs: list[tuple[int, int]] = []
    i = 0
    while i < len(tokens):
        if not tokens[i].cap or (i > 0 and tokens[i].lower in TITLE_CASE_WORDS):
            i += 1
            continue
        j = i + 1
        while j < len(tokens) and not tokens[j - 1].possessive:
            between = gap(tokens[j - 1].end, tokens[j].start)
            if between.strip() == "&" and tokens[j].cap:
                j += 1  # "Procter & Gamble": one name
                continue
            if between.strip() == ",":
                listed = _listed_fields(tokens, gap, i, j, people)
                if listed > j:
                    j = listed  # "Bureau of Salt, Timber and Lanterns": one name
                    continue
            if between not in (" ", "\u00a0") and not _nickname(
                tokens[j - 1], tokens[j], text, masked
            ):
                break
            if tokens[j].lower == "and" and _joins_organisation(tokens, gap, i, j):
                j += 2  # "Immigration and Customs Enforcement": one organisation
            elif tokens[j].cap and tokens[j].lower not in TITLE_CASE_WORDS:
                j += 1
            elif tokens[j].text.isdigit() and tokens[j - 1].lower in ("no", "number"):
                j += 1  # "No 10" (Downing Street)
            elif (
                tokens[j].lower in CONNECTORS
                and j + 1 < len(tokens)
                and tokens[j + 1].cap
                and gap(tokens[j].end, tokens[j + 1].start) == " "
            ):
                j += 2
            else:
                break
        runs.append((i, j))
        i = j
    return runs


def headline_verb_at(words: Sequence[Token]) -> int:
    """Where a run in a title-case headline meets a verb of saying or judging, which ends the
    name ("Hale Slams 'Reckless' Plan", "Minister Hale Calls Cuts 'Cruel'"); else its end."""
    verbs = (k for k in range(1, len(words)) if words[k].lower in HEADLINE_NAME_STOPS)
    return next(verbs, len(words))


def reread_listed(
    infos: Sequence[SentenceInfo],
    cache: dict[int, list[tuple[int, int]]],
    gap: Gap,
    read: Callable[[SentenceInfo], list[tuple[int, int]]],
) -> None:
    """Read again (``read``) the cached runs of the sentences where a run lists words after a
    comma (``the Ministry of Defence, Hale and Pike``), once the article's people are known."""
    for info in infos:
        tokens = info.tokens
        if any(
            "," in gap(tokens[k - 1].end, tokens[k].start)
            for first, last in cache.get(info.start, [])
            for k in range(first + 1, last)
        ):
            cache[info.start] = read(info)


def name_text(words: Sequence[Token], gap: Gap) -> str:
    """The words of a run as one name, an ampersand or comma kept (``Procter & Gamble``,
    ``Bureau of Salt, Timber and Lanterns``)."""
    parts: list[str] = []
    for k, word in enumerate(words):
        if k:
            between = gap(words[k - 1].end, word.start).strip()
            parts.append(" & " if between == "&" else ", " if between == "," else " ")
        parts.append(word.text)
    return "".join(parts)


def _joins_organisation(tokens: list[Token], gap: Gap, i: int, j: int) -> bool:
    """Whether ``and`` at token ``j`` joins the run from ``i`` and the capitalised words after
        it into one organisation's name: the left words hold an office word and ``of``
        (``Department of Health and Human Services``), or are one word that is no first name and
        the right words end in an office word (``Immigration and Customs Enforcement``) or repeat
        it (``Johnson and Johnson``); a country before the left words is left out of that count
    (``U.S. Customs and Border Protection``). ``Anna Smith and Tom Jones`` are two people."""
    k = j + 1
    while k < len(tokens) and tokens[k].cap and gap(tokens[k - 1].end, tokens[k].start) == " ":
        k += 1
    if k == j + 1 or tokens[k - 1].possessive:
        return False
    return organisation_and([t.lower for t in tokens[i:j]], [t.lower for t in tokens[j + 1 : k]])


def _listed_fields(tokens: list[Token], gap: Gap, i: int, j: int, people: Container[str]) -> int:
    """The end of a list of fields inside an office's name that a comma at token ``j``
    continues (``Bureau of Salt, Timber and Lanterns``, ``Department of Health, Education,
    and Welfare``), or ``j``: the run so far holds an office word and ``of``, and the list is of
    single capitalised words that an ``and`` closes, none a first name, a title or the surname
    of a person the article names (``the Ministry of Defence, Tom Hale and Ann Pike said``, and
    ``the Ministry of Defence, Hale and Pike`` after them, are three speakers)."""
    if not office_fields([t.lower for t in tokens[i:j]], []):
        return j  # "Ann Pike, Tom Hale and Jo Reyes": no office named before the comma
    k = j
    while k < len(tokens):
        word = tokens[k]
        if not word.cap or word.possessive or not field_word(word.lower) or word.lower in people:
            return j
        if k + 1 >= len(tokens):
            return j
        after = gap(word.end, tokens[k + 1].start).strip()
        if after == "," and tokens[k + 1].lower != "and":
            k += 1
            continue
        if after in ("", ",") and tokens[k + 1].lower == "and" and k + 2 < len(tokens):
            last = tokens[k + 2]
            if gap(tokens[k + 1].end, last.start).strip() or not last.cap or last.possessive:
                return j
            if _opens_person(tokens, gap, k + 2):
                return j  # "the Ministry of Defence, Hale and President Pike"
            return k + 3 if field_word(last.lower) and last.lower not in people else j
        return j
    return j


def office_fields(head: Sequence[str], fields: Sequence[str]) -> bool:
    """Whether single capitalised words ``fields`` (folded) listed after ``head`` continue an
    office's name (``Bureau of Salt`` + ``Timber``, ``Lanterns``): ``head`` holds ``of``
    and an office word, and every field is a ``field_word``."""
    held = set(head)
    folded = [field.casefold() for field in fields]
    if any(" " in field for field in folded):
        return False  # "Ministry of Defence and Acme Holdings": a name, no field
    return "of" in held and bool(held & vocab.NOT_NAME_WORDS) and all(map(field_word, folded))


def field_word(word: str) -> bool:
    """A folded capitalised word that may be a field in an office's name: no first name
    (``Tom`` begins a person). A title word is a field when no name follows it
    (``Department of Health, Education, and Welfare``)."""
    return word not in FIRST_NAMES


def unclassified_kind(tokens: list[Token], gap: Gap, i: int, last: int) -> str:
    """The kind of a name no rule classified, at tokens ``[i, last)``: ``person`` when it is
    listed as one (``listed_before_a_title``), ``name`` when a reporting verb follows it
    (``McLenney said``), else ``""`` (it says nothing)."""
    if listed_before_a_title(tokens, gap, i, last):
        return "person"
    verb = skip_adverbs(tokens, last)
    return "name" if verb < len(tokens) and tokens[verb].lower in REPORTING_VERBS else ""


def listed_before_a_title(tokens: list[Token], gap: Gap, i: int, last: int) -> bool:
    """A lone capitalised word at ``i`` in a list after a comma that ``and`` and a title
    with a name close (``the Ministry of Defence, Hale and President Pike``): a person, as
    the title says the list is of people."""
    if last != i + 1 or i == 0 or gap(tokens[i - 1].end, tokens[i].start).strip() != ",":
        return False
    k = last
    while k + 1 < len(tokens) and gap(tokens[k - 1].end, tokens[k].start).strip() == ",":
        if not tokens[k].cap or tokens[k + 1].cap:
            break
        k += 1  # "…, Hale, Reyes and President Pike"
    return (
        k + 1 < len(tokens)
        and tokens[k].lower == "and"
        and gap(tokens[k - 1].end, tokens[k].start).strip() in ("", ",")
        and _opens_person(tokens, gap, k + 1)
    )


def _opens_person(tokens: list[Token], gap: Gap, k: int) -> bool:
    """A title word at ``k`` followed by a capitalised word: it begins a person
    (``President Pike``)."""
    return (
        tokens[k].lower in vocab.TITLE_WORDS
        and k + 1 < len(tokens)
        and tokens[k + 1].cap
        and gap(tokens[k].end, tokens[k + 1].start) == " "
    )


def office_with_fields(words: Sequence[str]) -> str:
    """The office's name listing its fields that ``words`` (words and commas as written) end
    with (``… the Bureau of Salt, Timber and Lanterns``), without ``the``; else ``""``."""
    if len(words) < 5 or words[-2] != "and" or not words[-1][:1].isupper():
        return ""
    k = len(words) - (4 if words[-3] == "," else 3)
    fields = [words[-1]]
    while k >= 2 and words[k][:1].isupper() and words[k - 1] == ",":
        fields.insert(0, words[k])
        k -= 2
    head = k
    while head > 0 and (words[head - 1][:1].isupper() or words[head - 1] in ("of", "for")):
        head -= 1
    office = words[head + (words[head].casefold() == "the") : k + 1]
    folded = [word.casefold() for word in office]
    if len(fields) < 2 or not words[k][:1].isupper() or not office_fields(folded, fields):
        return ""
    return f"{' '.join(office)}, {', '.join(fields[:-1])} and {fields[-1]}"


def organisation_and(left: Sequence[str], right: Sequence[str]) -> bool:
    """Whether capitalised words ``left`` and ``right`` (folded) joined by ``and`` are one
    organisation's name (see ``_joins_organisation``)."""
    if len(left) > 1 and left[0] in vocab.COUNTRIES:
        left = left[1:]  # "U.S. Customs and Border Protection": the country is no name word
    if not left or not right:
        return False
    if len(left) == 1 and list(right) == list(left):
        return True  # "Johnson and Johnson"
    if "of" in left and set(left) & vocab.NOT_NAME_WORDS:
        return not two_bodies(left, right)
    single = len(left) == 1 and left[0] not in FIRST_NAMES
    if single and right[-1] in vocab.NOT_NAME_WORDS:
        return True
    return single and left[0] in vocab.NOT_NAME_WORDS and _office_tail(right)


def two_bodies(left: Sequence[str], right: Sequence[str]) -> bool:
    """Whether capitalised words ``right`` (folded) after an office's name ``left`` and its
    ``and`` open a second body (``Ministry of Finance``) or name a firm (``Acme Holdings``),
    rather than go on with the office's name (``Department of Health and Human Services``)."""
    office = "of" in left and bool(set(left) & vocab.NOT_NAME_WORDS)
    return office and (right[0] in vocab.BODY_HEADS or right[-1] in vocab.COMPANY_ENDINGS)


def _office_tail(right: Sequence[str]) -> bool:
    """The words after an office word's ``and`` are more of its name (``Enforcement and
    Removal Operations``), not a person (``Congress and Donald Trump``, ``Senate and President
    Hale``) or one lone word (``Congress and Trump``)."""
    return (
        len(right) >= 2
        and right[0] not in FIRST_NAMES
        and not any(word in vocab.TITLE_WORDS for word in right)
    )


def _nickname(before: Token, after: Token, text: str, masked: str) -> bool:
    """A quoted nickname stands between two words of a name (Robert C. "Bobby" Scott)."""
    inner = text[before.end : after.start].strip()
    word = inner[1:-1]
    return (
        after.cap
        and 3 <= len(inner) <= _NICKNAME
        and masked[before.end : after.start].strip(" ") == MASK * len(inner)
        and word.isalpha()
        and word[:1].isupper()
    )


def past_field(tokens: Sequence[Token], first: int, begin: int, last: int) -> int:
    """Where the person's name starts in a run whose title takes an office's field after ``of``
    or ``for`` (``Deputy Secretary for Harbour Safety Dana Quill``; ``begin``: where the title
    words stripped so far end): at the first known first name after the field, else at the
    run's last two words (a name's usual length; one more for a middle initial) when the field
    keeps a word of its own. Without it the field's words were read as the person's
    (``for Harbour Safety Dana Quill``)."""
    if tokens[first].lower in vocab.PARTY_MEMBERS and (
        last == first + 1 or tokens[first + 1].lower in _FIELD_JOINTS
    ):
        return last  # "Tom Hale, Democrat of Leith, said": a party and a state, no name
    joints = [
        k for k in range(first + 1, min(begin, last - 1) + 1) if tokens[k].lower in _FIELD_JOINTS
    ]
    if not joints or tokens[joints[-1] - 1].lower not in _TITLE_HEADS:
        return begin
    joint = joints[-1]
    if begin == joint and last - joint <= 3:
        return last  # "the Minister for Harbour Safety": an office, no name
    for k in range(joint + 2, last - 1):
        if tokens[k].lower in FIRST_NAMES:
            return max(k, begin)
    k = joint + 1
    while k < last - 1 and tokens[k].lower in _TITLE_HEADS:
        k += 1  # "for Homeland Security Quill": the field in words of offices
    if k > joint + 1:
        return max(k, begin)
    start = last - 2
    if start > joint + 1 and _initial(tokens[start].text):
        start -= 1
    if start <= joint + 1 or any(not token.cap for token in tokens[start:last]):
        return begin
    if tokens[start].lower in _TITLE_HEADS:
        return begin
    return max(start, begin)


_FIELD_JOINTS = frozenset({"of", "for"})
_TITLE_HEADS = (vocab.TITLE_WORDS | vocab.ROLE_PREFIXES | vocab.OFFICE_WORDS) - {"the", "of"}
"""Words joining a title to the office's field (``Secretary of …``, ``Minister for …``)."""


def _initial(word: str) -> bool:
    """A middle initial (``J.``)."""
    return len(word) == 2 and word[1] == "." and word[0].isupper()


def work_title_at(
    tokens: Sequence[Token], first: int, last: int, gap: Callable[[int, int], str]
) -> bool:
    """The capitalised run ``tokens[first:last]`` is the title of a work written right after
    a lowercase noun for it (``its report Building Back The Harbour``, ``the show Tales From
    The Quay``): a capitalised little word inside it (``The``, ``From``) says Title Case, not a
    name, so nobody is named there (``the council said`` after it is not the title's)."""
    if first == 0 or last - first < 2:
        return False
    noun = tokens[first - 1]
    if noun.cap or noun.lower not in TITLED_WORKS or gap(noun.end, tokens[first].start) != " ":
        return False
    return any(tokens[k].cap and tokens[k].lower in TITLE_GLUE for k in range(first, last))
