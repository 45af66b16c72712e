"""A comparison as JSON and back: ``newsdiff.comparison/2`` written, ``/2`` and ``/1`` read.

Writing is :func:`comparison_to_dict`. Reading, :func:`comparison_from_dict` checks every field it
uses (the parts in :mod:`newsdiff.core.saved_parts`), so a foreign or damaged file is refused with
one line naming the first problem (``left.sentences[3].label: expected one of …``) instead of a
traceback later in the app.
"""

from __future__ import annotations

import json
import os
from collections.abc import Callable
from typing import Any

from newsdiff import __version__
from newsdiff.core import json_fields as fields
from newsdiff.core.errors import ArticleError
from newsdiff.core.json_fields import ComparisonFormatError as ComparisonFormatError
from newsdiff.core.models import (
    ComparedArticle,
    Comparison,
    Quote,
    Row,
    Scoring,
    Settings,
    WordDiff,
)
from newsdiff.core.saved_parts import check_counterparts, read_row, read_side, read_word_diff

COMPARISON_SCHEMA = "newsdiff.comparison/2"
"""The schema name of saved comparisons; ``newsdiff.comparison/1`` files (no conflicts, no
evidence) still open."""

SCHEMA = COMPARISON_SCHEMA
"""The schema name written by :func:`comparison_to_dict`."""

SCHEMAS = (COMPARISON_SCHEMA, "newsdiff.comparison/1")
"""Every schema read here: ``/1`` files (saved before conflicts and evidence) still open."""


def comparison_to_dict(comparison: Comparison, version: str | None = None) -> dict[str, object]:
    """The JSON contract ``newsdiff.comparison/2`` (docs/design.md §4) for a comparison;
    ``version`` is the newsdiff version it records (this one's by default)."""
    return {
        "schema": COMPARISON_SCHEMA,
        "version": __version__ if version is None else version,
        "settings": comparison.settings.to_dict(),
        "scoring": comparison.scoring.to_dict(),
        "left": _side_to_dict(comparison.left),
        "right": _side_to_dict(comparison.right),
        "rows": [{"left": row.left, "right": row.right} for row in comparison.rows],
        "word_diffs": [
            {
                "left": diff.left,
                "right": diff.right,
                "ops": [
                    {"tag": op.tag, "left": list(op.left), "right": list(op.right)}
                    for op in diff.ops
                ],
            }
            for diff in comparison.word_diffs.values()
        ],
        "summary": comparison.summary(),
    }


def quote_to_dict(quote: Quote) -> dict[str, object]:
    """A quote as JSON-ready data, without cross-article status."""
    from newsdiff.core.quote_groups import quote_fields

    return {
        **quote_fields(quote),
        "sentence": quote.sentence,
        "sentences": list(quote.sentences),
    }


def _side_to_dict(side: ComparedArticle) -> dict[str, object]:
    article = side.article
    return {
        "path": article.path,
        "title": article.title,
        "encoding": article.encoding,
        "meta": article.meta.to_dict(),
        "text": article.text,
        "sentences": [
            {
                "index": aligned.sentence.index,
                "start": aligned.sentence.start,
                "end": aligned.sentence.end,
                "text": aligned.sentence.text,
                "kind": aligned.sentence.kind,
                "label": aligned.label,
                "moved": aligned.moved,
                "boilerplate": aligned.boilerplate,
                "links": [
                    {
                        "index": link.index,
                        "label": link.label,
                        "score": round(link.score, 2),
                        "evidence": link.evidence.to_dict(),
                    }
                    | ({} if link.order is None else {"order": round(link.order, 2)})
                    for link in aligned.links
                ],
            }
            for aligned in side.sentences
        ],
        "quotes": [
            {
                **quote_to_dict(match.quote),
                "status": match.status,
                "speaker_differs": match.speaker_differs,
                "other_speaker": match.other_speaker,
                "counterpart": None
                if match.counterpart is None
                else quote_to_dict(match.counterpart),
                "changed": [list(span) for span in match.changed],
                "articles": match.articles,
            }
            for match in side.quotes
        ],
    }


def comparison_from_dict(data: Any) -> Comparison:
    """The comparison saved in ``data`` (parsed ``newsdiff.comparison/2`` or ``/1`` JSON).

    Raises:
        ComparisonFormatError: ``data`` is not a saved comparison, or is inconsistent (an
            offset outside the text, a row naming a sentence that does not exist, …).
    """
    root = fields.as_object(data, "")
    schema = root.get("schema")
    if schema not in SCHEMAS:
        raise ComparisonFormatError(_schema_problem(schema))
    settings_data = fields.as_object(fields.required(root, "settings", ""), "settings")
    defaults = Settings()
    settings = Settings(
        shared=fields.number(settings_data.get("shared", defaults.shared), "settings.shared"),
        paraphrase=fields.number(
            settings_data.get("paraphrase", defaults.paraphrase), "settings.paraphrase"
        ),
    )
    left_data = fields.as_object(fields.required(root, "left", ""), "left")
    right_data = fields.as_object(fields.required(root, "right", ""), "right")
    left_count = len(
        fields.as_list(fields.required(left_data, "sentences", "left"), "left.sentences")
    )
    right_count = len(
        fields.as_list(fields.required(right_data, "sentences", "right"), "right.sentences")
    )
    left = read_side(left_data, "left", right_count)
    right = read_side(right_data, "right", left_count)
    check_counterparts(left, right, "left")
    check_counterparts(right, left, "right")
    rows = tuple(
        read_row(item, f"rows[{number}]", left_count, right_count)
        for number, item in enumerate(fields.as_list(fields.required(root, "rows", ""), "rows"))
    )
    word_diffs: dict[tuple[int, int], WordDiff] = {}
    for number, item in enumerate(fields.as_list(root.get("word_diffs", []), "word_diffs")):
        diff = read_word_diff(item, f"word_diffs[{number}]", left, right)
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
            raise fields.fail(f"settings.{name}", f"{value:g} is not between 0 and 100")
    for where, side in (("left", comparison.left), ("right", comparison.right)):
        if len(side.sentences) > MAX_SENTENCES:
            raise fields.fail(f"{where}.sentences", f"more than {MAX_SENTENCES:,} sentences")
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
                    raise fields.fail(f"rows[{number}].{where}", f"sentence {index} is in two rows")
        if 0 in seen:
            raise fields.fail("rows", f"{where} sentence {seen.index(0)} is in no row")
    for (left, right), diff in comparison.word_diffs.items():
        left_sentence = comparison.left.sentences[left].sentence
        right_sentence = comparison.right.sentences[right].sentence
        for op in diff.ops:
            inside_left = left_sentence.start <= op.left[0] <= op.left[1] <= left_sentence.end
            inside_right = right_sentence.start <= op.right[0] <= op.right[1] <= right_sentence.end
            if not (inside_left and inside_right):
                raise fields.fail(
                    f"word_diffs[{left}, {right}]", "a span lies outside its sentence"
                )


def _check_side(side: ComparedArticle, where: str) -> None:
    previous_end = 0
    for number, aligned in enumerate(side.sentences):
        sentence = aligned.sentence
        here = f"{where}.sentences[{number}]"
        if sentence.start < previous_end:
            raise fields.fail(here, "overlaps the sentence before it")
        previous_end = sentence.end
        if (aligned.label == "unique") != (not aligned.links):
            problem = "has links" if aligned.links else "has no link"
            raise fields.fail(here, f"is labelled {aligned.label} but {problem}")
    for number, match in enumerate(side.quotes):
        quote = match.quote
        here = f"{where}.quotes[{number}]"
        named = {quote.sentence, *quote.sentences}
        if side.sentences and not any(
            side.sentences[index].sentence.start < quote.end
            and quote.start < side.sentences[index].sentence.end
            for index in named
        ):
            raise fields.fail(here, "lies outside the sentences it names")
        if any(not quote.start <= start <= end <= quote.end for start, end in match.changed):
            raise fields.fail(f"{here}.changed", "a span lies outside the quote")


def _scoring(value: Any) -> Scoring:
    """The scoring record; a comparison saved before it was recorded says so."""
    if value is None:
        return Scoring((), "not recorded")
    data = fields.as_object(value, "scoring")
    corpus = fields.as_list(data.get("corpus", []), "scoring.corpus")
    for number, path in enumerate(corpus):
        if not isinstance(path, str):
            raise fields.fail(
                f"scoring.corpus[{number}]", f"expected a string, found {fields.kind_name(path)}"
            )
    return Scoring(
        tuple(corpus), fields.optional_string(data, "meaning", "scoring") or "not recorded"
    )


def comparison_from_json(text: str) -> Comparison:
    """The comparison saved as JSON ``text``; bad JSON raises :class:`ComparisonFormatError`."""
    return _saved_from_json(text)[0]


def _saved_from_json(text: str) -> tuple[Comparison, str]:
    """The comparison saved as JSON ``text`` and the schema it was saved in."""
    if not text.strip():
        raise ComparisonFormatError("empty: only white space" if text else "empty file, 0 bytes")
    try:
        data = json.loads(text)
    except json.JSONDecodeError as error:
        raise ComparisonFormatError(
            f"invalid JSON at line {error.lineno} column {error.colno}: {error.msg}"
        ) from None
    except RecursionError:
        raise ComparisonFormatError("invalid JSON: nested too deeply") from None
    return comparison_from_dict(data), str(data.get("schema"))


MAX_SAVED_BYTES = 64_000_000
"""The largest saved comparison ``load_comparison`` reads (the JSON of two articles at the
largest size limit is well under it; see docs/robustness.md)."""


_OPENS = f"{SCHEMA!r} or '/1'"


def _schema_problem(schema: object) -> str:
    """Why ``schema`` does not open: a later ``newsdiff.comparison/N`` is a newer newsdiff's
    file (the message says which versions open and to update); anything else is no comparison."""
    prefix, _, number = str(schema).rpartition("/")
    if prefix == "newsdiff.comparison" and number.isdigit() and int(number) > 2:
        return (
            f"saved by a newer newsdiff (schema {str(schema)[:60]!r}); this newsdiff opens "
            f"{_OPENS}: update newsdiff to open it"
        )
    found = "no schema" if schema is None else f"schema {str(schema)[:60]!r}"
    return f"not a newsdiff comparison ({found}, expected {_OPENS})"


def load_comparison(path: str | os.PathLike[str]) -> Comparison:
    """Read the comparison saved as JSON at ``path`` (see :func:`load_saved`)."""
    return load_saved(path)[0]


def load_saved(path: str | os.PathLike[str]) -> tuple[Comparison, str]:
    """Read the comparison saved as JSON at ``path``, and the schema it was saved in (a
    ``newsdiff.comparison/1`` file predates evidence: the app says so when it opens one).

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
        return _saved_from_json(text)
    except ComparisonFormatError as error:
        problem = " ".join(str(error).split())[:300]
        if not problem.startswith(("saved by a newer", "not a newsdiff")):
            problem = f"not a newsdiff comparison ({problem})"
        raise ArticleError(shown, problem) from None
