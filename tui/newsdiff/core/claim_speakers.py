"""Who a sentence's own attribution names as its speaker, read from the sentence's structure.

The claim check compares speakers (another speaker's statement is a look-alike; the same words
given to someone else are a ``speaker`` conflict), so a name it reads as a speaker must be the
*subject* of a reporting verb, never a name that merely stands beside one:

* the subject before the verb: ``Tom Hale said``, ``Tom Hale, the party's leader, said``,
  ``Ann Pike of the Leith Gazette wrote``;
* an inverted subject after it, only where the verb has no subject of its own before it:
  ``"…," said Tom Hale``, ``…, said the council's spokeswoman, Jane Ortiz``;
* ``according to Tom Hale``, ``according to a report by the Gazette`` (the Gazette).

Never a speaker: whom the speaker addresses (``told Harbour Radio``, ``asked Mr. Pike``), the
subject of the reported clause (``Hale said Ortiz must resign``), a name after a preposition
(``in an interview with Harbour Radio``, ``a spokesman for Tom Hale said``, ``in a statement to
Reuters``), a name inside a quotation, or what follows a participle (``…, saying …``: its
speaker is the clause's subject). Pure functions; no I/O.
"""

from __future__ import annotations

from collections.abc import Sequence

from newsdiff.core import reporting_verbs as verbs
from newsdiff.core.claim_speaker_names import (
    clean_run,
    name_list,
    noun_use,
    opening_parenthesis,
    tells_a_tale,
)
from newsdiff.core.claim_speaker_words import CLAUSE_OPENERS, DATE_WORDS, FUNCTION_AFTER
from newsdiff.core.document_authors import AUTHORING, DOCUMENT_NOUNS, JOINERS
from newsdiff.core.name_runs import office_fields, office_with_fields, organisation_and
from newsdiff.core.name_tags import is_tag
from newsdiff.core.names import (
    ATTRIBUTION_ADVERBS,
    NOT_NAME_WORDS,
    PREPOSITIONS,
    SOURCE_NOUNS,
    TITLE_WORDS,
)
from newsdiff.core.quote_clauses import speaking_topic
from newsdiff.core.speaker_names import joint_speaker, speaker_parts
from newsdiff.core.speaker_tokens import Token, sentence_tokens

_QUOTES = frozenset("\"“”«»‘’'")
_SPEAKING = verbs.SPEAKING_ACTIVITY | verbs.GOING_ON
_READ_ON = _SPEAKING.union(verbs.COMMON_FINITE, verbs.REPORTING_PARTICIPLES, {"according"})
_CLOSERS = frozenset("\"”»’'")
_ENDS = frozenset(".!?;:")
_DASHES = frozenset({"--", "—", "–", "―"})

_LONGEST_NAME = 7
"""Capitalised words a name with its titles may run to ("St. Louis County Prosecutor Bob X")."""

_LONGEST_OFFICE = 16
"""Words and commas an office's name listing its fields may run to."""

_VERB_WINDOW = 3
"""How many adverbs or date words may stand between a subject and its verb."""


def attributed_speakers(text: str, quoted_spans: Sequence[tuple[int, int]] = ()) -> tuple[str, ...]:
    """The names a sentence's own attribution gives as speakers, in order (``quoted_spans``:
    where the claim found quotations, as offsets in ``text``; its single-mark ones are used,
    double marks are read here. Names inside a quotation never speak)."""
    tokens = sentence_tokens(text, quoted_spans)
    names: list[str] = []
    reported_from = len(tokens)  # where the first reporting verb's clause begins
    for k, token in enumerate(tokens):
        opens_according = token.lower == "according" and k + 1 < len(tokens)
        if token.quoted or not token.word or (token.cap and not opens_according):
            if token.text in _QUOTES or token.text in _ENDS or token.text == ",":
                reported_from = len(tokens)  # a quotation or a clause end closes what was said
            continue
        if token.lower not in _READ_ON:
            continue  # a word no branch below acts on (_READ_ON: the words they test)
        found: list[str] = []
        if token.lower in verbs.COMMON_FINITE and not (
            noun_use(tokens, k) or tells_a_tale(tokens, k)
        ):
            found = _speaker_of_verb(tokens, k)
            if found and found[0] and _subject_start(tokens, k, found[0]) > reported_from:
                found = []  # "…, saying Tom Hale had asked …": Hale is what was said
            reported_from = min(reported_from, k)
        elif token.lower in verbs.REPORTING_PARTICIPLES:
            reported_from = min(reported_from, k)
        elif _speaks_into_quotation(tokens, k):
            found = _speaker_of_verb(tokens, k)  # "Jo Reyes railed against “…”"
        elif token.lower == "according" and k + 1 < len(tokens) and tokens[k + 1].lower == "to":
            found = _according_to(tokens, k + 2)
        names += [name for name in found if name]
    return tuple(dict.fromkeys(names))


def _speaks_into_quotation(tokens: list[Token], verb: int) -> bool:
    """A verb of speaking whose topic is the quotation after it (``railed against “…”``,
    ``went on about the “…”``), read as the quote reader reads it (``speaking_topic``)."""
    if tokens[verb].lower not in _SPEAKING:
        return False
    n = verb + 1
    while n < len(tokens) and n <= verb + 4 and tokens[n].word and not tokens[n].cap:
        if tokens[n].quoted:
            break
        n += 1
    opens = n < len(tokens) and (tokens[n].quoted or tokens[n].text in _QUOTES)
    return opens and speaking_topic([token.lower for token in tokens[verb:n]])


def _subject_start(tokens: list[Token], verb: int, name: str) -> int:
    """Where ``name``, read as the subject of ``verb``, begins (``verb`` when it stands after
    the verb)."""
    first = name.split()[0]
    for k in range(verb - 1, -1, -1):
        if tokens[k].text == first:
            return k
    return verb


def _speaker_of_verb(tokens: list[Token], verb: int) -> list[str]:
    """The subject of the reporting verb at ``verb``: before it, else inverted after it."""
    j = _skip_back(tokens, verb - 1)
    if j < 0:
        return _inverted(tokens, verb)
    before = tokens[j]
    if before.word and before.cap and not before.quoted:
        return _named_subject(tokens, j)
    if before.text == ")":
        opening = opening_parenthesis(tokens, j)
        if opening > 0 and tokens[opening - 1].cap:
            return [_subject_run(tokens, opening - 1)]
        return []
    if before.text == ",":
        if j > 0 and (tokens[j - 1].text in _CLOSERS or tokens[j - 1].quoted):
            return _inverted(tokens, verb)  # '"…," said Tom Hale'
        subject = _appositive_list(tokens, j) or _appositive_subject(tokens, j)
        return subject or _inverted(tokens, verb)  # "The pier will close, said Tom Hale"
    if before.text in _CLOSERS or before.quoted:
        return _inverted(tokens, verb)  # '"…" said Tom Hale'
    if before.text in _DASHES:  # "Tom Hale -- co-editor of Harbour Days -- said"
        return _dashed_subject(tokens, j) or _inverted(tokens, verb)
    if before.text in _ENDS:
        return _inverted(tokens, verb)
    return []  # a pronoun or a common noun is the subject: nothing named speaks


def _dashed_subject(tokens: list[Token], dash: int) -> list[str]:
    """The name before an appositive set off by dashes that closes at ``dash``."""
    k = dash - 1
    while k > 0 and dash - k < _LONGEST_OFFICE and tokens[k].text not in _DASHES:
        if tokens[k].quoted or tokens[k].text in _ENDS:
            return []
        k -= 1
    if k < 1 or tokens[k].text not in _DASHES or not (tokens[k - 1].cap and tokens[k - 1].word):
        return []
    return _named_subject(tokens, k - 1) if _subject_run(tokens, k - 1) else []


def _organisation_before(tokens: list[Token], end: int) -> str:
    """An organisation's name with ``and`` in it ending at ``end`` (``Department of Health
    and Human Services``), as its words; else ``""``."""
    start = _name_start(tokens, end)
    if start < 2 or tokens[start - 1].lower != "and" or not tokens[start - 2].cap:
        return ""
    k = start - 2
    while k > 0 and tokens[k - 1].word and not tokens[k - 1].quoted:
        if not (tokens[k - 1].cap or _joins_name(tokens, k - 1) and tokens[k - 2].cap):
            break
        k -= 1
    left = [t.lower for t in tokens[k : start - 1]]
    if not organisation_and(left, [t.lower for t in tokens[start : end + 1]]):
        return ""
    words = [t.text for t in tokens[k : end + 1]]
    return " ".join(words[1:] if words[0].casefold() == "the" else words)


def _named_subject(tokens: list[Token], j: int) -> list[str]:
    """The names of the subject whose last word is ``j``: an organisation or office named
    with ``and`` or its fields, else the people listed up to it (``Pike and Hale said``)."""
    words = [t.text for t in tokens[max(0, j - _LONGEST_OFFICE) : j + 1]]
    names = [_organisation_before(tokens, j) or office_with_fields(words)]
    names = names if names[0] else _listed_subject(tokens, j)
    whole = joint_speaker(names) if all(names) else ""
    return [whole] if len(names) > 1 and speaker_parts(whole) == [whole] else names


def _listed_subject(tokens: list[Token], end: int) -> list[str]:
    """The subject ending at ``end`` and the names listed before it; none when the list
    follows a preposition (``a spokesman for Tom Hale and Ann Pike said``)."""
    listed = _listed_before(tokens, end)
    return listed + [_subject_run(tokens, end)] if all(listed) else []


def _listed_before(tokens: list[Token], end: int) -> list[str]:
    """The names listed before the subject ending at ``end`` (``Anna Smith and Tom Jones
    wrote``, ``Pike, Hale and Dunmore said``): they speak with it, a joint statement."""
    start = _name_start(tokens, end)
    if start < 2 or tokens[start - 1].lower != "and" or not tokens[start - 2].cap:
        return []
    names: list[str] = []
    k = start - 2
    while k >= 0 and tokens[k].word and tokens[k].cap and not tokens[k].quoted:
        first = _name_start(tokens, k)
        named = _subject_run(tokens, k)
        if not named:  # "a spokesman for Tom Hale and Ann Pike said": the list is an object
            before = _name_start(tokens, k) - 1
            return [""] if before >= 0 and tokens[before].lower in PREPOSITIONS else names
        names.insert(0, named)
        if first < 2 or tokens[first - 1].text != "," or not tokens[first - 2].cap:
            break
        k = first - 2
    return names


def _skip_back(tokens: list[Token], j: int) -> int:
    """Past adverbs and date words between a subject and its verb ("Hale also said"), and a
    party or state tag set off by a comma ("Hale, R-Ky said", "Hale, Ky said")."""
    for _ in range(_VERB_WINDOW):
        if j < 0 or not tokens[j].word or tokens[j].quoted:
            break
        if j > 1 and is_tag(tokens[j].text) and tokens[j - 1].text == ",":
            return j - 2
        if tokens[j].lower not in ATTRIBUTION_ADVERBS and tokens[j].lower not in DATE_WORDS:
            break
        j -= 1
    return j


def _name_start(tokens: list[Token], end: int) -> int:
    """Where the capitalised run ending at ``end`` starts."""
    start = end
    while (
        start - 1 >= 0
        and tokens[start - 1].word
        and tokens[start - 1].cap
        and not tokens[start - 1].quoted
        and end - start < _LONGEST_NAME
    ):
        start -= 1
    return start


def _subject_run(tokens: list[Token], end: int) -> str:
    """The name ending at ``end`` when it stands as a subject: not after a preposition
    ("a spokesman for Tom Hale said"), nor a lone common noun opening the sentence."""
    start = _name_start(tokens, end)
    k = start - 1
    if k >= 0 and tokens[k].lower == "the":
        k -= 1
    if k >= 0 and tokens[k].word and tokens[k].lower in PREPOSITIONS:
        if tokens[k].lower == "of" and k > 0 and tokens[k - 1].cap and tokens[k - 1].word:
            if tokens[k - 1].lower in TITLE_WORDS:
                return clean_run(tokens[start : end + 1], opens=False)  # "Secretary of State X"
            if tokens[k - 1].lower in NOT_NAME_WORDS:  # "the Ministry of Defence said"
                if not _subject_run(tokens, k - 1):
                    return ""  # "a spokesman for the Ministry of Defence said"
                return clean_run(tokens[_name_start(tokens, k - 1) : end + 1], opens=False)
            return _subject_run(tokens, k - 1)  # "Ann Pike of the Leith Gazette wrote"
        return ""
    if k >= 0 and tokens[k].word and not tokens[k].cap and tokens[k].lower.endswith("'s"):
        return ""  # "the party's Tom Hale"? a possessive before: a description's modifier
    return clean_run(tokens[start : end + 1], opens=start == 0)


def _appositive_subject(tokens: list[Token], comma: int) -> list[str]:
    """``Tom Hale, the party's leader, said``: the name before the appositive, up to two
    comma-separated parts back ("Tom Hale, R-Leith, the chairman, said"), with the names
    listed before it (``Tom Hale and Ann Pike, the mayors, said``); after a quotation, the
    name opening the part (``"…," Rev. Tom Hale of Leith Church, told``)."""
    end = comma
    for _ in range(2):
        k = end - 1
        while k >= 0 and not tokens[k].quoted and (tokens[k].word or tokens[k].text in "()"):
            k -= 1
        if k < 0:
            return []
        if tokens[k].text in _CLOSERS or tokens[k].quoted:
            return _leading_name(tokens[k + 1 : end])
        if tokens[k].text != "," or k == 0:
            return []
        candidate = tokens[k - 1]
        opening = opening_parenthesis(tokens, k - 1) if candidate.text == ")" else -1
        if opening > 0 and tokens[opening - 1].word and tokens[opening - 1].cap:
            k, candidate = opening, tokens[opening - 1]  # "Tom Hale (D-N.Y.), chairman of …,"
        if candidate.word and candidate.cap and not candidate.quoted:
            named = _subject_run(tokens, k - 1)
            return _named_subject(tokens, k - 1) if named else []
        segment = tokens[k + 1 : end]
        if segment and all(t.word and t.cap and not t.quoted for t in segment):
            return _leading_name(segment)  # "the party's leader, Tom Hale, said"
        if candidate.text in _CLOSERS or candidate.quoted:
            return _leading_name(tokens[k + 1 : end])
        end = k
    return []


def _appositive_list(tokens: list[Token], comma: int) -> list[str]:
    """The people listed before ``comma`` after a description or a quotation (``the mayors,
    Tom Hale and Ann Pike, said``; ``"…," Tom Hale, Ann Pike and Jo Reyes, said``), as the
    shared ``speaker_parts`` reads the list back (two lone words are one name); else ``[]``."""
    k = comma - 1
    while k >= 0 and not tokens[k].quoted:
        token = tokens[k]
        if not (token.text == "," or token.word and (token.cap or token.lower == "and")):
            break
        k -= 1
    after_quote = k >= 0 and (tokens[k].text in _CLOSERS or tokens[k].quoted)
    described = k >= 0 and tokens[k].word and tokens[k].lower not in PREPOSITIONS
    object_of = k > 0 and tokens[k].word and not described and tokens[k - 1].word
    listed = next((n for n in range(k + 1, comma) if tokens[n].text == ","), -1)
    if object_of and not tokens[k - 1].cap and listed > 0:
        # "the mayors of Leith and Hove, Tom Hale and Ann Pike, said": the list after the
        # description's object (places, bodies or people it serves), not the object
        segment = tokens[listed + 1 : comma]
        if segment and all(t.word and t.cap for t in segment):
            return _leading_name(segment)  # "the wife of Tom Hale, Ann Pike, said"
        k, described = listed - 1, True
    if not (after_quote or described and tokens[k + 1].text == ","):
        return []
    names = name_list(tokens[k + 1 + (tokens[k + 1].text == ",") : comma])
    whole = joint_speaker(names)
    return names if not names or speaker_parts(whole) == names else [whole]  # "Hale and Pike"


def _leading_name(segment: Sequence[Token]) -> list[str]:
    stop = 0
    while stop < len(segment) and segment[stop].cap and segment[stop].word:
        stop += 1
    named = clean_run(segment[:stop], opens=False) if stop else ""
    return [named] if named else []


_OBJECT_GLUE = frozenset({"and", "of", "for", "the"})
"""Lowercase words inside what a description serves (``the Ministry of Defence and …``)."""


def _inverted(tokens: list[Token], verb: int) -> list[str]:
    """The speaker after a verb that has none before it: ``said Tom Hale``, ``said press
    secretary Ann Voss``, ``said the council's spokeswoman, Jane Ortiz``; both of ``said Ann
    Pike and Tom Hale``."""
    if tokens[verb].lower in ("told", "tells"):
        return []
    k = verb + 1
    described = served = False
    skipped = 0  # the words of what a description serves (``the mayors of Leith and Hove``)
    while k < len(tokens) and k <= verb + 8 + skipped:
        token = tokens[k]
        if token.quoted or token.text in _QUOTES or token.text in _ENDS:
            return []
        if served and token.word and (token.cap or token.lower in _OBJECT_GLUE):
            k, skipped = k + 1, skipped + 1
            continue
        if token.word and token.cap:
            end = _office_end(tokens, k)
            listed = _listed_after(tokens, k, end)
            if listed:
                return listed  # "said the Ministry of Defence, Tom Hale and Ann Pike"
            following = tokens[end + 1] if end + 1 < len(tokens) else None
            if (
                following is not None
                and following.word
                and not following.cap
                and following.lower not in FUNCTION_AFTER
            ):
                described = True  # "said the White House press secretary, …": a modifier
                k = end + 1
                continue
            named = clean_run(tokens[k : end + 1], opens=False)
            if named and end + 2 < len(tokens) and tokens[end + 1].lower == "and":
                if tokens[end + 2].cap and not tokens[end + 2].quoted:  # "said Pike and Hale"
                    _, other = _name_run(tokens, end + 2)
                    left = [t.lower for t in tokens[k : end + 1]]
                    if organisation_and(left, [t.lower for t in tokens[end + 2 : other + 1]]):
                        return [" ".join(t.text for t in tokens[k : other + 1])]
                    return [named, clean_run(tokens[end + 2 : other + 1], opens=False)]
            return [named]
        if token.text == ",":
            if not described:
                return []
            served = False
            following = tokens[k + 1] if k + 1 < len(tokens) else None
            if following is None or not (following.word and following.cap):
                return []  # "said a witness, who …": no name after the description
        elif not token.word:
            return []
        elif described and token.lower in PREPOSITIONS and not served:
            served = True  # "said the mayors of Leith and Hove, Tom Hale and Ann Pike"
        elif token.lower in PREPOSITIONS or token.lower in CLAUSE_OPENERS:
            return []  # "said in an interview with Harbour Radio", "claims that Acme …"
        else:
            described = True  # "said the agency's spokeswoman, Jane Ortiz"
        k += 1
    return []


def _office_end(tokens: list[Token], k: int) -> int:
    """The last token of the capitalised run from ``k``, over ``of``/``for`` (and ``the``)
    inside an office's name (``Ministry of Defence``, ``Department of the Interior``)."""
    end = k
    while end + 1 < len(tokens) and tokens[end + 1].word:
        if tokens[end + 1].cap:
            end += 1
            continue
        step = 2 if end + 2 < len(tokens) and tokens[end + 2].lower == "the" else 1
        office = any(t.lower in NOT_NAME_WORDS for t in tokens[k : end + 1])
        if not (office and _joins_name(tokens, end + 1) or office and step == 2):
            break
        if not (end + step + 1 < len(tokens) and tokens[end + step + 1].cap):
            break
        end += step + 1
    return end


def _listed_after(tokens: list[Token], k: int, end: int) -> list[str]:
    """The speakers of a list opened by the name at ``k``..``end`` after the verb, closed by
    ``and`` (``said the Ministry of Defence, Tom Hale and Ann Pike``), when it reads back as
    those speakers (``speaker_parts``); an office's fields (``the Bureau of Salt, Timber and
    Lanterns``) are one name. Else ``[]``."""
    names = [clean_run(tokens[k : end + 1], opens=False)]
    n = end + 1
    while n + 1 < len(tokens) and tokens[n].text in (",", "and") and len(names) < 6:
        closing = tokens[n].lower == "and" or tokens[n + 1].lower == "and"
        n += 2 if tokens[n].text == "," and tokens[n + 1].lower == "and" else 1
        if n >= len(tokens) or not (tokens[n].cap and tokens[n].word) or tokens[n].quoted:
            return []
        last = _office_end(tokens, n)
        lone = tokens[n].text if last == n else ""  # a field: "…, Education, and Welfare"
        names.append(clean_run(tokens[n : last + 1], opens=False) or lone)
        n = last + 1
        if closing:
            whole = joint_speaker(names)
            if all(names) and speaker_parts(whole) == names:
                return names
            fields = [name.casefold() for name in names[1:]]
            head = [word.casefold() for word in names[0].split()]
            return [whole] if all(names) and office_fields(head, fields) else []
    return []


def _joins_name(tokens: list[Token], k: int) -> bool:
    """``of`` / ``for`` inside a name, between capitalised words ("University of Leith")."""
    return (
        tokens[k].lower in JOINERS
        and k + 1 < len(tokens)
        and tokens[k + 1].word
        and tokens[k + 1].cap
    )


def _according_to(tokens: list[Token], k: int) -> list[str]:
    """``according to Tom Hale``; ``according to a (new) report by the Gazette`` (the Gazette,
    as the quotations read it: ``document_authors``); both of two names joined by ``and`` (``a
    report by Ann Pike and Tom Hale``); never whoever merely obtained the document
    (``documents obtained by the Gazette``) or what it is about (``an analysis of X data``)."""
    for _ in range(9):
        if k >= len(tokens) or tokens[k].quoted or not tokens[k].word:
            return []
        token = tokens[k]
        if token.cap:
            _, end = _name_run(tokens, k)
            names = [clean_run(tokens[k : end + 1], opens=False)]
            if end + 2 < len(tokens) and tokens[end + 1].lower == "and" and tokens[end + 2].cap:
                _, second_end = _name_run(tokens, end + 2)
                names.append(clean_run(tokens[end + 2 : second_end + 1], opens=False))
            return names
        after_document = k > 0 and tokens[k - 1].lower in DOCUMENT_NOUNS
        if token.lower == "of" and after_document:
            return []  # "an analysis of Harbour Board data": the subject, not the author
        if token.lower in AUTHORING and after_document:
            k += 1  # "a statement released by the board"
            if k >= len(tokens) or tokens[k].lower != "by":
                return []
        elif token.lower in ("by", "from", "of", "in") or token.lower in ("a", "an", "the"):
            k += 1
        elif token.lower in SOURCE_NOUNS or token.lower.endswith("s"):
            k += 1
        elif _modifies_source(tokens, k):
            k += 1  # "a new report", "a recent federal study"
        else:
            return []
    return []


def _name_run(tokens: list[Token], k: int) -> tuple[int, int]:
    """The capitalised run from ``k`` (``of``/``for`` inside it): its first and last token."""
    end = k
    while (
        end + 1 < len(tokens)
        and tokens[end + 1].word
        and (tokens[end + 1].cap or _joins_name(tokens, end + 1))
    ):
        end += 1
    return k, end


def _modifies_source(tokens: list[Token], k: int) -> bool:
    """A lowercase word before a document or source noun, up to three words on (``new`` in
    ``a new report``)."""
    for n in range(k, min(len(tokens), k + 3)):
        token = tokens[n]
        if not token.word or token.cap or token.quoted or token.lower in PREPOSITIONS:
            return False
        if token.lower in DOCUMENT_NOUNS or token.lower in SOURCE_NOUNS:
            return n > k
    return False
    return []
