"""A page whose bytes do not fit the charset it names (``<meta charset="utf-8">`` over
Windows-1252 text, as old CMS templates write) is read as a page that names none, so its
accents and curly quotes survive. It used to be read as it said, each misfit byte silently
turned into U+FFFD: names lost letters and quotes vanished (found in the ninth user trial)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from newsdiff.core.html_extract import decode_html

HEAD = b'<!DOCTYPE html><html><head><meta charset="utf-8"><title>Ferry</title></head><body>'
PAGE = (
    "<article><h1>Ferry to close in Brännvik</h1>"
    "<p>The council of Brännvik voted on Tuesday to close the old ferry after forty years.</p>"
    "<p>Mayor Åsa Lindqvist said “the ferry served us well” and thanked its crew.</p>"
    "<p>A new bridge will cost 12 million kronor, officials said on Wednesday.</p>"
    "</article></body></html>"
)


def test_a_utf8_label_over_windows_1252_bytes_keeps_every_letter_and_quote(
    tmp_path: Path,
) -> None:
    page = tmp_path / "ferry.html"
    page.write_bytes(HEAD + PAGE.encode("cp1252"))
    done = subprocess.run(
        [sys.executable, "-m", "newsdiff", "list", "--format", "json", str(page)],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    (article,) = json.loads(done.stdout)["articles"]
    assert article["title"] == "Ferry to close in Brännvik"
    assert article["quotes"] == 1  # “the ferry served us well”, whose marks were U+FFFD


WESTERN = st.characters(codec="cp1252", exclude_categories=("Cc", "Cs"))


@settings(max_examples=60, suppress_health_check=[HealthCheck.too_slow], deadline=None)
@given(body=st.text(WESTERN, min_size=1, max_size=200))
def test_misfit_bytes_never_become_replacement_characters(body: str) -> None:
    data = HEAD + body.encode("cp1252")
    text, _ = decode_html(data)
    try:
        data.decode("utf-8")
    except UnicodeDecodeError:  # the label is wrong: nothing may be lost
        assert "\ufffd" not in text
    else:  # the label is right (ASCII, or cp1252 bytes that happen to be UTF-8)
        assert text == data.decode("utf-8")
