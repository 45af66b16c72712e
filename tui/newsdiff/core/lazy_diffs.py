"""The word diffs of a comparison's links, computed when first read: :class:`LazyWordDiffs`."""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping, Sequence

from newsdiff.core.models import WordDiff


class LazyWordDiffs(Mapping[tuple[int, int], WordDiff]):
    """The word diffs of a comparison's links, each computed on first access and cached.

    A long document pair can have tens of thousands of links; the app only ever looks at the
    ones on screen, and re-labelling at new thresholds must stay cheap. Iterating (as the
    exporters do) computes them all. Keys are the ``(left, right)`` link pairs, in link order.
    """

    __slots__ = ("_keys", "_lookup", "_compute")

    def __init__(
        self,
        keys: Sequence[tuple[int, int]],
        compute: Callable[[int, int], WordDiff],
    ) -> None:
        self._keys = tuple(keys)
        self._lookup = frozenset(self._keys)
        self._compute = compute

    def __getitem__(self, key: tuple[int, int]) -> WordDiff:
        if key not in self._lookup:
            raise KeyError(key)
        return self._compute(*key)

    def __iter__(self) -> Iterator[tuple[int, int]]:
        return iter(self._keys)

    def __len__(self) -> int:
        return len(self._keys)

    def __contains__(self, key: object) -> bool:
        return key in self._lookup
