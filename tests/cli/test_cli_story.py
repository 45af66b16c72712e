"""``newsdiff story``: the corpus at once, as text, JSON, Markdown or HTML."""

from __future__ import annotations

import json
import re
from pathlib import Path

from newsdiff.cli import app
from typer.testing import CliRunner

runner = CliRunner()

A = (
    "Bridge Closed After Storm\n\n"
    "The Elmfield bridge will stay closed for six weeks after Sunday's storm, the council said.\n\n"
    "Engineers found cracks in two of its piers.\n\n"
    "A bakery on the square gave free coffee to stranded drivers.\n"
)
B = (
    "Storm Shuts Elmfield Bridge\n\n"
    "The council said the Elmfield bridge would remain closed for six weeks after the storm.\n\n"
    "Cracks were found in two piers by engineers.\n"
)
C = (
    "Elmfield Bridge Repairs\n\n"
    "Engineers found cracks in two of its piers.\n\n"
    "Buses will run a shuttle across the river from Monday.\n"
)


def run(*args: str) -> tuple[int, str, str]:
    result = runner.invoke(app, ["story", *args])
    assert result.exception is None or isinstance(result.exception, SystemExit), result.exception
    return result.exit_code, result.stdout, result.stderr


def corpus(tmp_path: Path) -> list[str]:
    paths = []
    for name, text in (("a.txt", A), ("b.txt", B), ("c.txt", C)):
        path = tmp_path / name
        path.write_text(text, encoding="utf-8")
        paths.append(str(path))
    return paths


def test_json_schema_matrix_and_claims_with_offsets(tmp_path: Path) -> None:
    paths = corpus(tmp_path)
    code, out, _err = run(*paths, "--format", "json")
    assert code == 0
    data = json.loads(out)
    assert data["schema"] == "newsdiff.story/1"
    assert [a["path"] for a in data["articles"]] == paths
    assert len(data["matrix"]) == 3 and all(len(row) == 3 for row in data["matrix"])
    texts = [Path(p).read_text(encoding="utf-8") for p in paths]
    own = []
    for claim in data["claims"]:
        assert claim["outlet_count"] == len(set(claim["outlets"]))
        for variant in claim["variants"]:
            assert texts[variant["article"]][variant["start"] : variant["end"]] == variant["text"]
            if not variant["also"]:  # a sentence's own claim; "also": it states this one too
                own.append((variant["article"], variant["sentence"]))
    assert len(own) == len(set(own))
    cracks = [
        c for c in data["claims"] if any("cracks" in v["text"].lower() for v in c["variants"])
    ]
    assert len(cracks) == 1 and cracks[0]["outlets"] == [0, 1, 2]
    bakery = [c for c in data["claims"] if any("bakery" in v["text"] for v in c["variants"])]
    assert bakery[0]["outlets"] == [0]


def test_text_report_and_sort(tmp_path: Path) -> None:
    paths = corpus(tmp_path)
    code, out, _err = run(*paths)
    assert code == 0
    assert "Overlap" in out and "carried by 3 of 3" in out and "only in 1" in out
    code, reading, _err = run(*paths, "--sort", "reading")
    assert code == 0
    assert reading.index("Bridge Closed After Storm") < reading.index("bakery")


def test_markdown_and_html_to_a_file_never_overwritten(tmp_path: Path) -> None:
    paths = corpus(tmp_path)
    target = tmp_path / "story.html"
    assert run(*paths, "-f", "html", "-o", str(target))[0] == 0
    html = target.read_text(encoding="utf-8")
    assert '<table class="matrix">' in html and "<script" not in html
    code, _out, err = run(*paths, "-f", "html", "-o", str(target))
    assert code == 2 and err.startswith("error:") and "already exists" in err
    code, out, _err = run(*paths, "-f", "md")
    assert code == 0 and "| **1** |" in out


def test_a_report_never_replaces_an_article_even_with_force(tmp_path: Path) -> None:
    # By its own name, through a folder, a symlink, a hard link, or an input that failed to
    # load (a binary file named .txt): the article stays as it was and nothing is built.
    paths = corpus(tmp_path)
    folder = tmp_path / "coverage"
    folder.mkdir()
    inside = folder / "d.md"
    inside.write_text(C.replace("Monday", "Tuesday"), encoding="utf-8")
    (tmp_path / "link.md").symlink_to(inside)
    (tmp_path / "hard.txt").hardlink_to(paths[1])
    broken = tmp_path / "broken.txt"
    broken.write_bytes(b"PK\x03\x04\x00\x00binary")
    before = {path: path.read_bytes() for path in [*map(Path, paths), inside, broken]}
    for inputs, target in [
        (paths, paths[2]),
        ([*paths[:2], str(folder)], str(inside)),
        ([*paths[:2], str(folder)], str(tmp_path / "link.md")),
        (paths, str(tmp_path / "hard.txt")),
        ([*paths, str(broken)], str(broken)),
    ]:
        code, out, err = run(*inputs, "-o", target, "--force")
        assert code == 2, (target, out)
        assert err.endswith(
            f"error: {target}: is one of the articles being read; choose another file\n"
        )
    assert {path: path.read_bytes() for path in before} == before


def test_bad_input_is_one_error_line(tmp_path: Path) -> None:
    paths = corpus(tmp_path)
    code, _out, err = run(paths[0])
    assert code == 2 and err.count("\n") == 1 and "two or more" in err
    code, _out, err = run(*paths, "-f", "pdf")
    assert code == 2 and "'pdf' is not one of 'text', 'json', 'html', 'md'" in err
    code, _out, err = run(*paths, str(tmp_path / "missing.txt"), "--strict")
    assert code == 2 and "missing.txt" in err


def test_good_inputs_still_make_the_story_beside_a_bad_one(tmp_path: Path) -> None:
    paths = corpus(tmp_path)
    code, out, err = run(*paths, str(tmp_path / "missing.txt"), "-f", "json")
    assert code == 3  # made from the good ones; the status says one was skipped
    assert err.count("\n") == 1 and "missing.txt" in err
    assert [a["path"] for a in json.loads(out)["articles"]] == paths
    code, _out, err = run(paths[0], str(tmp_path / "missing.txt"))
    assert code == 2 and "missing.txt" in err and "two or more" in err


def test_asking_again_reads_the_cache(tmp_path: Path, monkeypatch) -> None:
    """The same texts (even moved) are not scored again; a changed text is."""
    import newsdiff.core.story as story_module

    paths = corpus(tmp_path)
    first = run(*paths, "-f", "json")
    assert first[0] == 0

    def refuse(*_args, **_kwargs):
        raise AssertionError("scored again")

    monkeypatch.setattr(story_module, "build_story", refuse)
    moved = tmp_path / "moved"
    moved.mkdir()
    for path in paths:
        (moved / Path(path).name).write_text(Path(path).read_text(encoding="utf-8"))
    again = run(*sorted(str(p) for p in moved.iterdir()), "-f", "json")
    assert again[0] == 0
    assert json.loads(again[1])["claims"] == json.loads(first[1])["claims"]
    (moved / "c.txt").write_text(C + "\nA new sentence about the ferry timetable.\n")
    result = runner.invoke(app, ["story", *sorted(str(p) for p in moved.iterdir())])
    assert isinstance(result.exception, AssertionError)


def test_output_extension_picks_the_format_and_a_contradiction_is_refused(tmp_path: Path) -> None:
    paths = corpus(tmp_path)
    target = tmp_path / "story.md"
    assert run(*paths, "-o", str(target))[0] == 0
    assert target.read_text(encoding="utf-8").startswith("# Story")
    code, _out, err = run(*paths, "-f", "json", "-o", str(tmp_path / "story.html"))
    assert code == 2 and "contradicts" in err and not (tmp_path / "story.html").exists()


def test_colour_only_when_asked(tmp_path: Path) -> None:
    paths = corpus(tmp_path)
    plain = run(*paths, "--color", "never")[1]
    assert "\x1b[" not in plain
    coloured = run(*paths, "--color", "always")[1]
    assert "\x1b[" in coloured


def test_a_long_variant_wraps_under_its_own_text(tmp_path: Path) -> None:
    code, out, _err = run(*corpus(tmp_path), "--width", "40")
    assert code == 0
    lines = out.splitlines()
    # article 1 gives the claim its headline and its lead: ``1 S2:`` tells the lead apart
    first = next(i for i, line in enumerate(lines) if line.startswith("  1 S2: The "))
    assert lines[first + 1].startswith(" " * len("  1 S2: ")) and lines[first + 1].strip()
    assert all(line == line.rstrip() for line in lines)
    assert "100%" in out and "2100%" not in out  # cells never run together


def test_an_extension_story_cannot_write_is_refused(tmp_path: Path) -> None:
    target = tmp_path / "story.svg"
    code, _out, err = run(*corpus(tmp_path), "-o", str(target))
    assert code == 2 and "writes text, json, html or md, not svg" in err and not target.exists()


class _Terminal:
    """A stderr that says it is a terminal and records what is written."""

    def __init__(self, tty: bool) -> None:
        self.tty = tty
        self.text = ""

    def isatty(self) -> bool:
        return self.tty

    def write(self, text: str) -> int:
        self.text += text
        return len(text)

    def flush(self) -> None:
        pass


def test_progress_is_one_rewritten_line_on_a_terminal_and_nothing_in_a_pipe(
    tmp_path: Path, monkeypatch
) -> None:
    """A long story shows how far it is on a terminal; a log or a pipe gets no progress."""
    from newsdiff.cli import story_cmd
    from newsdiff.cli.story_cmd import ProgressLine

    terminal = _Terminal(tty=True)
    on = ProgressLine.on  # the runner replaces stderr: hand the command a terminal instead
    monkeypatch.setattr(
        story_cmd.ProgressLine, "on", staticmethod(lambda stream, articles: on(terminal, articles))
    )
    monkeypatch.setenv("NEWSDIFF_CACHE", str(tmp_path / "cache"))
    code, out, _ = run(*corpus(tmp_path), "-f", "json")
    assert code == 0 and json.loads(out)["schema"] == "newsdiff.story/1"
    assert "story of 3 articles: scoring every pair" in terminal.text
    assert "100 %" in terminal.text
    assert "\n" not in terminal.text  # one line, rewritten with \r, then cleared
    assert terminal.text.endswith("\r\x1b[K")
    assert on(_Terminal(tty=False), 3) is None


def test_text_lists_the_articles_with_their_titles_in_one_column(tmp_path: Path) -> None:
    """File names of different lengths: every title starts in the same column, as in a table."""
    paths = []
    for name, text in (("a.txt", A), ("much-longer-name.txt", B), ("c.txt", C)):
        path = tmp_path / name
        path.write_text(text, encoding="utf-8")
        paths.append(str(path))
    code, out, _err = run(*paths, "--format", "text", "--color", "never", "--width", "120")
    assert code == 0
    titles = ["Bridge Closed After Storm", "Storm Shuts Elmfield Bridge", "Elmfield Bridge Repairs"]
    rows = [line for line in out.splitlines() if ".txt" in line]
    assert len(rows) == 3 and all(row.endswith(t) for row, t in zip(rows, titles, strict=True))
    assert len({row.index(title) for row, title in zip(rows, titles, strict=True)}) == 1


def test_a_huge_sentence_is_shown_cut_with_its_length(tmp_path: Path) -> None:
    """A one-line dump with no sentence end: each variant shows its start, an ellipsis and its
    length, so the report stays a fraction of the text, never the text again line by line."""
    words = "harbour ferry council budget engineers residents weeks repairs".split()
    dump = " ".join(words[(i * 7) % len(words)] + str(i % 97) for i in range(12_000))
    (tmp_path / "dump.txt").write_text(dump, encoding="utf-8")
    paths = [str(tmp_path / "dump.txt"), corpus(tmp_path)[0]]
    code, out, _err = run(*paths, "--width", "80", "--color", "never")
    assert code == 0
    lengths = [int(n.replace(",", "")) for n in re.findall(r"… \(([\d,]+) characters\)", out)]
    assert len(lengths) >= 5 and all(n > 600 for n in lengths)
    assert len(out) < len(dump) / 2
    assert all(len(line) <= 80 for line in out.splitlines())
    # An ordinary sentence is never cut.
    assert "The Elmfield bridge will stay closed for six weeks after Sunday's storm," in out
    assert "the council said." in out


def test_markdown_and_html_cut_a_huge_variant_as_the_text_report_does(tmp_path: Path) -> None:
    """Markdown shows a variant's start and its length; HTML too, and a click unfolds the rest
    after the start (each character once); an ordinary sentence is whole and unfolded in both."""
    from html import unescape

    words = "harbour ferry council budget engineers residents weeks repairs".split()
    dump = " ".join(words[(i * 5) % len(words)] + str(i % 89) for i in range(12_000))
    (tmp_path / "dump.txt").write_text(dump, encoding="utf-8")
    paths = [str(tmp_path / "dump.txt"), corpus(tmp_path)[0]]
    code, md, _err = run(*paths, "-f", "md")
    assert code == 0
    lengths = [
        int(n.replace(",", "")) for n in re.findall(r"\*… \\\(([\d,]+) characters\\\)\*", md)
    ]
    assert len(lengths) >= 5 and all(n > 600 for n in lengths)
    assert len(md) < len(dump) / 2
    assert all(len(line) < 700 for line in md.splitlines())
    assert "The Elmfield bridge will stay closed for six weeks after Sunday's storm" in md
    code, html, _err = run(*paths, "-f", "html")
    assert code == 0
    folded = re.findall(
        r'<details class="long"><summary>(.*?) <span class="muted more">'
        r"… \(([\d,]+) characters: show the rest\)</span></summary>(.*?)</details>",
        html,
    )
    assert [int(n.replace(",", "")) for _start, n, _rest in folded] == lengths

    def plain(marked: str) -> str:
        return unescape(re.sub(r"</?mark>", "", marked))

    # the start, then the rest a click unfolds: the whole variant, each character once
    whole = [plain(start) + plain(rest) for start, _n, rest in folded]
    assert [len(text) for text in whole] == lengths
    assert all(text in dump for text in whole)
    assert len(html) < 1.2 * len(dump)  # the whole text beside its start made it 1.3 times
    assert "The Elmfield bridge will stay closed for six weeks after Sunday&#x27;s storm" in html


def test_cut_pieces_keeps_roles_and_cuts_at_a_space() -> None:
    from newsdiff.export.story_report import cut_pieces

    pieces = [("alpha beta ", ""), ("gamma", "changed"), (" delta" * 200, "")]
    cut = cut_pieces(pieces, limit=100)
    assert cut[:2] == pieces[:2]
    assert cut[-1] == (f" … ({sum(len(t) for t, _ in pieces):,} characters)", "muted")
    assert not cut[-2][0].endswith(" ") and cut[-2][0].endswith("delta")
    assert sum(len(t) for t, _ in cut[:-1]) <= 100
    assert cut_pieces(pieces[:2], limit=100) == pieces[:2]


def test_a_matrix_wider_than_the_output_comes_in_blocks_of_columns(tmp_path: Path) -> None:
    """Twelve articles at 40 columns: blocks of whole columns, every row in each block (a
    wrapped row put its cells under other columns' numbers)."""
    paths = []
    for index in range(12):
        path = tmp_path / f"copy{index:02d}.txt"
        path.write_text((A, B, C)[index % 3], encoding="utf-8")
        paths.append(str(path))
    code, out, _err = run(*paths, "--width", "40", "--color", "never")
    assert code == 0
    lines = out.splitlines()
    block_heads = [
        line
        for line in lines
        if line.startswith("     ") and line.split() and all(n.isdigit() for n in line.split())
    ]
    numbers = [int(n) for line in block_heads for n in line.split()]
    assert numbers == list(range(1, 13)) and len(block_heads) > 1
    matrix = [line for line in lines if line.endswith("%") or line.endswith("—")]
    assert all(len(line) <= 40 for line in matrix)
    assert len(matrix) == 12 * len(block_heads)  # every row in every block
    wide = run(*paths, "--width", "120", "--color", "never")[1].splitlines()
    assert sum(1 for line in wide if line.endswith("%") or line.endswith("—")) == 12


def test_a_long_title_in_the_key_wraps_under_the_titles(tmp_path: Path) -> None:
    """At 50 columns a key title too long for its line goes on under the titles' column,
    not under the article number."""
    paths = []
    for name, text in (("a.txt", A), ("much-longer-name.txt", B), ("c.txt", C)):
        path = tmp_path / name
        path.write_text(text, encoding="utf-8")
        paths.append(str(path))
    code, out, _err = run(*paths, "--color", "never", "--width", "50")
    assert code == 0
    lines = out.splitlines()
    first = next(i for i, line in enumerate(lines) if "much-longer-name.txt" in line)
    column = lines[first].index("Storm")
    assert lines[first + 1].startswith(" " * column) and lines[first + 1].strip()


def test_a_report_into_a_missing_folder_is_refused_before_the_story_is_built(
    tmp_path: Path, monkeypatch
) -> None:
    """As `compare`, `list` and `quotes` do: the user hears at once, not after the scoring."""
    import newsdiff.core.story as story_module

    def refuse(*_args, **_kwargs):
        raise AssertionError("the story was built before -o was checked")

    monkeypatch.setattr(story_module, "build_story", refuse)
    target = tmp_path / "no-such-folder" / "story.json"
    code, _out, err = run(*corpus(tmp_path), "-o", str(target))
    assert code == 2
    assert err.startswith("error: ") and "no-such-folder" in err and len(err.splitlines()) == 1
    assert not target.parent.exists()


def test_json_names_each_article_s_outlet_as_list_and_quotes_do(tmp_path: Path) -> None:
    """`story --format json` gave a page's path and title but not its outlet, author, date and
    URL (`meta`), which `list`, `compare` and `quotes` JSON give: a script reading the story
    could not tell the articles apart by outlet."""
    page = tmp_path / "page.html"
    page.write_text(
        "<!doctype html><html><head><title>Storm Shuts Elmfield Bridge</title>"
        '<meta property="og:site_name" content="Elmfield Gazette">'
        '<meta name="author" content="Oda Brenner"></head><body><article>'
        + "".join(f"<p>{line}</p>" for line in B.split("\n\n"))
        + "</article></body></html>",
        encoding="utf-8",
    )
    paths = [corpus(tmp_path)[0], str(page)]
    metas = []
    for command in ("story", "list"):
        result = runner.invoke(app, [command, *paths, "--format", "json"])
        assert result.exit_code == 0, result.stderr
        metas.append([article["meta"] for article in json.loads(result.stdout)["articles"]])
    assert metas[0] == metas[1]
    assert metas[0][0]["outlet"] is None
    assert (metas[0][1]["outlet"], metas[0][1]["author"]) == ("Elmfield Gazette", "Oda Brenner")
