"""Where a figure may begin in a sentence's words (:func:`~newsdiff.core.figures.figures`).

Most words of a sentence begin no figure: :data:`FIGURE_OPENERS` lets the figure reader pass
them with one set lookup. Pure; no I/O.
"""

from __future__ import annotations

from newsdiff.core.figure_words import CURRENCY_SYMBOLS, NUMBER_WORDS

VAGUE_MAGNITUDES = ("tens", "hundreds", "thousands", "millions", "dozens")
"""Plural magnitudes that open a figure in words ("thousands of", "tens of millions of")."""

CURRENCY_CODES = ("rs", "inr", "usd")
"""Currency words written before the number ("Rs 500", "USD 20")."""

ROUND_SCALES = frozenset({"hundred", "thousand", "million", "billion", "dozen"})

FIGURE_OPENERS = frozenset(
    [*VAGUE_MAGNITUDES, *CURRENCY_SYMBOLS, *CURRENCY_CODES, *NUMBER_WORDS, "a", "an", "half"]
)
"""Lower-case words a figure may begin with besides a number written in digits or a hyphenated
compound ("twenty-three"): a vague magnitude, a currency sign or code, a number word, and the
"a"/"an"/"half" of "a million" and "half a million" (:func:`article_number`)."""


def article_number(lower: list[str], k: int) -> tuple[float | None, int]:
    """ "a million" (1), "half a million" (0.5) before their scale word: the value and the
    index of the word before the scale, which the scale then multiplies; else ``None``."""
    if lower[k] in ("a", "an") and k + 1 < len(lower) and lower[k + 1] in ROUND_SCALES:
        return 1.0, k
    if (
        lower[k] == "half"
        and k + 2 < len(lower)
        and lower[k + 1] == "a"
        and lower[k + 2] in ROUND_SCALES
    ):
        return 0.5, k + 1
    return None, k
