"""WordNet relations between two words: a curated signal of word meaning (#19, measured only).

Static word vectors put antonyms and co-hyponyms close (*rose* / *fell*) and true synonyms of
another register far apart (*blamed* / *ripped* 0.10): they learn which words occur together,
not which mean the same. WordNet (Princeton, 3.0) is a hand-built lexicon: words grouped into
synsets (one meaning each), synsets joined by hypernymy (*slay* is a kind of *kill*),
derivation (*resign* / *resignation*), verb groups and antonymy. This module reads WordNet's
own database files (``index.*``, ``data.*``, ``*.exc``: the layout of the ``wordnet-base``
Debian package and of Princeton's ``dict/`` folder) with no library, and tells how two surface
words are related.

Nothing here is downloaded: :func:`load` reads a folder given by ``NEWSDIFF_WORDNET`` (else
``/usr/share/wordnet``) and returns ``None`` when there is none. No PyPI package carries the
data (docs/dependencies.md), so scoring does not use it: ``scripts/eval_synonyms.py`` measures
whether it would help (docs/conflicts.md, *WordNet relations*).

Inflected forms are lemmatised as WordNet's own *morphy* does: the exception lists first
(*slew* → *slay*), then the detachment rules of each part of speech (*resigned* → *resign*).
"""

from __future__ import annotations

import os
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

DEFAULT_PATH = Path("/usr/share/wordnet")
"""Where Debian's ``wordnet-base`` installs the database (``apt-get install wordnet-base``)."""

POS = ("noun", "verb", "adj", "adv")
_POS_CODE = {"n": 0, "v": 1, "a": 2, "s": 2, "r": 3}

_RULES: dict[str, tuple[tuple[str, str], ...]] = {
    "noun": (
        ("s", ""),
        ("ses", "s"),
        ("xes", "x"),
        ("zes", "z"),
        ("ches", "ch"),
        ("shes", "sh"),
        ("men", "man"),
        ("ies", "y"),
    ),
    "verb": (
        ("s", ""),
        ("ies", "y"),
        ("es", "e"),
        ("es", ""),
        ("ed", "e"),
        ("ed", ""),
        ("ing", "e"),
        ("ing", ""),
    ),
    "adj": (("er", ""), ("est", ""), ("er", "e"), ("est", "e")),
    "adv": (),
}
"""WordNet's morphy detachment rules per part of speech (suffix, replacement)."""

RELATIONS = ("synonym", "hypernym", "derivation", "group", "antonym", "sibling")
"""The relations :meth:`WordNet.relation` names, in the order it tests them. *synonym*: the two
words share a synset; *hypernym*: one's synset is the other's direct hypernym (or instance-of);
*derivation*: a derivational pointer joins them (*resign* / *resignation*; also pertainym,
participle and attribute pointers); *group*: a verb group, similar-to, also-see, entailment or
cause pointer; *antonym*: an antonymy pointer (*rise* / *fall*); *sibling*: their synsets share
a direct hypernym (co-hyponyms, *praise* / *blame* under *judge*)."""

CLOSE = ("synonym", "hypernym", "derivation", "group")
"""The relations that say two words may mean the same (siblings and antonyms do not)."""


@dataclass(slots=True)
class _Synset:
    hypernyms: tuple[int, ...] = ()
    derived: tuple[int, ...] = ()
    group: tuple[int, ...] = ()
    antonyms: tuple[int, ...] = ()


@dataclass(slots=True)
class Senses:
    """A surface word's readings: its synsets (most frequent first within a part of speech)
    and the synsets one relation away from them."""

    synsets: frozenset[int]
    verbs: frozenset[int]
    hypernyms: frozenset[int]
    derived: frozenset[int]
    group: frozenset[int]
    antonyms: frozenset[int]


@dataclass(slots=True)
class WordNet:
    """A loaded WordNet: lemma → synsets per part of speech, each synset's pointers."""

    lemmas: list[dict[str, tuple[int, ...]]]
    exceptions: list[dict[str, tuple[str, ...]]]
    synsets: dict[int, _Synset]
    senses: int = 0
    """Read at most this many senses of each lemma per part of speech (0: all)."""
    _cache: dict[str, Senses] = field(default_factory=dict)

    def lemmatise(self, word: str, pos: int) -> list[str]:
        """The lemmas ``word`` may be an inflection of in part of speech ``pos`` (morphy)."""
        word = word.lower()
        index = self.lemmas[pos]
        found: list[str] = []
        for base in self.exceptions[pos].get(word, ()):
            if base in index and base not in found:
                found.append(base)
        if word in index and word not in found:
            found.append(word)
        for suffix, replacement in _RULES[POS[pos]]:
            if word.endswith(suffix) and len(word) > len(suffix):
                base = word[: len(word) - len(suffix)] + replacement
                if base in index and base not in found:
                    found.append(base)
        return found

    def read(self, word: str) -> Senses:
        """Every reading of a surface word (cached)."""
        key = word.lower()
        known = self._cache.get(key)
        if known is not None:
            return known
        synsets: list[int] = []
        verbs: list[int] = []
        for pos in range(len(POS)):
            for lemma in self.lemmatise(key, pos):
                offsets = self.lemmas[pos][lemma]
                chosen = offsets[: self.senses] if self.senses else offsets
                synsets.extend(chosen)
                if pos == 1:
                    verbs.extend(chosen)
        hyper: set[int] = set()
        derived: set[int] = set()
        group: set[int] = set()
        antonyms: set[int] = set()
        for s in synsets:
            entry = self.synsets.get(s)
            if entry is None:
                continue
            hyper.update(entry.hypernyms)
            derived.update(entry.derived)
            group.update(entry.group)
            antonyms.update(entry.antonyms)
        senses = Senses(
            frozenset(synsets),
            frozenset(verbs),
            frozenset(hyper),
            frozenset(derived),
            frozenset(group),
            frozenset(antonyms),
        )
        self._cache[key] = senses
        return senses

    def relation(self, a: str, b: str) -> str | None:
        """The closest relation between two surface words (one of :data:`RELATIONS`), or
        ``None``. A word that WordNet does not know is related to nothing."""
        x, y = self.read(a), self.read(b)
        if not x.synsets or not y.synsets:
            return None
        if x.synsets & y.synsets:
            return "synonym"
        if x.synsets & y.hypernyms or y.synsets & x.hypernyms:
            return "hypernym"
        if x.synsets & y.derived or y.synsets & x.derived:
            return "derivation"
        if x.synsets & y.group or y.synsets & x.group:
            return "group"
        if x.synsets & y.antonyms or y.synsets & x.antonyms:
            return "antonym"
        if x.hypernyms & y.hypernyms:
            return "sibling"
        return None

    def both_verbs(self, a: str, b: str) -> bool:
        """Whether both words can be read as verbs."""
        return bool(self.read(a).verbs and self.read(b).verbs)


def _key(offset: int, pos: int) -> int:
    return offset * 4 + pos


def _read_index(path: Path, pos: int) -> dict[str, tuple[int, ...]]:
    found: dict[str, tuple[int, ...]] = {}
    with path.open(encoding="utf-8", errors="replace") as lines:
        for line in lines:
            if line.startswith(" "):
                continue  # the licence header
            parts = line.split()
            count = int(parts[2])
            found[parts[0]] = tuple(_key(int(o), pos) for o in parts[len(parts) - count :])
    return found


def _read_data(path: Path, synsets: dict[int, _Synset]) -> None:
    with path.open(encoding="utf-8", errors="replace") as lines:
        for line in lines:
            if line.startswith(" "):
                continue
            parts = line.split(" | ", 1)[0].split()
            key = _key(int(parts[0]), _POS_CODE[parts[2]])
            words = int(parts[3], 16)
            at = 4 + 2 * words
            pointers = int(parts[at])
            hyper: list[int] = []
            derived: list[int] = []
            group: list[int] = []
            antonyms: list[int] = []
            for k in range(pointers):
                symbol, offset, pos = parts[at + 1 + 4 * k : at + 4 + 4 * k]
                target = _key(int(offset), _POS_CODE[pos])
                if symbol in ("@", "@i"):
                    hyper.append(target)
                elif symbol in ("+", "\\", "<", "="):
                    derived.append(target)
                elif symbol in ("$", "&", "^", "*", ">"):
                    group.append(target)
                elif symbol == "!":
                    antonyms.append(target)
            synsets[key] = _Synset(tuple(hyper), tuple(derived), tuple(group), tuple(antonyms))


def _read_exceptions(path: Path) -> dict[str, tuple[str, ...]]:
    found: dict[str, tuple[str, ...]] = {}
    if not path.exists():
        return found
    for line in path.read_text(encoding="utf-8", errors="replace").splitlines():
        parts = line.split()
        if len(parts) >= 2:
            found[parts[0]] = tuple(parts[1:])
    return found


def requested_path() -> Path:
    """The folder asked for: ``NEWSDIFF_WORDNET``, else :data:`DEFAULT_PATH`."""
    given = os.environ.get("NEWSDIFF_WORDNET")
    return Path(given) if given else DEFAULT_PATH


def wordnet_path() -> Path | None:
    """The WordNet database folder to read, or ``None`` when there is none."""
    path = requested_path()
    return path if (path / "index.verb").is_file() and (path / "data.verb").is_file() else None


def load(path: Path | None = None, senses: int = 0, parts: Iterable[str] = POS) -> WordNet | None:
    """Read a WordNet database folder (default: :func:`wordnet_path`); ``None`` if missing.

    ``senses`` keeps only each lemma's most frequent senses (WordNet lists them by frequency);
    ``parts`` the parts of speech to read (the others are left empty).
    """
    path = path or wordnet_path()
    if path is None:
        return None
    wanted = set(parts)
    lemmas: list[dict[str, tuple[int, ...]]] = []
    exceptions: list[dict[str, tuple[str, ...]]] = []
    synsets: dict[int, _Synset] = {}
    for pos, name in enumerate(POS):
        if name not in wanted or not (path / f"index.{name}").is_file():
            lemmas.append({})
            exceptions.append({})
            continue
        lemmas.append(_read_index(path / f"index.{name}", pos))
        exceptions.append(_read_exceptions(path / f"{name[:4]}.exc"))
        _read_data(path / f"data.{name}", synsets)
    return WordNet(lemmas, exceptions, synsets, senses)
