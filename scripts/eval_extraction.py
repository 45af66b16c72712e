"""How well web pages become articles: article sentences kept, page furniture kept.

Reads the page fixtures in ``tests/fixtures/web/pages`` (pages written for this project around
articles written for it): each ``NAME.html`` has ``NAME.expected.txt``, the article as its
writer meant it (headline first). For every page it prints

- **kept**: the share of the article's sentences (by the project's segmenter) found in the
  extracted text (target >= 0.95);
- **furniture**: the lines of extracted text that are not part of the article (navigation,
  ads, comments, related links, share bars...; target at most one per page);
- whether the title, author, date and outlet match ``pages.json``.

``pages.json`` also says which pages were used while choosing the extraction settings
(``tune``) and which were only measured (``heldout``). Usage::

    python scripts/eval_extraction.py [--split tune|heldout|all] [--show]
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from dataclasses import dataclass
from pathlib import Path

from newsdiff.core.load import load_article
from newsdiff.core.segment import segment

PAGES = Path(__file__).resolve().parent.parent / "tests" / "fixtures" / "web" / "pages"
_BULLET = re.compile(r"^\s*[-*•]\s+")


@dataclass(frozen=True)
class PageScore:
    """The figures of one page."""

    name: str
    split: str
    sentences: int
    kept: int
    furniture: list[str]
    meta_misses: list[str]

    @property
    def share(self) -> float:
        return self.kept / self.sentences if self.sentences else 1.0


_QUOTES = str.maketrans("\u2018\u2019\u201c\u201d", "''\"\"")


def normalize(text: str) -> str:
    """Whitespace collapsed, bullet marks dropped and curly quotes made straight, so typography
    and layout do not count."""
    lines = (_BULLET.sub("", line) for line in text.translate(_QUOTES).split("\n"))
    return " ".join(" ".join(lines).split())


def score_page(html_path: Path, expected: str, spec: dict[str, str | None]) -> PageScore:
    """Extract one page and compare it with the article its writer meant."""
    article = load_article(html_path)
    got = normalize(article.text)
    want = normalize(expected)
    sentences = [normalize(s.text) for s in segment(expected)]
    kept = sum(1 for sentence in sentences if sentence in got)
    furniture = [
        line.strip()
        for line in article.text.split("\n")
        if line.strip() and normalize(line) not in want
    ]
    misses = []
    for key in ("outlet", "author", "date"):
        if spec.get(key) != getattr(article.meta, key):
            misses.append(f"{key}: {getattr(article.meta, key)!r} != {spec.get(key)!r}")
    if spec.get("title") and article.title != spec["title"]:
        misses.append(f"title: {article.title!r} != {spec['title']!r}")
    return PageScore(
        html_path.stem,
        str(spec.get("split")),
        len(sentences),
        kept,
        furniture,
        misses,
    )


def score_all(split: str = "all") -> list[PageScore]:
    """Every page of ``split`` (``tune``, ``heldout`` or ``all``), in file order."""
    manifest = json.loads((PAGES / "pages.json").read_text("utf-8"))
    scores = []
    for name, spec in sorted(manifest.items()):
        if split != "all" and spec.get("split") != split:
            continue
        expected = (PAGES / f"{name}.expected.txt").read_text("utf-8")
        scores.append(score_page(PAGES / f"{name}.html", expected, spec))
    return scores


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--split", choices=("tune", "heldout", "all"), default="all")
    parser.add_argument("--show", action="store_true", help="print the furniture lines kept")
    args = parser.parse_args(argv)
    scores = score_all(args.split)
    print(f"{'page':32} {'split':8} {'kept':>9} {'share':>6} {'furniture':>9}  metadata")
    for score in scores:
        meta = "ok" if not score.meta_misses else "; ".join(score.meta_misses)
        print(
            f"{score.name:32} {score.split:8} {score.kept:>4}/{score.sentences:<4} "
            f"{score.share:6.3f} {len(score.furniture):>9}  {meta}"
        )
        if args.show:
            for line in score.furniture:
                print(f"    furniture: {line[:100]}")
    total = sum(s.sentences for s in scores)
    kept = sum(s.kept for s in scores)
    worst = min((s.share for s in scores), default=1.0)
    most = max((len(s.furniture) for s in scores), default=0)
    print(
        f"\n{len(scores)} pages: {kept}/{total} sentences kept ({kept / max(total, 1):.3f}), "
        f"worst page {worst:.3f}; furniture lines: {sum(len(s.furniture) for s in scores)} "
        f"in all, at most {most} on one page; metadata right on "
        f"{sum(1 for s in scores if not s.meta_misses)}/{len(scores)} pages"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
