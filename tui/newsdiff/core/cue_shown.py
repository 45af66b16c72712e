"""A cue as it is shown: the speaker's name and the verb, not the clause between them.

``Trump oversaw a truce agreement between Thailand and Cambodia on Sunday, referring`` is the
evidence for the speaker in two places, ``Trump`` and ``referring``; the words between are the
sentence's story, not the attribution. Such a cue keeps its whole extent (``start``/``end``,
and its ``text``, so a reader still finds it in the text) and lists the two stretches it
shows in ``parts``; :attr:`~newsdiff.core.models.Cue.shown` joins them (``Trump … referring``).
A role set off after the name stays shown (``Tom Reyes, the mayor, … said``): it is why
the speaker is who the sidebar says.
"""

from __future__ import annotations

import re

from newsdiff.core.cue_windows import GAP_WORDS, WORD, bare, name_words, word_gap
from newsdiff.core.models import Cue
from newsdiff.core.reporting_verbs import DOCUMENT_VERBS, REPORTING_VERBS

_PERSONAL = frozenset({"he", "she"})
_WITH_VERB = frozenset(
    "and but then also later has have had would will was is were are not never again".split()
)
"""Words shown with the verb they precede (``and has repeatedly denied``)."""
_JOINS = frozenset({"and", "but"})
_DETERMINERS = frozenset({"the", "a", "an"})
_PREPOSITIONS = frozenset("by to in on at for with into from about as than after before".split())
_SUBJECT_WORDS = 5
_OWNERS = frozenset("the a an his her their its our my your these those".split())
"""Words before a noun: ``his remarks`` is no verb."""


def shown_cue(text: str, cue: Cue, speaker: str, role: str | None = None) -> Cue:
    """``cue`` with the ``parts`` it shows: when it runs from the speaker's name (or
    ``he``/``she``) to a verb of speaking that ends it, with at least :data:`GAP_WORDS` words
    between, its start to the name's end (or the ``role`` set off after it) and the verb (with
    the auxiliaries, adverbs and conjunction right before it); any other cue as it is."""
    if cue.parts:
        return _verb_tail(text, cue)
    words = list(WORD.finditer(text, cue.start, cue.end))
    if len(words) > GAP_WORDS + 1 and _is_verb(words[0].group(0), ""):
        return _name_after(text, cue, words, name_words(speaker))
    if len(words) < GAP_WORDS + 2 or not _is_verb(words[-1].group(0), words[-2].group(0)):
        return cue
    verb = _subject_start(text, words, _verb_start(text, words))
    own = name_words(speaker)
    named = [n for n in range(verb) if bare(words[n].group(0)) in own]
    named = named or [n for n in range(verb) if words[n].group(0).lower() in _PERSONAL]
    if not named:
        return cue
    head = words[named[-1]].end()
    at = -1 if role is None else text.find(role, head, words[verb].start())
    if at >= 0:
        head = at + len(role or "")  # "Tom Reyes, the mayor of Leith, …": the role shown
    between = [token for token in text[head : words[verb].start()].split() if WORD.search(token)]
    if len(between) < GAP_WORDS:  # "Graham, R-S.C., said" stays whole
        return cue
    return Cue(cue.start, cue.end, cue.text, ((cue.start, head), (words[verb].start(), cue.end)))


def _name_after(text: str, cue: Cue, words: list[re.Match[str]], own: set[str]) -> Cue:
    """``said Tom Reyes, who until last year ran the port`` shown as ``said Tom Reyes``: a
    relative clause or an apposition set off by a comma after the name (:data:`GAP_WORDS`
    words or more) is left out of what is shown; the role read from it stays the role."""
    named = [n for n, word in enumerate(words) if bare(word.group(0)) in own]
    if not named:
        return cue
    last = named[0]
    while last + 1 < len(words) and bare(words[last + 1].group(0)) in own:
        last += 1
    if len(words) - last - 1 < GAP_WORDS or not word_gap(text, words, last).startswith(","):
        return cue
    if any(_is_verb(word.group(0), "") for word in words[last + 1 :]):
        return cue  # "ripped X, who said": the clause holds the speaker's own verb
    return Cue(cue.start, cue.end, cue.text, ((cue.start, words[last].end()),))


def _verb_tail(text: str, cue: Cue) -> Cue:
    """A cue that reached back to the name (``parts``) with its last part cut to the verb
    (``John Dickey … told``, not the clause before ``told``)."""
    head, (start, end) = cue.parts[0], cue.parts[-1]
    words = list(WORD.finditer(text, start, end))
    if len(words) < 2 or not _is_verb(words[-1].group(0), words[-2].group(0)):
        return cue
    verb = _subject_start(text, words, _verb_start(text, words))
    return Cue(cue.start, cue.end, cue.text, (head, (words[verb].start(), end)), cue.lead)


def _verb_start(text: str, words: list[re.Match[str]]) -> int:
    """The first word of the verb group that ends ``words``."""
    verb = len(words) - 1
    while verb > 0 and _goes_with_verb(text, words, verb - 1):
        verb -= 1
    return verb


def _subject_start(text: str, words: list[re.Match[str]], verb: int) -> int:
    """Where a description that is the finite verb's own subject starts (``the California
    congressman said``: it says who speaks), else ``verb``: a determiner at most
    :data:`_SUBJECT_WORDS` words back, no comma, dash or preposition but ``of`` between."""
    if words[-1].group(0).lower().endswith("ing") or words[verb].group(0).lower() in _JOINS:
        return verb
    for n in range(verb - 1, max(-1, verb - _SUBJECT_WORDS - 2), -1):
        if any(mark in word_gap(text, words, n) for mark in ",;:\u2014\u2013-("):
            return verb
        word = words[n].group(0).lower()
        if word in _DETERMINERS:
            return n
        if word in _PREPOSITIONS:
            return verb
    return verb


def _is_verb(word: str, previous: str) -> bool:
    """A verb of speaking, not its noun (``seeking to clarify his remarks``)."""
    folded = bare(word)
    if previous.lower() in _OWNERS or previous.lower().endswith(("'s", "\u2019s")):
        return False
    return folded in REPORTING_VERBS or folded in DOCUMENT_VERBS


def _goes_with_verb(text: str, words: list[re.Match[str]], n: int) -> bool:
    """Word ``n`` belongs to the verb after it: no comma between, and an auxiliary, an adverb
    in ``-ly`` or a conjunction (``and has repeatedly denied``)."""
    if word_gap(text, words, n).strip():
        return False
    word = words[n].group(0).lower()
    return word in _WITH_VERB or (word.endswith("ly") and len(word) > 4)


def cue_fields(cue: Cue) -> dict[str, object]:
    """A cue as JSON: ``text`` at ``start:end``, as before; ``shown`` and ``parts`` (the
    stretches shown) only when the cue leaves out the words between name and verb."""
    fields: dict[str, object] = {"start": cue.start, "end": cue.end, "text": cue.text}
    if cue.parts:
        fields["shown"] = cue.shown
        fields["parts"] = [list(part) for part in cue.parts]
    return fields
