"""Speed and memory of ``build_story`` (every pair of a corpus, claims), on demand.

Run: ``python tests/benchmarks/bench_story.py [--sizes 5,30,60,120,300] [--sentences 40]``
from the repository root (not collected by pytest). Each size runs in a fresh child process so
its peak RSS is its own.

* **seeds**: the five bundled articles (median of five runs, after one warm-up).
* **synthetic N**: N articles of about ``--sentences`` sentences each, one story: every article
  takes most of its sentences from a shared pool of "facts" (sentences of the bundled articles)
  with word edits (replace / insert / drop), the rest its own, in its own order — so pairs share
  a third to a half of their sentences, as real coverage of one story does.

* **copiesN** (e.g. ``copies150``): N lightly edited copies of one seed article — one wire
  story syndicated N times, the worst case for links: every sentence links to its copy in every
  other article, so links grow with the square of N.

* **hugeN** (e.g. ``huge10``): one N MB one-line article of generated words (no sentence ends:
  cut into 2,000-character pieces, every one a claim of one variant) and a short article.

Prints time, peak RSS, sentences, claims, links, and the CPU time of writing the text, Markdown
and HTML reports of the story (``reports``: every claim's variants and their changed words); then
the growth fitted over the synthetic sizes: ``time ∝ sentences^k`` (least squares on logs).
"""

from __future__ import annotations

import argparse
import json
import math
import random
import resource
import statistics
import subprocess
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
SEEDS = REPO / "seeds"


def _corpus(count: int, sentences: int, seed: int = 7) -> list:
    from newsdiff.core.models import Article
    from newsdiff.core.segment import segment

    rng = random.Random(seed)
    pool_text = [s.text for path in sorted(SEEDS.glob("*.txt")) for s in segment(path.read_text())]
    vocabulary = sorted({word for text in pool_text for word in text.split()})
    facts = [rng.choice(pool_text) for _ in range(max(60, sentences * 2))]

    def edit(text: str) -> str:
        words = text.split()
        for _ in range(max(1, len(words) // 6)):
            position = rng.randrange(len(words))
            move = rng.random()
            if move < 0.4:
                words[position] = rng.choice(vocabulary)
            elif move < 0.7:
                words.insert(position, rng.choice(vocabulary))
            elif len(words) > 4:
                del words[position]
        return " ".join(words).rstrip(".") + "."

    articles = []
    for k in range(count):
        body = []
        for _ in range(sentences):
            if rng.random() < 0.6:
                body.append(edit(rng.choice(facts)))
            else:
                body.append(edit(" ".join(rng.sample(vocabulary, rng.randint(10, 25)))))
        text = f"Report number {k}\n\n" + "\n\n".join(body) + "\n"
        articles.append(Article(path=f"synthetic-{k:03}.txt", text=text, title=f"Report {k}"))
    return articles


def _copies(count: int, seed: int = 11) -> list:
    """``count`` copies of the longest seed article, each with a few words edited."""
    from newsdiff.core.models import Article

    rng = random.Random(seed)
    source = max(sorted(SEEDS.glob("*.txt")), key=lambda path: len(path.read_text()))
    paragraphs = source.read_text().split("\n\n")
    articles = []
    for k in range(count):
        edited = []
        for paragraph in paragraphs:
            words = paragraph.split(" ")
            if len(words) > 8 and rng.random() < 0.3:
                words[rng.randrange(1, len(words) - 1)] = rng.choice(["also", "then", "now"])
            edited.append(" ".join(words))
        text = "\n\n".join(edited)
        articles.append(Article(path=f"copy-{k:03}.txt", text=text, title=f"Copy {k}"))
    return articles


def _huge(megabytes: int, seed: int = 5) -> list:
    """A one-line article of ``megabytes`` MB of generated words, and a short article."""
    from newsdiff.core.models import Article

    rng = random.Random(seed)
    letters = "abcdefghijklmnopqrstuvwxyz"
    words = ["".join(rng.choices(letters, k=rng.randint(2, 9))) for _ in range(5000)]
    text = " ".join(rng.choices(words, k=megabytes * 1_000_000 // 6))
    short = "Bridge Closed\n\nThe bridge will stay closed for six weeks, the council said.\n"
    return [
        Article(path="huge.txt", text=text + "\n", title=text[:40]),
        Article(path="short.txt", text=short, title="Bridge Closed"),
    ]


def _reports_cpu(story: object) -> float:
    """CPU seconds to write the story's text, Markdown and HTML reports."""
    from newsdiff.export.story_html import story_html
    from newsdiff.export.story_report import story_markdown, story_text

    cpu = _cpu()
    for write in (story_text, story_markdown, story_html):
        write(story)  # type: ignore[arg-type]
    return _cpu() - cpu


def _cpu() -> float:
    """CPU seconds of this process so far (every thread): steadier than wall time on a
    machine shared with other work."""
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


def _measure(size: str, sentences: int) -> dict:
    from newsdiff.core.load import load_article
    from newsdiff.core.story import build_story

    if size == "seeds":
        articles = [load_article(path) for path in sorted(SEEDS.glob("*.txt"))]
        build_story(articles)  # warm-up: the meaning model loads once per process
        times = []
        cpu = _cpu()
        for _ in range(5):
            start = time.perf_counter()
            story = build_story(articles)
            times.append(time.perf_counter() - start)
        elapsed = statistics.median(times)
        cpu = (_cpu() - cpu) / 5
    else:
        if size.startswith("copies"):
            articles = _copies(int(size.removeprefix("copies")))
        elif size.startswith("huge"):
            articles = _huge(int(size.removeprefix("huge")))
        else:
            articles = _corpus(int(size), sentences)
        build_story(articles[:2])  # warm-up
        ticks: list[float] = []
        cpu = _cpu()
        start = time.perf_counter()
        story = build_story(articles, progress=ticks.append)
        elapsed = time.perf_counter() - start
        cpu = _cpu() - cpu
    peak_kb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    reports = _reports_cpu(story)  # after the peak is read: the story's own memory
    return {
        "size": size,
        "articles": len(articles),
        "sentences": sum(len(s) for s in story.sentences),
        "claims": len(story.claims),
        "links": sum(len(claim.links) for claim in story.claims),
        "seconds": round(elapsed, 3),
        "cpu_seconds": round(cpu, 3),
        "peak_rss_mb": round(peak_kb / 1024, 1),
        "reports_cpu_seconds": round(reports, 3),
        "progress_updates": len(ticks) if size != "seeds" else None,
    }


def _slope(xs: list[float], ys: list[float]) -> float:
    """Least-squares slope of ``ys`` on ``xs``."""
    mean_x, mean_y = statistics.fmean(xs), statistics.fmean(ys)
    return sum((x - mean_x) * (y - mean_y) for x, y in zip(xs, ys, strict=True)) / sum(
        (x - mean_x) ** 2 for x in xs
    )


def main() -> int:
    """Run every size in a child process and print the table and the fitted growth."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="seeds,30,60,120,300")
    parser.add_argument("--sentences", type=int, default=40)
    parser.add_argument("--child", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        print(json.dumps(_measure(args.child, args.sentences)))
        return 0
    rows = []
    for size in args.sizes.split(","):
        out = subprocess.run(
            [sys.executable, __file__, "--child", size, "--sentences", str(args.sentences)],
            check=True,
            capture_output=True,
            text=True,
        ).stdout
        row = json.loads(out.strip().splitlines()[-1])
        rows.append(row)
        print(
            f"{row['size']:>6}: {row['articles']:>4} articles {row['sentences']:>6} sentences "
            f"{row['claims']:>6} claims {row['links']:>8} links "
            f"{row['seconds']:>7.2f} s ({row['cpu_seconds']:.2f} s CPU)  peak RSS "
            f"{row['peak_rss_mb']:>7.1f} MB  reports {row['reports_cpu_seconds']:.2f} s CPU"
            + (f"  {row['progress_updates']} progress updates" if row["progress_updates"] else ""),
            flush=True,
        )
    synthetic = [row for row in rows if row["size"].isdigit()]
    if len(synthetic) >= 2:
        xs = [math.log(row["sentences"]) for row in synthetic]
        slope = _slope(xs, [math.log(row["seconds"]) for row in synthetic])
        cpu = _slope(xs, [math.log(row["cpu_seconds"]) for row in synthetic])
        memory = _slope(xs, [math.log(row["peak_rss_mb"]) for row in synthetic])
        print(
            f"fitted growth: time ∝ sentences^{slope:.2f} (CPU ^{cpu:.2f}), "
            f"peak RSS ∝ sentences^{memory:.2f}"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
