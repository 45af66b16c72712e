"""Reading the parts of a saved comparison: a side (its article, sentences with links and
evidence, quotes), the rows and the word diffs, every field checked (see ``json_fields``).

Fields added after ``newsdiff.comparison/1`` (``text``, ``meta``, ``evidence``, ``cue``,
``role``) may be absent: a ``/1`` file still opens, with those parts empty.
"""

from __future__ import annotations

from typing import Any, get_args

from newsdiff.core import json_fields as fields
from newsdiff.core.link_evidence import Disagreement, DisagreementKind, Evidence
from newsdiff.core.models import (
    CUE_GAP,
    AlignedSentence,
    Article,
    ArticleMeta,
    ComparedArticle,
    Cue,
    Label,
    Link,
    LinkLabel,
    OpTag,
    Quote,
    QuoteKind,
    QuoteMatch,
    QuoteStatusName,
    Row,
    Sentence,
    SentenceKind,
    WordDiff,
    WordOp,
)
from newsdiff.core.speaker_names import speakers_differ


def read_side(data: dict[str, Any], where: str, other_count: int) -> ComparedArticle:
    path = fields.string_field(data, "path", where)
    title = fields.string_field(data, "title", where)
    encoding = fields.optional_string(data, "encoding", where) or "utf-8"
    sentences_data = fields.as_list(fields.required(data, "sentences", where), f"{where}.sentences")
    text = data.get("text")
    if text is None:
        text = _rebuild_text(sentences_data, where)
    elif not isinstance(text, str):
        raise fields.fail(f"{where}.text", f"expected a string, found {fields.kind_name(text)}")
    article = Article(path=path, text=text, title=title, encoding=encoding, meta=_meta(data, where))
    sentences = tuple(
        _sentence(item, f"{where}.sentences[{number}]", number, text, other_count)
        for number, item in enumerate(sentences_data)
    )
    quotes = tuple(
        _quote_match(item, f"{where}.quotes[{number}]", text, len(sentences))
        for number, item in enumerate(fields.as_list(data.get("quotes", []), f"{where}.quotes"))
    )
    return ComparedArticle(article=article, sentences=sentences, quotes=quotes)


def _meta(data: dict[str, Any], where: str) -> ArticleMeta:
    """``ARTICLE.meta`` (absent in older files: nothing known)."""
    value = data.get("meta")
    if value is None:
        return ArticleMeta()
    meta = fields.as_object(value, f"{where}.meta")
    return ArticleMeta(
        **{
            key: fields.optional_string(meta, key, f"{where}.meta")
            for key in ("outlet", "author", "date", "url")
        }
    )


def _rebuild_text(sentences: list[Any], where: str) -> str:
    """The article text from its sentences when a writer left ``text`` out (gaps as spaces)."""
    chars: list[str] = []
    for number, item in enumerate(sentences):
        sentence = fields.as_object(item, f"{where}.sentences[{number}]")
        start = fields.integer(
            fields.required(sentence, "start", f"{where}.sentences[{number}]"),
            f"{where}.sentences[{number}].start",
            high=10_000_000,
        )
        body = fields.string_field(sentence, "text", f"{where}.sentences[{number}]")
        if len(chars) < start:
            chars.extend(" " * (start - len(chars)))
        chars[start : start + len(body)] = body
    return "".join(chars)


def _located_text(data: dict[str, Any], where: str, text: str) -> tuple[int, int, str]:
    """``start``, ``end`` and ``text`` of a sentence or quote, checked against the article."""
    start = fields.integer(fields.required(data, "start", where), f"{where}.start", high=len(text))
    end = fields.integer(
        fields.required(data, "end", where), f"{where}.end", low=start, high=len(text)
    )
    body = fields.string_field(data, "text", where)
    if text[start:end] != body:
        raise fields.fail(f"{where}.text", "does not match the article text at start:end")
    return start, end, body


def _sentence(item: Any, where: str, number: int, text: str, other_count: int) -> AlignedSentence:
    data = fields.as_object(item, where)
    index = fields.integer(fields.required(data, "index", where), f"{where}.index")
    if index != number:
        raise fields.fail(f"{where}.index", f"expected {number}, found {index}")
    start, end, body = _located_text(data, where, text)
    kind = fields.choice(data.get("kind", "text"), get_args(SentenceKind), f"{where}.kind")
    label = fields.choice(fields.required(data, "label", where), get_args(Label), f"{where}.label")
    links = tuple(
        _link(link, f"{where}.links[{position}]", other_count)
        for position, link in enumerate(fields.as_list(data.get("links", []), f"{where}.links"))
    )
    return AlignedSentence(
        sentence=Sentence(index=index, start=start, end=end, text=body, kind=kind),
        label=label,
        moved=fields.boolean_field(data, "moved", where, False),
        boilerplate=fields.boolean_field(data, "boilerplate", where, False),
        links=links,
    )


def _link(item: Any, where: str, other_count: int) -> Link:
    data = fields.as_object(item, where)
    return Link(
        index=fields.integer(
            fields.required(data, "index", where), f"{where}.index", high=other_count - 1
        ),
        label=fields.choice(
            fields.required(data, "label", where), get_args(LinkLabel), f"{where}.label"
        ),
        score=fields.number(fields.required(data, "score", where), f"{where}.score"),
        evidence=_evidence(data.get("evidence"), f"{where}.evidence"),
        order=None if data.get("order") is None else fields.number(data["order"], f"{where}.order"),
    )


def _evidence(value: Any, where: str) -> Evidence:
    """A link's evidence; absent (``/1`` files) is empty evidence."""
    if value is None:
        return Evidence()
    data = fields.as_object(value, where)
    agree = tuple(
        _text(item, f"{where}.agree[{k}]")
        for k, item in enumerate(fields.as_list(data.get("agree", []), f"{where}.agree"))
    )
    disagree = tuple(
        _disagreement(item, f"{where}.disagree[{k}]")
        for k, item in enumerate(fields.as_list(data.get("disagree", []), f"{where}.disagree"))
    )
    note = data.get("note", "")
    return Evidence(agree, disagree, note if isinstance(note, str) else "")


def _text(value: Any, where: str) -> str:
    if not isinstance(value, str):
        raise fields.fail(where, f"expected a string, found {fields.kind_name(value)}")
    return value


def _disagreement(item: Any, where: str) -> Disagreement:
    data = fields.as_object(item, where)
    left = fields.string_field(data, "left", where)
    right = fields.string_field(data, "right", where)
    return Disagreement(
        kind=fields.choice(
            fields.required(data, "kind", where), get_args(DisagreementKind), f"{where}.kind"
        ),
        left=left,
        right=right,
        left_span=_relative_span(data.get("left_span"), f"{where}.left_span"),
        right_span=_relative_span(data.get("right_span"), f"{where}.right_span"),
    )


def _relative_span(value: Any, where: str) -> tuple[int, int]:
    """A span inside a sentence; absent is ``(0, 0)`` (nothing to emphasize)."""
    if value is None:
        return (0, 0)
    return fields.span(value, where, 1_000_000_000)


def _quote(data: dict[str, Any], where: str, text: str, sentence_count: int) -> Quote:
    start, end, body = _located_text(data, where, text)
    last = max(sentence_count - 1, 0)
    sentence = fields.integer(data.get("sentence", 0), f"{where}.sentence", high=last)
    covered = tuple(
        fields.integer(value, f"{where}.sentences[{position}]", high=last)
        for position, value in enumerate(
            fields.as_list(data.get("sentences", []), f"{where}.sentences")
        )
    )
    return Quote(
        start=start,
        end=end,
        text=body,
        speaker=fields.optional_string(data, "speaker", where),
        kind=fields.choice(data.get("kind", "full"), get_args(QuoteKind), f"{where}.kind"),
        sentence=sentence,
        sentences=covered,
        role=fields.optional_string(data, "role", where),
        cue=_cue(data.get("cue"), f"{where}.cue", text),
    )


def _cue(item: Any, where: str, text: str | None) -> Cue | None:
    """A saved attribution cue (absent in files saved before cues existed), checked against
    ``text`` when given."""
    if item is None:
        return None
    data = fields.as_object(item, where)
    high = None if text is None else len(text)
    start = fields.integer(fields.required(data, "start", where), f"{where}.start", high=high)
    end = fields.integer(fields.required(data, "end", where), f"{where}.end", low=start, high=high)
    body = fields.string_field(data, "text", where)
    if text is not None and text[start:end] != body:
        raise fields.fail(f"{where}.text", "does not match the article text at start:end")
    parts = _cue_parts(data.get("parts"), f"{where}.parts", start, end)
    if not parts or parts[0][1] > start:
        return Cue(start, end, body, parts)
    # the first part before the cue: the speaker's name further back than the cue reaches
    (a, b), shown = parts[0], data.get("shown")
    lead = text[a:b] if text is not None else str(shown).split(CUE_GAP)[0]
    if len(lead) != b - a or len(parts) < 2:
        raise fields.fail(f"{where}.parts", "a part before the cue does not match its shown name")
    return Cue(start, end, body, parts, lead)


def _cue_parts(item: Any, where: str, start: int, end: int) -> tuple[tuple[int, int], ...]:
    """A cue's shown stretches (``parts``, absent when the whole cue is shown), in order and
    inside the cue but the first, which may lie before it (the speaker's name out of the cue's
    reach); the saved ``shown`` is derived from them, read only for such a name without the
    article's text."""
    if item is None:
        return ()
    if not isinstance(item, list):
        raise fields.fail(where, "is not a list")
    parts: list[tuple[int, int]] = []
    low = 0  # the first part may lie before the cue (a name out of its reach)
    for n, pair in enumerate(item):
        if not isinstance(pair, list) or len(pair) != 2:
            raise fields.fail(f"{where}[{n}]", "is not a [start, end] pair")
        a = fields.integer(pair[0], f"{where}[{n}]", low=low, high=end)
        b = fields.integer(pair[1], f"{where}[{n}]", low=a, high=end)
        if (n > 0 and a < start) or a < start < b:
            raise fields.fail(f"{where}[{n}]", "is not inside the cue")
        parts.append((a, b))
        low = b
    return tuple(parts)


def _quote_match(item: Any, where: str, text: str, sentence_count: int) -> QuoteMatch:
    data = fields.as_object(item, where)
    quote = _quote(data, where, text, sentence_count)
    counterpart_data = data.get("counterpart")
    counterpart = None
    if counterpart_data is not None:
        # Checked against the other article's text in _check_counterparts.
        counterpart_where = f"{where}.counterpart"
        counterpart_obj = fields.as_object(counterpart_data, counterpart_where)
        start = fields.integer(
            fields.required(counterpart_obj, "start", counterpart_where),
            f"{counterpart_where}.start",
        )
        end = fields.integer(
            fields.required(counterpart_obj, "end", counterpart_where),
            f"{counterpart_where}.end",
            low=start,
        )
        counterpart = Quote(
            start=start,
            end=end,
            text=fields.string_field(counterpart_obj, "text", counterpart_where),
            speaker=fields.optional_string(counterpart_obj, "speaker", counterpart_where),
            kind=fields.choice(
                counterpart_obj.get("kind", "full"),
                get_args(QuoteKind),
                f"{counterpart_where}.kind",
            ),
            sentence=fields.integer(
                counterpart_obj.get("sentence", 0), f"{counterpart_where}.sentence"
            ),
            sentences=tuple(
                fields.integer(value, f"{counterpart_where}.sentences[{position}]")
                for position, value in enumerate(
                    fields.as_list(
                        counterpart_obj.get("sentences", []), f"{counterpart_where}.sentences"
                    )
                )
            ),
            role=fields.optional_string(counterpart_obj, "role", counterpart_where),
            cue=_cue(counterpart_obj.get("cue"), f"{counterpart_where}.cue", None),
        )
    changed = tuple(
        fields.span(span, f"{where}.changed[{position}]", len(text))
        for position, span in enumerate(fields.as_list(data.get("changed", []), f"{where}.changed"))
    )
    articles = fields.integer(data.get("articles", 1), f"{where}.articles", low=1)
    status = fields.choice(
        fields.required(data, "status", where), get_args(QuoteStatusName), f"{where}.status"
    )
    if "other_speaker" in data:
        other = fields.optional_string(data, "other_speaker", where)
    else:  # saved before the field: the counterpart's speaker says it
        speaker = counterpart.speaker if counterpart is not None else None
        other = speaker if speakers_differ(quote.speaker, speaker) else None
    return QuoteMatch(
        quote=quote,
        status=status,
        counterpart=counterpart,
        changed=changed,
        articles=articles,
        other_speaker=other,
    )


def check_counterparts(side: ComparedArticle, other: ComparedArticle, where: str) -> None:
    text = other.article.text
    for number, match in enumerate(side.quotes):
        quote = match.counterpart
        if quote is None:
            continue
        if quote.end > len(text) or text[quote.start : quote.end] != quote.text:
            raise fields.fail(
                f"{where}.quotes[{number}].counterpart",
                "does not match the other article's text at start:end",
            )
        if other.sentences and quote.sentence >= len(other.sentences):
            raise fields.fail(f"{where}.quotes[{number}].counterpart.sentence", "out of range")


def read_row(item: Any, where: str, left_count: int, right_count: int) -> Row:
    data = fields.as_object(item, where)
    left = data.get("left")
    right = data.get("right")
    if left is None and right is None:
        raise fields.fail(where, "a row needs a left or a right sentence")
    return Row(
        left=None if left is None else fields.integer(left, f"{where}.left", high=left_count - 1),
        right=None
        if right is None
        else fields.integer(right, f"{where}.right", high=right_count - 1),
    )


def read_word_diff(
    item: Any, where: str, left: ComparedArticle, right: ComparedArticle
) -> WordDiff:
    data = fields.as_object(item, where)
    left_index = fields.integer(
        fields.required(data, "left", where), f"{where}.left", high=len(left.sentences) - 1
    )
    right_index = fields.integer(
        fields.required(data, "right", where), f"{where}.right", high=len(right.sentences) - 1
    )
    ops = []
    for position, op_item in enumerate(
        fields.as_list(fields.required(data, "ops", where), f"{where}.ops")
    ):
        op_where = f"{where}.ops[{position}]"
        op = fields.as_object(op_item, op_where)
        ops.append(
            WordOp(
                tag=fields.choice(
                    fields.required(op, "tag", op_where), get_args(OpTag), f"{op_where}.tag"
                ),
                left=fields.span(
                    fields.required(op, "left", op_where),
                    f"{op_where}.left",
                    len(left.article.text),
                ),
                right=fields.span(
                    fields.required(op, "right", op_where),
                    f"{op_where}.right",
                    len(right.article.text),
                ),
            )
        )
    return WordDiff(left=left_index, right=right_index, ops=tuple(ops))
