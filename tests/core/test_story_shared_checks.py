"""A story's link between two articles is labelled as the pair view labels it, even where the
same two sentences recur in other articles written on other days: the story checks a recurring
sentence pair once for the corpus, and that check reads the articles' dates (``yesterday``
against ``on Monday``) and headline flags as well as the two claims. Invented wire copy."""

from __future__ import annotations

from newsdiff.core.compare import compare_articles
from newsdiff.core.models import Article, ArticleMeta
from newsdiff.core.story import build_story

YESTERDAY = (
    "Harbour workers in Velmont ended their strike yesterday after the port authority agreed "
    "to raise wages by 4 percent."
)
MONDAY = YESTERDAY.replace("yesterday", "on Monday")


def _article(name: str, date: str, headline: str, wire: str, own: str) -> Article:
    text = f"{headline}\n\n{wire}\n\n{own}\n"
    return Article(path=f"{name}.txt", text=text, title=headline, meta=ArticleMeta(date=date))


ARTICLES = [
    # Tuesday 5 March: yesterday is Monday; Thursday 7 March: yesterday is Wednesday
    _article("a", "2024-03-05", "Velmont port strike ends", YESTERDAY, "Ships will dock soon."),
    _article("b", "2024-03-05", "Dock strike over in Velmont", MONDAY, "The union walked out."),
    _article("c", "2024-03-07", "Velmont dockers back at work", YESTERDAY, "Traders cheered."),
    _article("d", "2024-03-07", "Port of Velmont reopens", MONDAY, "The mayor thanked all."),
]


def test_recurring_sentences_are_labelled_per_article_pair_as_the_pair_view_does() -> None:
    story = build_story(ARTICLES)
    labels = {
        (link.a[0], link.b[0]): link.label
        for claim in story.claims
        for link in claim.links
        if link.a[1] == link.b[1] == 1  # the wire sentence of each article
    }
    for (a, b), label in sorted(labels.items()):
        comparison = compare_articles(ARTICLES[a], ARTICLES[b], corpus=ARTICLES)
        (pair_view,) = [link.label for link in comparison.left.sentences[1].links]
        assert label == pair_view, (ARTICLES[a].path, ARTICLES[b].path)
    # premise: the same two sentences agree on one day's pair and conflict on the other's
    assert labels[(0, 1)] == "shared" and labels[(2, 3)] == "conflict"
