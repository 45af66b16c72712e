"""The one exception type users see: a problem with one input, named by its path."""

from __future__ import annotations


class ArticleError(Exception):
    """An input that cannot be used, with the path and a one-line description of the problem.

    ``str(error)`` is ``"<path>: <problem>"``, ready for ``error: …`` on stderr.
    """

    def __init__(self, path: str, problem: str) -> None:
        super().__init__(f"{path}: {problem}")
        self.path = path
        self.problem = problem
