"""EXPERIMENT: reworded paraphrases just under the link threshold, let through by a gate."""

from __future__ import annotations

import os

import numpy as np

from newsdiff.core.soft_align import align_pairs

BAND = 20.0
GATE = float(os.environ.get("NEWSDIFF_LOWBAND", "0") or 0)


def lifted_scores(prepared, settings):  # type: ignore[no-untyped-def]
    """The score matrix with gated low-band pairs lifted to the threshold (or the matrix)."""
    score = prepared.scores.score
    idf = prepared.scores.idf
    if GATE <= 0 or idf is None:
        return score
    thr = settings.paraphrase
    left_on = ~np.asarray(prepared.left_boilerplate, dtype=bool)
    right_on = ~np.asarray(prepared.right_boilerplate, dtype=bool)
    band = (score >= thr - BAND) & (score < thr)
    band &= left_on[:, None]
    band &= right_on[None, :]
    if prepared.scores.figures_differ is not None:
        band &= ~prepared.scores.figures_differ
    rows, cols = np.nonzero(band)
    if rows.size == 0:
        return score
    lefts = [s.text for s in prepared.left_sentences]
    rights = [s.text for s in prepared.right_sentences]
    squared = {k: v * v for k, v in idf.items()}
    found = align_pairs(lefts, rights, rows, cols, squared)
    if found is None:
        return score
    both = np.minimum(*found)
    out = None
    for i, j in zip(rows[both >= GATE].tolist(), cols[both >= GATE].tolist(), strict=True):
        check = prepared.check(i, j)
        if check.outcome != "paraphrased" or check.evidence.note:
            continue
        if out is None:
            out = score.copy()
        out[i, j] = thr
    return score if out is None else out


VETO = float(os.environ.get("NEWSDIFF_VETO", "0") or 0)


def vetoing(prepared, check):  # type: ignore[no-untyped-def]
    """EXPERIMENT: the check, with paraphrases whose words answer each other little vetoed."""
    if VETO <= 0 or prepared.scores.idf is None:
        return check
    from newsdiff.core.claims import ClaimCheck
    from newsdiff.core.link_evidence import Evidence

    lefts = [s.text for s in prepared.left_sentences]
    rights = [s.text for s in prepared.right_sentences]
    squared = {k: v * v for k, v in prepared.scores.idf.items()}

    def wrapped(i, j):  # type: ignore[no-untyped-def]
        result = check(i, j)
        if result.outcome != "paraphrased":
            return result
        found = align_pairs(lefts, rights, np.array([i]), np.array([j]), squared)
        if found is not None and min(float(found[0][0]), float(found[1][0])) < VETO:
            return ClaimCheck("not linked", Evidence(note="words answer little"))
        return result

    return wrapped
