"""Saved news pages become their articles: text without furniture, paragraphs, metadata."""

from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path

import pytest
from newsdiff.core.errors import ArticleError
from newsdiff.core.load import load_article, load_corpus
from newsdiff.core.segment import segment

SCRIPT = Path(__file__).resolve().parents[2] / "scripts" / "eval_extraction.py"


def _evaluator():  # noqa: ANN202 - a module loaded from a path
    spec = importlib.util.spec_from_file_location("eval_extraction", SCRIPT)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["eval_extraction"] = module
    spec.loader.exec_module(module)
    return module


EVAL = _evaluator()
MANIFEST = json.loads((EVAL.PAGES / "pages.json").read_text("utf-8"))


def test_there_are_at_least_ten_pages_of_several_structures() -> None:
    assert len(MANIFEST) >= 10
    assert {spec["split"] for spec in MANIFEST.values()} == {"tune", "heldout"}
    for name in MANIFEST:
        assert (EVAL.PAGES / f"{name}.html").is_file()
        assert (EVAL.PAGES / f"{name}.expected.txt").is_file()


@pytest.mark.parametrize("name", sorted(MANIFEST))
def test_each_page_keeps_its_article_and_drops_the_furniture(name: str) -> None:
    expected = (EVAL.PAGES / f"{name}.expected.txt").read_text("utf-8")
    score = EVAL.score_page(EVAL.PAGES / f"{name}.html", expected, MANIFEST[name])
    assert score.share >= 0.95, score
    assert len(score.furniture) <= 1, score.furniture
    assert score.meta_misses == [], score.meta_misses


def test_the_scores_can_fail() -> None:
    """The measure itself: a page that lost a paragraph and kept a menu scores worse."""
    name = "04-kessel-rail"
    expected = (EVAL.PAGES / f"{name}.expected.txt").read_text("utf-8")
    worse = expected + "\nSubscribe to our newsletter for the best stories.\n"
    better = EVAL.score_page(EVAL.PAGES / f"{name}.html", expected, MANIFEST[name])
    padded = EVAL.score_page(EVAL.PAGES / f"{name}.html", worse, MANIFEST[name])
    assert padded.sentences == better.sentences + 1
    assert padded.share < better.share


def test_paragraph_breaks_survive_and_the_headline_comes_first(pages_dir: Path) -> None:
    article = load_article(pages_dir / "04-kessel-rail.html")
    paragraphs = article.text.rstrip("\n").split("\n\n")
    assert paragraphs[0] == "Kessel rail tunnel opens a year late and 30 per cent over budget"
    assert paragraphs[1].startswith("The Kessel base tunnel opened")
    assert "Why was it late?" in paragraphs
    bullets = next(p for p in paragraphs if p.startswith("- Trains"))
    assert bullets.count("\n") == 2
    assert segment(article.text)[0].kind == "headline"


def test_offsets_index_the_extracted_text(pages_dir: Path) -> None:
    article = load_article(pages_dir / "01-riverside-bridge.html")
    for sentence in segment(article.text):
        assert article.text[sentence.start : sentence.end] == sentence.text


def test_a_folder_mixes_saved_pages_and_text_files(pages_dir: Path, tmp_path: Path) -> None:
    (tmp_path / "a-page.html").write_bytes((pages_dir / "05-port-strike.html").read_bytes())
    (tmp_path / "b-notes.txt").write_text("Port strike notes\n\nWorkers walked out on Wednesday.\n")
    corpus = load_corpus([tmp_path])
    assert corpus.errors == ()
    titles = [article.title for article in corpus.articles]
    assert titles == [
        "Dock workers at Port Calder walk out over automation plans",
        "Port strike notes",
    ]
    assert corpus.articles[0].meta.outlet == "Coastline Daily"
    assert corpus.articles[1].meta.outlet is None


def test_the_page_canonical_address_is_kept_for_a_saved_page(pages_dir: Path) -> None:
    article = load_article(pages_dir / "01-riverside-bridge.html")
    assert article.meta.url == (
        "https://www.riversidecourier.example/news/2024/03/05/mill-street-bridge-closure/"
    )


def test_an_html_file_without_article_text_is_one_error(tmp_path: Path) -> None:
    page = tmp_path / "menu.html"
    page.write_text('<html><body><nav><a href="/">Home</a></nav></body></html>')
    with pytest.raises(ArticleError) as caught:
        load_article(page)
    assert str(caught.value) == f"{page}: no article text found on the page"


def test_a_missing_extractor_is_one_line_saying_how_to_install_it(
    pages_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setitem(sys.modules, "trafilatura", None)
    with pytest.raises(ArticleError) as caught:
        load_article(pages_dir / "05-port-strike.html")
    assert "pip install" in caught.value.problem and "trafilatura" in caught.value.problem
    assert "\n" not in caught.value.problem


def test_reading_text_files_never_imports_the_extractor(tmp_path: Path) -> None:
    import subprocess

    story = tmp_path / "story.txt"
    story.write_text("Harbour wall to be rebuilt\n\nThe wall will be rebuilt next year.\n")
    code = (
        "import sys; from newsdiff.core.load import load_corpus; "
        f"load_corpus([{str(story)!r}]); "
        "print(any(m.split('.')[0] in ('trafilatura', 'lxml') for m in sys.modules))"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.stdout.strip() == "False", result.stderr


def test_a_file_named_html_that_holds_plain_text_is_read_as_text(tmp_path: Path) -> None:
    notes = tmp_path / "notes.html"
    notes.write_text("Harbour wall to be rebuilt\n\nThe wall will be rebuilt next year.\n")
    article = load_article(notes)
    assert article.text == "Harbour wall to be rebuilt\n\nThe wall will be rebuilt next year.\n"
    assert article.title == "Harbour wall to be rebuilt"
