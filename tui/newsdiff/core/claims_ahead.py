"""A large pair's claims read in a worker process while this one scores the pair.

A sentence's claim (:func:`~newsdiff.core.claim.read_claim`) depends only on its text, and
reading them is about a third of what the scoring thread does for a large pair. From
:data:`LARGE` distinct story sentences on, they are read in one worker process and sent back
pickled (receiving them costs about a quarter of reading them); the comparison takes them
from there (``PreparedPair.known_claims``, as it takes the article cache's). The worker is a
process pool of one, started with ``forkserver`` where the platform has it, else ``spawn``
(never ``fork``: the app compares in a thread), and kept for the next large pair.

Smaller pairs are read here, as before, and so is any pair while the machine has no core to
spare (:func:`core_free`): the worker's round trip is worth it only when there is much to read
and a second core to read it on. When the worker cannot start, dies, or has not answered
within :data:`WAIT` seconds, the claims are read here and no worker is tried again in this
process. Either way the claims are the same: each is a pure function of its text.
"""

from __future__ import annotations

import atexit
import os
import threading
from collections.abc import Callable, MutableMapping, Sequence
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # multiprocessing is imported by the first large pair, not by the app's start
    from concurrent.futures import Future, ProcessPoolExecutor

    from newsdiff.core.claim import Claim

LARGE = 1000
"""Distinct sentences from which their claims are read in the worker (measured: see
``docs/benchmarks.md``, speed10)."""
LARGE_TEXT = 100 * LARGE
"""Characters of a pair's two texts from which the worker is started before they are
segmented: a news sentence runs to 100-200 characters, so such a pair is likely large."""
HERE = 0.3
"""The share of a pair's distinct sentences whose claims this process reads itself, while
scoring waits for rapidfuzz (when it would idle): the two cores' loads come out about even."""
WAIT = 10.0
"""Seconds to wait for the worker's claims before reading them here (it is given up then)."""

_lock = threading.Lock()
_pool: ProcessPoolExecutor | None = None
_given_up = False


def start_method() -> str:
    """``forkserver`` where the platform has it (Linux, macOS), else ``spawn`` (Windows)."""
    import multiprocessing

    return "forkserver" if "forkserver" in multiprocessing.get_all_start_methods() else "spawn"


def core_free() -> bool:
    """Whether the last minute's load average leaves a core free for the worker (where the
    platform tells; where it does not, as on Windows, a core is taken to be free). On a busy
    machine the worker would only add its round trip to the CPU the pair already shares."""
    try:
        load = os.getloadavg()[0]
    except (AttributeError, OSError):
        return True
    try:
        cores = len(os.sched_getaffinity(0))
    except AttributeError:  # not Linux
        cores = os.cpu_count() or 1
    return load <= cores - 1


def _executor() -> ProcessPoolExecutor | None:
    """The worker pool, started on first use; ``None`` in a worker process (no pool of
    pools) or once a worker failed."""
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor

    global _pool, _given_up
    if _given_up or multiprocessing.parent_process() is not None:
        return None
    with _lock:
        if _pool is None:
            try:
                context = multiprocessing.get_context(start_method())
                if context.get_start_method() == "forkserver":
                    # the server imports the claim reader once; each worker forks from it
                    context.set_forkserver_preload([__name__, "newsdiff.core.claim"])
                _pool = ProcessPoolExecutor(
                    max_workers=1, mp_context=context, initializer=_end_with_parent
                )
                # stopped while the interpreter is whole (else its exit prints a warning)
                atexit.unregister(_stop)  # (one registration, whatever pools came before)
                atexit.register(_stop, wait=True)
            except (OSError, ValueError, RuntimeError, ImportError):
                _given_up = True
                return None
        return _pool


def submit(function: Callable[..., object], *args: object) -> Future[object] | None:
    """``function(*args)`` started in the worker (``None`` when there is none to run it)."""
    pool = _executor()
    if pool is None:
        return None
    try:
        return pool.submit(function, *args)
    except Exception:  # noqa: BLE001 - a broken or shut pool: the caller works here
        give_up()
        return None


def warm_up() -> None:
    """Start the worker now (when a core is free), so that the first large pair does not
    wait for it."""
    if core_free():
        submit(_nothing)


def expect(articles: Sequence[str], *, kept: bool) -> None:
    """Start the worker while ``articles`` are segmented, when they are long enough to be a
    large pair (:data:`LARGE_TEXT`) and, if the article cache keeps their claims (``kept``
    route), it does not hold them yet."""
    if sum(map(len, articles)) < LARGE_TEXT or _pool is not None:
        return
    if kept:
        from newsdiff.core.article_cache import claims_kept

        if all(claims_kept(text) for text in articles):
            return
    warm_up()


def _end_with_parent() -> None:
    """In the worker: end it when this process ends, however it ends (a killed app must not
    leave its worker waiting for work forever)."""
    import multiprocessing

    parent = multiprocessing.parent_process()
    if parent is None:
        return

    def wait() -> None:
        parent.join()  # its sentinel: closed when the parent process is gone
        os._exit(0)

    threading.Thread(target=wait, name="newsdiff-parent-watch", daemon=True).start()


def _nothing() -> None:
    """What the worker runs to start (its imports are done by then)."""


class ClaimsAhead:
    """The claims of ``texts`` being read in the worker; ``here`` are the texts whose
    claims this process reads itself (see :data:`HERE`)."""

    def __init__(
        self, texts: tuple[str, ...], future: Future[object], here: tuple[str, ...] = ()
    ) -> None:
        self.texts = texts
        self.here = here
        self._future = future

    def into(self, known: MutableMapping[str, Claim]) -> bool:
        """Put the worker's claims into ``known`` (by text); ``False`` when it gave none
        (the claims are then read here, when they are first needed)."""
        try:
            claims = self._future.result(timeout=WAIT)
        except Exception:  # noqa: BLE001 - died, timed out, cannot pickle: read them here
            give_up()
            return False
        if not isinstance(claims, tuple) or len(claims) != len(self.texts):
            return False
        for text, claim in zip(self.texts, claims, strict=True):
            known.setdefault(text, claim)
        return True


def read_ahead(texts: Sequence[str], articles: Sequence[str] = ()) -> ClaimsAhead | None:
    """Start reading the claims of ``texts`` in the worker, when there are at least
    :data:`LARGE` distinct ones and a worker can run; ``None`` otherwise.

    ``articles`` are the texts of the articles whose story sentences ``texts`` are (in
    order), when their claims are kept by the article cache: the worker then reads them all
    through it (and they are kept there for the next time); when they are kept already,
    this process reads them back itself and no worker is asked.
    Otherwise the worker reads the first distinct texts and leaves the last :data:`HERE` of
    them to this process (``ClaimsAhead.here``), to read while scoring waits for rapidfuzz.
    """
    distinct = tuple(dict.fromkeys(texts))
    if len(distinct) < LARGE or not core_free():
        return None
    if articles:
        from newsdiff.core.article_cache import claims_kept
        from newsdiff.core.disk_cache import cache_root

        if all(claims_kept(text) for text in articles):
            return None  # read back at a quarter of the cost, as the worker would send them

        future = submit(article_claims, tuple(articles), str(cache_root()))
        return None if future is None else ClaimsAhead(tuple(texts), future)
    cut = len(distinct) - int(len(distinct) * HERE)
    future = submit(read_claims, distinct[:cut])
    return None if future is None else ClaimsAhead(distinct[:cut], future, distinct[cut:])


def read_claims(texts: Sequence[str]) -> tuple[Claim, ...]:
    """Each text's claim, as :func:`~newsdiff.core.claim.read_claim` reads it alone (what
    the worker runs)."""
    from newsdiff.core.claim import read_claim

    return tuple(read_claim(text) for text in texts)


def article_claims(articles: Sequence[str], cache: str) -> tuple[Claim, ...]:
    """Each article's story claims in turn, through the article cache in the folder
    ``cache`` (this process's: the worker's environment is the one it started with); what
    the worker runs (:func:`~newsdiff.core.article_cache.sentence_claims`)."""
    from newsdiff.core.article_cache import sentence_claims

    os.environ["NEWSDIFF_CACHE"] = cache

    return tuple(claim for text in articles for claim in sentence_claims(text))


def give_up() -> None:
    """Read every claim here from now on: the worker is stopped (without waiting for it)."""
    global _given_up
    _given_up = True
    _stop(wait=False)


def shutdown() -> None:
    """Stop the worker and wait for it (tests; the interpreter does it at exit). A later
    large pair starts a new one, even after :func:`give_up`."""
    global _given_up
    _stop(wait=True)
    _given_up = False


def _stop(*, wait: bool) -> None:
    global _pool
    with _lock:
        pool, _pool = _pool, None
    if pool is None:
        return
    if not wait:  # a worker that hangs must not hold up the exit: end it
        processes = getattr(pool, "_processes", None) or {}
        for process in list(processes.values()):
            process.terminate()
    pool.shutdown(wait=wait, cancel_futures=True)
