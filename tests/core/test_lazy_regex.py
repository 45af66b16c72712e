"""Lazily compiled patterns answer exactly as the compiled pattern does, compiled once."""

from __future__ import annotations

import copy
import pickle
import re

import pytest
from hypothesis import given
from hypothesis import strategies as st
from newsdiff.core import lazy_regex
from newsdiff.core.lazy_regex import lazy_compile

PATTERNS = [
    (r"[^\W_]+(?:['’][^\W\d_]+)*|[$£€₹¥%]", 0),
    (r"^title:\s*(.+?)\s*$", re.MULTILINE | re.IGNORECASE),
    (r"(?<![.!?…])[.!?…]++[”\"’'»)\]*_]*+(?=\s)", 0),
    (r"\A---\n(.*?)\n(?:---|\.\.\.)\n", re.DOTALL),
]


@pytest.mark.parametrize(("pattern", "flags"), PATTERNS)
@given(text=st.text(alphabet="ab '’.!?\n-:Ttiel£5", max_size=60))
def test_every_method_gives_what_the_compiled_pattern_gives(
    pattern: str, flags: int, text: str
) -> None:
    lazy, compiled = lazy_compile(pattern, flags), re.compile(pattern, flags)
    assert [m.span() for m in lazy.finditer(text)] == [m.span() for m in compiled.finditer(text)]
    assert lazy.findall(text) == compiled.findall(text)
    assert lazy.sub("#", text) == compiled.sub("#", text)
    assert lazy.split(text) == compiled.split(text)
    for method in ("search", "match", "fullmatch"):
        found, expected = getattr(lazy, method)(text), getattr(compiled, method)(text)
        assert (found and found.span()) == (expected and expected.span())
    assert (lazy.pattern, lazy.flags, lazy.groups) == (pattern, compiled.flags, compiled.groups)


def test_compiled_on_first_use_and_only_once(monkeypatch: pytest.MonkeyPatch) -> None:
    compiles: list[str] = []
    real = re.compile

    def counting(pattern: str, flags: int = 0) -> re.Pattern[str]:
        compiles.append(pattern)
        return real(pattern, flags)

    monkeypatch.setattr(lazy_regex.re, "compile", counting)
    lazy = lazy_compile(r"\d+")
    assert compiles == []  # creating it compiles nothing
    assert lazy.search("a 12 b") is not None
    assert lazy.findall("1 22 333") == ["1", "22", "333"]
    assert lazy.sub("n", "a1b2") == "anbn"
    assert compiles == [r"\d+"]


def test_a_copy_or_a_pickle_of_a_lazy_pattern_still_answers() -> None:
    lazy = lazy_compile(r"\d+")
    for copied in (copy.copy(lazy), copy.deepcopy(lazy), pickle.loads(pickle.dumps(lazy))):
        assert copied.findall("a1b22") == ["1", "22"]
