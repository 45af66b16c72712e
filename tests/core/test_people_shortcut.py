"""People are read from runs of two capitalised words or more: the same as reading every run.

The name-run pattern no longer matches a lone capitalised word (which names no one and was
passed); the people found must be those found when every run, one word long or more, is read.
"""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from newsdiff.core import people as people_module

EVERY_RUN = re.compile(
    r"(?<![\w’'.-])(?:[A-Z][^\W\d_]*(?:['’-][^\W\d_]+)*\.?\s+)*[A-Z][^\W\d_]*"
    r"(?:['’-][^\W\d_]+)*\.?(?![\w’'-])"
)

PIECES = st.sampled_from(
    ["Rep.", "Linda", "T.", "Ortiz", "O'Brien", "Smith-Jones", "A.B", "F16", "said", "the"]
    + ["press", "secretary", "Tom", "Hale", "North", "Korea", "É", "Ñandú", "mayor", "’s", "'s"]
)
GAPS = st.sampled_from([" ", "  ", "\n", ", ", ".", "-", "'", "’", ""])


@settings(max_examples=400, deadline=None)
@given(st.lists(st.tuples(PIECES, GAPS), max_size=14))
def test_people_are_those_read_from_every_run(pieces: list[tuple[str, str]]) -> None:
    text = "".join(word + gap for word, gap in pieces)
    found = people_module.people.__wrapped__(text)
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(people_module, "_NAME_RUN", EVERY_RUN)
        assert people_module.people.__wrapped__(text) == found
