"""URLs, saved pages and standard input through every command, and their source in the output."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from newsdiff.cli import app
from newsdiff.cli.launch import plain_paths
from newsdiff.core.serialize import load_comparison
from page_server import PageServer, Route
from typer.testing import CliRunner, Result

runner = CliRunner()


def invoke(*args: str, stdin: str | bytes | None = None) -> Result:
    result = runner.invoke(app, list(args), input=stdin)
    assert result.exception is None or isinstance(result.exception, SystemExit), result.exception
    assert "Traceback" not in result.stderr
    return result


@pytest.fixture
def site(server: PageServer, pages_dir: Path) -> PageServer:
    """Two of the page fixtures served as two outlets' reports, and a few bad addresses."""
    for name in ("01-riverside-bridge", "05-port-strike", "06-geneva-talks"):
        body = (pages_dir / f"{name}.html").read_bytes()
        server.routes[f"/{name}"] = Route(body, headers={"Content-Type": "text/html"})
    server.routes["/photo.png"] = Route(b"\x89PNG\r\n", headers={"Content-Type": "image/png"})
    return server


@pytest.fixture(autouse=True)
def restore_offline(monkeypatch: pytest.MonkeyPatch) -> None:
    """--offline sets $NEWSDIFF_OFFLINE for the process; put it back after each test."""
    monkeypatch.setenv("NEWSDIFF_OFFLINE", "0")


def test_list_loads_the_good_urls_and_names_each_bad_one(site: PageServer) -> None:
    good = site.url("/05-port-strike")
    missing, png = site.url("/gone"), site.url("/photo.png")
    result = invoke("list", missing, good, png)
    assert result.exit_code == 3  # listed, two inputs skipped
    assert "Dock workers at Port Calder walk out" in result.stdout
    assert good in result.stdout
    assert result.stderr.splitlines() == [
        f"error: {missing}: HTTP error 404 Not Found",
        f"error: {png}: not a web page (the server sent image/png)",
    ]


def test_list_json_carries_the_meta(site: PageServer) -> None:
    result = invoke("list", "--format", "json", site.url("/06-geneva-talks"))
    (entry,) = json.loads(result.stdout)["articles"]
    assert entry["meta"] == {
        "outlet": "Meridian Wire",
        "author": "Jonas Berglund",
        "date": "2024-05-22",
        "url": site.url("/06-geneva-talks"),
    }


def test_offline_reads_the_cache_and_fetches_nothing(site: PageServer) -> None:
    url, other = site.url("/05-port-strike"), site.url("/06-geneva-talks")
    assert invoke("list", url).exit_code == 0
    fetched = len(site.requests)
    result = invoke("list", "--offline", url, other)
    assert len(site.requests) == fetched
    assert "Dock workers at Port Calder" in result.stdout
    assert result.stderr.splitlines() == [
        f"error: {other}: not in the page cache, and --offline forbids fetching it"
    ]


def test_compare_two_urls_shows_where_each_came_from(site: PageServer) -> None:
    left, right = site.url("/01-riverside-bridge"), site.url("/05-port-strike")
    result = invoke("compare", left, right)
    assert result.exit_code == 0, result.stderr
    assert "Riverside Courier · by Megan Ashdown · 2024-03-05" in result.stdout
    assert "Coastline Daily · by Grace Oyelaran · 2023-10-11" in result.stdout


def test_compare_reports_both_unusable_inputs(site: PageServer, tmp_path: Path) -> None:
    missing = site.url("/gone")
    result = invoke("compare", missing, str(tmp_path / "nope.txt"))
    assert result.exit_code == 2
    lines = result.stderr.splitlines()
    assert len(lines) == 2
    assert lines[0].startswith(f"error: {missing}: HTTP error 404")
    assert lines[1] == f"error: {tmp_path / 'nope.txt'}: no such file or folder"


@pytest.mark.parametrize("fmt", ["md", "html", "svg", "text"])
def test_every_export_names_the_outlets(site: PageServer, fmt: str) -> None:
    left, right = site.url("/01-riverside-bridge"), site.url("/06-geneva-talks")
    result = invoke("compare", "-f", fmt, left, right)
    assert result.exit_code == 0, result.stderr
    out = result.stdout if fmt != "svg" else result.stdout.replace("&#160;", " ")
    for words in ("Riverside Courier", "Meridian Wire", "2024-05-22"):
        assert words in out, words


def test_the_json_comparison_keeps_the_meta_and_reopens_with_it(
    site: PageServer, tmp_path: Path
) -> None:
    left, right = site.url("/01-riverside-bridge"), site.url("/06-geneva-talks")
    target = tmp_path / "cmp.json"
    assert invoke("compare", "-f", "json", "-o", str(target), left, right).exit_code == 0
    data = json.loads(target.read_text("utf-8"))
    assert data["left"]["meta"]["outlet"] == "Riverside Courier"
    assert data["right"]["meta"]["url"] == right
    reopened = load_comparison(target)
    assert reopened.left.article.meta.author == "Megan Ashdown"
    assert reopened.right.article.meta.date == "2024-05-22"


def test_quotes_reads_urls(site: PageServer) -> None:
    result = invoke("quotes", site.url("/01-riverside-bridge"), site.url("/gone"))
    assert result.exit_code == 3  # reported from the good page, the other skipped
    assert "Half my customers walk over that bridge" in result.stdout
    assert len(result.stderr.splitlines()) == 1


def test_stdin_takes_a_page(pages_dir: Path) -> None:
    page = (pages_dir / "04-kessel-rail.html").read_bytes()
    result = invoke("list", "--format", "json", "-", stdin=page)
    (entry,) = json.loads(result.stdout)["articles"]
    assert entry["path"] == "-"
    assert entry["title"] == "Kessel rail tunnel opens a year late and 30 per cent over budget"
    assert entry["meta"]["outlet"] == "Northern Ledger"


def test_stdin_takes_plain_text_beside_a_file(tmp_path: Path) -> None:
    other = tmp_path / "other.txt"
    other.write_text("Harbour wall to be rebuilt\n\nThe wall will be rebuilt next year.\n")
    story = "Harbour wall rebuilt\n\nThe wall will be rebuilt next year, the port said.\n"
    result = invoke("compare", "-", str(other), stdin=story)
    assert result.exit_code == 0, result.stderr
    assert "L: Harbour wall rebuilt  (-)" in result.stdout


def test_stdin_refusals_are_one_line(tmp_path: Path) -> None:
    result = invoke("list", "-", stdin="")
    assert result.stderr == "error: -: standard input is empty\n"
    result = invoke("compare", "-", "-", stdin="text")
    assert result.exit_code == 2
    assert result.stderr.startswith("error: -: standard input can be only one")


def test_stdin_over_the_size_limit_is_refused() -> None:
    result = invoke("list", "--max-size", "1k", "-", stdin="word " * 1000)
    assert result.exit_code == 2
    assert result.stderr.startswith("error: -: input too large (more than 1.0 kB")


def test_urls_reach_the_app_unmangled() -> None:
    url = "https://example.org/news//2024/story?id=1&x=./y"
    assert plain_paths([url, "seeds"]) == [url, "seeds"]


def test_the_help_names_urls_and_stdin() -> None:
    for command in ("list", "compare", "quotes"):
        out = invoke(command, "--help").stdout
        assert "--offline" in out
        assert "URL" in out


def test_a_saved_comparison_with_a_script_url_never_links_it(tmp_path: Path) -> None:
    from newsdiff.core.compare import compare_texts
    from newsdiff.core.serialize import comparison_to_dict
    from newsdiff.export.render import render

    comparison = compare_texts("One. Two.\n", "One. Three.\n")
    data = json.loads(json.dumps(comparison_to_dict(comparison, "test")))
    evil = {"outlet": "X", "author": None, "date": None, "url": "javascript:alert(1)"}
    data["left"]["meta"] = evil
    saved = tmp_path / "evil.json"
    saved.write_text(json.dumps(data), "utf-8")
    html = render(load_comparison(saved), "html")
    assert 'href="javascript' not in html
    assert "javascript:alert(1)" in html
