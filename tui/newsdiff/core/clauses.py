"""Who did what: a light reader of a sentence's subject and main verb.

The claim check needs to tell "Ruiz resigned" from "Hale called on Ruiz to resign": both name
Ruiz and share the pattern, but one says what Ruiz did and the other what Hale did. No English
parser's weights install from the package index inside a well-kept package, so this reads the
few things news sentences make easy to find:

* past a dateline (``WASHINGTON —``), an opening connective (``But``) and an opening phrase up to
  its comma (``In March,``, ``Asked about it,``), the **subject**: a pronoun, or a noun phrase
  (determiners, names, adjectives, ``of`` phrases, ``and``), past an apposition or a relative
  clause between commas (``Ruiz, a former pilot,``, ``Pompeo, who met …,``) and time phrases
  (``on Sunday``);
* the **main verb**: the first verb after the subject, past auxiliaries, modals, negators and
  adverbs (``has not yet formally joined`` → ``join``);
* a **reporting frame**: when the main verb reports speech or thought (``said``, ``told
  reporters``, ``argued``), the clause it reports (``X said (that) …``) is read too, since that
  is what the sentence claims; a sentence that opens with a quotation followed by ``, Holder
  added`` reports the quotation.

Words are recognised as verbs by form (auxiliaries, irregular pasts, ``-ed``) and a short list
of common news verbs; a sentence the reader cannot make out gives an empty :class:`Clause`,
and the check then leaves the pair to its other rules. Pure functions; no I/O.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from newsdiff.core.clause_openings import final_present, skip_opening, verb_after_insert
from newsdiff.core.clause_words import (
    ABBREVIATIONS,
    AUXILIARY_BASE,
    BE_FORMS,
    DASHES,
    DETERMINERS,
    DIRECT,
    INTRODUCERS,
    NEGATORS,
    NOT_SUBJECTS,
    NUMBER_WORDS,
    OBJECT_PRONOUNS,
    OPENERS,
    PLAIN_PRESENT,
    PREPOSITIONS,
    PRONOUNS,
    QUANTITIES,
    QUESTION_WORDS,
    QUOTES,
    SPEECH,
    SUBORDINATORS,
    TELL,
    TIME_LEADS,
    TIME_WORDS,
    TITLES,
    VERB_ADVERBS,
)
from newsdiff.core.verb_forms import (
    COUNTING,
    auxiliary,
    bare_reporting_verb,
    counted_subject_verb,
    main_verb,
    plain_verb_before_object,
    plural_subject_verb,
    plural_verb_before_object,
    reduced_relative_end,
    verb_base,
    verb_like,
)

_TOKEN = re.compile(r"[^\W\d_]+(?:['’.\-][^\W\d_]+)*\.?|\d[\d,.]*|[—–―]|--|[,;:\"“”‘’()]")
"""Words, numbers (with a comma after them: "2018,"), dashes and punctuation."""


@dataclass(frozen=True, slots=True)
class Clause:
    """A sentence's subject and main verb, as far as the reader makes them out.

    Attributes:
        subject: The subject's head, folded: a surname for a named person, else the last noun
            of the subject phrase (``protesters``); ``""`` when not found.
        kind: ``"name"``, ``"noun"`` or ``"pronoun"`` (``""`` when not found).
        names: The name words of the subject phrase (titles aside), folded.
        verb: The main verb's base form (``met`` → ``meet``), ``""`` when not found.
        reported: For a reporting verb, the clause it reports.
        initial: The subject is one capitalised word opening the text, which may be a
            common noun ("Researchers") as well as a name.
        phrase: The folded words of the whole subject phrase ("mr. steele's comments" gives
            ``{"mr", "steele", "comments"}``), determiners and prepositions included.
        possessed: The subject phrase has a possessive ("Steele's comments", "the
            lawsuit's claims").
    """

    subject: str = ""
    kind: str = ""
    names: frozenset[str] = frozenset()
    verb: str = ""
    reported: Clause | None = None
    initial: bool = False
    phrase: frozenset[str] = frozenset()
    possessed: bool = False

    @property
    def core(self) -> Clause:
        """What the sentence claims: the reported clause behind a reporting verb (an empty
        clause when none can be read: "revealed intelligence which he claimed shows …" is read
        as saying nothing rather than as a revealing), else the clause itself."""
        if self.verb in SPEECH and self.reported is None:
            return _EMPTY
        if self.reported is not None:
            if not self.reported.subject or not self.reported.verb:
                return _EMPTY
            return self.reported.core if self.reported.reported else self.reported
        return self


_EMPTY = Clause()


@lru_cache(maxsize=8192)
def read_clause(text: str) -> Clause:
    """The subject, main verb and reported clause of ``text`` (cached)."""
    # only a token ending in a full stop can lose one (every token has a character)
    tokens = [_without_full_stop(t) if t[-1] == "." else t for t in _TOKEN.findall(text)]
    if not tokens:
        return _EMPTY
    if tokens[0] in QUOTES:
        return _quotation_first(tokens)
    return _clause(tokens, skip_opening(tokens, 0), depth=0)


def _quotation_first(tokens: list[str]) -> Clause:
    """``"…," Holder added``: the speaker reports the quotation."""
    closers = {"’"} if tokens[0] == "‘" else {'"', "”", "“"}  # "“…?“ he asked": a mistyped close
    close = next((j for j in range(1, len(tokens)) if tokens[j] in closers), None)
    if close is None or close + 1 >= len(tokens):
        inner = tokens[1:close]  # a paragraph of quotation: the sentence is the speaker's
        return _clause(inner, skip_opening(inner, 0), depth=0)
    inner = tokens[1:close]
    start = 0
    while (
        start < len(inner) - 1
        and inner[start].casefold() in OPENERS
        and inner[start + 1] not in {",", "that"}
    ):
        start += 1
    reported = _clause(inner, start, depth=1)
    if not any(t in QUOTES for t in tokens[close + 1 :]):  # not '"The …," Hale said, "are …"'
        reported = final_present(reported, tokens[1:close])
    k = close + 1
    while k < len(tokens) and tokens[k] in {",", ":"}:
        k += 1
    frame = _clause(tokens, k, depth=1)
    if frame.verb in SPEECH and frame.subject:
        return Clause(frame.subject, frame.kind, frame.names, frame.verb, reported)
    if k < len(tokens) and verb_base(tokens[k]) in SPEECH:  # "…," said Edward Magee
        run = [t for t in tokens[k + 1 : k + 6] if t[:1].isupper()]
        names = frozenset(_fold(t) for t in run if _fold(t) not in TITLES)
        if names:
            surname = _fold(run[-1])
            return Clause(surname, "name", names, verb_base(tokens[k]), reported)
        speaker = _clause([*tokens[k + 1 :], "said"], 0, depth=1)  # "…," said the mayor
        if speaker.subject and speaker.kind != "pronoun":
            return Clause(
                speaker.subject, speaker.kind, speaker.names, verb_base(tokens[k]), reported
            )
    return _EMPTY


def _without_full_stop(token: str) -> str:
    """A word as written, without the full stop that ends its sentence ("said." → "said");
    abbreviations ("Mr.", "Capt.", "U.S.") keep theirs."""
    if len(token) > 2 and token.endswith(".") and "." not in token[:-1]:
        if token[:-1].casefold() not in ABBREVIATIONS:
            return token[:-1]
    return token


def _fold(token: str) -> str:
    return token.casefold().replace("’", "'").removesuffix("'s").rstrip(".")


def _skip_inserts(tokens: list[str], k: int) -> int:
    """Past what stands between a subject and its verb: an apposition or relative clause
    between commas or dashes, a parenthesis, a time phrase, an adverb."""
    while k < len(tokens):
        token = tokens[k]
        word = token.casefold()
        if token == "(":
            close = next((j for j in range(k, min(k + 12, len(tokens))) if tokens[j] == ")"), None)
            if close is None:
                return k
            k = close + 1
        elif token in {","} | DASHES:
            end = _insert_end(tokens, k)
            if end is None:
                return k
            k = end
        elif (
            word in TIME_LEADS and k + 1 < len(tokens) and tokens[k + 1].casefold() in (TIME_WORDS)
        ):
            k += 2
        elif word in TIME_WORDS or word in VERB_ADVERBS or word.endswith("ly"):
            k += 1
        else:
            return k
    return k


def _insert_end(tokens: list[str], k: int) -> int | None:
    """Where an inserted phrase opened by the comma or dash at ``k`` ends (the token after
    a closing comma or dash that a verb follows: "Gardner, R-Colo., head of …, called")."""
    opener = tokens[k]
    closers = {","} if opener == "," else DASHES
    for j in range(k + 1, min(k + 40, len(tokens))):
        aged = opener == "," and tokens[j][:1].isdigit() and tokens[j].endswith(",")
        if tokens[j] in closers or aged:  # "Voss, 73, took": the number keeps its comma
            after = j + 1
            while after < len(tokens) and (
                tokens[after].casefold() in VERB_ADVERBS
                or tokens[after].casefold() in NEGATORS
                or (tokens[after] in QUOTES and after == j + 1)  # 'Managers, he said, "are'
            ):
                after += 1
            if after < len(tokens) and (
                verb_like(tokens[after], tokens[j]) or verb_after_insert(tokens, after)
            ):
                return after
        if tokens[j] in QUOTES or tokens[j] in {";", ":"}:
            return None
    return None


def _apposed_name(tokens: list[str], k: int) -> list[str]:
    """The name between the comma at ``k`` and the next comma, when a verb follows it."""
    run: list[str] = []
    for j in range(k + 1, min(k + 7, len(tokens))):
        if tokens[j] == ",":
            following = tokens[j + 1] if j + 1 < len(tokens) else ""
            if run and (verb_like(following, ",") or following.casefold() in VERB_ADVERBS):
                return [_fold(t) for t in run if _fold(t) not in TITLES]
            return []
        if not tokens[j][:1].isupper():
            return []
        run.append(tokens[j])
    return []


def _inverted_subject(tokens: list[str], k: int) -> Clause:
    """The subject after the auxiliary of a question ("When did Hale resign?", "Why has
    she …"): a pronoun or a run of capitalised words; a common noun phrase, whose end the
    bare verb after it hides ("did the city council vote"), is not read."""
    if k >= len(tokens):
        return _EMPTY
    word = tokens[k].casefold()
    if word in PRONOUNS and word not in {"who", "one", "there"}:
        return Clause(word, "pronoun")
    run: list[str] = []
    for token in tokens[k : k + 5]:
        if not token[:1].isupper():
            break
        run.append(_fold(token))
    names = [name for name in run if name not in TITLES]
    if not names or run[0] in DETERMINERS:
        return _EMPTY
    return Clause(names[-1], "name", frozenset(names))


def _clause(tokens: list[str], k: int, *, depth: int) -> Clause:
    if k >= len(tokens):
        return _EMPTY
    first = tokens[k].casefold()
    if tokens[k] in QUOTES and depth:
        k += 1  # said that "the eyes of the nation …" are on the town
        if k >= len(tokens):
            return _EMPTY
        first = tokens[k].casefold()
    if first in QUESTION_WORDS:  # "When did the mayor resign?": the subject follows
        if k + 1 < len(tokens) and auxiliary(tokens[k + 1].casefold().replace("’", "'")):
            return _inverted_subject(tokens, k + 2)
        return _EMPTY
    if depth == 0 and auxiliary(first.replace("’", "'")):
        return _inverted_subject(tokens, k + 1)  # "Was Hale the target?"
    if first in NOT_SUBJECTS or first in INTRODUCERS or first in SUBORDINATORS:
        return _EMPTY  # "while Hale said …" without its comma: not a subject
    if tokens[k] in QUOTES:
        return _EMPTY
    names: list[str] = []
    counted_verb = -1  # where a plain-present verb was found ending the subject
    head = ""
    kind = ""
    initial = False
    phrase: frozenset[str] = frozenset()
    possessed = False
    pronoun, _, contraction = first.replace("’", "'").partition("'")
    if first in PRONOUNS and first != "one":
        head, kind = first, "pronoun"
        k += 1
    elif pronoun in PRONOUNS and contraction in {"s", "re", "ll", "ve", "d", "m"}:
        head, kind = pronoun, "pronoun"  # "he's staying", "they're"
        tokens = [*tokens[:k], pronoun, "'" + contraction, *tokens[k + 1 :]]
        k += 1
    else:
        previous = ""
        start = k
        capitals = 0
        frozen = False  # past a preposition: "lawmakers on Capitol Hill", "ambassador to …"
        relative = False  # inside "the argument that confounded Kennedy"
        counted = False  # the phrase counts a group: "The majority", "Most of the boats"
        while k < len(tokens):
            token = tokens[k]
            word = token.casefold()
            if token in QUOTES or (head and word.endswith(("self", "selves"))):
                k += 1  # "the prime minister himself has": the head stays "minister"
                continue
            if head and not relative and bare_reporting_verb(tokens, k, previous):
                break  # "The lawsuit alleges that", "Officials suggest he"
            if head and not relative and plural_subject_verb(token, previous, head):
                break  # "investigators remain interested"
            if not relative and (
                counted_subject_verb(tokens, k, previous, counted)
                or plural_verb_before_object(tokens, k, previous, head)
            ):
                head, kind = head or previous, kind or "noun"
                counted_verb = k
                break  # "The majority relate to", "Most belong to"
            counted = counted or (word in COUNTING and not head)
            if head and previous == head and word.endswith("ing") and token[:1].islower():
                following = tokens[k + 1] if k + 1 < len(tokens) else ""
                if following.casefold() in PREPOSITIONS | DETERMINERS or following[:1].isupper():
                    frozen = True  # "the rhetoric coming from …": a participle, not the head
            if k > start and verb_like(token, previous):
                if not relative:
                    break
                relative = False
            elif head and word in {"that", "which", "who"} and not frozen:
                frozen = relative = True
            if head and word in SUBORDINATORS:
                break  # "the board if skippers take …": a subordinate clause follows
            if head and (word in VERB_ADVERBS or (word.endswith("ly") and word.isalpha())):
                break  # "Akin also claimed", "intelligence reportedly confirmed"
            if word in PREPOSITIONS:
                if not head:
                    break
                following = tokens[k + 1] if k + 1 < len(tokens) else ""
                if (
                    not (word == "of" and following[:1].isupper())
                    and head not in QUANTITIES | NUMBER_WORDS
                ):
                    frozen = True  # "Secretary of State Pompeo" runs on; "jury of …" does not
            elif frozen:
                if not word[:1].isalnum():
                    break  # "Johnson of the Highway Patrol, who …": the phrase ends
            elif word in TIME_WORDS:
                pass  # "new intelligence Monday"
            elif word in NUMBER_WORDS:
                head, kind = word, "noun"  # "Fifteen were hurt", "Billions of dollars"
                names.clear()
            elif not head and word.endswith("ly") and word.isalpha():
                pass  # "the nearly hour-long address": the adverb is not the head
            elif token[:1].isupper() and word not in DETERMINERS:
                capitals += 1
                folded = _fold(token)
                if folded not in TITLES:
                    names.append(folded)
                    head, kind = folded, "name"
                elif not head or kind != "name":
                    head, kind = folded, "noun"
            elif word in DETERMINERS or word in {"and", "&"} or word[:1].isdigit():
                if word in COUNTING and not head and tokens[k + 1 : k + 2] == ["of"]:
                    head, kind = word, "noun"  # "Most of the boats": the boats, below
                if word == "and" and not head:
                    break
            elif word.endswith("'s") or word.endswith("’s"):
                head, kind = _fold(token), "noun"
                names.clear()
            elif token[:1].islower() and word.replace("-", "").isalpha():
                head, kind = word, "noun"
                names.clear()
            else:
                break
            previous = word
            k += 1
            if k - start > 16:
                return _EMPTY
        if not head:
            return _EMPTY
        phrase = frozenset(_fold(t) for t in tokens[start:k] if t[:1].isalnum())
        possessed = any(t.casefold().endswith(("'s", "’s")) for t in tokens[start:k])
        initial = capitals == 1 and (start == 0 or tokens[start - 1] in DASHES | QUOTES)
        if kind == "noun" and k < len(tokens) and tokens[k] == ",":
            apposed = _apposed_name(tokens, k)
            if apposed:  # "Iran's deputy foreign minister, Abbas Araghchi, said"
                names = apposed
                head, kind = apposed[-1], "name"
                phrase |= frozenset(apposed)
    k = _skip_inserts(tokens, k)
    verb = ""
    last_auxiliary = ""
    while k < len(tokens):
        word = tokens[k].casefold().replace("’", "'")
        if tokens[k] in QUOTES:
            k += 1
            continue
        if auxiliary(word) or word in NEGATORS or word in VERB_ADVERBS:
            last_auxiliary = auxiliary(word) or last_auxiliary
            k += 1
            continue
        if word.endswith("ly") and word.isalpha():
            k += 1
            continue
        if not last_auxiliary and k != counted_verb:
            after = reduced_relative_end(tokens, k, head)
            if after is not None:  # "The questions reported by the panel ask …"
                k = counted_verb = after
                continue
        if (
            k == counted_verb
            or main_verb(tokens[k], last_auxiliary, after_pronoun=kind == "pronoun")
            or (
                not last_auxiliary
                and (
                    bare_reporting_verb(tokens, k, "")
                    or tokens[k].casefold() in PLAIN_PRESENT
                    or plain_verb_before_object(tokens, k)  # "…, along with Brin, reject the"
                )
            )
        ):
            verb = verb_base(word)
        break
    if not verb and last_auxiliary:
        verb = AUXILIARY_BASE.get(last_auxiliary, "")
        k -= 1
    if not verb:
        return Clause(head, kind, frozenset(names), "", None, initial, phrase, possessed)
    if head == "it" and verb == "be" and depth == 0:  # "It was in Ohio that Santorum spoke"
        that = next(
            (j for j in range(k + 1, min(k + 16, len(tokens))) if tokens[j] == "that"), None
        )
        if that is not None:
            cleft = _clause(tokens, that + 1, depth=0)
            if cleft.verb:
                return cleft
    reported = None
    passive = (  # "is known for", "was told": not a frame
        last_auxiliary in BE_FORMS and k < len(tokens) and not tokens[k].endswith("ing")
    )
    if verb in SPEECH and depth <= 1 and not passive:  # "said he expected Trump would …"
        reported = _reported(tokens, k + 1, verb, depth)
    return Clause(head, kind, frozenset(names), verb, reported, initial, phrase, possessed)


def _reported(tokens: list[str], k: int, verb: str, depth: int) -> Clause | None:
    """The clause after a reporting verb: past its object and time phrase, to ``that`` or
    (after a verb such as "said" or "thinks") straight to a subject."""
    if verb in TELL and k < len(tokens):
        after_object = _object_end(tokens, k)  # "told the students he understands"
        if after_object is not None:
            reported = _clause(tokens, after_object, depth=depth + 1)
            if reported.verb and reported.kind == "pronoun":
                return reported
    after_preposition = False
    for j in range(k, min(k + 20, len(tokens))):
        word = tokens[j].casefold()
        after_preposition = after_preposition or word in PREPOSITIONS
        if word in DETERMINERS and word != "that" and not after_preposition and verb not in TELL:
            break  # "said the problems that Congress has …": "that" opens a relative clause
        if tokens[j] == ":":  # said: "The deal is no longer sustainable"
            clause = _clause(tokens, j + 1, depth=depth + 1)
            return clause if clause.verb else None
        if tokens[j].casefold() == "that" and tokens[j - 1].casefold() not in PREPOSITIONS:
            clause = _clause(tokens, skip_opening(tokens, j + 1), depth=depth + 1)
            return clause if clause.verb else None
        if tokens[j] in QUOTES or tokens[j] in {";", ":"}:
            break
    k = _skip_inserts(tokens, k)
    if k < len(tokens) and tokens[k].casefold() in TIME_LEADS | INTRODUCERS:
        return None
    if verb not in DIRECT:
        return None  # "revealed new intelligence": an object, not a clause
    clause = _clause(tokens, k, depth=depth + 1)
    if clause.verb and clause.kind != "pronoun" and k < len(tokens):
        # "told the students he understands": the object first, then the clause
        after_object = _object_end(tokens, k)
        if after_object is not None:
            reported = _clause(tokens, after_object, depth=depth + 1)
            if reported.verb and reported.kind == "pronoun":
                return reported
    return clause if clause.verb else None


def _object_end(tokens: list[str], k: int) -> int | None:
    """Past the object of "told": a pronoun or a short noun phrase followed by a pronoun."""
    word = tokens[k].casefold()
    if word in OBJECT_PRONOUNS:
        return k + 1
    for j in range(k + 1, min(k + 5, len(tokens))):
        if tokens[j].casefold() in PRONOUNS:
            return j
    return None
