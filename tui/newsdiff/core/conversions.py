"""Figures that agree once converted: one amount in two currencies, one measure in two units
(``£4.5m ≈ $5.7m``), for the claim check (:mod:`newsdiff.core.claims`)."""

from __future__ import annotations

from newsdiff.core.claim import Claim
from newsdiff.core.figures import Figure, agree


def find_conversions(left: Claim, right: Claim) -> tuple[str, ...]:
    """Amounts given in two currencies, or one quantity in two units: ``£4.5m ≈ $5.7m``.

    Each sentence states one amount of money (in different currencies), or the two state one
    measure (length, mass, area, time) in different units that agree once converted. No
    exchange rate is assumed, so two currencies never conflict.
    """
    found: list[str] = []
    money_left = [a for a in left.figures if a.kind.startswith("currency")]
    money_right = [b for b in right.figures if b.kind.startswith("currency")]
    if len(money_left) == 1 and len(money_right) == 1:
        a, b = money_left[0], money_right[0]
        if a.kind != b.kind and _plausible_exchange(a, b):
            found.append(f"{left.text[a.start : a.end]} ≈ {right.text[b.start : b.end]}")
    for a in left.figures:
        if a.kind not in _MEASURES:
            continue
        for b in right.figures:
            if b.kind == a.kind and agree(a, b) and round(a.value) != round(b.value):
                found.append(f"{left.text[a.start : a.end]} ≈ {right.text[b.start : b.end]}")
    return tuple(found)


_MEASURES = frozenset({"length", "mass", "area"})


_MAJOR = frozenset({"currency:USD", "currency:GBP", "currency:EUR"})


EXCHANGE_SPREAD = 1.7
"""Dollars, pounds and euros have traded within a factor of 1.7 of each other for decades: two
amounts further apart than that are not one amount converted. Other currencies are never
called a conversion (nor a conflict)."""


def _plausible_exchange(a: Figure, b: Figure) -> bool:
    if a.kind not in _MAJOR or b.kind not in _MAJOR or a.value <= 0 or b.value <= 0:
        return False
    ratio = a.value / b.value
    return 1 / EXCHANGE_SPREAD <= ratio <= EXCHANGE_SPREAD
