"""The fast scoring kernels give exactly the scores of their plain definitions."""

from __future__ import annotations

import numpy as np
from hypothesis import given, settings
from hypothesis import strategies as st
from newsdiff.core import similarity, verbatim
from newsdiff.core.words import features
from rapidfuzz.distance import Indel

WORDS = st.sampled_from(
    ["the", "minister", "said", "talks", "resume", "in", "march", "40", "jobs", "Varga", "port"]
    + [f"w{n}" for n in range(400)]  # more distinct words than fit below character 256
)
SENTENCES = st.lists(st.lists(WORDS, max_size=30), max_size=12)


@settings(max_examples=60, deadline=None)
@given(SENTENCES, SENTENCES)
def test_the_compact_word_codes_keep_every_word_order_score(
    left: list[list[str]], right: list[list[str]]
) -> None:
    # Definition: the Indel similarity of the two word sequences, words compared as wholes.
    codes: dict[str, str] = {}

    def one_character_per_word(words: list[str]) -> str:
        return "".join(codes.setdefault(word, chr(0x100 + len(codes))) for word in words)

    expected = [
        [
            Indel.normalized_similarity(one_character_per_word(a), one_character_per_word(b))
            for b in right
        ]
        for a in left
    ]
    left_codes, right_codes = verbatim.encode_pair(left, right)
    assert [len(code) for code in left_codes] == [len(words) for words in left]
    got = [[Indel.normalized_similarity(a, b) for b in right_codes] for a in left_codes]
    assert got == expected


TEXTS = st.lists(
    st.sampled_from(
        [
            "Prime Minister Narendra Modi met Marco Rubio in New Delhi on Monday.",
            "Modi and Rubio discussed tariffs of 50% on Indian exports.",
            "The talks in New Delhi ended without a deal on tariffs.",
            "Rubio said the relationship with India was deep and historic.",
            "Pakistan faces a lower 19% tariff rate.",
            "Officials said the ceasefire would hold.",
            "",
        ]
    ),
    max_size=10,
)


@settings(max_examples=60, deadline=None)
@given(TEXTS, TEXTS)
def test_the_row_wise_overlap_is_the_sorted_float32_sum_of_shared_weights(
    left: list[str], right: list[str]
) -> None:
    left_f = [features(text) for text in left]
    right_f = [features(text) for text in right]
    idf = similarity.idf_weights([f.content for f in left_f] + [f.content for f in right_f])
    expected = np.zeros((len(left), len(right)), dtype=np.float32)
    for i, a in enumerate(left_f):
        for j, b in enumerate(right_f):
            total = np.float32(0.0)
            for word in sorted(a.content & b.content):
                share = min(
                    np.float32(a.shares.get(word, 1.0)), np.float32(b.shares.get(word, 1.0))
                )
                total = np.float32(total + np.float32(np.float32(idf[word]) * share))
            expected[i, j] = total
    got = similarity._weighted_overlap(left_f, right_f, idf)
    assert got.dtype == np.float32
    assert np.array_equal(got, expected)


def _interpolated(raw: np.ndarray) -> np.ndarray:
    # Definition: numpy's own piecewise-linear interpolation over the calibration table.
    xs = [x for x, _ in similarity.CALIBRATION]
    ys = [y for _, y in similarity.CALIBRATION]
    return np.interp(raw, xs, ys).astype(np.float32)


@settings(max_examples=200, deadline=None)
@given(
    st.lists(
        st.floats(width=32, allow_nan=True, allow_infinity=True)
        | st.sampled_from([0.0, -0.0, 23.0, 100.0, np.nextafter(23.0, 0.0), 100.5, -1.0]),
        min_size=1,
        max_size=40,
    )
)
def test_calibration_by_segment_is_numpys_interpolation_to_the_bit(values: list[float]) -> None:
    raw = np.array(values, dtype=np.float32).reshape(1, -1)
    got = similarity.calibrate(raw)
    assert got.shape == raw.shape and got.dtype == np.float32
    assert np.array_equal(got.view(np.uint32), _interpolated(raw).view(np.uint32))


def test_calibration_of_a_whole_range_is_numpys_interpolation_to_the_bit() -> None:
    # every 997th float32 from 0 to 100 and then some (the scores combine() feeds it)
    bits = np.arange(0, np.float32(101.0).view(np.uint32), 997, dtype=np.uint32)
    raw = bits[: len(bits) // 64 * 64].view(np.float32).reshape(-1, 64)
    assert np.array_equal(
        similarity.calibrate(raw).view(np.uint32), _interpolated(raw).view(np.uint32)
    )
