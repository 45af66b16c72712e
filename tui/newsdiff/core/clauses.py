"""Who did what: a light reader of a sentence's subject and main verb.

The claim check needs to tell "Ruiz resigned" from "Hale called on Ruiz to resign": both name
Ruiz and share the pattern, but one says what Ruiz did and the other what Hale did. A full
parser is too slow for thousands of candidate pairs a second (and its weights cannot ship), so
this reads the few things news sentences make easy to find:

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

from newsdiff.core.words import stem

_TOKEN = re.compile(r"[^\W\d_]+(?:['’.\-][^\W\d_]+)*\.?|\d[\d,.]*|[—–]|--|[,;:\"“”‘’()]")

_DASHES = frozenset({"—", "–", "--"})
_QUOTES = frozenset({'"', "“", "”", "‘", "’"})
_OPENERS = frozenset(
    "and but however meanwhile also still so yet then plus instead now separately "
    "unilaterally indeed soon again finally first second third".split()
)
_INTRODUCERS = frozenset(
    "in on during after before at while as outside inside when earlier later since despite "
    "ahead under with for by from until amid following according upon over throughout "
    "without unlike like through".split()
)
_DETERMINERS = frozenset(
    "the a an this that these those his her its their our my your some many most all several "
    "both each every no another other any such few".split()
)
_PREPOSITIONS = frozenset("of in on at to for from with by about against over under near".split())
_QUANTITIES = frozenset(
    "hundreds thousands millions dozens dozen tens number numbers group groups members "
    "majority most many some several all each one two three four five none half".split()
)
_PRONOUNS = frozenset("he she they it we i you there who one".split())
_NOT_SUBJECTS = frozenset("what which whose whom why how whether if".split())
_TITLES = frozenset(
    "sen rep mr mrs ms dr gov gen lt col sgt president vice senator representative secretary "
    "attorney general prime minister judge justice former chairman chairwoman speaker leader "
    "governor mayor chief first lady republican democrat democratic independent gop jr sr "
    "director commissioner spokesman spokeswoman agent patrol press deputy acting "
    "ambassador".split()
)
_AUXILIARIES = frozenset(
    "is are was were be been being am has have had having do does did will would shall should "
    "can could may might must 's 've 'd 're 'll".split()
)
_NEGATORS = frozenset("not n't never no longer".split())
_VERB_ADVERBS = frozenset(
    "also then still already just now only even again yet ever reportedly allegedly "
    "previously later earlier first once further always initially long".split()
)
_TIME_WORDS = frozenset(
    "monday tuesday wednesday thursday friday saturday sunday today yesterday tonight "
    "morning afternoon evening night week month year weekend".split()
)
_TIME_LEADS = frozenset("on this last next late early earlier".split())

_IRREGULAR = dict(
    pair.split(":")
    for pair in (
        "said:say says:say told:tell tells:tell met:meet meets:meet went:go goes:go gone:go "
        "took:take taken:take takes:take made:make makes:make gave:give given:give gives:give "
        "came:come comes:come won:win wins:win lost:lose loses:lose held:hold holds:hold "
        "left:leave leaves:leave kept:keep keeps:keep got:get gets:get found:find finds:find "
        "thought:think thinks:think knew:know known:know knows:know saw:see seen:see sees:see "
        "began:begin begun:begin begins:begin brought:bring brings:bring bought:buy sent:send "
        "sends:send spent:spend spoke:speak spoken:speak speaks:speak wrote:write written:write "
        "writes:write ran:run runs:run led:lead leads:lead paid:pay pays:pay sought:seek "
        "seeks:seek stood:stand stands:stand fell:fall fallen:fall falls:fall rose:rise "
        "risen:rise rises:rise chose:choose chosen:choose hit:hit hits:hit "
        "shut:shut quit:quit beat:beat put:put puts:put "
        "set:set sets:set cut:cut cuts:cut felt:feel feels:feel heard:hear hears:hear "
        "became:become becomes:become struck:strike shot:shoot drew:draw drawn:draw broke:break "
        "broken:break wants:want calls:call marks:mark remains:remain looks:look seems:seem "
        "plans:plan needs:need urges:urge vows:vow warns:warn claims:claim admits:admit "
        "denies:deny insists:insist argues:argue adds:add explains:explain believes:believe "
        "shows:show suggests:suggest offers:offer includes:include faces:face expects:expect "
        "praises:praise opposes:oppose supports:support agrees:agree asks:ask announces:announce "
        "confirms:confirm reports:report tweets:tweet threatens:threaten accuses:accuse "
        "defends:defend stems:stem reflects:reflect appears:appear lets:let let:let"
    ).split()
)
"""Verb forms that the ``-ed`` rule cannot read, mapped to the base form."""

_ED_NOT_VERBS = frozenset(
    "red bed need speed seed feed hundred bred shed led embed creed breed greed indeed deed "
    "weed reed heed "
    "tweed sacred naked wicked rugged ragged kindred".split()
)
_SPEECH_WORDS = (
    "say tell announce claim insist argue add state declare warn reply ask suggest believe "
    "think write tweet note explain admit acknowledge report vow predict estimate post "
    "reveal contend maintain stress confirm deny charge complain promise recall "
    "testify clarify expect hope fear know feel assert".split()
)
_SPEECH = frozenset(stem(w) for w in _SPEECH_WORDS)
_DIRECT = frozenset(
    stem(w)
    for w in "say tell claim insist argue add state write tweet note explain admit contend "
    "maintain stress predict warn believe think expect hope fear know feel".split()
)
"""Reporting verbs that a clause may follow without "that" ("said he would", "thinks Moore
will"); the others ("revealed new intelligence") take an object."""
"""Verbs whose object is a reported clause (``X said (that) …``): what the sentence claims is
that clause."""


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
    """

    subject: str = ""
    kind: str = ""
    names: frozenset[str] = frozenset()
    verb: str = ""
    reported: Clause | None = None
    initial: bool = False

    @property
    def core(self) -> Clause:
        """What the sentence claims: the reported clause behind a reporting verb (an empty
        clause when it cannot be read), else the clause itself."""
        if self.verb in _SPEECH and self.reported is None:
            return _EMPTY
        if self.reported is not None:
            if not self.reported.subject or not self.reported.verb:
                return _EMPTY
            return self.reported.core if self.reported.reported else self.reported
        return self


_EMPTY = Clause()


def verb_base(word: str) -> str:
    """The base form of a verb form as written (``met`` → ``meet``, ``joined`` → a stem)."""
    word = word.casefold().replace("’", "'")
    return stem(_IRREGULAR.get(word, word))


def _verb_like(token: str, previous: str) -> bool:
    """Could ``token`` be a finite verb, judged by its form?"""
    word = token.casefold()
    if not word[:1].isalpha() or not token[:1].islower():
        return False
    if previous in _DETERMINERS or previous.endswith(("'s", "’s")):
        return False  # "the questions", "India's continued import"
    if word in _IRREGULAR or _auxiliary(word.replace("’", "'")):
        return True
    return word.endswith("ed") and len(word) >= 4 and word not in _ED_NOT_VERBS


_AUXILIARY_BASE = {
    **dict.fromkeys("is are was were be been being am 's 're".split(), "be"),
    **dict.fromkeys("has have had having 've 'd".split(), "have"),
    **dict.fromkeys("do does did".split(), "do"),
}
"""An auxiliary that is the main verb itself ("Pelosi is a supporter", "Iran must never have
nuclear weapons")."""

_MODALS = frozenset("will would shall should can could may might must 'll".split())


def _auxiliary(word: str) -> str:
    """``word`` as an auxiliary ("won't" → "will"), or ``""``."""
    if word in _AUXILIARIES:
        return word
    if word.endswith(("n't", "n’t")):
        return _CONTRACTED.get(word[:-3], word[:-3])
    return ""


_CONTRACTED = {"wo": "will", "ca": "can", "sha": "shall", "ai": "is"}


def _main_verb(token: str, auxiliary: str, *, after_pronoun: bool = False) -> bool:
    """Is ``token`` the main verb after ``auxiliary`` (or after the subject, without one)?

    After a modal, any plain word is the verb ("will travel"); after a form of *be*, *have* or
    *do*, only a participle or base form is ("has been convened", "is proposing"); otherwise
    the word must look like a finite verb ("met", "joined", "marks").
    """
    word = token.casefold()
    if not token[:1].islower() or not word.replace("'", "").isalpha():
        return False
    if word in _DETERMINERS or word in _PREPOSITIONS or word in _INTRODUCERS:
        return False
    if (
        auxiliary in _MODALS
        or auxiliary in {"do", "does", "did", "to"}
        or (after_pronoun and not auxiliary)
    ):
        return True  # "will travel", "we see"
    if auxiliary:
        return _verb_like(token, "") or word.endswith("ing")
    return _verb_like(token, "") or (word.endswith("s") and not word.endswith("ss"))


@lru_cache(maxsize=8192)
def read_clause(text: str) -> Clause:
    """The subject, main verb and reported clause of ``text`` (cached)."""
    tokens = [_without_full_stop(t) for t in _TOKEN.findall(text)]
    if not tokens:
        return _EMPTY
    if tokens[0] in _QUOTES:
        return _quotation_first(tokens)
    return _clause(tokens, _skip_opening(tokens, 0), depth=0)


def _quotation_first(tokens: list[str]) -> Clause:
    """``"…," Holder added``: the speaker reports the quotation."""
    closers = {"’"} if tokens[0] == "‘" else {'"', "”"}
    close = next((j for j in range(1, len(tokens)) if tokens[j] in closers), None)
    if close is None or close + 1 >= len(tokens):
        inner = tokens[1:close]  # a paragraph of quotation: the sentence is the speaker's
        return _clause(inner, _skip_opening(inner, 0), depth=0)
    reported = _clause(tokens[1:close], 0, depth=1)
    k = close + 1
    while k < len(tokens) and tokens[k] in {",", ":"}:
        k += 1
    frame = _clause(tokens, k, depth=1)
    if frame.verb in _SPEECH and frame.subject:
        return Clause(frame.subject, frame.kind, frame.names, frame.verb, reported)
    if k < len(tokens) and verb_base(tokens[k]) in _SPEECH:  # "…," said Edward Magee
        run = [t for t in tokens[k + 1 : k + 6] if t[:1].isupper()]
        names = frozenset(_fold(t) for t in run if _fold(t) not in _TITLES)
        if names:
            surname = _fold(run[-1])
            return Clause(surname, "name", names, verb_base(tokens[k]), reported)
    return _EMPTY


_ABBREVIATIONS = frozenset(
    "mr mrs ms dr sen rep gov gen lt col sgt capt cmdr adm jr sr st mt ft prof rev supt "
    "insp det cllr no vs inc co corp ltd".split()
)


def _without_full_stop(token: str) -> str:
    """A word as written, without the full stop that ends its sentence ("said." → "said");
    abbreviations ("Mr.", "Capt.", "U.S.") keep theirs."""
    if len(token) > 2 and token.endswith(".") and "." not in token[:-1]:
        if token[:-1].casefold() not in _ABBREVIATIONS:
            return token[:-1]
    return token


def _skip_opening(tokens: list[str], k: int) -> int:
    """Past a dateline, opening connectives and an opening phrase up to its comma."""
    for j, token in enumerate(tokens[:10]):
        if token in _DASHES:
            if not any(t[:1].islower() for t in tokens[:j]):
                k = j + 1  # "WASHINGTON —", "April 29 (UPI) —"
            break
    for _ in range(3):
        start = k
        while k < len(tokens) and (tokens[k].casefold() in _OPENERS or tokens[k] == ","):
            k += 1
        if k >= len(tokens):
            return k
        word = tokens[k].casefold()
        opening_phrase = (
            word in _INTRODUCERS
            or (word.endswith(("ing", "ed")) and tokens[k][:1].isupper())
            or (word.endswith("ly") and k + 1 < len(tokens) and tokens[k + 1] == ",")
        )
        if opening_phrase:
            comma = next((j for j in range(k, min(k + 25, len(tokens))) if tokens[j] == ","), None)
            if comma is None:
                return k
            k = comma + 1
            if k < len(tokens) and tokens[k].casefold() in _RELATIVES:
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


_RELATIVES = frozenset("where which who when whose".split())


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
        elif token in {","} | _DASHES:
            end = _insert_end(tokens, k)
            if end is None:
                return k
            k = end
        elif (
            word in _TIME_LEADS
            and k + 1 < len(tokens)
            and tokens[k + 1].casefold() in (_TIME_WORDS)
        ):
            k += 2
        elif word in _TIME_WORDS or word in _VERB_ADVERBS or word.endswith("ly"):
            k += 1
        else:
            return k
    return k


def _insert_end(tokens: list[str], k: int) -> int | None:
    """Where an inserted phrase opened by the comma or dash at ``k`` ends (the token after
    a closing comma or dash that a verb follows: "Gardner, R-Colo., head of …, called")."""
    opener = tokens[k]
    closers = {","} if opener == "," else _DASHES
    for j in range(k + 1, min(k + 40, len(tokens))):
        if tokens[j] in closers:
            after = j + 1
            while after < len(tokens) and (
                tokens[after].casefold() in _VERB_ADVERBS or tokens[after].casefold() in _NEGATORS
            ):
                after += 1
            if after < len(tokens) and _verb_like(tokens[after], tokens[j]):
                return after
        if tokens[j] in _QUOTES or tokens[j] in {";", ":"}:
            return None
    return None


def _apposed_name(tokens: list[str], k: int) -> list[str]:
    """The name between the comma at ``k`` and the next comma, when a verb follows it."""
    run: list[str] = []
    for j in range(k + 1, min(k + 7, len(tokens))):
        if tokens[j] == ",":
            following = tokens[j + 1] if j + 1 < len(tokens) else ""
            if run and (_verb_like(following, ",") or following.casefold() in _VERB_ADVERBS):
                return [_fold(t) for t in run if _fold(t) not in _TITLES]
            return []
        if not tokens[j][:1].isupper():
            return []
        run.append(tokens[j])
    return []


def _clause(tokens: list[str], k: int, *, depth: int) -> Clause:
    if k >= len(tokens):
        return _EMPTY
    first = tokens[k].casefold()
    if tokens[k] in _QUOTES and depth:
        k += 1  # said that "the eyes of the nation …" are on the town
        if k >= len(tokens):
            return _EMPTY
        first = tokens[k].casefold()
    if first in _NOT_SUBJECTS or tokens[k] in _QUOTES:
        return _EMPTY
    names: list[str] = []
    head = ""
    kind = ""
    initial = False
    if first in _PRONOUNS and first != "one":
        head, kind = first, "pronoun"
        k += 1
    else:
        previous = ""
        start = k
        capitals = 0
        frozen = False  # past a preposition: "lawmakers on Capitol Hill", "ambassador to …"
        relative = False  # inside "the argument that confounded Kennedy"
        while k < len(tokens):
            token = tokens[k]
            word = token.casefold()
            if token in _QUOTES:
                k += 1
                continue
            if k > start and _verb_like(token, previous):
                if not relative:
                    break
                relative = False
            elif head and word in {"that", "which", "who"} and not frozen:
                frozen = relative = True
            if head and (word in _VERB_ADVERBS or (word.endswith("ly") and word.isalpha())):
                break  # "Akin also claimed", "intelligence reportedly confirmed"
            if word in _PREPOSITIONS:
                if not head:
                    break
                following = tokens[k + 1] if k + 1 < len(tokens) else ""
                if not (word == "of" and following[:1].isupper()) and head not in _QUANTITIES:
                    frozen = True  # "Secretary of State Pompeo" runs on; "jury of …" does not
            elif frozen:
                if not word[:1].isalnum():
                    break  # "Johnson of the Highway Patrol, who …": the phrase ends
            elif word in _TIME_WORDS:
                pass  # "new intelligence Monday"
            elif token[:1].isupper() and word not in _DETERMINERS:
                capitals += 1
                folded = _fold(token)
                if folded not in _TITLES:
                    names.append(folded)
                    head, kind = folded, "name"
                elif not head or kind != "name":
                    head, kind = folded, "noun"
            elif word in _DETERMINERS or word in {"and", "&"} or word[:1].isdigit():
                if word == "and" and not head:
                    break
            elif word.endswith("'s") or word.endswith("’s"):
                head, kind = _fold(token), "noun"
                names.clear()
            elif token[:1].islower() and word.isalpha():
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
        initial = capitals == 1 and (start == 0 or tokens[start - 1] in _DASHES | _QUOTES)
        if kind == "noun" and k < len(tokens) and tokens[k] == ",":
            apposed = _apposed_name(tokens, k)
            if apposed:  # "Iran's deputy foreign minister, Abbas Araghchi, said"
                names = apposed
                head, kind = apposed[-1], "name"
    k = _skip_inserts(tokens, k)
    verb = ""
    last_auxiliary = ""
    while k < len(tokens):
        word = tokens[k].casefold().replace("’", "'")
        if tokens[k] in _QUOTES:
            k += 1
            continue
        if _auxiliary(word) or word in _NEGATORS or word in _VERB_ADVERBS:
            last_auxiliary = _auxiliary(word) or last_auxiliary
            k += 1
            continue
        if word.endswith("ly") and word.isalpha():
            k += 1
            continue
        if _main_verb(tokens[k], last_auxiliary, after_pronoun=kind == "pronoun"):
            verb = verb_base(word)
        break
    if not verb and last_auxiliary:
        verb = _AUXILIARY_BASE.get(last_auxiliary, "")
        k -= 1
    if not verb:
        return Clause(head, kind, frozenset(names), "", None, initial)
    if head == "it" and verb == "be" and depth == 0:  # "It was in Ohio that Santorum spoke"
        that = next(
            (j for j in range(k + 1, min(k + 16, len(tokens))) if tokens[j] == "that"), None
        )
        if that is not None:
            cleft = _clause(tokens, that + 1, depth=0)
            if cleft.verb:
                return cleft
    reported = None
    if verb in _SPEECH and depth <= 1:  # "Netanyahu said he expected Trump would …"
        reported = _reported(tokens, k + 1, verb, depth)
    return Clause(head, kind, frozenset(names), verb, reported, initial)


def _reported(tokens: list[str], k: int, verb: str, depth: int) -> Clause | None:
    """The clause after a reporting verb: past its object and time phrase, to ``that`` or
    (after a verb such as "said" or "thinks") straight to a subject."""
    after_preposition = False
    for j in range(k, min(k + 12, len(tokens))):
        word = tokens[j].casefold()
        after_preposition = after_preposition or word in _PREPOSITIONS
        if word in _DETERMINERS and word != "that" and not after_preposition:
            break  # "said the problems that Congress has …": "that" opens a relative clause
        if tokens[j] == ":":  # said: "The deal is no longer sustainable"
            clause = _clause(tokens, j + 1, depth=depth + 1)
            return clause if clause.verb else None
        if tokens[j].casefold() == "that":
            clause = _clause(tokens, j + 1, depth=depth + 1)
            return clause if clause.verb else None
        if tokens[j] in _QUOTES or tokens[j] in {";", ":"}:
            break
    k = _skip_inserts(tokens, k)
    if k < len(tokens) and tokens[k].casefold() in _TIME_LEADS | _INTRODUCERS:
        return None
    if verb not in _DIRECT:
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


_OBJECT_PRONOUNS = frozenset("me him her us them you reporters".split())


def _object_end(tokens: list[str], k: int) -> int | None:
    """Past the object of "told": a pronoun or a short noun phrase followed by a pronoun."""
    word = tokens[k].casefold()
    if word in _OBJECT_PRONOUNS:
        return k + 1
    for j in range(k + 1, min(k + 5, len(tokens))):
        if tokens[j].casefold() in _PRONOUNS:
            return j
    return None


def _resolved(clause: Clause) -> Clause:
    """The core clause, its "he"/"she" read as the speaker of a frame ("Holder said he …")."""
    core = clause.core
    if core is not clause and core.subject in {"he", "she"} and clause.kind == "name":
        return Clause(clause.subject, clause.kind, clause.names, core.verb)
    return core


def _named(clause: Clause, other_text: str) -> bool:
    """Is the subject a name? A single capitalised word opening the sentence ("People",
    "UP to 1,100 workers") counts only when the other sentence writes it too."""
    if clause.kind != "name":
        return False
    if not clause.initial:
        return True
    return re.search(rf"\b{re.escape(clause.subject)}\b", other_text.casefold()) is not None


def _same_subject(a: Clause, b: Clause) -> bool:
    return a.subject == b.subject or bool(a.names & b.names)


def different_actions(left_text: str, right_text: str) -> tuple[str, str] | None:
    """Two named people doing two different things: ``(left who-did, right who-did)``.

    Each sentence's core clause (the reported one behind "X said", a "he" or "she" there
    read as X) has a named subject and a main verb; the subjects differ and so do the verbs
    (not both a form of *be*, *have* or *do*): "Romney joined … calling on Akin to quit" and
    "Akin claimed he would help Romney" report what two people did. A sentence that speaks
    of the other's subject in the possessive ("India denied Trump's claims that he brokered
    a ceasefire") reports on that person's act, and is left to the other rules.
    """
    left_frame, right_frame = read_clause(left_text), read_clause(right_text)
    left, right = _resolved(left_frame), _resolved(right_frame)
    if not left.verb or not right.verb or {left.verb, right.verb} <= _LIGHT:
        return None
    if not _named(left, right_text) or not _named(right, left_text):
        return None
    if _same_subject(left, right) or left.verb == right.verb:
        return None
    for clause, other in ((left, right_text), (right, left_text)):
        for subject in {clause.subject, left_frame.subject, right_frame.subject}:
            if subject and _possessive(subject, other):
                return None
    return f"{left.subject} {left.verb}", f"{right.subject} {right.verb}"


def _possessive(name: str, text: str) -> bool:
    return re.search(rf"\b{re.escape(name)}['’]s\b", _fold_text(text)) is not None


def _fold_text(text: str) -> str:
    return text.casefold()


_LIGHT = frozenset({"be", "have", "do"})
