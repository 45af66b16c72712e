"""One quote, one status: ``newsdiff quotes`` gives each quote the status a comparison gives it.

usertrial13: ``newsdiff quotes A B`` marked a fragment ``≈`` (its remark was altered: another
outlet reworded the rest) where the quote sidebar and the compare reports said ``⊂ excerpt`` (the
fragment's own words are a word-for-word part of the other article's quote). A fact-checker who
copies one and checks the other saw the tool contradict itself. Now every per-article line (and
the JSON's per-article ``status``) is the quote's own status, the one the comparison gives; the
remark's status heads its *Across articles* group only. The articles are invented.
"""

from __future__ import annotations

import json
import re
import subprocess
from collections.abc import Callable
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from newsdiff.core.compare import compare_articles
from newsdiff.core.load import load_article
from newsdiff.core.markers import QUOTE_MARKERS
from newsdiff.export.quotes_report import build_report, plain_text, report_lines

Newsdiff = Callable[..., "subprocess.CompletedProcess[str]"]

LEFT = (
    "Velmora opens its tidal barrier\n\n"
    "Mayor Ana Ruiz opened the barrier on Monday after six years of work.\n\n"
    "\u201cWe built this barrier for the families of the lower town, and it will keep their "
    "homes dry for fifty years,\u201d Ruiz said.\n"
)
RIGHT = (
    "Tidal barrier opens in Velmora\n\n"
    "Mayor Ana Ruiz called the barrier a promise kept \u201cfor the families of the lower "
    "town.\u201d\n\n"
    "\u201cWe built this wall for the families of the lower town, and it will keep them dry "
    "for fifty years,\u201d she said.\n"
)
FRAGMENT = "for the families of the lower town."
MARK_OF = {marker: status for status, marker in QUOTE_MARKERS.items()}


def _write(folder: Path) -> tuple[Path, Path]:
    (folder / "left.txt").write_text(LEFT, encoding="utf-8")
    (folder / "right.txt").write_text(RIGHT, encoding="utf-8")
    return folder / "left.txt", folder / "right.txt"


def _line_statuses(text: str) -> dict[str, str]:
    """Per quoted text, the status its per-article line shows (before *Across articles*)."""
    per_article = text.split("\nAcross articles", 1)[0]
    found = {}
    for line in per_article.splitlines():
        shown = re.match(r"  (\S) (?:full|fragment) .*?: \u201c(.*)\u201d$", line)
        if shown:
            found[shown[2]] = MARK_OF[shown[1]]
    return found


def test_the_cli_gives_a_fragment_the_status_the_comparison_gives(
    newsdiff: Newsdiff, tmp_path: Path
) -> None:
    left, right = _write(tmp_path)
    comparison = compare_articles(load_article(left), load_article(right))
    compared = {m.quote.text: m.status for m in (*comparison.left.quotes, *comparison.right.quotes)}
    assert compared[FRAGMENT] == "excerpt"
    shown = newsdiff("quotes", left, right)
    assert shown.returncode == 0, shown.stderr
    assert _line_statuses(shown.stdout) == compared
    # the remark is still altered (another outlet reworded it), said where the remark is
    assert "\u2248 ALTERED  Ana Ruiz  in 2 articles" in shown.stdout
    assert f"    \u2282 {right} (a part of it): \u201c{FRAGMENT}\u201d" in shown.stdout


def test_the_json_gives_each_article_quote_the_comparison_status(
    newsdiff: Newsdiff, tmp_path: Path
) -> None:
    left, right = _write(tmp_path)
    comparison = compare_articles(load_article(left), load_article(right))
    compared = {m.quote.text: m.status for m in (*comparison.left.quotes, *comparison.right.quotes)}
    shown = newsdiff("quotes", left, right, "--format", "json")
    data = json.loads(shown.stdout)
    statuses = {q["text"]: q["status"] for a in data["articles"] for q in a["quotes"]}
    assert statuses == compared
    assert data["groups"][0]["status"] == "altered"  # the remark's, unchanged


WORDS = ("harbour", "barrier", "families", "lower", "town", "homes", "dry", "years", "keep")
_words = st.lists(st.sampled_from(WORDS), min_size=3, max_size=9)


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    whole=_words,
    cut=st.tuples(st.integers(0, 8), st.integers(3, 9)),
    reworded=st.lists(st.integers(0, 8), max_size=3),
    fragment=st.booleans(),
)
def test_every_quote_line_says_what_the_comparison_says(
    tmp_path_factory, whole: list[str], cut: tuple[int, int], reworded: list[int], fragment: bool
) -> None:
    """Whatever the words, cuts and rewordings, each per-article line of the quotes report
    shows the status a comparison of the two articles gives that quote."""
    folder = tmp_path_factory.mktemp("one")
    start, size = cut
    part = whole[start : start + size] or whole[:3]
    changed = [("Velmora" if k in reworded else w) for k, w in enumerate(whole)]
    left = f"Title one\n\n\u201c{' '.join(whole)},\u201d Mayor Ana Ruiz said.\n"
    lead = (
        f"Ruiz spoke of \u201c{' '.join(part)}.\u201d"
        if fragment
        else f"\u201c{' '.join(part)},\u201d Ruiz said."
    )
    right = f"Title two\n\n{lead}\n\n\u201c{' '.join(changed)},\u201d Mayor Ana Ruiz said.\n"
    (folder / "a.txt").write_text(left, encoding="utf-8")
    (folder / "b.txt").write_text(right, encoding="utf-8")
    articles = [load_article(folder / "a.txt"), load_article(folder / "b.txt")]
    comparison = compare_articles(*articles)
    report = build_report(articles)
    lines = plain_text(report_lines(report))
    shown = [
        MARK_OF[m[1]]
        for m in re.finditer(r"^  (\S) (?:full|fragment) ", lines.split("\nAcross")[0], re.M)
    ]
    compared = [m.status for m in (*comparison.left.quotes, *comparison.right.quotes)]
    assert shown == compared


def test_with_more_articles_a_quote_keeps_its_own_status(
    newsdiff: Newsdiff, tmp_path: Path
) -> None:
    """Three articles: the fragment is still an excerpt of the closest rendering; a quote its
    own headline repeats is still verbatim where another article has the same words."""
    left, right = _write(tmp_path)
    third = tmp_path / "third.txt"
    third.write_text(
        "\u201cWe Will Keep Building\u201d\n\n"
        "\u201cWe will keep building,\u201d Tom Hale, the engineer, said on Monday.\n\n"
        "\u201cThe tides do not wait for anyone in Velmora,\u201d Hale said.\n",
        encoding="utf-8",
    )
    fourth = tmp_path / "fourth.txt"
    fourth.write_text(
        "Engineer speaks\n\n\u201cWe will keep building,\u201d Tom Hale said.\n", encoding="utf-8"
    )
    shown = newsdiff("quotes", left, right, third, fourth, "--format", "json")
    data = json.loads(shown.stdout)
    statuses = {
        (a["path"][-9:], q["text"]): q["status"] for a in data["articles"] for q in a["quotes"]
    }
    assert statuses[("right.txt", FRAGMENT)] == "excerpt"
    assert statuses[("third.txt", "We will keep building,")] == "verbatim"
    assert statuses[("third.txt", "The tides do not wait for anyone in Velmora,")] == "only here"
