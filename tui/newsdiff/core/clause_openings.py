"""Where a sentence's subject starts: past a dateline, opening connectives and adverbs, an
opening phrase or subordinate clause up to its comma, a fronted time or place phrase
(``core/clauses.py``). Pure."""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from newsdiff.core.clause_words import (
    DASHES,
    DETERMINERS,
    INTRODUCERS,
    OPENERS,
    PLAIN_PRESENT,
    PRONOUNS,
    QUANTITIES,
    QUOTES,
    RELATIVES,
    SUBORDINATORS,
    TIME_ENDS,
    TIME_LEADS,
    TIME_WORDS,
    VERB_ADVERBS,
)
from newsdiff.core.verb_forms import (
    auxiliary,
    bare_reporting_verb,
    main_verb,
    plain_verb_before_object,
    verb_base,
    verb_like,
)

if TYPE_CHECKING:
    from newsdiff.core.clauses import Clause


def skip_opening(tokens: list[str], k: int) -> int:
    """Past a dateline, opening connectives and an opening phrase up to its comma."""
    for j, token in enumerate(tokens[:10] if k == 0 else ()):
        if token in DASHES:  # a dateline opens the sentence, not a reported clause
            if not any(t[:1].islower() for t in tokens[:j]):
                k = j + 1  # "WASHINGTON —", "April 29 (UPI) —"
            break
    for _ in range(3):
        start = k
        while k < len(tokens) and (tokens[k].casefold() in OPENERS or tokens[k] == ","):
            k += 1
        if k >= len(tokens):
            return k
        word = tokens[k].casefold()
        time_phrase = fronted_time_phrase(tokens, k)
        if time_phrase is not None:
            k = time_phrase
            continue
        if opening_word(tokens, k):
            k += 2  # "Already, the board …", "Still, Voss …"
            continue
        opening_phrase = (
            word in INTRODUCERS
            or word in SUBORDINATORS
            or participle_opening(tokens, k)
            or (word.endswith("ly") and k + 1 < len(tokens) and tokens[k + 1] == ",")
        )
        if opening_phrase:
            comma = comma_outside_quotes(tokens, k, k + 25, after_number=k == 0)
            if comma is None:
                return past_place_or_time(tokens, k) if word in INTRODUCERS else k
            k = comma + 1
            if k < len(tokens) and tokens[k].casefold() in RELATIVES:
                comma = next(
                    (j for j in range(k, min(k + 25, len(tokens))) if tokens[j] == ","), None
                )
                if comma is None:
                    return k
                k = comma + 1  # "Outside the court, where the jury met, protesters …"
            if (
                k + 2 < len(tokens)
                and tokens[k][:1].isupper()
                and tokens[k + 1] == ","
                and tokens[k + 2][:1].isupper()
            ):
                k += 2  # "in Columbus, Ohio, Santorum …": the place runs on
        if k == start:
            break
    return k


def participle_opening(tokens: list[str], k: int) -> bool:
    """Does a participial phrase open the sentence ("Speaking to reporters,", "Asked about
    it,")? Its word ends in *-ing* or *-ed* and a lower-case word that is no verb follows; a
    name so spelt ("Bruning, along with …", "Manning told …") is not one."""
    token = tokens[k]
    if not (token[:1].isupper() and token.casefold().endswith(("ing", "ed"))):
        return False
    if k + 1 >= len(tokens) or not tokens[k + 1][:1].islower():
        return False
    return not verb_after_insert(tokens, k + 1)


def comma_outside_quotes(
    tokens: list[str], k: int, limit: int, *, after_number: bool = False
) -> int | None:
    """The first comma from ``k`` (before ``limit``) that is not inside a quotation; a comma
    that closes a quotation ("Speaking on "Radio Leith," Brin said") ends the phrase too, and
    then the closing mark is returned. With ``after_number``, a number written with its comma
    ("In April 2018, he …") ends the phrase too, and then the number is returned: only for
    the sentence's own opening, since a clause reported after it ("reported that, in 1979,
    Moore had …") would meet the who-rules' reading of a reported "he" as the speaker
    (``lookalikes._resolved``), which moved held-out links the wrong way."""
    quoted = False
    for j in range(k, min(limit, len(tokens))):
        token = tokens[j]
        if after_number and not quoted and token[:1].isdigit() and token.endswith(","):
            return j
        if token == "," and quoted and j + 1 < len(tokens) and tokens[j + 1] in {'"', "”"}:
            return j + 1
        if token == '"':
            quoted = not quoted
        elif token == "“":
            quoted = True
        elif token == "”":
            quoted = False
        elif token == "," and not quoted:
            return j
    return None


_FRONTED_TIME_TOKENS = 6


def apposition_end(tokens: list[str], k: int) -> int | None:
    """Past a phrase opened by the comma at ``k`` (``Voss, 73, took``, ``Voss, along with
    Brin, argue``, ``Voss, a pilot, said``): the token after its closing comma (or after a
    number written with its comma) when a verb follows; ``None`` otherwise."""
    for j in range(k + 1, min(k + 40, len(tokens))):
        token = tokens[j]
        if token == "," or (token[:1].isdigit() and token.endswith(",")):
            after = j + 1
            while after < len(tokens) and (
                tokens[after] in QUOTES
                or tokens[after].casefold() in VERB_ADVERBS
                or (tokens[after].endswith("ly") and tokens[after].isalpha())
            ):
                after += 1  # 'Managers, he went on, "are told …"', "…, often notes"
            if after < len(tokens) and verb_after_insert(tokens, after):
                return after
        if token in {";", ":"} or (token in QUOTES and tokens[j - 1] != ","):
            return None
    return None


def verb_after_insert(tokens: list[str], k: int) -> bool:
    """Could ``tokens[k]``, just past an inserted phrase, be the subject's verb ("took",
    "says", "argue that", "remain")?"""
    token = tokens[k]
    return (
        main_verb(token, "")
        or token in PLAIN_PRESENT
        or plain_verb_before_object(tokens, k)
        or bare_reporting_verb(tokens, k, "")
        or bool(auxiliary(token.casefold().replace("’", "'")))
    )


def opening_word(tokens: list[str], k: int) -> bool:
    """Is ``tokens[k]`` a capitalised word standing alone before a comma ("Already,",
    "Still,", "Notably,") rather than the subject? It is, when what the comma opens is no
    apposition closed before a verb ("Voss, 73, took", "Voss, a pilot, said") and no list
    ("Voss, Brin and Hale signed"): the rest then reads as a clause of its own."""
    if k + 2 >= len(tokens) or tokens[k + 1] != ",":
        return False
    token = tokens[k]
    if not (token[:1].isupper() and token.isalpha()) or token.casefold() in PRONOUNS:
        return False
    nxt = tokens[k + 2]
    if not (nxt[:1].isupper() or nxt.casefold() in DETERMINERS | PRONOUNS):
        return False
    if nxt.casefold() in RELATIVES:
        return False  # "Grassley, who owns a farm, …": a relative clause on the subject
    if apposition_end(tokens, k + 1) is not None:
        return False
    for j in range(k + 2, min(k + 12, len(tokens))):
        word = tokens[j].casefold()
        if word in {"and", "&", "or", ",", "(", ";", ":"} or tokens[j] in DASHES:
            return False  # "Voss, Brin and Hale signed", "Voss, Hale's deputy, and Brin"
        if verb_after_insert(tokens, j):
            return True
    return False


def fronted_time_phrase(tokens: list[str], k: int) -> int | None:
    """Past a fronted time phrase and its comma ("This year,", "Two weeks ago,", "To date,",
    "Yesterday,"): a few words, none a verb, the last a time word."""
    for j in range(k + 1, min(k + _FRONTED_TIME_TOKENS, len(tokens))):
        if tokens[j] == ",":
            last = tokens[j - 1].casefold()
            time = last in TIME_ENDS or last.removesuffix("s") in TIME_WORDS
            if time and not any(verb_like(t, "") for t in tokens[k:j]):
                return j + 1
            return None
        if not tokens[j][:1].isalnum():
            return None
    return None


def past_place_or_time(tokens: list[str], k: int) -> int:
    """Past an opening place or time phrase without a comma ("On Monday the mayor …", "In
    Leeds last week the council …"): prepositions with names, numbers and time words, up to a
    determiner or pronoun; ``k`` itself when the phrase does not end so."""
    j = k
    while j < len(tokens) and j - k < 8:
        token = tokens[j]
        word = token.casefold()
        if j > k and (word in DETERMINERS - {"that"} or word in PRONOUNS - {"who", "one"}):
            return j if tokens[j - 1].casefold() not in INTRODUCERS else k
        if not (
            word in INTRODUCERS
            or word in TIME_WORDS
            or word in TIME_LEADS
            or word[:1].isdigit()
            or (j > k and token[:1].isupper())
        ):
            return k
        j += 1
    return k


_ADJECTIVE_ENDINGS = tuple("al ive ous ful ic able ible less ary ish ent ant est ed ing".split())
"""Endings of adjectives ("the federal rules", "the annual fees"): no subject noun before a verb."""
_ADJECTIVES = frozenset(
    "new old big small great good bad other same such own last next first "
    "top high low long short fake real whole main key few".split()
)


def final_present(clause: Clause, tokens: list[str]) -> Clause:
    """A quoted clause read with no verb whose last word is a verb in *-s* ("'The ferry
    stays,' Pike said" read *stays* as the subject): the noun before it is the subject and
    the last word the verb. Only for a whole quotation of a determiner, a noun and the word
    in *-s* (an opening connective aside), where the noun is no adjective by its form or a
    common one ("the new rules", "a key vote" stay noun phrases). Any other clause
    unchanged."""
    words = tokens if tokens[-1:] and tokens[-1][:1].isalnum() else tokens[:-1]
    if clause.verb or clause.kind != "noun" or len(words) < 3:
        return clause
    if not all(t[:1].isalnum() for t in words) or clause.subject != words[-1]:
        return clause
    determiner, noun, last = (w.casefold() for w in words[-3:])
    if determiner not in DETERMINERS or determiner in QUANTITIES or not noun.isalpha():
        return clause
    if not words[-2].islower() or noun in _ADJECTIVES or noun.endswith(_ADJECTIVE_ENDINGS):
        return clause
    if not last.endswith("s") or last.endswith(("ss", "'s", "’s")) or not words[-1].islower():
        return clause
    return replace(clause, subject=noun, verb=verb_base(last), phrase=clause.phrase - {last})
