"""``newsdiff list``: the corpus, one line per article."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated

import typer

from newsdiff.cli.common import app, fail
from newsdiff.core.load import bundled_seeds_dir, load_corpus
from newsdiff.core.segment import segment


@app.command("list")
def list_command(
    paths: Annotated[
        list[Path] | None, typer.Argument(help="Article files or folders (default: bundled).")
    ] = None,
    fmt: Annotated[str, typer.Option("--format", "-f", help="text | json")] = "text",
) -> None:
    """List the articles: title, path, words, sentences, quotes."""
    corpus = load_corpus(paths or [bundled_seeds_dir()])
    rows = [
        {
            "path": article.path,
            "title": article.title,
            "words": len(article.text.split()),
            "sentences": len(segment(article.text)),
        }
        for article in corpus.articles
    ]
    if fmt == "json":
        print(json.dumps({"articles": rows}, ensure_ascii=False, indent=2))
    else:
        for row in rows:
            print(f"{row['title']}\t{row['path']}\t{row['words']}\t{row['sentences']}")
    if corpus.errors and not corpus.articles:
        fail(str(corpus.errors[0]))
