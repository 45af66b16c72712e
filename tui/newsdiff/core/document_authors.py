"""Who a document speaks for: ``a report by the Gazette``, ``a study from the University of
Leith``, ``Harbour Watch's report``, ``a statement released by the board``, ``a report in the
Gazette``. The author or publisher of a document said what it says (DESIGN §3), so a quotation
attributed to the document is theirs. Someone who merely holds a document (``documents obtained
by the Gazette``, ``a memo seen by``, ``a study commissioned by``) wrote none of it: the document
stays the speaker.
"""

from __future__ import annotations

from collections.abc import Callable

from newsdiff.core.mention_types import Mention, SentenceInfo, Token, mention_at, skip_adverbs
from newsdiff.core.reporting_verbs import REPORTING_VERBS

DOCUMENT_NOUNS = frozenset(
    """
    report reports statement statements study studies survey poll lawsuit suit complaint
    indictment memo memorandum filing letter letters emails email ruling order document
    documents analysis review audit release announcement post tweet editorial
    """.split()
)
"""Source nouns for something written, which has an author (not ``prosecutors``, ``police``)."""


AUTHORING = frozenset(
    """
    released issued published written prepared compiled produced signed sent filed posted
    conducted authored led carried brought
    """.split()
)
"""Participles that make the ``by`` after them the document's author ("a statement released by
X"); any other (``obtained``, ``seen``, ``commissioned``, ``reviewed``) names someone else."""

_AUTHOR_KINDS = frozenset({"person", "org", "body", "outlet", "government", "name"})
"""Mention kinds that can write a document (not a pronoun or a place)."""

JOINERS = frozenset({"of", "for"})
"""Lowercase words inside an organisation's name ("University of Leith")."""

Gap = Callable[[int, int], str]

_AFTER_NAME = frozenset(
    """
    said says found finds show shows showed concluded revealed reported estimated noted wrote
    that which who and or but on in at of for to from with as after before last this earlier
    released issued published also has had have was is were are will would
    """.split()
)
"""Words that may follow a document's author: a verb or a function word, not a noun it
modifies."""


def _ends_phrase(tokens: list[Token], k: int, gap: Gap) -> bool:
    """The name before token ``k`` ends its noun phrase: punctuation or a verb or function
    word follows, not a lowercase noun it would modify."""
    if gap(tokens[k - 1].end, tokens[k].start).strip(" "):
        return True
    return tokens[k].lower in _AFTER_NAME or tokens[k].lower in REPORTING_VERBS


def document_author(info: SentenceInfo, i: int, k: int, gap: Gap) -> str | None:
    """The author of the document noun at token ``k`` (its phrase opening at ``i``): an owner
    before it (``Harbour Watch's (new) report``) or ``by`` / ``from`` / ``in`` / an authoring
    participle and ``by`` right after it, then a name. None when the document names nobody."""
    tokens = info.tokens
    if k >= len(tokens) or tokens[k].lower not in DOCUMENT_NOUNS:
        return None
    for owner_end in (k, k - 1):
        owner = info.by_token.get(owner_end - 1) if owner_end > i else None
        if owner is not None and owner.possessive and owner.last == owner_end:
            return owner.entity if owner.kind in _AUTHOR_KINDS else None
    if k > i and tokens[k - 1].possessive and tokens[k - 1].cap:
        return None  # an owner the mention reader did not take: no guess
    n = _relative_participle(info, k, gap)
    if n < len(tokens) and tokens[n].lower in AUTHORING:
        n += 1
        if n >= len(tokens) or tokens[n].lower != "by":
            return None
    elif n > k + 1 or n >= len(tokens) or tokens[n].lower not in ("by", "from", "in"):
        return None
    if gap(tokens[n - 1].end, tokens[n].start).strip():
        return None  # "the report, by the way," / a clause break
    author = mention_at(info, n + 1)
    if tokens[n].lower == "by" and n + 1 < len(tokens) and tokens[n + 1].possessive:
        author = _named_officer(info, n + 2)  # "by Leith's harbour master, Ann Pike"
    elif author is None:
        return _capitalised_run(info, n + 1, gap) if tokens[n].lower != "in" else None
    if author is None or author.possessive or author.kind not in _AUTHOR_KINDS:
        return None
    if tokens[n].lower == "in" and author.kind not in ("org", "name"):
        return None  # "a statement in Parliament": where it was read, not who wrote it
    return author.entity


_AUXILIARIES = frozenset({"was", "were", "is", "are", "has", "have", "had", "been", "being"})


def _relative_participle(info: SentenceInfo, k: int, gap: Gap) -> int:
    """The token after the document noun at ``k``, or, past a relative clause set off by a
    comma (``The lawsuit, which was brought by``), its authoring participle's."""
    tokens = info.tokens
    n = k + 1
    if n + 1 >= len(tokens) or tokens[n].lower not in ("which", "that"):
        return n
    if gap(tokens[k].end, tokens[n].start).strip() != ",":
        return n
    j = n + 1
    while j < len(tokens) and tokens[j].lower in _AUXILIARIES:
        j += 1
    return j if j < len(tokens) and tokens[j].lower in AUTHORING else n


def _named_officer(info: SentenceInfo, k: int) -> Mention | None:
    """The person named right after an owner's role starting at token ``k`` (``Leith's
    harbour master, Ann Pike``): a person's mention after at most two lowercase role words."""
    for mention in info.mentions:
        if k <= mention.first <= k + 2 and mention.kind == "person" and not mention.possessive:
            if all(not token.cap for token in info.tokens[k : mention.first]):
                return mention
    return None


def _capitalised_run(info: SentenceInfo, k: int, gap: Gap) -> str | None:
    """A name the mention reader did not take (``by Harbour Watch``, ``from the University of
    Leith``): the capitalised words from ``k`` (after ``the``), joined by ``of``/``for``/``and``."""
    tokens = info.tokens
    if k < len(tokens) and tokens[k].lower == "the":
        k += 1
    end = k
    while end < len(tokens) and not gap(tokens[end - 1].end, tokens[end].start).strip(" "):
        if tokens[end].cap and not tokens[end].possessive:
            end += 1
        elif tokens[end].lower in JOINERS and end + 1 < len(tokens) and tokens[end + 1].cap:
            end += 1
        else:
            break
    if end == k or not tokens[k].cap:
        return None
    if end < len(tokens) and not tokens[end].cap and not _ends_phrase(tokens, end, gap):
        return None  # "from the Harbour committee": a modifier, not a name
    return " ".join(token.text for token in tokens[k:end])


_SAME_DOCUMENT = {"suit": "lawsuit", "statements": "statement", "letters": "letter"}
"""Nouns a later sentence uses for a document named before (``a lawsuit`` … ``the suit``)."""

_ISSUING = AUTHORING | frozenset({"in", "issue", "issues", "release", "releases", "wrote", "sent"})
"""Words before a document that make the sentence's subject its author (``X said in a
statement``, ``X issued a statement``)."""

_ARTICLES = frozenset({"a", "an", "the", "its", "their"})

_LOOK_BACK = 6
"""Sentences a definite document (``the statement said``) looks back for the one it names."""


def _document_key(word: str) -> str:
    return _SAME_DOCUMENT.get(word, word)


def earlier_author(infos: list[SentenceInfo], index: int, noun: str, gap: Gap) -> str | None:
    """The author of the document that ``the <noun>`` in sentence ``index`` refers back to:
    the nearest earlier sentence naming a document of that kind (``A lawsuit from Leith
    argues`` … ``“…,” the suit says``; ``Harbour Watch said in a statement`` … ``“…,” the
    statement said``), when that mention names its author. A ``the <noun>`` naming nobody
    refers further back (each within :data:`_LOOK_BACK` sentences of the last); an ``a <noun>``
    naming nobody is another document: None, the document stays the speaker. The author named
    with the document (``X issued the announcement from Y``: Y) comes before its issuer (X)."""
    key = _document_key(noun)
    at, floor = index - 1, index - _LOOK_BACK
    while at >= max(0, floor):
        info = infos[at]
        tokens = info.tokens
        for k in range(len(tokens) - 1, -1, -1):
            if _document_key(tokens[k].lower) != key:
                continue
            author = _compound_author(info, k)
            for i in range(max(0, k - 3), k + 1):
                author = author or document_author(info, i, k, gap)
            author = author or _issuer(info, k)  # the author named with it first
            if author is not None:
                return author
            if _determiner(tokens, k) != "the":
                return None
            floor = at - _LOOK_BACK
            break
        at -= 1
    return None


def _determiner(tokens: list[Token], k: int) -> str:
    """The article or possessive before the document noun at ``k`` (past a few modifiers)."""
    for j in range(k - 1, max(-1, k - 4), -1):
        if tokens[j].lower in _ARTICLES:
            return tokens[j].lower
        if not _modifier(tokens[j]):
            break
    return ""


def _compound_author(info: SentenceInfo, k: int) -> str | None:
    """An author written right before the document noun at ``k`` (``a Harbour Watch
    report``), else None."""
    owner = info.by_token.get(k - 1) if k else None
    if owner is None or owner.last != k or owner.possessive:
        return None
    return owner.entity if owner.kind in _AUTHOR_KINDS else None


def _issuer(info: SentenceInfo, k: int) -> str | None:
    """The sentence's subject when the document at token ``k`` is what it issued (``The board
    said in a statement``, ``The board issued a brief statement``), else None. Not after
    ``its``/``their``: whose that is the sentence does not say."""
    tokens = info.tokens
    j = k - 1
    while j >= max(0, k - 4) and (tokens[j].lower in _ARTICLES or _modifier(tokens[j])):
        j -= 1
    subject = info.main_subject
    if j < 0 or tokens[j].lower not in _ISSUING or subject is None:
        return None
    if _determiner(tokens, k) not in ("a", "an", "the"):
        return None
    if subject.last > j:
        subject = _opening_speaker(info, j, k)  # the opening's names blur the sentence's subject
        if subject is None:
            return None
    if subject.possessive or subject.kind not in _AUTHOR_KINDS:
        return None
    return subject.entity


def _opening_speaker(info: SentenceInfo, j: int, k: int) -> Mention | None:
    """``In a letter signed by …, delivered to …, the council informed …``: a document (at
    token ``k``) in the sentence's opening (``In`` its first word, token ``j``) is issued by
    the first name after it that a reporting verb follows, whatever names the opening holds."""
    tokens = info.tokens
    if j != 0 or tokens[0].lower != "in":
        return None
    for mention in info.mentions:
        if mention.first > k and mention.last < len(tokens) and not mention.possessive:
            if tokens[mention.last].lower in REPORTING_VERBS:
                return mention
    return None


def _modifier(token: Token) -> bool:
    """A short lowercase word before a document noun (``official``, ``brief``, ``new``)."""
    return token.text.isalpha() and token.text.islower() and token.lower not in _ISSUING


def source_words(tokens: list[Token], i: int, k: int) -> str:
    """A source phrase (tokens ``i`` to the source noun ``k``) as the speaker's words: ``the
    report``, ``documents``, ``Hale campaign`` (``Hale's campaign``: an owner's name keeps its
    capital, which a heading shows), ``the Pentagon``."""
    words = [token.text for token in tokens[i : k + 1]]
    if words[0].lower() in ("a", "an", "its", "their"):
        words[0] = "the"
    if tokens[k].cap and k > 0:
        return " ".join(words)
    return " ".join(
        word if j < k and tokens[j].cap and tokens[j].lower not in _ARTICLES else word.lower()
        for j, word in zip(range(i, k + 1), words, strict=True)
    )


def document_speaker(infos: list[SentenceInfo], index: int, speaker: str, gap: Gap) -> str:
    """``speaker`` as read in sentence ``index``; ``the (new) statement`` stands for the one
    named before, by its author if that names one (:func:`earlier_author`: ``Harbour Watch
    said in a statement`` … ``“…,” the statement said``)."""
    words = speaker.split()
    if len(words) < 2 or words[0] != "the" or words[-1] not in DOCUMENT_NOUNS:
        return speaker
    if any(not word.isalpha() or not word.islower() for word in words):
        return speaker  # "the Leith report": its own words name the author, or nobody
    return earlier_author(infos, index, words[-1], gap) or speaker


UNNAMED_ISSUER = "unnamed issuer"
"""What a heading says of a document whose issuer the article was not read to name."""


def document_heading(speaker: str) -> str:
    """``speaker`` as a heading of the quotes it said: a document whose author was not found
    (``the statement``) is said plainly as one (``statement (unnamed issuer)``), never shown
    as if it were a person; any other speaker as it is."""
    words = speaker.split()
    if len(words) < 2 or words[0] != "the" or words[-1] not in DOCUMENT_NOUNS:
        return speaker
    if any(not word.isalpha() or not word.islower() for word in words[1:]):
        return speaker  # "the Leith report": named by its own words
    return f"{' '.join(words[1:])} ({UNNAMED_ISSUER})"


def past_aside(
    tokens: list[Token], k: int, verbs: frozenset[str], gap: Callable[[int, int], str]
) -> int | None:
    """The verb after a relative aside set off by commas from token ``k`` (``The report,
    which the council published, says``; ``a complaint from X, whose …, argues``; people25)."""
    if not 0 < k < len(tokens) or tokens[k].lower not in ("which", "where", "whose"):
        return None
    if "," not in gap(tokens[k - 1].end, tokens[k].start):
        return None
    for n in range(k + 1, min(len(tokens), k + _ASIDE_WORDS)):
        if gap(tokens[n - 1].end, tokens[n].start).strip() == ",":
            verb = skip_adverbs(tokens, n)
            return n if verb < len(tokens) and tokens[verb].lower in verbs else None
    return None


_ASIDE_WORDS = 16
"""How many words a document's aside may run to."""


def aside_document(info: SentenceInfo, v: int, gap: Gap) -> str | None:
    """``The lawsuit, which was brought by Leith's attorney general, Tom Hale, and …, accused``:
    when the verb at token ``v`` follows the closing comma of a document's authoring aside
    (``, which was brought by …,``), the document is its subject, not the last name in the
    aside: its author (the first), else the document (people26)."""
    tokens = info.tokens
    if not 0 < v < len(tokens) or "," not in gap(tokens[v - 1].end, tokens[v].start):
        return None
    for w in range(v - 2, max(0, v - _AUTHORING_ASIDE_WORDS), -1):
        if tokens[w].lower not in ("which", "that"):
            continue
        k = w - 1
        if tokens[k].lower not in DOCUMENT_NOUNS or "," not in gap(tokens[k].end, tokens[w].start):
            return None
        if _relative_participle(info, k, gap) == k + 1:
            return None  # "The report, which the council published," (people25's aside)
        i = k - 1 if k and tokens[k - 1].lower in _ARTICLES else k
        return document_author(info, i, k, gap) or source_words(tokens, i, k)
    return None


_AUTHORING_ASIDE_WORDS = 30
"""How far back from its verb a document's authoring aside may open (two officers named)."""
