"""The compare screen's subtitle: the thresholds, the scoring context, the meaning warning and
the cursor sentence's provenance, worded to fit the header (pure functions, no widgets)."""

from __future__ import annotations

import sys
from collections.abc import Sequence

from newsdiff.core.models import Article, Comparison, Settings

HEADER_CHROME = 18
"""Columns of Textual's header that are not its title: the icon (8) and the clock space (10)."""


def settings_title(comparison: Comparison, room: int | None = None, carried: str = "") -> str:
    """The screen's subtitle: the thresholds, and a warning when the meaning signal is off
    (fitted to ``room`` columns, see :func:`title_for`)."""
    scoring = comparison.scoring
    return title_for(comparison.settings, len(scoring.corpus), scoring.meaning, room, carried)


def title_for(
    settings: Settings, others: int, meaning: str, room: int | None = None, carried: str = ""
) -> str:
    """:func:`settings_title` of a comparison at ``settings`` scored with ``others`` more
    articles, the meaning signal ``meaning`` (``"on"`` or why it is off), and ``carried``
    (``carried by 3 of 5``: the cursor sentence's provenance) when known.

    The fullest wording that fits ``room`` columns (``None``: any): the corpus note shortens
    (``scored with 3 more``), then the provenance goes (the status line has it too), then the corpus
    note, and last the thresholds take the gutter's markers; the meaning warning always stays.
    """
    shared, paraphrase = f"{settings.shared:g}", f"{settings.paraphrase:g}"
    # named as the status line names them: word order decides shared, the score paraphrase
    thresholds = (
        f"shared: order ≥ {shared} · paraphrase: score ≥ {paraphrase}",
        f"= order ≥ {shared} · ≈ score ≥ {paraphrase}",
    )
    # Which context scored the pair (``newsdiff compare`` says the same in its header): the
    # library's other articles sharpen the word weights, so a pair can be labelled differently
    # from ``newsdiff compare A B`` without ``--corpus``.
    full, short = (
        (
            f"scored with {others} more article{'s' if others != 1 else ''}",
            f"scored with {others} more",
        )
        if others
        else ("", "")
    )
    warning = "meaning signal off" if meaning != "on" else ""
    # (corpus note, provenance), most said first
    notes = ((full, carried), (short, carried), (full, ""), (short, ""), ("", ""))
    title = ""
    for threshold in thresholds:
        for note, carrying in notes:
            title = " · ".join(p for p in (threshold, note, warning, carrying) if p)
            if room is None or len(title) <= room:
                return title
    return title  # the shortest: the header cuts it


def expected_title(
    articles: Sequence[Article],
    left: int,
    right: int,
    settings: Settings,
    room: int | None = None,
) -> str:
    """The subtitle the pair's comparison will have, known before it is computed when the
    meaning model is loaded (else the thresholds alone): set at once, it lands in the new
    screen's first layout instead of costing one more when the comparison arrives."""
    pair = (articles[left].text, articles[right].text)
    others = sum(1 for article in articles if article.text not in pair)
    # Never imported here (numpy, on the main thread); the warm-up's thread may be importing
    # it right now, so the module can be half-initialised: no function yet means not loaded.
    loaded_status = getattr(sys.modules.get("newsdiff.core.semantic"), "loaded_status", None)
    meaning = loaded_status() if loaded_status is not None else None
    if meaning is None:
        return title_for(settings, 0, "on", room)
    return title_for(settings, others, meaning, room)
