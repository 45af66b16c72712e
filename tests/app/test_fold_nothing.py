"""``z`` and ``Z`` say when there is nothing to fold, instead of "folded" with no change.

On a comparison without a shared pair side by side (common between two outlets that reword
everything), ``z`` said "Shared sentences folded" and the screen stayed as it was: a reader
took the key for broken, or the comparison for having folded something away. Same for ``Z``
without site furniture.
"""

from __future__ import annotations

from app_factory import conflict_sample, sample
from newsdiff.app.app import NewsDiffApp
from newsdiff.app.widgets.diff_view import DiffView

SIZE = (120, 36)


async def _said_after(comparison, key: str) -> tuple[list[str], int]:
    app = NewsDiffApp(comparison=comparison)
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        await pilot.pause()
        await pilot.press(key)
        await pilot.pause()
        folds = len(app.screen.query_one(DiffView).folds)
        return [n.message for n in app._notifications], folds


async def test_z_without_shared_rows_says_nothing_to_fold() -> None:
    said, folds = await _said_after(conflict_sample(), "z")
    assert folds == 0
    assert any("Nothing to fold: no shared sentences" in m for m in said), said
    assert not any("Shared sentences folded" in m for m in said)


async def test_z_with_shared_rows_folds_them() -> None:
    said, folds = await _said_after(sample(), "z")
    assert folds >= 1
    assert any("Shared sentences folded" in m for m in said), said


async def test_shift_z_without_furniture_says_nothing_to_fold() -> None:
    said, folds = await _said_after(conflict_sample(), "Z")
    assert folds == 0
    assert any("Nothing to fold: no site furniture" in m for m in said), said
    said, folds = await _said_after(sample(), "Z")
    assert folds >= 1 and any(m == "Boilerplate folded." for m in said), said
