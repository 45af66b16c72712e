"""The words of figures: numbers written as words, scale words, currencies, units and hedges.

The vocabulary :mod:`newsdiff.core.figures` reads figures with; tables only.
"""

from __future__ import annotations

from newsdiff.core.words import SCALES

NUMBER_WORDS = {
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "thirteen": 13,
    "fourteen": 14,
    "fifteen": 15,
    "sixteen": 16,
    "seventeen": 17,
    "eighteen": 18,
    "nineteen": 19,
    "twenty": 20,
    "thirty": 30,
    "forty": 40,
    "fifty": 50,
    "sixty": 60,
    "seventy": 70,
    "eighty": 80,
    "ninety": 90,
    "hundred": 100,
    "dozen": 12,
}
"""Numbers written as words. "one" is left out of figures when it is a pronoun (see below)."""

SCALE_WORDS = {**SCALES, "hundred": 100, "b": 10**9}
"""Scale words (:data:`newsdiff.core.words.SCALES`), plus "hundred" and "b" ("$3b")."""

CURRENCY_SYMBOLS = {"$": "USD", "£": "GBP", "€": "EUR", "₹": "INR", "¥": "JPY"}
CURRENCY_WORDS = {
    "dollars": "USD",
    "dollar": "USD",
    "usd": "USD",
    "pounds": "GBP",
    "pound": "GBP",
    "sterling": "GBP",
    "gbp": "GBP",
    "euros": "EUR",
    "euro": "EUR",
    "eur": "EUR",
    "rupees": "INR",
    "rupee": "INR",
    "rs": "INR",
    "inr": "INR",
    "yen": "JPY",
}

UNITS = {
    # unit word → (dimension, factor to the dimension's base)
    "second": ("time", 1 / 86400),
    "minute": ("time", 1 / 1440),
    "hour": ("time", 1 / 24),
    "day": ("time", 1.0),
    "week": ("time", 7.0),
    "fortnight": ("time", 14.0),
    "month": ("time", 30.44),
    "year": ("time", 365.25),
    "decade": ("time", 3652.5),
    "mile": ("length", 1609.344),
    "km": ("length", 1000.0),
    "kilometre": ("length", 1000.0),
    "kilometer": ("length", 1000.0),
    "metre": ("length", 1.0),
    "meter": ("length", 1.0),
    "m": ("length", 1.0),
    "ft": ("length", 0.3048),
    "foot": ("length", 0.3048),
    "feet": ("length", 0.3048),
    "yard": ("length", 0.9144),
    "inch": ("length", 0.0254),
    "cm": ("length", 0.01),
    "kg": ("mass", 1.0),
    "kilogram": ("mass", 1.0),
    "tonne": ("mass", 1000.0),
    "ton": ("mass", 1000.0),
    "pound-weight": ("mass", 0.4536),
    "lb": ("mass", 0.4536),
    "acre": ("area", 4046.86),
    "hectare": ("area", 10000.0),
    "percent": ("percent", 1.0),
    "point": ("points", 1.0),
}

HEDGES = (
    # phrase (lower case, words) → (low factor, high factor, bound): "above" and "below" make
    # the written number a bound the range does not cross for rounding, "above!" and "below!"
    # one it excludes ("more than 48" is not 48; "at least 48" may be)
    (("more", "than"), (1.0, 1.6, "above!")),
    (("over",), (1.0, 1.6, "above!")),
    (("at", "least"), (1.0, 1.6, "above")),
    (("upwards", "of"), (1.0, 1.6, "above")),
    (("fewer", "than"), (0.6, 1.0, "below!")),
    (("less", "than"), (0.6, 1.0, "below!")),
    (("under",), (0.6, 1.0, "below!")),
    (("up", "to"), (0.0, 1.0, "below")),
    (("as", "many", "as"), (0.0, 1.0, "below")),
    (("as", "much", "as"), (0.0, 1.0, "below")),
    (("almost",), (0.9, 1.0, "below!")),
    (("nearly",), (0.9, 1.0, "below!")),
    (("close", "to"), (0.9, 1.0, "")),
    (("just", "under"), (0.9, 1.0, "below!")),
    (("just", "over"), (1.0, 1.15, "above!")),
    (("about",), (0.85, 1.15, "")),
    (("around",), (0.85, 1.15, "")),
    (("roughly",), (0.85, 1.15, "")),
    (("approximately",), (0.85, 1.15, "")),
    (("some",), (0.85, 1.15, "")),
    (("an", "estimated"), (0.85, 1.15, "")),
    (("estimated",), (0.85, 1.15, "")),
)
"""Hedges and the range each gives: "about", "almost", "more than" widen a figure in their
direction. A directional hedge makes the number a bound: "almost 48" and "at least 48" do not
meet (two outlets' counts of one list of questions that disagree), "almost 48" and "48" do."""


MONTH_WORDS = frozenset(
    "january february march april may june july august september october november december "
    "jan feb mar apr jun jul aug sep sept oct nov dec".split()
)
"""Month names and their short forms: a number beside one is a day, not a figure."""
