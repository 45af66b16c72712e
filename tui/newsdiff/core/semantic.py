"""Sentence meaning vectors from static word embeddings, for the paraphrases words miss.

Lexical signals cannot see that ``truce`` and ``ceasefire``, or ``sacked`` and ``dismissed``,
state the same thing. This module gives every sentence a vector, the mean of the static token
embeddings of WordLlama (``l2_supercat``, 256 dimensions, trained to make such means comparable
as sentence embeddings), and the cosine of two vectors says how close their meanings are.

Why this model: it is the one found that ships its weights inside a PyPI wheel (nothing is
downloaded at run time) and costs a table lookup per token (about 0.02 ms a sentence). Measured
against a real sentence transformer (all-MiniLM-L6-v2, 20–50 ms a sentence on this machine)
and WordNet synonyms by ``scripts/eval_alignment_candidates.py``, it helped as much as the
transformer and more than the synonyms, on the gold and on the held-out pairs.

The ``wordllama`` package is only a data carrier here: its tokenizer and weight files are read
with ``tokenizers`` and ``safetensors`` directly (importing ``wordllama`` itself would configure
the root logger). When the files are missing or unreadable, or ``NEWSDIFF_SEMANTIC=0`` is set,
:func:`cosine_matrix` returns ``None`` and scoring falls back to the lexical signals alone.

Parsing the tokenizer (61,000 BPE merges) costs 50–120 ms and holds the GIL, so it is parsed
only when a word has to be tokenized: the token ids of the distinct words of each list of
texts are kept on disk (:class:`TokenMemo`), and a later run over the same article reads them
back without the tokenizer.
"""

from __future__ import annotations

import hashlib
import importlib.util
import io
import json
import os
import threading
from collections.abc import Callable, Sequence
from itertools import chain
from pathlib import Path

import numpy as np

from newsdiff.core import disk_cache, growing_rows
from newsdiff.core.group_sums import sum_groups as _sum_groups

TOKENIZER_FILE = Path("tokenizers") / "l2_supercat_tokenizer_config.json"
WEIGHTS_FILE = Path("weights") / "l2_supercat_256.safetensors"
TENSOR = "embedding.weight"
KNOWN_SHA256 = {
    TOKENIZER_FILE: {
        "93248f2a9ec36c7b35f700a033d5f36228aae48db61aee31007fa49062cdeb68",  # wordllama 0.3-0.4
        "bf467c9e0f536bda271283c6ef85eb1a943e3196b621c8a912d64953b205df83",  # 0.2.2 (no final \n)
    },
    WEIGHTS_FILE: {"64b47a2dc493cb8e85944076601189739852d7b64e0e1eedcb1937a251cd9fd5"},
}
"""The data files every score was calibrated with. Another file (a wordllama release that
retrains or renames its model) would change every score without a word, so it turns the
meaning signal off instead, and every report says so."""
WORD_CACHE = 32768
"""Distinct words remembered, 1 KB each; past this the memory is emptied and refilled."""
WORD_BLOCK = 16384
"""Words summed at a time when a call brings more new words than :data:`WORD_CACHE`."""
TOKEN_FORMAT = "token-ids/1"
"""Bumped whenever the layout of a :class:`TokenMemo` entry changes."""

_lock = threading.Lock()
_loaded: tuple[StaticEmbedder | None, str] | None = None


class TokenUnavailable(RuntimeError):
    """The tokenizer could not be loaded when a word first needed it."""


class TokenMemo:
    """The token ids of the distinct words of a list of texts, kept on disk by content.

    An entry (``…/newsdiff/tokens/<key>.pickle``, see :mod:`newsdiff.core.disk_cache`) holds
    the ids of every distinct word of one call, in order of first appearance; its key is a
    SHA-256 of those words, the tokenizer file's SHA-256 and the installed ``tokenizers``
    library (its compiled module's size and mtime), so another tokenizer never reads them.
    Ids are what the tokenizer gives: the sums made from them are the same to the bit.
    """

    def __init__(self, fingerprint: str) -> None:
        self.fingerprint = fingerprint

    def key(self, words: Sequence[str]) -> str:
        """The entry's name for these distinct words (words hold no whitespace)."""
        digest = hashlib.sha256(f"{TOKEN_FORMAT}\0{self.fingerprint}\0".encode())
        digest.update("\n".join(words).encode("utf-8", "surrogatepass"))
        return digest.hexdigest()

    def load(self, key: str, count: int) -> tuple[np.ndarray, np.ndarray] | None:
        """``(lengths, ids)`` of entry ``key`` when it holds ``count`` words, else ``None``."""

        def sound(value: object) -> bool:
            if not (isinstance(value, tuple) and len(value) == 2):
                return False
            lengths, ids = value
            return (
                isinstance(lengths, np.ndarray)
                and isinstance(ids, np.ndarray)
                and lengths.shape == (count,)
                and ids.ndim == 1
                and lengths.dtype == np.int64
                and ids.dtype == np.int64
                and bool((lengths >= 0).all())
                and int(lengths.sum()) == ids.shape[0]
            )

        found = disk_cache.load(self.folder(), key, sound)
        return found  # type: ignore[return-value]

    def store(self, key: str, lengths: np.ndarray, ids: np.ndarray) -> None:
        """Keep an entry (a cache that cannot be written only costs the time)."""
        disk_cache.store(self.folder(), key, (lengths, ids))

    @staticmethod
    def folder() -> Path:
        """``…/newsdiff/tokens``: follows ``$NEWSDIFF_CACHE``, as it names the user's words."""
        return disk_cache.cache_root() / "tokens"


class StaticEmbedder:
    """A tokenizer and a table of one vector per token, with the words it has seen.

    A sentence's vector is the mean of its tokens' vectors, scaled to unit length, so the sum
    does as well. The tokenizer splits at spaces (it marks each word's start with ``▁`` and no
    token spans two words), so that sum is the sum of its words' token sums. Each distinct word
    is tokenized and summed once and kept (up to :data:`WORD_CACHE` words): a comparison then
    costs a lookup per word, and switching one side of a comparison does not redo the other.
    Safe to share between threads.

    Attributes:
        table: Token vectors, ``(vocabulary, dimensions)``, float32 (shipped as float16;
            widened once at load, 32 MB, so every lookup is not converted again).
        memo: Where the token ids of words seen in earlier runs are kept (``None``: nowhere).
    """

    def __init__(
        self,
        tokenizer: object | Callable[[], object],
        table: np.ndarray,
        memo: TokenMemo | None = None,
    ) -> None:
        """``tokenizer`` is a ``tokenizers.Tokenizer`` or a function that loads one."""
        self._tokenizer = None if callable(tokenizer) else tokenizer
        self._load_tokenizer = tokenizer if callable(tokenizer) else None
        self.table = table
        self.memo = memo
        self._lock = threading.Lock()
        self._tokenizer_lock = threading.Lock()
        self._empty()

    @property
    def tokenizer(self) -> object:
        """The ``tokenizers.Tokenizer``, loaded on first use (:class:`TokenUnavailable`)."""
        if self._tokenizer is None:
            with self._tokenizer_lock:
                if self._tokenizer is None:
                    assert self._load_tokenizer is not None
                    try:
                        self._tokenizer = self._load_tokenizer()
                    except Exception as error:  # an incompatible tokenizers release
                        raise TokenUnavailable(type(error).__name__) from error
        return self._tokenizer

    def _empty(self) -> None:
        self._rows: dict[str, int] = {}
        self._sums = growing_rows.GrowingRows(self.table.shape[1], WORD_CACHE)

    def vectors(self, texts: Sequence[str]) -> np.ndarray:
        """Unit-length mean token vectors, one row per text (zeros for a text with no token)."""
        words = [text.split() if text else [] for text in texts]
        out = np.zeros((len(texts), self.table.shape[1]), dtype=np.float32)
        lengths = np.fromiter((len(w) for w in words), dtype=np.int64, count=len(words))
        remembered = self._word_rows(words)
        if remembered is not None:
            rows, sums = remembered
            _sum_groups(sums, rows, lengths, out)
        else:
            self._sum_unremembered(words, lengths, out)
        norms = np.linalg.norm(out, axis=1, keepdims=True)
        np.divide(out, norms, out=out, where=norms > 0)
        return out

    def forget_words(self) -> None:
        """Drop the remembered words (benchmarks measure a first comparison)."""
        with self._lock:
            self._empty()

    def _word_rows(self, texts: Sequence[Sequence[str]]) -> tuple[np.ndarray, np.ndarray] | None:
        """Every word's row in the word table (texts flattened), and that table.

        Words not seen before are tokenized in one batch and their token vectors summed.
        ``None`` when there are more new words than the memory holds (a huge or garbled
        input): those are summed without being remembered.
        """
        flat = list(chain.from_iterable(texts))
        distinct = list(dict.fromkeys(flat))  # in the order first met
        with self._lock:
            known = self._rows
            unseen = [word for word in distinct if word not in known]
            if len(unseen) > WORD_CACHE:
                return None
            if unseen and len(known) + len(unseen) > WORD_CACHE:
                self._empty()
                known = self._rows
                unseen = distinct
            if unseen:
                sums = self._token_sums(unseen, [distinct])  # the memo's words: all of them
                first = len(known)
                known.update(zip(unseen, range(first, first + len(unseen)), strict=True))
                self._sums.extend(sums)
            rows = np.fromiter(map(known.__getitem__, flat), dtype=np.int64, count=len(flat))
            return rows, self._sums.rows()

    def _sum_unremembered(
        self, texts: Sequence[Sequence[str]], lengths: np.ndarray, out: np.ndarray
    ) -> None:
        """Sum the texts' word vectors :data:`WORD_BLOCK` words at a time, remembering none.

        Memory stays bounded whatever the input: a block's distinct words and their sums, even
        when one text (a megabyte on one line) spans many blocks.
        """
        flat = [word for text in texts for word in text]
        owners = np.repeat(np.arange(len(texts)), lengths)
        for start in range(0, len(flat), WORD_BLOCK):
            block = flat[start : start + WORD_BLOCK]
            distinct = list(dict.fromkeys(block))
            index = {word: row for row, word in enumerate(distinct)}
            rows = np.fromiter((index[word] for word in block), dtype=np.int64, count=len(block))
            texts_here, counts = np.unique(owners[start : start + WORD_BLOCK], return_counts=True)
            partial = np.zeros((len(texts_here), out.shape[1]), dtype=np.float32)
            _sum_groups(self._token_sums(distinct), rows, counts, partial)
            out[texts_here] += partial

    def _token_sums(
        self, words: list[str], texts: Sequence[Sequence[str]] | None = None
    ) -> np.ndarray:
        """The sum of each word's token vectors (``texts``: the call's words, for the memo)."""
        lengths, ids = self._token_ids(words, texts)
        np.clip(ids, 0, self.table.shape[0] - 1, out=ids)
        sums = np.zeros((len(words), self.table.shape[1]), dtype=np.float32)
        _sum_groups(self.table, ids, lengths, sums)
        return sums

    def _token_ids(
        self, words: list[str], texts: Sequence[Sequence[str]] | None
    ) -> tuple[np.ndarray, np.ndarray]:
        """Each word's number of tokens and all their ids, from the memo when it has them.

        The memo entry covers every distinct word of ``texts`` (not only the unseen
        ``words``), so the same article read again finds all its words in one entry.
        """
        if self.memo is None or texts is None:
            return self._encode(words)
        context = list({word: None for text in texts for word in text})
        if len(context) > WORD_CACHE:
            return self._encode(words)
        key = self.memo.key(context)
        found = self.memo.load(key, len(context))
        if found is None:
            found = self._encode(context)
            self.memo.store(key, *found)
        lengths, ids = found
        if len(words) == len(context) and words == context:
            return lengths.copy(), ids.copy()
        position = {word: index for index, word in enumerate(context)}
        chosen = np.fromiter((position[w] for w in words), dtype=np.int64, count=len(words))
        starts = np.concatenate(([0], np.cumsum(lengths)[:-1]))
        picked = lengths[chosen]
        flat = np.repeat(starts[chosen] - np.concatenate(([0], np.cumsum(picked)[:-1])), picked)
        flat += np.arange(int(picked.sum()), dtype=np.int64)
        return picked, ids[flat]

    def _encode(self, words: list[str]) -> tuple[np.ndarray, np.ndarray]:
        """Tokenize ``words``: each one's number of tokens, and all their ids in order."""
        tokenizer = self.tokenizer
        encode = getattr(tokenizer, "encode_batch_fast", None) or tokenizer.encode_batch  # type: ignore[attr-defined]
        encodings = encode(words, add_special_tokens=False)
        lengths = np.fromiter((len(e.ids) for e in encodings), dtype=np.int64, count=len(words))
        ids = np.fromiter(
            (i for e in encodings for i in e.ids), dtype=np.int64, count=int(lengths.sum())
        )
        return lengths, ids


def embedder() -> StaticEmbedder | None:
    """The shared embedder, loaded once (``None`` when unavailable: see :func:`status`)."""
    global _loaded
    if _loaded is None:
        with _lock:
            if _loaded is None:
                _loaded = _load()
    return _loaded[0]


def status() -> str:
    """``"on"``, or why the semantic signal is off (one line, for reports and ``--help``)."""
    embedder()
    assert _loaded is not None
    return _loaded[1]


def loaded_status() -> str | None:
    """:func:`status` if the embedder was loaded already, else ``None`` (never loads it)."""
    loaded = _loaded
    return loaded[1] if loaded is not None else None


def reset() -> None:
    """Forget the loaded embedder (tests; a changed ``NEWSDIFF_SEMANTIC``)."""
    global _loaded
    with _lock:
        _loaded = None


def _load() -> tuple[StaticEmbedder | None, str]:
    if os.environ.get("NEWSDIFF_SEMANTIC", "").strip().lower() in {"0", "off", "no", "false"}:
        return None, "off (NEWSDIFF_SEMANTIC=0)"
    try:
        spec = importlib.util.find_spec("wordllama")
        if spec is None or not spec.submodule_search_locations:
            return None, "off (the wordllama package is not installed)"
        root = Path(next(iter(spec.submodule_search_locations)))
        missing = [path.name for path in KNOWN_SHA256 if not (root / path).is_file()]
        if missing:
            return None, f"off (wordllama data missing: {', '.join(missing)})"
        digests = {path: _verified_sha256(root / path) for path in KNOWN_SHA256}
        changed = [path.name for path in KNOWN_SHA256 if digests[path] not in KNOWN_SHA256[path]]
        if changed:
            return None, f"off (wordllama data not the tested version: {', '.join(changed)})"
        tokenizers_stamp = _library_stamp("tokenizers")
        if tokenizers_stamp is None:
            return None, "off (tokenizers is not installed)"
        table = _prepared_table(root / WEIGHTS_FILE, digests[WEIGHTS_FILE])
    except ImportError as error:
        return None, f"off ({error.name or 'a module'} is not installed)"
    except Exception as error:  # a missing, truncated or foreign data file
        return None, f"off (wordllama data unreadable: {type(error).__name__})"
    if table.ndim != 2 or table.shape[0] == 0:
        return None, "off (wordllama data has an unexpected shape)"
    memo = TokenMemo(f"{digests[TOKENIZER_FILE]}\0{tokenizers_stamp}")
    return StaticEmbedder(lambda: _read_tokenizer(root / TOKENIZER_FILE), table, memo), "on"


def _read_tokenizer(path: Path) -> object:
    """The tokenizer of ``path`` (checked by its SHA-256), padding and truncation off."""
    from tokenizers import Tokenizer

    tokenizer = Tokenizer.from_file(str(path))
    tokenizer.no_padding()
    tokenizer.no_truncation()
    return tokenizer


def _library_stamp(name: str) -> str | None:
    """Size and mtime of the compiled modules of package ``name`` (``None``: not installed).

    Names the library release in a cache key without importing it: an upgrade that tokenized
    differently replaces these files.
    """
    spec = importlib.util.find_spec(name)
    if spec is None:
        return None
    stamps = []
    for folder in spec.submodule_search_locations or []:
        for path in sorted(Path(folder).iterdir()):
            if path.suffix in (".so", ".pyd"):
                info = path.stat()
                stamps.append(f"{path.name}:{info.st_size}:{info.st_mtime_ns}")
    return ";".join(stamps) or (spec.origin or name)


def cache_dir() -> Path:
    """Where the prepared table and the verified digests are kept.

    ``$XDG_CACHE_HOME/newsdiff/semantic`` (default ``~/.cache/newsdiff/semantic``). Unlike the
    story and article caches it does not follow ``$NEWSDIFF_CACHE``: it holds nothing of the
    user's articles, only the installed data prepared once, named by its digest.
    """
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "newsdiff" / "semantic"


def _verified_sha256(path: Path) -> str:
    """The file's SHA-256, hashed again only when its size, mtime or inode changed.

    The digest is remembered next to the prepared table with the file's ``stat``; a reinstalled
    or edited data file has a new ``stat`` and is hashed (and checked) again.
    """
    try:
        info = path.stat()
    except OSError:
        return ""
    stamp = [info.st_size, info.st_mtime_ns, info.st_ino]
    memo = cache_dir() / "verified.json"
    try:
        known = json.loads(memo.read_text(encoding="utf-8"))
        if not isinstance(known, dict):
            known = {}
    except (OSError, ValueError):
        known = {}
    entry = known.get(str(path))
    if (
        isinstance(entry, dict)
        and entry.get("stat") == stamp
        and isinstance(entry.get("sha256"), str)
    ):
        return str(entry["sha256"])
    digest = _sha256(path)
    if digest:
        known[str(path)] = {"stat": stamp, "sha256": digest}
        _write_atomically(memo, json.dumps(known, indent=1).encode("utf-8"))
    return digest


def _prepared_table(weights: Path, digest: str) -> np.ndarray:
    """The token table widened to float32: memory-mapped from the cache when prepared before.

    Reading the float16 tensor and widening it costs ~70 ms (more on a busy machine); the
    prepared ``.npy`` (32 MB, named by the weights' SHA-256) maps in well under a millisecond
    and only the rows a comparison touches are read. A missing, truncated or foreign file is
    prepared again; a cache that cannot be written only costs the time.
    """
    prepared = cache_dir() / f"table-{digest}.npy"
    try:
        table = np.load(prepared, mmap_mode="r", allow_pickle=False)
        if table.dtype == np.float32 and table.ndim == 2 and table.shape[0] > 0:
            return np.asarray(table)
    except (OSError, ValueError, EOFError):
        pass
    from safetensors.numpy import load_file

    table = load_file(str(weights))[TENSOR].astype(np.float32)
    buffer = io.BytesIO()
    np.save(buffer, table, allow_pickle=False)
    _write_atomically(prepared, buffer.getvalue())
    return table


def _write_atomically(path: Path, data: bytes) -> None:
    import tempfile

    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        with tempfile.NamedTemporaryFile(dir=path.parent, delete=False, suffix=".tmp") as handle:
            handle.write(data)
        os.replace(handle.name, path)
    except OSError:
        pass


def _sha256(path: Path) -> str:
    """The file's SHA-256 (about 30 ms for the 16 MB table); ``""`` when it cannot be read."""
    digest = hashlib.sha256()
    try:
        with path.open("rb") as file:
            for block in iter(lambda: file.read(1 << 20), b""):
                digest.update(block)
    except OSError:
        return ""
    return digest.hexdigest()


def cosine_matrix(left: Sequence[str], right: Sequence[str]) -> np.ndarray | None:
    """Cosine of the meaning vectors of every left and right sentence, or ``None`` when off.

    Empty texts (boilerplate blanked out for scoring) get a cosine of 0 with everything.
    """
    left_vectors = sentence_vectors(left)
    right_vectors = None if left_vectors is None else sentence_vectors(right)
    return None if left_vectors is None or right_vectors is None else left_vectors @ right_vectors.T


def sentence_vectors(texts: Sequence[str]) -> np.ndarray | None:
    """Unit meaning vectors of ``texts``, or ``None`` when the signal is off (an unreadable
    tokenizer switches it off)."""
    model = embedder()
    try:
        return None if model is None else model.vectors(texts)
    except TokenUnavailable as error:
        _switch_off(f"off (wordllama tokenizer unreadable: {error})")
        return None


def _switch_off(reason: str) -> None:
    """Turn the signal off for the rest of the process, with the reason :func:`status` gives."""
    global _loaded
    with _lock:
        _loaded = (None, reason)
