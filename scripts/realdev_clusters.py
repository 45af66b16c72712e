"""The real-dev clusters as the evaluation scripts walk them: folders in order, articles loaded."""

from __future__ import annotations

import sys
from collections.abc import Iterable, Iterator
from pathlib import Path

from newsdiff.core.load import load_article
from newsdiff.core.models import Article

REPO = Path(__file__).resolve().parents[1]
DATA = REPO.parent / "shared" / "data" / "real-dev"


def cluster_folders(data: Path) -> list[Path] | None:
    """Each folder under ``data/clusters``; None (with a note) when ``../shared`` is absent."""
    clusters = data / "clusters"
    if not clusters.is_dir():
        print(f"skipped: {clusters} not found (needs ../shared)", file=sys.stderr)
        return None
    return sorted(p for p in clusters.iterdir() if p.is_dir())


def cluster_articles(folder: Path) -> list[Article]:
    """One cluster's articles, in file-name order."""
    return [load_article(p) for p in sorted(folder.glob("*.txt"))]


def clusters_loaded(folders: Iterable[Path]) -> Iterator[tuple[Path, list[Article]]]:
    """Each folder with its articles, loaded one cluster at a time."""
    for folder in folders:
        yield folder, cluster_articles(folder)
