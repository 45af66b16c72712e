"""Where a cue's window ends (clause ends, abbreviations, quotation marks, a participle after
the clause) and the words it is read in, moved out of ``cues`` to keep it under the module
size limit."""

from __future__ import annotations

import re

from newsdiff.core.mention_types import ABBREVIATIONS
from newsdiff.core.models import Cue
from newsdiff.core.reporting_verbs import REPORTING_VERBS

GAP_WORDS = 2
"""The fewest words between a cue's name and its verb that are left out of what is shown
(``Pike, 65, said`` and ``Rubio has stated`` stay whole)."""
CUE_CHARS = 140
"""The longest cue kept; a longer clause is cut at a word boundary next to the quotation."""
WORD = re.compile(r"[^\W_][\w'\u2019\-]*\.?")
"""A word as cues read it (``Mr.``, ``O'Neill``, ``Trump\u2019s``)."""
PRONOUNS = frozenset({"he", "she", "they", "we", "i", "it"})
_PERSONAL = frozenset({"he", "she"})
CLAUSE_END = re.compile(r"[.;!?\n]")
"""Characters that end a clause, unless a full stop ends an abbreviation."""
LAST_WORD = re.compile(r"[A-Za-z]+$")
ABBREVIATIONS_CUT = ABBREVIATIONS | {"u.s"}
"""Words whose full stop ends no clause (``said Del. Nia Okoro``)."""
MARKS_BEFORE = '"\u201c\u201d\u2019\u00ab\u00bb'
"""Marks that close a quotation before a cue."""


def abbreviation_before(text: str, at: int) -> bool:
    """A period that ends an abbreviation or initial ("Mr.", "T.", "U.S.") or stands in a
    figure ("1.7"), not a clause."""
    if text[at] != ".":
        return False
    if text[at + 1 : at + 2] in (")", ",") or text[at + 1 : at + 2].isdigit():
        return True  # "(D-Wis.)", "$1.7 billion"
    word = LAST_WORD.search(text, max(0, at - 8), at)
    if word is None:
        return False
    bare = word.group(0)
    return (len(bare) == 1 and bare.isupper()) or bare.lower() in ABBREVIATIONS_CUT


def clause_end(text: str, start: int, end: int) -> int:
    """Where the clause from ``start`` ends (``.;!?`` or a line break, not an abbreviation's
    full stop), at the latest ``end``."""
    for match in CLAUSE_END.finditer(text, start, end):
        if not abbreviation_before(text, match.start()):
            return match.start()
    return end


def next_mark(text: str, start: int, end: int) -> int:
    """The first quotation mark in ``start:end`` (a cue never runs into another quotation)."""
    for at in range(start, end):
        if text[at] in '"\u201c\u201d\u2018\u00ab\u00bb':
            return at
    return end


def previous_mark(text: str, start: int, end: int) -> int:
    """Just past the last quotation mark in ``start:end`` (an apostrophe is none), else
    ``start``."""
    for at in range(end - 1, start - 1, -1):
        char = text[at]
        if char == "\u2019" and at + 1 < end and text[at + 1].isalnum():
            continue  # an apostrophe ("Trump\u2019s")
        if char in MARKS_BEFORE:
            return at + 1
    return start


def word_gap(text: str, words: list[re.Match[str]], n: int) -> str:
    """The characters between word ``n`` and the next one."""
    return text[words[n].end() : words[n + 1].start()]


def bare(word: str) -> str:
    """A word folded as names are compared (no case, full stop or possessive)."""
    folded = word.casefold().replace("\u2019", "'")  # O\u2019Neill is O'Neill
    return folded.rstrip(".").removesuffix("'s")


def name_words(speaker: str) -> set[str]:
    """The words of the speaker's name, as a cue may carry them."""
    return {bare(word) for word in WORD.findall(speaker)} - {"the", "of", "for"}


def participle_cut(text: str, start: int, end: int) -> int:
    """The window after a quotation up to ``, referring``: a participle set off after the
    clause following the quotation (``“…?” he planned to ask, referring to …``) goes on
    with that clause, so it is never the quotation's attribution."""
    words = list(WORD.finditer(text, start, end))
    for n in range(1, len(words)):
        word = bare(words[n].group(0))
        if word.endswith("ing") and word in REPORTING_VERBS and "," in word_gap(text, words, n - 1):
            return words[n - 1].end()
    return end


def named_back(text: str, floor: int, cue: Cue, own: set[str]) -> Cue:
    """``Barry Rand issued a statement calling it “…” and claiming``: a cue that names nobody
    (a verb continuing a clause whose subject is named earlier) reaches back to the speaker's
    name (``own``: its words; else ``he``/``she``), with the capitalised title before it,
    when that keeps it within :data:`CUE_CHARS` (further back, the cue stays the verb: its
    ``text`` is always the stretch at its offsets). With :data:`GAP_WORDS` words or more
    between, they are left out of what is shown (``parts``)."""
    low = max(floor, cue.end - CUE_CHARS)
    words = [  # from the clause's start, never a word cut in two
        w
        for w in WORD.finditer(text, floor, cue.start)
        if w.start() == floor or not text[w.start() - 1].isalnum()
    ]
    near = [n for n, word in enumerate(words) if word.start() >= low]
    named = [n for n in near if bare(words[n].group(0)) in own]
    if not named:  # the name opening the clause before a "he" inside its aside
        far = far_name(text, words, cue, own)
        named = [n for n in near if words[n].group(0).lower() in _PERSONAL] if far is cue else []
        if not named:
            return far
    first = named[-1]
    while first > 0 and not word_gap(text, words, first - 1).strip():
        before = words[first - 1]
        word = before.group(0)
        joins = word in ("of", "for") and first > 1 and words[first - 2].group(0)[0].isupper()
        title = before.start() >= low and (word[0].isupper() or joins)  # "Secretary of State"
        if not (bare(before.group(0)) in own or title):
            break
        first -= 1  # the rest of the name and a title before it: "AARP CEO Barry Rand"
    start, name_end = words[first].start(), words[named[-1]].end()
    between = len(words) - named[-1] - 1
    parts = ((start, name_end), (cue.start, cue.end)) if between >= GAP_WORDS else ()
    return Cue(start, cue.end, text[start : cue.end], parts)


_ASIDE_CLOSES = (",", "\u2014", "\u2013", "--")
"""What closes an aside right before the verb (``Tom Hale, the mayor, who …, said``)."""


def far_name(text: str, words: list[re.Match[str]], cue: Cue, own: set[str]) -> Cue:
    """A verb whose subject's name opens its clause further back than :data:`CUE_CHARS`:
    the name, an aside set off by a comma or a parenthesis right after it and closed by a
    comma or dash right before the cue's verb (``Rep. Tom Hale (D-Leith), a … of the pier,
    told``), is shown before the verb (``lead``); the cue itself (``text``, offsets, and so the
    role) stays as it was. Only the speaker's own name, as this clause writes it: no pronoun, no
    name of another clause."""
    first = 0
    while first < len(words) and first < 3 and bare(words[first].group(0)) not in own:
        if not words[first].group(0)[0].isupper():
            return cue  # the clause opens with something else than a title and the name
        first += 1
    last = first
    while last + 1 < len(words) and bare(words[last + 1].group(0)) in own:
        if word_gap(text, words, last).strip():
            break
        last += 1
    if first >= len(words) or bare(words[first].group(0)) not in own or last + 1 >= len(words):
        return cue
    opens = word_gap(text, words, last).lstrip()[:1]
    if opens not in (",", "("):
        return cue  # no aside after the name: it may be the object of another verb
    verb = list(WORD.finditer(text, cue.start, cue.end))[-1].start()  # the cue's last word
    closes = _ASIDE_CLOSES + ((")",) if opens == "(" else ())  # "Tom Hale (who …) told"
    if not text[max(0, verb - 8) : verb].rstrip().endswith(closes):
        return cue  # the aside is not closed right before the verb
    start, end = words[first].start(), words[last].end()
    return Cue(cue.start, cue.end, cue.text, ((start, end), (cue.start, cue.end)), text[start:end])
