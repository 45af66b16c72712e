"""The attribution cue of a quotation and the speaker's role read from it.

The cue is the stretch of the writer's own words, right after or right before the quotation in
its sentence, that carries a reporting verb (``said the agency's spokeswoman, Jane Ortiz``,
``Rubio told reporters:``, ``according to the report``). The role is what the cue says about
the speaker besides the name (``agency's spokeswoman``), when it holds a title or role word.
"""

from __future__ import annotations

import re

from newsdiff.core import names as vocab
from newsdiff.core.cue_windows import (
    CLAUSE_END,
    CUE_CHARS,
    abbreviation_before,
    clause_end,
    named_back,
    next_mark,
    participle_cut,
    previous_mark,
)
from newsdiff.core.cue_windows import PRONOUNS as _PRONOUNS
from newsdiff.core.cue_windows import WORD as _WORD
from newsdiff.core.cue_windows import bare as _bare
from newsdiff.core.cue_windows import name_words as _name_words
from newsdiff.core.cue_windows import word_gap as _gap
from newsdiff.core.document_authors import DOCUMENT_NOUNS
from newsdiff.core.models import Cue
from newsdiff.core.question_lists import QUESTION_NOUNS
from newsdiff.core.quote_marks import QuoteSpan
from newsdiff.core.reporting_verbs import (
    DOCUMENT_VERBS,
    GOING_ON,
    PLURAL_REPORTING,
    REPORTING_VERBS,
    SPEAKING_ACTIVITY,
    SPEAKING_TOPIC_WORDS,
)
from newsdiff.core.speaker_names import speaker_parts

_TOPIC_WORDS = 4
"""How many words a verb of speaking may stand before its quotation (``went on about the``)."""

_DASH = re.compile(r"[ \t\u00a0]*(--|[\u2014\u2015\u2013])[ \t\u00a0]*")
_ROLE_EXTRA = frozenset(
    """
    spokesman spokeswoman spokesperson official officials source sources editor editor-in-chief
    candidate nominee mate adviser advisor aide lawyer attorney analyst economist executive
    founder owner author researcher expert professor teacher doctor nurse officer manager
    member leader chief head director strategist consultant campaign historian writer
    scientist scholar critic fellow pollster lawmaker legislator activist surrogate veteran
    mother father wife husband daughter son sister brother widow widower niece nephew
    """.split()
)
_DROP = frozenset({"the", "a", "an", "according", "to", "in", "statement", "who", "which"})


def cue_after(text: str, span: QuoteSpan, limit: int, speaker: str) -> Cue | None:
    """The attribution words right after the closing mark, if they hold a reporting verb."""
    start = span.close + 1
    end = clause_end(text, start, min(limit, start + CUE_CHARS))
    end = participle_cut(text, start, min(end, next_mark(text, start, end)))
    if _own_clause([w.group(0) for w in _WORD.finditer(text, start, end)][:3]):
        return None  # "“…” and said “…”": a clause of its own, the next quotation's
    return _narrow(text, start, end, speaker) or _dash_cue(text, start, end, speaker)


def _own_clause(words: list[str]) -> bool:
    """The words after a quotation open a clause with its own attribution: a conjunction,
    then a reporting verb, maybe after a pronoun (``and said``, ``and I said``; not ``and
    should be thrown out, X said``, which goes on with the quotation's clause)."""
    if not words or words[0] not in _OPENING_CLAUSE:
        return False
    verb = 2 if len(words) > 2 and _bare(words[1]) in _PRONOUNS else 1
    return len(words) > verb and _bare(words[verb]) in REPORTING_VERBS


def _dash_cue(text: str, start: int, end: int, speaker: str) -> Cue | None:
    """A name set after the quotation with a dash (``"…" ― Ana Voss, a teacher``)."""
    dash = _DASH.match(text, start, end)
    if dash is None:
        return None
    words = list(_WORD.finditer(text, dash.end(), end))
    own = _name_words(speaker)
    high = -1
    while high + 1 < len(words) and _bare(words[high + 1].group(0)) in own | _JOINERS:
        high += 1
    if high < 0 or _bare(words[0].group(0)) not in own:
        return None
    high = _appositive_end(text, words, high, end)
    return Cue(dash.start(1), words[high].end(), text[dash.start(1) : words[high].end()])


def cue_before(text: str, span: QuoteSpan, floor: int, speaker: str) -> Cue | None:
    """The attribution words right before the opening mark, if they hold a reporting verb."""
    end = span.open
    start = max(floor, end - CUE_CHARS)
    while floor < start < end and text[start - 1].isalnum():
        start += 1  # the window began inside a word
    start = _whole_name_start(text, floor, start, speaker)
    for match in CLAUSE_END.finditer(text, start, end):
        if not abbreviation_before(text, match.start()):
            start = match.end()
    return _narrow(text, max(start, previous_mark(text, start, end)), end, speaker, topic=True)


def cue_named(text: str, floor: int, cue: Cue, speaker: str) -> Cue:
    """A cue before its quotation that names nobody (``and claiming``), reached back to the
    speaker's name in its clause (``floor``: its sentence's start; see
    :func:`~newsdiff.core.cue_windows.named_back`); any other cue as it is."""
    if names_speaker(cue, speaker):
        return cue
    ends = [m.end() for m in CLAUSE_END.finditer(text, floor, cue.start)]
    clause = max([floor] + [e for e in ends if not abbreviation_before(text, e - 1)])
    return named_back(text, clause, cue, _name_words(speaker))


def _whole_name_start(text: str, floor: int, start: int, speaker: str) -> int:
    """The window's start moved back to the start of the speaker's name when it began inside
    it (``… Harbour Safety Unit, set up in …, said``): a cue never halves a name."""
    names = _name_words(speaker)
    word = _WORD.match(text, start)
    while word is not None and _bare(word.group(0)) in names and start - 1 > floor:
        if text[start - 1] != " ":
            break
        before = max(floor, text.rfind(" ", floor, start - 1) + 1)
        word = _WORD.fullmatch(text, before, start - 1)
        if word is None or _bare(word.group(0)) not in names:
            break
        start = before
    return start


def cue_within(text: str, start: int, end: int, speaker: str) -> Cue | None:
    """The attribution words of ``text[start:end]`` when they name ``speaker``, else None."""
    cue = _narrow(text, start, end, speaker)
    return cue if cue is not None and names_speaker(cue, speaker) else None


def names_speaker(cue: Cue, speaker: str) -> bool:
    """Whether the cue holds a word of the speaker's name, a pronoun or a source noun."""
    anchors = _name_words(speaker) | _PRONOUNS | vocab.SOURCE_NOUNS | QUESTION_NOUNS
    words = [_bare(word) for word in _WORD.findall(cue.text)]
    return any(w in anchors for w in words) or words[-2:-1] in (["him"], ["her"])


def names_another(cue: Cue, speaker: str) -> bool:
    """Whether the cue names a group that is not the speaker: no word of the speaker's name,
    and a group's noun as its last word besides the verbs (``says union``, ``said the
    union`` beside Ann Pike; not ``says union leader``, nor ``the statement said``)."""
    words = [_bare(word) for word in _WORD.findall(cue.text)]
    if set(words) & _name_words(speaker):
        return False
    content = [word for word in words if word not in REPORTING_VERBS and word not in _DROP]
    return bool(content) and content[-1] in _GROUP_NOUNS


_GROUP_NOUNS = vocab.SOURCE_NOUNS - DOCUMENT_NOUNS


def _narrow(text: str, start: int, end: int, speaker: str, topic: bool = False) -> Cue | None:
    """The words of ``start:end`` that attribute: the reporting verb and the speaker named
    nearest it, from the start of the comma-separated phrase where they begin. With ``topic``
    (words before a quotation) a verb of speaking leading to it attributes too (``Jo Reyes
    railed against “…”``)."""
    words = list(_WORD.finditer(text, start, end))
    verbs = [
        n
        for n, w in enumerate(words)
        if _is_verb(w.group(0), words, n) or topic and _speaks_of(words, n)
    ]
    if not verbs:
        return None
    named = [n for n, w in enumerate(words) if _bare(w.group(0)) in _name_words(speaker)]
    if not named:
        generic = _PRONOUNS | vocab.SOURCE_NOUNS | QUESTION_NOUNS  # "reads one question"
        named = [
            n
            for n, w in enumerate(words)
            if _bare(w.group(0)) in generic
            and any(_may_be_subject(text, words, v, n) for v in verbs)
            or _bare(w.group(0)) in ("him", "her")
            and n + 1 in verbs  # "of him warning"
        ]
    if not named:  # "The curator, whose show tells …, said:": not the relative clause's verb
        verbs = [v for v in verbs if not _in_relative(text, words, v)] or verbs
    verb, name = min(
        ((v, n) for v in verbs for n in named or [verbs[0]]),
        key=lambda pair: (_comma_between(text, words, pair), abs(pair[0] - pair[1]), pair[0]),
    )
    low, high = min(verb, name), max(verb, name)
    own = _name_words(speaker)
    while high + 1 < len(words) and (
        _bare(words[high + 1].group(0)) in own | _JOINERS or _titles_own(words, high + 1, own)
    ):
        high += 1  # the rest of the name: "said the agency's spokeswoman, Jane Ortiz"
    while high > name and _bare(words[high].group(0)) in _JOINERS:
        high -= 1  # "a study from the University of Leith", not "… Leith of"
    if verb < name:
        high = _joint_name_end(text, words, high)
    elif topic and high == verb and not _is_verb(words[verb].group(0), words, verb):
        while high + 1 < len(words) and _bare(words[high + 1].group(0)) in SPEAKING_TOPIC_WORDS:
            high += 1  # "Jo Reyes railed against", "went on about"
    first = low
    pronoun = bool(named) and _bare(words[name].group(0)) in _PRONOUNS
    if (low == name or not named) and not pronoun:  # no title stands before "she"
        stops = set(",):" if not named else ",:")  # "Tom Hale (who …) told": where an aside closes
        while first > 0 and (
            not stops & set(text[words[first - 1].end() : words[first].start()])
            or _bare(words[first - 1].group(0)) in own
            and " and " in speaker  # "Pike, Hale and"
        ):
            if low - first >= _LEAD_WORDS:
                break
            first -= 1
    if low == name and named:
        first = _description_before(text, words, first, name)
    high = _appositive_end(text, words, high, end)
    cue_start, cue_end = words[first].start(), words[high].end()
    return Cue(cue_start, cue_end, text[cue_start:cue_end])


def _in_relative(text: str, words: list[re.Match[str]], n: int) -> bool:
    """Whether word ``n`` lies in a relative clause set off by a comma (``, whose show tells``)."""
    for k in range(n - 1, -1, -1):
        if _bare(words[k].group(0)) in _RELATIVES:
            return "," in text[words[k - 1].end() : words[k].start()] if k else False
        if "," in text[words[k].end() : words[k + 1].start()]:
            return False
    return False


_RELATIVES = frozenset({"who", "whose", "which"})


def _may_be_subject(text: str, words: list[re.Match[str]], verb: int, noun: int) -> bool:
    """Whether a pronoun or a source noun (word ``noun``) may be the subject of the verb:
    within a few words of it, and, when a comma stands between, set off by that comma (``the
    company, which runs the ferries, said``; not ``fought the ferry company for years,
    said``)."""
    if abs(verb - noun) > _LEAD_WORDS:
        return False
    if noun > verb or not _comma_between(text, words, (verb, noun)):
        return True
    return "," in _gap(text, words, noun)


def _titles_own(words: list[re.Match[str]], n: int, own: set[str]) -> bool:
    """Word ``n`` is a title before a word of the speaker's name (``Tom Hale and President
    Ann Pike``): the cue keeps it with the name."""
    return (
        n + 1 < len(words)
        and _bare(words[n].group(0)) in vocab.TITLE_WORDS
        and _bare(words[n + 1].group(0)) in own
    )


def _comma_between(text: str, words: list[re.Match[str]], pair: tuple[int, int]) -> bool:
    """A comma stands between the verb and the name: "said the official, noting …" pairs
    "said" with the official, not "noting"."""
    low, high = min(pair), max(pair)
    return "," in text[words[low].end() : words[high].start()]


def _description_before(text: str, words: list[re.Match[str]], first: int, name: int) -> int:
    """Back over a description set off before the name: ``the mayor, Tom Reyes, said`` or
    ``the city's mayor, Tom Reyes, said`` (the name closed by a comma, the description opened
    by a determiner or a possessive, and holding a role word)."""
    if first == 0 or _gap(text, words, first - 1).strip() != ",":
        return first
    if name + 1 >= len(words) or "," not in _gap(text, words, name):
        return first  # "the mayor, Tom Reyes said": no appositive
    start = first - 1
    while start > 0 and not _gap(text, words, start - 1).strip():
        if first - start >= _LEAD_WORDS:
            return first
        start -= 1
    if start > 0 and "," not in _gap(text, words, start - 1):
        return first
    opener = words[start].group(0)
    possessive = opener.endswith(("'s", "\u2019s"))
    if not (opener.casefold() in _DESCRIPTION_OPENERS or possessive):
        return first
    if not _is_role([word.group(0) for word in words[start:first]]):
        return first
    return start


def _joint_name_end(text: str, words: list[re.Match[str]], high: int) -> int:
    """Past ``and`` and a second capitalised name right after the speaker's: a report by two
    authors (``according to a report by Anna Smith and Tom Jones``) keeps both in its cue,
    though the speaker is the first."""
    if high + 2 >= len(words) or _bare(words[high + 1].group(0)) != "and":
        return high
    if _gap(text, words, high).strip() or _gap(text, words, high + 1).strip():
        return high
    end = high + 1
    while end + 1 < len(words) and not _gap(text, words, end).strip():
        following = words[end + 1].group(0)
        if not (following[:1].isupper() or (end > high + 1 and _bare(following) in _JOINERS)):
            break
        end += 1
    while end > high + 1 and _bare(words[end].group(0)) in _JOINERS:
        end -= 1
    return end if end > high + 1 else high


def _appositive_end(text: str, words: list[re.Match[str]], high: int, end: int) -> int:
    """Past the description right after the name, up to its comma or the clause's end:
    ``, the Republican attorney general of Kansas``, ``, head of the Tax Institute``,
    ``, a historian who attended the session``, ``, who runs the campaign``."""
    following = high + 1
    if following >= len(words) or _gap(text, words, high).strip() != ",":
        return high
    opener = words[following].group(0)
    if opener.casefold() in _TIME_WORDS and following + 1 < len(words):
        opener = words[following + 1].group(0)  # "said Ana Voss, now a consultant"
    if opener.casefold() in _TIME_WORDS or not _opens_description(opener):
        return high  # "he said, then corrected himself"
    for k in range(following, min(len(words), following + _APPOSITIVE_WORDS)):
        gap = text[words[k].end() : words[k + 1].start() if k + 1 < len(words) else end]
        if "," in gap or k + 1 == len(words):
            return k
        if gap.strip() not in _WORD_JOINS:
            return high
    return high


def _opens_description(word: str) -> bool:
    """A word that opens a description of a person: a determiner, ``who``, a possessive or a
    title or role word (``head of``, ``executive vice president``, ``House editor``)."""
    bare = _bare(word)
    if word.casefold() in _DESCRIPTION_OPENERS or word.endswith(("'s", "\u2019s")):
        return True
    return bare in vocab.ROLE_WORDS | _ROLE_EXTRA | vocab.TITLE_WORDS - _DROP - _JOINERS


def _is_verb(word: str, words: list[re.Match[str]], n: int) -> bool:
    bare = _bare(word)
    if bare == "according":
        return n + 1 < len(words) and _bare(words[n + 1].group(0)) == "to"
    plural = bare in PLURAL_REPORTING and n > 0 and _bare(words[n - 1].group(0)).endswith("s")
    if bare not in REPORTING_VERBS and bare not in DOCUMENT_VERBS and not plural:
        return False  # a plural group's verb: "critics argue", not "we must continue"
    if bare in DOCUMENT_VERBS and n and _bare(words[n - 1].group(0)) in _BE:
        return False  # "inadequacies were found": a passive, no one's attribution
    before = words[n - 2].group(0) if n > 1 else ""
    return n == 0 or not _noun_use(word, words[n - 1].group(0), before)


def _speaks_of(words: list[re.Match[str]], n: int) -> bool:
    """Word ``n`` is a verb of speaking whose topic preposition follows it within the last few
    words (``railed against the``, ``went on about``)."""
    if len(words) - n > _TOPIC_WORDS + 1 or n + 1 >= len(words):
        return False
    bare, after = _bare(words[n].group(0)), _bare(words[n + 1].group(0))
    if bare in GOING_ON:
        return after == "on"
    return bare in SPEAKING_ACTIVITY and after in SPEAKING_TOPIC_WORDS


def _noun_use(word: str, previous: str, before: str = "") -> bool:
    """A reporting verb's form used as a noun: after a determiner ("one of the states",
    "the reports") or inside a capitalised name in lowercase running text ("a former United
    States ambassador"; not a title-case headline's "Ann Pike Warns")."""
    if previous.casefold() in _DETERMINERS:
        return True
    return word[:1].isupper() and previous[:1].isupper() and before[:1].islower()


_OPENING_CLAUSE = frozenset({"and", "but", "or", "while", "whereas"})
"""Lowercase words that open a clause of its own right after a quotation."""
_BE = frozenset("is are was were be been being".split())
_WORD_JOINS = frozenset({"", "/", "&"})
"""What may stand between two words of one description (``a 9/11 widow``)."""
_DETERMINERS = frozenset({"the", "a", "an", "these", "those", "other", "many", "some", "all"})
_DESCRIPTION_OPENERS = frozenset({"the", "a", "an", "another", "one", "who"})
_TIME_WORDS = frozenset({"now", "then", "still", "once"})
"""Words that may stand before a description (``X, now a consultant``)."""
_APPOSITIVE_WORDS = 24
"""The longest description after a name a cue keeps (``, a senior fellow at … Institution``)."""
_JOINERS = frozenset({"of", "for"})
"""Lowercase words inside a name ("the University of Leith")."""
_LEAD_WORDS = 8
"""How many words before the name a cue keeps for a role ("US Secretary of State Marco Rubio")."""


def _verb_of_speaking(bare: str) -> bool:
    """A reporting verb, or a verb of speaking that heads a clause's cue (``the senator went on
    about``, ``the mayor railed against``)."""
    return bare in REPORTING_VERBS or bare in SPEAKING_ACTIVITY or bare in GOING_ON


def role_of(cue: Cue | None, speaker: str | None) -> str | None:
    """The role a cue gives the speaker ("agency's spokeswoman"), or None: the words next to
    the name or the verb that hold a role word (``the mayor, Tom Reyes``), or a description
    set off by a comma right after the name (``X, a historian who …,``). Several speakers
    together have no one role (``the Ministry of Defence, Hale and President Pike``)."""
    if cue is None or speaker is None or len(speaker_parts(speaker)) > 1:
        return None
    name_words = {word.casefold().rstrip(".") for word in _WORD.findall(speaker)}
    matches = list(_WORD.finditer(cue.text))
    bares = [_bare(match.group(0)) for match in matches]
    group: list[re.Match[str]] = []
    described = False
    for n, match in enumerate(matches):
        word, bare = match.group(0), bares[n]
        previous = matches[n - 1].group(0) if n else ""
        before = matches[n - 2].group(0) if n > 1 else ""
        closed = cue.text[match.end() :].lstrip(" ").startswith(",")
        verb = _verb_of_speaking(bare) and not _noun_use(word, previous, before)
        if verb or bare in vocab.PRONOUNS or bare in name_words:
            if bare in name_words:
                group = _name_modifiers_dropped(cue.text, group)
            if _is_role(_texts(group), described):
                break
            group, described = [], bare in name_words and closed
            continue
        group.append(match)
        if not closed:
            continue
        if described and _is_role(_texts(group), described):
            break  # a description ends at its comma
        if n + 1 < len(matches) and bares[n + 1] in name_words:
            continue  # "the mayor, Tom Reyes": a role set off before the name
        group, described = [], False
    return _role_text(cue.text, group, described)


def _name_modifiers_dropped(text: str, group: list[re.Match[str]]) -> list[re.Match[str]]:
    """The group without the article and country right before a name: they belong to the
    name, not to the role (``a spokeswoman for the U.S. Harbour Safety Service``)."""
    while group:
        last = group[-1].group(0).lower()
        pair = text[group[-2].start() : group[-1].end()].lower() if len(group) > 1 else ""
        if pair in vocab.COUNTRIES:  # "U.S." is read as two words
            group = group[:-2]
        elif last in ("the", "a", "an") or last in vocab.COUNTRIES:
            group = group[:-1]
        else:
            return group
    return group


def _texts(group: list[re.Match[str]]) -> list[str]:
    return [match.group(0) for match in group]


def _role_text(text: str, group: list[re.Match[str]], described: bool) -> str | None:
    """The role's words as the cue writes them (``Amnesty U.K.'s director``, ``9/11 widow``)."""
    words = _texts(group)
    if not _is_role(words, described):
        return None
    if described and words[0].islower() and words[0].endswith(("ing", "ed")):
        return None  # "Obama, dedicating the museum, said": a clause, not a description
    if described and words[0].lower() == "who" and not _WHO_IS.match(" ".join(words[1:4])):
        return None  # "X, who is visiting Leith, said": what X does, not who X is
    dropped = _DROP - {"who"} if described else _DROP  # "X, who was mayor until 2010,"
    while group and group[0].group(0).lower() in dropped:
        group = group[1:]
    colon = max(n for n, match in enumerate(group) if n == 0 or ":" in _between(text, group, n))
    group = group[colon:]  # "WASHINGTON: US Secretary of State": a dateline is no role
    if not group or len(group) > (_APPOSITIVE_WORDS if described else _LEAD_WORDS):
        return None
    return " ".join(text[group[0].start() : group[-1].end()].split()).strip(",;: ")


def _between(text: str, group: list[re.Match[str]], n: int) -> str:
    """The characters between the ``n - 1``-th and ``n``-th word of ``group``."""
    return text[group[n - 1].end() : group[n].start()]


_WHO_IS = re.compile(r"(?:is|was|has been|had been|serves as|served as)\s+(?!\w+ing\b)", re.I)
"""A ``who`` clause that says what someone is (``who was president of Mexico``)."""


def _is_role(words: list[str], described: bool = False) -> bool:
    """Whether ``words`` give a role: they hold a role word, or they are an indefinite
    description set off after the name (``described``: ``X, a prominent Leith Democrat``)."""
    if not words:
        return False
    opening = [word.lower() for word in words[:2]]
    possessive = words[0].endswith(("'s", "\u2019s"))
    indefinite = opening[0] in ("a", "an") or opening == ["one", "of"]
    if described and len(words) > 1 and (indefinite or possessive):
        return True  # "X, a historian of the port", "X, Leith's harbour master"
    lowered = {word.lower().rstrip(".,") for word in words} - _HONORIFICS
    lowered |= {_singular(word) for word in lowered}  # "the mayors, X and Y", "deputies"
    return bool(lowered & (vocab.ROLE_WORDS | _ROLE_EXTRA | vocab.TITLE_WORDS - _DROP - _JOINERS))


def _singular(word: str) -> str:
    """The singular of a plural noun (``mayors``, ``deputies``), else the word."""
    return word[:-3] + "y" if word.endswith("ies") else word.removesuffix("s")


_HONORIFICS = frozenset({"mr", "mrs", "ms", "miss", "dr", "sir", "dame", "lady", "lord"})
