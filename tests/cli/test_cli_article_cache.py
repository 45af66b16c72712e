"""The article cache never changes what ``newsdiff compare`` says: an empty cache, a filled one
and one whose entries were torn (a write cut short, the file system keeping other bytes after the
cut) give the same output, a torn entry being read as a miss and recomputed, never a traceback."""

from __future__ import annotations

import pickletools
import subprocess
from collections.abc import Callable
from pathlib import Path

SEEDS = sorted((Path(__file__).resolve().parents[2] / "seeds").glob("*.txt"))

TORN_TAIL = b"\x8d" + (2**64 - 1).to_bytes(8, "little")
"""Bytes a torn entry may hold after its cut: read as a pickle opcode, a string longer than any
the system can hold (the unpickler raises ``OverflowError``, not ``UnpicklingError``)."""


def _tear(entry: Path) -> None:
    """Keep the first half of the entry's pickle, then other bytes, at its full length."""
    data = entry.read_bytes()
    positions = [position for _, _, position in pickletools.genops(data)]
    cut = positions[len(positions) // 2]
    entry.write_bytes(data[:cut] + TORN_TAIL + data[cut + len(TORN_TAIL) :])


def test_compare_says_the_same_cold_warm_and_over_torn_entries(
    newsdiff: Callable[..., subprocess.CompletedProcess[str]], tmp_path: Path
) -> None:
    env = {"NEWSDIFF_CACHE": str(tmp_path)}
    args = ("compare", SEEDS[0], SEEDS[1], "--format", "json")
    cold = newsdiff(*args, env=env)
    entries = sorted(tmp_path.glob("*/*.pickle"))
    assert {entry.parent.name for entry in entries} >= {"articles", "features", "claims"}
    warm = newsdiff(*args, env=env)
    for entry in entries:
        _tear(entry)
    torn = newsdiff(*args, env=env)
    for done in (cold, warm, torn):
        assert (done.returncode, done.stderr) == (0, "")
    assert warm.stdout == cold.stdout
    assert torn.stdout == cold.stdout
    # the torn entries were recomputed and written whole again
    warm_again = newsdiff(*args, env=env)
    assert warm_again.stdout == cold.stdout
