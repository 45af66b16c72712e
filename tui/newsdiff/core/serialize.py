"""Read a saved comparison (``newsdiff.comparison/2`` JSON, or an older ``/1``) into the model.

:func:`comparison_from_dict` checks every field it uses, so a foreign or damaged file is refused
with one line naming the first problem (``left.sentences[3].label: expected one of …``) instead
of a traceback later in the app. Writing is :func:`newsdiff.core.models.comparison_to_dict`.
"""

from __future__ import annotations

import json
import os
from collections.abc import Callable
from typing import Any, get_args

from newsdiff.core.errors import ArticleError
from newsdiff.core.link_evidence import Disagreement, DisagreementKind, Evidence
from newsdiff.core.models import (
    COMPARISON_SCHEMA,
    AlignedSentence,
    Article,
    ArticleMeta,
    ComparedArticle,
    Comparison,
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
    Scoring,
    Sentence,
    SentenceKind,
    Settings,
    WordDiff,
    WordOp,
)

SCHEMA = COMPARISON_SCHEMA
"""The schema name written by ``comparison_to_dict``."""

SCHEMAS = (COMPARISON_SCHEMA, "newsdiff.comparison/1")
"""Every schema read here: ``/1`` files (saved before conflicts and evidence) still open."""


class ComparisonFormatError(ValueError):
    """The data is not a valid saved comparison; the message is one line naming the problem."""


def _fail(where: str, problem: str) -> ComparisonFormatError:
    return ComparisonFormatError(f"{where}: {problem}" if where else problem)


def _kind(value: Any) -> str:
    return "null" if value is None else type(value).__name__


def _object(value: Any, where: str) -> dict[str, Any]:
    if not isinstance(value, dict):
        raise _fail(where, f"expected an object, found {_kind(value)}")
    return value


def _get(data: dict[str, Any], key: str, where: str) -> Any:
    if key not in data:
        raise _fail(f"{where}.{key}" if where else key, "missing")
    return data[key]


def _str(data: dict[str, Any], key: str, where: str) -> str:
    value = _get(data, key, where)
    if not isinstance(value, str):
        raise _fail(f"{where}.{key}", f"expected a string, found {_kind(value)}")
    return value


def _opt_str(data: dict[str, Any], key: str, where: str) -> str | None:
    value = data.get(key)
    if value is not None and not isinstance(value, str):
        raise _fail(f"{where}.{key}", f"expected a string or null, found {_kind(value)}")
    return value


def _int(value: Any, where: str, *, low: int = 0, high: int | None = None) -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        raise _fail(where, f"expected an integer, found {_kind(value)}")
    if value < low or (high is not None and value > high):
        raise _fail(where, f"{value} is out of range")
    return value


def _number(value: Any, where: str) -> float:
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise _fail(where, f"expected a number, found {_kind(value)}")
    if value != value or value in (float("inf"), float("-inf")):
        raise _fail(where, "not a finite number")
    return float(value)


def _bool(data: dict[str, Any], key: str, where: str, default: bool) -> bool:
    value = data.get(key, default)
    if not isinstance(value, bool):
        raise _fail(f"{where}.{key}", f"expected true or false, found {_kind(value)}")
    return value


def _choice(value: Any, choices: tuple[str, ...], where: str) -> Any:
    if value not in choices:
        raise _fail(where, f"expected one of {', '.join(choices)}, found {value!r}"[:160])
    return value


def _list(value: Any, where: str) -> list[Any]:
    if not isinstance(value, list):
        raise _fail(where, f"expected a list, found {_kind(value)}")
    return value


def _span(value: Any, where: str, limit: int) -> tuple[int, int]:
    items = _list(value, where)
    if len(items) != 2:
        raise _fail(where, "expected [start, end]")
    start = _int(items[0], f"{where}[0]", high=limit)
    end = _int(items[1], f"{where}[1]", low=start, high=limit)
    return start, end


def comparison_from_dict(data: Any) -> Comparison:
    """The comparison saved in ``data`` (parsed ``newsdiff.comparison/2`` or ``/1`` JSON).

    Raises:
        ComparisonFormatError: ``data`` is not a saved comparison, or is inconsistent (an
            offset outside the text, a row naming a sentence that does not exist, …).
    """
    root = _object(data, "")
    schema = root.get("schema")
    if schema not in SCHEMAS:
        found = "no schema" if schema is None else f"schema {str(schema)[:60]!r}"
        raise ComparisonFormatError(f"{found}, expected {SCHEMA!r}")
    settings_data = _object(_get(root, "settings", ""), "settings")
    defaults = Settings()
    settings = Settings(
        shared=_number(settings_data.get("shared", defaults.shared), "settings.shared"),
        paraphrase=_number(
            settings_data.get("paraphrase", defaults.paraphrase), "settings.paraphrase"
        ),
    )
    left_data = _object(_get(root, "left", ""), "left")
    right_data = _object(_get(root, "right", ""), "right")
    left_count = len(_list(_get(left_data, "sentences", "left"), "left.sentences"))
    right_count = len(_list(_get(right_data, "sentences", "right"), "right.sentences"))
    left = _side(left_data, "left", right_count)
    right = _side(right_data, "right", left_count)
    _check_counterparts(left, right, "left")
    _check_counterparts(right, left, "right")
    rows = tuple(
        _row(item, f"rows[{number}]", left_count, right_count)
        for number, item in enumerate(_list(_get(root, "rows", ""), "rows"))
    )
    word_diffs: dict[tuple[int, int], WordDiff] = {}
    for number, item in enumerate(_list(root.get("word_diffs", []), "word_diffs")):
        diff = _word_diff(item, f"word_diffs[{number}]", left, right)
        word_diffs[(diff.left, diff.right)] = diff
    comparison = Comparison(
        left=left,
        right=right,
        rows=rows,
        word_diffs=word_diffs,
        settings=settings,
        scoring=_scoring(root.get("scoring")),
    )
    check_invariants(comparison)
    return comparison


def check_invariants(comparison: Comparison) -> None:
    """Refuse a comparison no run of newsdiff could have made (a damaged or forged file).

    Thresholds lie in 0–100; each side has at most ``MAX_SENTENCES`` sentences, in order and
    not overlapping; every sentence sits in exactly one row (so no empty or repeated rows); a
    ``unique`` sentence has no links and any other label at least one; a quote lies in the
    sentences it names and its changed spans in the quote; a word diff's spans lie in its two
    sentences.

    Raises:
        ComparisonFormatError: naming the first broken rule.
    """
    from newsdiff.core.compare import MAX_SENTENCES

    for name in ("shared", "paraphrase"):
        value = getattr(comparison.settings, name)
        if not 0 <= value <= 100:
            raise _fail(f"settings.{name}", f"{value:g} is not between 0 and 100")
    for where, side in (("left", comparison.left), ("right", comparison.right)):
        if len(side.sentences) > MAX_SENTENCES:
            raise _fail(f"{where}.sentences", f"more than {MAX_SENTENCES:,} sentences")
        _check_side(side, where)
    picks: tuple[tuple[str, ComparedArticle, Callable[[Row], int | None]], ...] = (
        ("left", comparison.left, lambda row: row.left),
        ("right", comparison.right, lambda row: row.right),
    )
    for where, side, pick in picks:
        seen = [0] * len(side.sentences)
        for number, row in enumerate(comparison.rows):
            index = pick(row)
            if index is not None:
                seen[index] += 1
                if seen[index] > 1:
                    raise _fail(f"rows[{number}].{where}", f"sentence {index} is in two rows")
        if 0 in seen:
            raise _fail("rows", f"{where} sentence {seen.index(0)} is in no row")
    for (left, right), diff in comparison.word_diffs.items():
        left_sentence = comparison.left.sentences[left].sentence
        right_sentence = comparison.right.sentences[right].sentence
        for op in diff.ops:
            inside_left = left_sentence.start <= op.left[0] <= op.left[1] <= left_sentence.end
            inside_right = right_sentence.start <= op.right[0] <= op.right[1] <= right_sentence.end
            if not (inside_left and inside_right):
                raise _fail(f"word_diffs[{left}, {right}]", "a span lies outside its sentence")


def _check_side(side: ComparedArticle, where: str) -> None:
    previous_end = 0
    for number, aligned in enumerate(side.sentences):
        sentence = aligned.sentence
        here = f"{where}.sentences[{number}]"
        if sentence.start < previous_end:
            raise _fail(here, "overlaps the sentence before it")
        previous_end = sentence.end
        if (aligned.label == "unique") != (not aligned.links):
            problem = "has links" if aligned.links else "has no link"
            raise _fail(here, f"is labelled {aligned.label} but {problem}")
    for number, match in enumerate(side.quotes):
        quote = match.quote
        here = f"{where}.quotes[{number}]"
        named = {quote.sentence, *quote.sentences}
        if side.sentences and not any(
            side.sentences[index].sentence.start < quote.end
            and quote.start < side.sentences[index].sentence.end
            for index in named
        ):
            raise _fail(here, "lies outside the sentences it names")
        if any(not quote.start <= start <= end <= quote.end for start, end in match.changed):
            raise _fail(f"{here}.changed", "a span lies outside the quote")


def _scoring(value: Any) -> Scoring:
    """The scoring record; a comparison saved before it was recorded says so."""
    if value is None:
        return Scoring((), "not recorded")
    data = _object(value, "scoring")
    corpus = _list(data.get("corpus", []), "scoring.corpus")
    for number, path in enumerate(corpus):
        if not isinstance(path, str):
            raise _fail(f"scoring.corpus[{number}]", f"expected a string, found {_kind(path)}")
    return Scoring(tuple(corpus), _opt_str(data, "meaning", "scoring") or "not recorded")


def comparison_from_json(text: str) -> Comparison:
    """The comparison saved as JSON ``text``; bad JSON raises :class:`ComparisonFormatError`."""
    try:
        data = json.loads(text)
    except json.JSONDecodeError as error:
        raise ComparisonFormatError(
            f"invalid JSON at line {error.lineno} column {error.colno}: {error.msg}"
        ) from None
    except RecursionError:
        raise ComparisonFormatError("invalid JSON: nested too deeply") from None
    return comparison_from_dict(data)


def _side(data: dict[str, Any], where: str, other_count: int) -> ComparedArticle:
    path = _str(data, "path", where)
    title = _str(data, "title", where)
    encoding = _opt_str(data, "encoding", where) or "utf-8"
    sentences_data = _list(_get(data, "sentences", where), f"{where}.sentences")
    text = data.get("text")
    if text is None:
        text = _rebuild_text(sentences_data, where)
    elif not isinstance(text, str):
        raise _fail(f"{where}.text", f"expected a string, found {_kind(text)}")
    article = Article(path=path, text=text, title=title, encoding=encoding, meta=_meta(data, where))
    sentences = tuple(
        _sentence(item, f"{where}.sentences[{number}]", number, text, other_count)
        for number, item in enumerate(sentences_data)
    )
    quotes = tuple(
        _quote_match(item, f"{where}.quotes[{number}]", text, len(sentences))
        for number, item in enumerate(_list(data.get("quotes", []), f"{where}.quotes"))
    )
    return ComparedArticle(article=article, sentences=sentences, quotes=quotes)


def _meta(data: dict[str, Any], where: str) -> ArticleMeta:
    """``ARTICLE.meta`` (absent in older files: nothing known)."""
    value = data.get("meta")
    if value is None:
        return ArticleMeta()
    meta = _object(value, f"{where}.meta")
    return ArticleMeta(
        **{key: _opt_str(meta, key, f"{where}.meta") for key in ("outlet", "author", "date", "url")}
    )


def _rebuild_text(sentences: list[Any], where: str) -> str:
    """The article text from its sentences when a writer left ``text`` out (gaps as spaces)."""
    chars: list[str] = []
    for number, item in enumerate(sentences):
        sentence = _object(item, f"{where}.sentences[{number}]")
        start = _int(
            _get(sentence, "start", f"{where}.sentences[{number}]"),
            f"{where}.sentences[{number}].start",
            high=10_000_000,
        )
        body = _str(sentence, "text", f"{where}.sentences[{number}]")
        if len(chars) < start:
            chars.extend(" " * (start - len(chars)))
        chars[start : start + len(body)] = body
    return "".join(chars)


def _sentence(item: Any, where: str, number: int, text: str, other_count: int) -> AlignedSentence:
    data = _object(item, where)
    index = _int(_get(data, "index", where), f"{where}.index")
    if index != number:
        raise _fail(f"{where}.index", f"expected {number}, found {index}")
    start = _int(_get(data, "start", where), f"{where}.start", high=len(text))
    end = _int(_get(data, "end", where), f"{where}.end", low=start, high=len(text))
    body = _str(data, "text", where)
    if text[start:end] != body:
        raise _fail(f"{where}.text", "does not match the article text at start:end")
    kind = _choice(data.get("kind", "text"), get_args(SentenceKind), f"{where}.kind")
    label = _choice(_get(data, "label", where), get_args(Label), f"{where}.label")
    links = tuple(
        _link(link, f"{where}.links[{position}]", other_count)
        for position, link in enumerate(_list(data.get("links", []), f"{where}.links"))
    )
    return AlignedSentence(
        sentence=Sentence(index=index, start=start, end=end, text=body, kind=kind),
        label=label,
        moved=_bool(data, "moved", where, False),
        boilerplate=_bool(data, "boilerplate", where, False),
        links=links,
    )


def _link(item: Any, where: str, other_count: int) -> Link:
    data = _object(item, where)
    return Link(
        index=_int(_get(data, "index", where), f"{where}.index", high=other_count - 1),
        label=_choice(_get(data, "label", where), get_args(LinkLabel), f"{where}.label"),
        score=_number(_get(data, "score", where), f"{where}.score"),
        evidence=_evidence(data.get("evidence"), f"{where}.evidence"),
    )


def _evidence(value: Any, where: str) -> Evidence:
    """A link's evidence; absent (``/1`` files) is empty evidence."""
    if value is None:
        return Evidence()
    data = _object(value, where)
    agree = tuple(
        _text(item, f"{where}.agree[{k}]")
        for k, item in enumerate(_list(data.get("agree", []), f"{where}.agree"))
    )
    disagree = tuple(
        _disagreement(item, f"{where}.disagree[{k}]")
        for k, item in enumerate(_list(data.get("disagree", []), f"{where}.disagree"))
    )
    note = data.get("note", "")
    return Evidence(agree, disagree, note if isinstance(note, str) else "")


def _text(value: Any, where: str) -> str:
    if not isinstance(value, str):
        raise _fail(where, f"expected a string, found {_kind(value)}")
    return value


def _disagreement(item: Any, where: str) -> Disagreement:
    data = _object(item, where)
    left = _str(data, "left", where)
    right = _str(data, "right", where)
    return Disagreement(
        kind=_choice(_get(data, "kind", where), get_args(DisagreementKind), f"{where}.kind"),
        left=left,
        right=right,
        left_span=_relative_span(data.get("left_span"), f"{where}.left_span"),
        right_span=_relative_span(data.get("right_span"), f"{where}.right_span"),
    )


def _relative_span(value: Any, where: str) -> tuple[int, int]:
    """A span inside a sentence; absent is ``(0, 0)`` (nothing to emphasize)."""
    if value is None:
        return (0, 0)
    return _span(value, where, 1_000_000_000)


def _quote(data: dict[str, Any], where: str, text: str, sentence_count: int) -> Quote:
    start = _int(_get(data, "start", where), f"{where}.start", high=len(text))
    end = _int(_get(data, "end", where), f"{where}.end", low=start, high=len(text))
    body = _str(data, "text", where)
    if text[start:end] != body:
        raise _fail(f"{where}.text", "does not match the article text at start:end")
    last = max(sentence_count - 1, 0)
    sentence = _int(data.get("sentence", 0), f"{where}.sentence", high=last)
    covered = tuple(
        _int(value, f"{where}.sentences[{position}]", high=last)
        for position, value in enumerate(_list(data.get("sentences", []), f"{where}.sentences"))
    )
    return Quote(
        start=start,
        end=end,
        text=body,
        speaker=_opt_str(data, "speaker", where),
        kind=_choice(data.get("kind", "full"), get_args(QuoteKind), f"{where}.kind"),
        sentence=sentence,
        sentences=covered,
        role=_opt_str(data, "role", where),
        cue=_cue(data.get("cue"), f"{where}.cue", text),
    )


def _cue(item: Any, where: str, text: str | None) -> Cue | None:
    """A saved attribution cue (absent in files saved before cues existed), checked against
    ``text`` when given."""
    if item is None:
        return None
    data = _object(item, where)
    high = None if text is None else len(text)
    start = _int(_get(data, "start", where), f"{where}.start", high=high)
    end = _int(_get(data, "end", where), f"{where}.end", low=start, high=high)
    body = _str(data, "text", where)
    if text is not None and text[start:end] != body:
        raise _fail(f"{where}.text", "does not match the article text at start:end")
    return Cue(start, end, body)


def _quote_match(item: Any, where: str, text: str, sentence_count: int) -> QuoteMatch:
    data = _object(item, where)
    quote = _quote(data, where, text, sentence_count)
    counterpart_data = data.get("counterpart")
    counterpart = None
    if counterpart_data is not None:
        # Checked against the other article's text in _check_counterparts.
        counterpart_where = f"{where}.counterpart"
        counterpart_obj = _object(counterpart_data, counterpart_where)
        start = _int(
            _get(counterpart_obj, "start", counterpart_where), f"{counterpart_where}.start"
        )
        end = _int(
            _get(counterpart_obj, "end", counterpart_where), f"{counterpart_where}.end", low=start
        )
        counterpart = Quote(
            start=start,
            end=end,
            text=_str(counterpart_obj, "text", counterpart_where),
            speaker=_opt_str(counterpart_obj, "speaker", counterpart_where),
            kind=_choice(
                counterpart_obj.get("kind", "full"),
                get_args(QuoteKind),
                f"{counterpart_where}.kind",
            ),
            sentence=_int(counterpart_obj.get("sentence", 0), f"{counterpart_where}.sentence"),
            sentences=tuple(
                _int(value, f"{counterpart_where}.sentences[{position}]")
                for position, value in enumerate(
                    _list(counterpart_obj.get("sentences", []), f"{counterpart_where}.sentences")
                )
            ),
            role=_opt_str(counterpart_obj, "role", counterpart_where),
            cue=_cue(counterpart_obj.get("cue"), f"{counterpart_where}.cue", None),
        )
    changed = tuple(
        _span(span, f"{where}.changed[{position}]", len(text))
        for position, span in enumerate(_list(data.get("changed", []), f"{where}.changed"))
    )
    articles = _int(data.get("articles", 1), f"{where}.articles", low=1)
    status = _choice(_get(data, "status", where), get_args(QuoteStatusName), f"{where}.status")
    return QuoteMatch(
        quote=quote, status=status, counterpart=counterpart, changed=changed, articles=articles
    )


def _check_counterparts(side: ComparedArticle, other: ComparedArticle, where: str) -> None:
    text = other.article.text
    for number, match in enumerate(side.quotes):
        quote = match.counterpart
        if quote is None:
            continue
        if quote.end > len(text) or text[quote.start : quote.end] != quote.text:
            raise _fail(
                f"{where}.quotes[{number}].counterpart",
                "does not match the other article's text at start:end",
            )
        if other.sentences and quote.sentence >= len(other.sentences):
            raise _fail(f"{where}.quotes[{number}].counterpart.sentence", "out of range")


def _row(item: Any, where: str, left_count: int, right_count: int) -> Row:
    data = _object(item, where)
    left = data.get("left")
    right = data.get("right")
    if left is None and right is None:
        raise _fail(where, "a row needs a left or a right sentence")
    return Row(
        left=None if left is None else _int(left, f"{where}.left", high=left_count - 1),
        right=None if right is None else _int(right, f"{where}.right", high=right_count - 1),
    )


def _word_diff(item: Any, where: str, left: ComparedArticle, right: ComparedArticle) -> WordDiff:
    data = _object(item, where)
    left_index = _int(_get(data, "left", where), f"{where}.left", high=len(left.sentences) - 1)
    right_index = _int(_get(data, "right", where), f"{where}.right", high=len(right.sentences) - 1)
    ops = []
    for position, op_item in enumerate(_list(_get(data, "ops", where), f"{where}.ops")):
        op_where = f"{where}.ops[{position}]"
        op = _object(op_item, op_where)
        ops.append(
            WordOp(
                tag=_choice(_get(op, "tag", op_where), get_args(OpTag), f"{op_where}.tag"),
                left=_span(_get(op, "left", op_where), f"{op_where}.left", len(left.article.text)),
                right=_span(
                    _get(op, "right", op_where), f"{op_where}.right", len(right.article.text)
                ),
            )
        )
    return WordDiff(left=left_index, right=right_index, ops=tuple(ops))


MAX_SAVED_BYTES = 64_000_000
"""The largest saved comparison ``load_comparison`` reads (the JSON of two articles at the
largest size limit is well under it; see docs/robustness.md)."""


def load_comparison(path: str | os.PathLike[str]) -> Comparison:
    """Read the comparison saved as JSON at ``path``.

    The file is checked like an article (a regular file, stat first, never a FIFO or device,
    read in bounded blocks up to :data:`MAX_SAVED_BYTES`).

    Raises:
        ArticleError: ``"<path>: <problem>"`` when the file cannot be read, or
            ``"<path>: not a newsdiff comparison (<why>)"`` when it is not a valid one.
    """
    from newsdiff.core.load import read_regular_file

    shown = str(path)
    raw = read_regular_file(shown, MAX_SAVED_BYTES, advice="too large for a saved comparison")
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise ArticleError(shown, "not a newsdiff comparison (not UTF-8 text)") from None
    try:
        return comparison_from_json(text)
    except ComparisonFormatError as error:
        problem = " ".join(str(error).split())[:300]
        raise ArticleError(shown, f"not a newsdiff comparison ({problem})") from None
