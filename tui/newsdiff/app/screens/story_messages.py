"""What the story worker tells the story screen: its progress, the story, or why there is none."""

from __future__ import annotations

from typing import TYPE_CHECKING

from textual.message import Message

from newsdiff.core.errors import ArticleError

if TYPE_CHECKING:
    from newsdiff.core.story import Story


class StoryProgress(Message):
    """The story worker's share done (0–1)."""

    def __init__(self, done: float) -> None:
        super().__init__()
        self.done = done


class StoryReady(Message):
    """The story of the corpus is computed."""

    def __init__(self, story: Story, left_out: tuple[ArticleError, ...] = ()) -> None:
        super().__init__()
        self.story = story
        self.left_out = left_out
        """The articles over the sentence limit, left out of it."""


class StoryFailed(Message):
    """The story could not be computed."""

    def __init__(self, problem: str) -> None:
        super().__init__()
        self.problem = problem
