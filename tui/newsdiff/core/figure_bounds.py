"""Stated bounds: "up to 1.6 million" and "as many as 1.5 million" are two different maxima.

A figure with *up to*, *as many as*, *as much as* states a maximum, one with *at least* or
*upwards of* a minimum (:func:`stated_bound`); two maxima (or two minima) of one quantity
agree only when their written numbers can be one number rounded two ways
(:func:`same_written`). Loose hedges (*more than*, *almost*, *under*) are not stated bounds.
Used by :func:`newsdiff.core.figures.agree`. Pure functions; no I/O.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from newsdiff.core.figures import Figure


def stated_bound(figure: Figure) -> str:
    """``"ceiling"`` for a stated maximum ("up to 1.6 million", "as many as 50"), ``"floor"``
    for a stated minimum ("at least 12"), else ``""``. Loose hedges ("more than", "over",
    "almost", "under") are left out: writers round them freely."""
    if not figure.bounded or figure.open_low or figure.open_high:
        return ""
    if figure.stated_low == 0.0 and figure.high == figure.value:
        return "ceiling"
    if figure.low == figure.value == figure.stated_low and figure.stated_high > figure.value:
        return "floor"
    return ""


def same_written(x: float, y: float) -> bool:
    """Could two written numbers be one number rounded two ways? Each stands for the values
    that round to it (``1.6`` million for 1.55–1.65 million, a whole ``48`` for 48), so
    "up to 1.6 million" and "as many as 1.5 million" are two different maxima."""
    reach = written_rounding(x) + written_rounding(y)
    return abs(x - y) < reach or abs(x - y) <= 1e-9 * max(abs(x), abs(y))


def written_rounding(value: float) -> float:
    """Half a unit of a number's last significant digit: 1.6e6 → 50,000, 50 → 5, 48 → 0."""
    if value != int(value):
        decimals = len(repr(value).split(".")[1].rstrip("0"))
        return 0.5 * 10.0**-decimals
    digits = str(int(abs(value)))
    zeros = len(digits) - len(digits.rstrip("0"))
    return 0.5 * 10**zeros if zeros and digits.rstrip("0") else 0.0
