"""The real-dev clusters load with the dates their manifest gives (``scripts/realdev_clusters.py``),
as a web page's metadata would give them: the claim check reads relative days against them.
A cluster written for this test (not real-dev)."""

from __future__ import annotations

import json
from pathlib import Path

from realdev_clusters import cluster_articles, load_dated, manifest_dates


def _clusters(tmp_path: Path, manifest: list[dict] | None) -> Path:
    folder = tmp_path / "clusters" / "harbour"
    folder.mkdir(parents=True)
    (folder / "gazette.txt").write_text("Board sacks Voss\n\nOn Tuesday the board sacked Voss.\n")
    (folder / "herald.txt").write_text("Voss out\n\nThe board sacked Voss on Dec. 4.\n")
    if manifest is not None:
        (tmp_path / "clusters" / "manifest.json").write_text(json.dumps(manifest))
    return folder


def test_each_article_gets_the_date_its_manifest_gives_and_no_other(tmp_path: Path) -> None:
    articles = [
        {"file": "harbour/gazette.txt", "outlet": "gazette", "date": "2024-12-05"},
        {
            "file": "harbour/herald.txt",
            "outlet": "herald",
            "url": "https://example.com/2024/12/05/",
        },
    ]
    folder = _clusters(tmp_path, [{"cluster": "harbour", "articles": articles}])
    assert [a.meta.date for a in cluster_articles(folder)] == ["2024-12-05", None]  # no URL guess
    assert load_dated(folder / "gazette.txt").text.startswith("Board sacks Voss")


def test_a_cluster_without_a_manifest_loads_undated(tmp_path: Path) -> None:
    folder = _clusters(tmp_path, None)
    assert manifest_dates(folder.parent) == {}
    assert [a.meta.date for a in cluster_articles(folder)] == [None, None]
