"""The sentence limit is checked on a count made before the analysis: that count is the
analysis's, and the segmentation made for it changes nothing the analysis returns."""

from __future__ import annotations

import os
import tempfile

from hypothesis import given, settings
from hypothesis import strategies as st
from newsdiff.core import article_cache
from newsdiff.core.segment import segment

PIECES = st.sampled_from(
    [
        "The quay opened. ",
        "“We are ready,” said Petra Lund. ",
        "Dr. Vale left.",
        "\n\n",
        "12.5 ",
        "? ",
    ]
)


@settings(max_examples=60, deadline=None)
@given(st.lists(PIECES, max_size=12).map("".join))
def test_the_early_count_is_the_analysis_count(text: str) -> None:
    with tempfile.TemporaryDirectory() as folder:
        before = os.environ.get("NEWSDIFF_CACHE")
        os.environ["NEWSDIFF_CACHE"] = folder
        try:
            article_cache.forget()
            count = article_cache.sentence_count(text)
            analysis = article_cache.analyse(text)  # uses the segmentation made for the count
            assert count == len(segment(text)) == len(analysis.sentences)
            assert analysis == article_cache.compute(text)
            assert article_cache.sentence_count(text) == count  # now from the kept analysis
        finally:
            article_cache.forget()
            if before is None:
                os.environ.pop("NEWSDIFF_CACHE", None)
            else:
                os.environ["NEWSDIFF_CACHE"] = before
