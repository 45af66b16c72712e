"""The articles a saved comparison was scored with, read back when it is opened.

A comparison saved from the library is scored with the library's other articles (they sharpen
the word weights; ``scoring.corpus`` in the JSON names them). ``newsdiff open`` shows the saved
labels, but a threshold change or a swap scores the pair again: with the two articles alone it
gave other labels at the very thresholds saved (``≈6 +20`` became ``≈8 +18`` on a real cluster),
and the subtitle's ``scored with 3 more`` went without a word. Reading those files back, where
they still are, scores it again in the same context.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from newsdiff.core.errors import ArticleError
from newsdiff.core.load import load_article
from newsdiff.core.models import Article, Comparison


def saved_context(comparison: Comparison) -> tuple[tuple[Article, ...], tuple[str, ...]]:
    """The other articles ``comparison`` was scored with that can be read here, and the
    paths of those that cannot.

    Paths are read as recorded (relative ones from the current folder, as the saved
    articles' own paths are); only regular files are read, never a URL or standard input.
    """
    found: list[Article] = []
    missing: list[str] = []
    own = {comparison.left.article.text, comparison.right.article.text}
    for recorded in comparison.scoring.corpus:
        try:
            readable = Path(recorded).is_file()
        except (OSError, ValueError):
            readable = False
        if not readable:
            missing.append(recorded)
            continue
        try:
            article = load_article(recorded)
        except (ArticleError, OSError):
            missing.append(recorded)
            continue
        if article.text not in own:
            found.append(article)
    return tuple(found), tuple(missing)


def missing_note(missing: Sequence[str], recorded: int) -> str:
    """What the reader should know when some of the saved context is gone (empty if none)."""
    if not missing:
        return ""
    names = ", ".join(Path(path).name for path in missing[:3])
    more = f" and {len(missing) - 3} more" if len(missing) > 3 else ""
    return (
        f"Shown as saved. It was scored with {recorded} more article"
        f"{'s' if recorded != 1 else ''}; not found here: {names}{more}. A threshold change "
        "or a swap scores the pair again without them, so its labels can differ from the "
        "saved file."
    )


def older_note(schema: str) -> str:
    """What the reader should know about a file saved by an older newsdiff (empty if none).

    A ``newsdiff.comparison/1`` file predates evidence: its status line shows a link's label and
    score but no agreeing or disagreeing words, and nothing said why (twelfth user trial)."""
    if schema != "newsdiff.comparison/1":
        return ""
    return (
        "Saved by an older newsdiff (newsdiff.comparison/1), before links kept their evidence: "
        "the status line names no agreeing or disagreeing words. A threshold change (t) scores "
        "the pair again, with them."
    )
