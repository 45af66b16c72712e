"""The real-dev clusters as the evaluation scripts walk them: folders in order, articles loaded,
each with the publication date ``clusters/manifest.json`` gives it (``meta.date``, as a web
page's metadata would; left unknown where the manifest gives none: never guessed from a URL)."""

from __future__ import annotations

import dataclasses
import json
import sys
from collections.abc import Iterable, Iterator
from functools import lru_cache
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


@lru_cache(maxsize=4)
def manifest_dates(clusters: Path) -> dict[str, str]:
    """``cluster/file.txt`` → ``YYYY-MM-DD`` for each article the manifest dates (none when
    there is no manifest)."""
    manifest = clusters / "manifest.json"
    if not manifest.is_file():
        return {}
    return {
        article["file"]: article["date"]
        for cluster in json.loads(manifest.read_text(encoding="utf-8"))
        for article in cluster["articles"]
        if article.get("date")
    }


def load_dated(path: Path) -> Article:
    """One cluster article, with the manifest's date when it gives one."""
    article = load_article(path)
    date = manifest_dates(path.parent.parent).get(f"{path.parent.name}/{path.name}")
    if date is None:
        return article
    return dataclasses.replace(article, meta=dataclasses.replace(article.meta, date=date))


def cluster_articles(folder: Path) -> list[Article]:
    """One cluster's articles, in file-name order."""
    return [load_dated(p) for p in sorted(folder.glob("*.txt"))]


def clusters_loaded(folders: Iterable[Path]) -> Iterator[tuple[Path, list[Article]]]:
    """Each folder with its articles, loaded one cluster at a time."""
    for folder in folders:
        yield folder, cluster_articles(folder)
