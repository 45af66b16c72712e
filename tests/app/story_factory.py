"""A story built by hand from the model classes, so Story screen tests do not depend on scoring."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from app_factory import article
from newsdiff.core.story import Claim, PairLink, Story

OUTLETS = [
    [
        "Bridge closed for six weeks after storm",
        "The Elmfield bridge will stay closed for six weeks, the council said.",
        "Engineers found cracks in two of its piers.",
        "A bakery gave free coffee to stranded drivers.",
    ],
    [
        "Storm shuts Elmfield bridge",
        "The council said the Elmfield bridge would stay closed for nine weeks.",
        "Cracks were found in two piers by engineers.",
    ],
    [
        "Elmfield bridge repairs begin",
        "Engineers found cracks in two of its piers.",
        "Buses will run a shuttle across the river from Monday.",
        "The bridge will stay closed for six weeks.",
    ],
]


def sample_story() -> Story:
    """Three outlets: one claim in all three, one conflict (six vs nine weeks), singles."""
    built = [article(f"outlet-{k + 1}.txt", lines) for k, lines in enumerate(OUTLETS)]
    articles = tuple(a for a, _ in built)
    sentences = tuple(s for _, s in built)
    cracks = Claim(
        variants=((0, 2), (1, 2), (2, 1)),
        links=(
            PairLink((0, 2), (1, 2), "paraphrased", 70.0),
            PairLink((0, 2), (2, 1), "shared", 100.0),
            PairLink((1, 2), (2, 1), "paraphrased", 68.0),
        ),
    )
    closed = Claim(
        variants=((0, 1), (1, 1), (2, 3)),
        links=(
            PairLink((0, 1), (1, 1), "conflict", 72.0),
            PairLink((0, 1), (2, 3), "paraphrased", 66.0),
        ),
        conflict=True,
    )
    headline = Claim(
        variants=((0, 0), (1, 0)), links=(PairLink((0, 0), (1, 0), "paraphrased", 61.0),)
    )
    singles = [Claim(variants=(position,)) for position in ((0, 3), (2, 0), (2, 2))]
    claims = tuple(sorted([cracks, closed, headline, *singles], key=lambda c: c.first))
    matrix = ((1.0, 0.75, 0.5), (1.0, 1.0, 0.67), (0.5, 0.5, 1.0))
    return Story(
        articles=articles,
        sentences=sentences,
        boilerplate=tuple(tuple(False for _ in s) for s in sentences),
        matrix=matrix,
        claims=claims,
    )


def story_with_cross_reference(twice: bool = False) -> tuple[Story, int, int]:
    """The sample story with one pair-view link the grouping left between two claims: outlet 1's
    headline ≈ outlet 3's six weeks (score 58), listed in the headline claim and in the six /
    nine weeks claim (``twice``: outlet 2's headline ≈ the same sentence too, score 52).
    Returns the story and the two claims' numbers (headline, weeks)."""
    story = sample_story()
    links = [PairLink((0, 0), (2, 3), "paraphrased", 58.0)]
    if twice:
        links.append(PairLink((1, 0), (2, 3), "paraphrased", 52.0))
    headline = next(k for k, c in enumerate(story.claims) if c.first == (0, 0))
    weeks = next(k for k, c in enumerate(story.claims) if c.first == (0, 1))
    claims = list(story.claims)
    for k in (headline, weeks):
        claims[k] = replace(claims[k], related=tuple(links))
    return replace(story, claims=tuple(claims)), headline, weeks


def story_with_a_linked_single() -> tuple[Story, int, int]:
    """The sample story with one pair-view link from a claim of one outlet to another claim:
    outlet 3's headline (a claim of its own) ≈ outlet 1's headline (score 55; the headline
    claim is carried by outlets 1 and 2), listed in both claims as the grouping lists a link it
    outvoted. Returns the story and the two claims' numbers (the single, the headline)."""
    story = sample_story()
    link = PairLink((2, 0), (0, 0), "paraphrased", 55.0)
    single = next(k for k, c in enumerate(story.claims) if c.first == (2, 0))
    headline = next(k for k, c in enumerate(story.claims) if c.first == (0, 0))
    claims = list(story.claims)
    for k in (single, headline):
        claims[k] = replace(claims[k], related=(link,))
    return replace(story, claims=tuple(claims)), single, headline


def story_with_an_outlet_twice() -> tuple[Story, int, int]:
    """The sample story with outlet 2's lead also carrying the headline claim (carried by
    outlets 1, 2 and 3 through their headlines), and outlet 3's last two sentences one claim
    of one outlet."""
    story = sample_story()
    claims = [c for c in story.claims if c.variants not in (((2, 0),), ((2, 2),), ((2, 3),))]
    headline = next(c for c in claims if c.variants[0] == (0, 0))
    claims.remove(headline)
    # outlet 3's headline joins the claim; outlet 2's second sentence also carries it
    claims.append(Claim(variants=((0, 0), (1, 0), (2, 0), (1, 1)), also=((1, 1),)))
    closed = next(c for c in claims if (2, 3) in c.variants)
    claims.remove(closed)
    claims.append(replace(closed, variants=((0, 1), (1, 1))))
    claims.append(Claim(variants=((2, 2), (2, 3))))
    ordered = tuple(sorted(claims, key=lambda c: c.first))
    story = replace(story, claims=ordered)
    both = next(k for k, c in enumerate(ordered) if c.variants[0] == (0, 0))
    lone = next(k for k, c in enumerate(ordered) if c.variants[0] == (2, 2))
    return story, both, lone


class StoryPair:
    """Stands in for ``core.compare.PreparedPair`` on the sample story's articles: the pair's
    links are the story's links between them, so the pair view agrees with the story."""

    def __init__(self, left, right) -> None:
        self.left = left
        self.right = right

    def comparison(self, settings):
        from app_factory import build

        story = sample_story()
        paths = [a.path for a in story.articles]
        a, b = paths.index(self.left.path), paths.index(self.right.path)
        links = []
        for claim in story.claims:
            for link in claim.links:
                ends = {link.a[0]: link.a[1], link.b[0]: link.b[1]}
                if set(ends) == {a, b}:
                    links.append((ends[a], ends[b], link.label, link.score))
        texts = [[s.text for s in story.sentences[k]] for k in (a, b)]
        return build(
            texts[0],
            texts[1],
            sorted(links),
            paths=(self.left.path, self.right.path),
            settings=settings,
        )


def app_building(monkeypatch: Any, build: Any) -> Any:
    """The app on the bundled articles whose story is ``build`` (a :class:`Story`, or a
    function of ``build_story``'s arguments that returns or raises)."""
    from newsdiff.app import engine
    from newsdiff.app.app import NewsDiffApp

    builder = build if callable(build) else lambda articles, settings, progress, cancelled: build
    monkeypatch.setattr(engine, "build_story", builder)
    app = NewsDiffApp(theme="textual-dark")
    app.paths = None
    return app


async def open_story(pilot: Any, app: Any, story: Story | None = None) -> Any:
    """Press ``s`` on the library of ``app`` (the ``story_app`` fixture, or an app whose
    ``build_story`` gives ``story``) and wait for the story screen with ``story`` (by default
    :func:`sample_story`) on it."""
    from newsdiff.app.screens.story import StoryScreen

    await app.workers.wait_for_complete()
    await pilot.pause()
    app.articles = (story or sample_story()).articles
    await pilot.press("s")
    await app.workers.wait_for_complete()
    await pilot.pause()
    assert isinstance(app.screen, StoryScreen)
    return app.screen


def wire_story(count: int = 30) -> Story:
    """``count`` outlets that all carry one wire sentence, plus a sentence of their own each."""
    built = [
        article(
            f"wire-{k + 1:02}.txt",
            [
                "The Harrowgate dam released water for the first time in 40 years.",
                f"Outlet {k + 1} sent a reporter to the valley.",
            ],
        )
        for k in range(count)
    ]
    articles = tuple(a for a, _ in built)
    sentences = tuple(s for _, s in built)
    wire = Claim(
        variants=tuple((k, 0) for k in range(count)),
        links=tuple(PairLink((0, 0), (k, 0), "shared", 100.0) for k in range(1, count)),
    )
    own = [Claim(variants=((k, 1),)) for k in range(count)]
    return Story(
        articles=articles,
        sentences=sentences,
        boilerplate=tuple(tuple(False for _ in s) for s in sentences),
        matrix=tuple(tuple(1.0 if a == b else 0.5 for b in range(count)) for a in range(count)),
        claims=tuple(sorted([wire, *own], key=lambda c: c.first)),
    )


def late_conflict_story() -> Story:
    """The sample story, but outlets 1 and 2 agree on the closure and outlet 3 disagrees with
    outlet 2: the conflict is not between the first carrier and the next outlet."""
    story = sample_story()
    claims = []
    for claim in story.claims:
        if claim.conflict:
            claim = replace(
                claim,
                links=(
                    PairLink((0, 1), (1, 1), "paraphrased", 72.0),
                    PairLink((1, 1), (2, 3), "conflict", 66.0),
                ),
            )
        claims.append(claim)
    return replace(story, claims=tuple(claims))
