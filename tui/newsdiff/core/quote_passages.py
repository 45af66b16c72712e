"""Passages an article quotes from another text, read for the people they name.

``Jo Reyes writes:`` then paragraphs opened by a quotation mark (``"The first time Ann Pike saw
the pier, …``): the article quotes another outlet's or a document's account, in the third
person. The words inside quotes are blanked before mentions are read, so a ``she said`` after
such a passage took the person named before it (the passage's writer), never the one the
passage is about. A passage is now read as running text (in the article), and the people it
names (its sentences' subjects, the last one named) stand for its sentences when a pronoun
after it looks back (``PassageReader``, the mention reader ``speakers`` uses). A speaker's own
words (``Pike said:`` then ``"I met …"``: the first person) are no passage: a pronoun after
them still takes the speaker.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from newsdiff.core.mention_types import SentenceInfo
from newsdiff.core.mentions import MentionReader
from newsdiff.core.models import Sentence
from newsdiff.core.quote_marks import QuoteSpan, pair_marks

_FIRST_PERSON = re.compile(r"\b(?:I|I'm|I’m|me|my|we|We|our|Our|us)\b")
"""Words of the first person outside the passage's own quotes: a speaker's words, not an
account (``My`` and ``Me`` at a sentence start are left out: rare, and ``Me.`` is a state)."""


@dataclass(frozen=True, slots=True)
class PassagePeople:
    """Whom one sentence inside a passage names, read as running text."""

    subject_people: dict[str, tuple[int, str]]
    last_people: dict[str, tuple[int, str]]
    last_person: str | None


Reader = Callable[[str, Sequence[Sentence], Sequence[QuoteSpan]], MentionReader]
"""Reads an article's sentences into mentions (text, sentences, spans)."""


class PassageReader(MentionReader):
    """A ``MentionReader`` for which the sentences of a passage quoted from another text
    name the people the passage names, so a pronoun after it may take them."""

    def __init__(self, text: str, sentences: Sequence[Sentence], spans: Sequence[QuoteSpan]):
        self._quoted = passage_people(text, sentences, spans, MentionReader)
        super().__init__(text, sentences, spans)

    def _read(self, index: int, info: SentenceInfo) -> None:
        quoted = self._quoted.get(index)
        if quoted is not None:  # all quotation, so nothing of its own to read
            info.subject_people.update(quoted.subject_people)
            info.last_people.update(quoted.last_people)
            self.last_person = quoted.last_person or self.last_person
        super()._read(index, info)


def passages(text: str, spans: Sequence[QuoteSpan]) -> list[QuoteSpan]:
    """The spans that quote a passage: each opens a paragraph, after a colon lead-in (or
    continues one over paragraphs), holds a full stop and no first-person word outside its
    own quotes."""
    found: list[QuoteSpan] = []
    led: set[int] = set()  # chains whose first paragraph follows a colon
    for span in spans:
        if span.nested:
            continue
        line = text.rfind("\n", 0, span.open) + 1
        if text[line : span.open].strip():
            continue
        if not span.continues and text[:line].rstrip().endswith(":"):
            led.add(span.chain if span.chain >= 0 else span.open)
        if (span.chain if span.chain >= 0 else span.open) not in led:
            continue
        words = _outside_inner_quotes(text[span.start : span.end])
        if "." in words and not _FIRST_PERSON.search(words):
            found.append(span)
    return found


def _outside_inner_quotes(words: str) -> str:
    """``words`` without the quotations inside them."""
    out = list(words)
    for inner in pair_marks(words):
        out[inner.open : inner.close + 1] = " " * (inner.close + 1 - inner.open)
    return "".join(out)


def passage_people(
    text: str, sentences: Sequence[Sentence], spans: Sequence[QuoteSpan], read: Reader
) -> dict[int, PassagePeople]:
    """For each sentence (by index in ``sentences``' order) that lies inside a passage, whom
    it names as read by ``read`` over the article with the passages as running text (the
    other quotations, and the quotes inside the passages, still masked)."""
    held = passages(text, spans)
    if not held:
        return {}
    masked = [span for span in spans if span not in held]
    for span in held:
        masked.extend(
            _shifted(inner, span.start) for inner in pair_marks(text[span.start : span.end])
        )
    infos = read(text, sentences, sorted(masked, key=lambda span: span.open)).infos
    people: dict[int, PassagePeople] = {}
    last: str | None = None
    for index, info in enumerate(infos):
        if not any(span.open <= info.start and info.end <= span.close + 1 for span in held):
            continue
        persons = [m.entity for m in info.mentions if m.kind == "person"]
        last = persons[-1] if persons else last
        if info.subject_people or info.last_people:
            people[index] = PassagePeople(dict(info.subject_people), dict(info.last_people), last)
    return people


def _shifted(span: QuoteSpan, by: int) -> QuoteSpan:
    """``span`` moved ``by`` characters on."""
    return QuoteSpan(span.open + by, span.close + by, span.start + by, span.end + by, -1, True)
