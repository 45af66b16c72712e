"""People named in a sentence: two-word personal names and the job titles written before them.

Read once per sentence with its claim (:class:`~newsdiff.core.claim.Claim` ``people``), for the
person conflicts of :mod:`newsdiff.core.disagreements`. Pure functions; no I/O.
"""

from __future__ import annotations

from functools import lru_cache

from newsdiff.core.clause_words import TITLES
from newsdiff.core.lazy_regex import lazy_compile
from newsdiff.core.reporting_verbs import TITLE_STOPPING_VERBS
from newsdiff.core.words import STOPWORDS

_NAME_TOKEN = lazy_compile(r"[^\W\d_]+(?:['’-][^\W\d_]+)*\.?")


NOT_GIVEN_NAMES = frozenset(
    "north south east west northern southern eastern western central new old great greater "
    "upper lower little grand saint st san santa fort port mount lake cape house senate white "
    "supreme state states united federal national royal republican republicans democratic "
    "democrats conservative liberal labour congress court department ministry foreign home "
    "monday tuesday wednesday thursday friday saturday sunday january february march april "
    "june july august september october november december".split()
)
"""Capitalised words that open a name run without being anyone's first name ("North Korea",
"House Republicans", "Senate Democrats")."""


_NAME_RUN = lazy_compile(
    r"(?<![\w’'.-])(?:[A-Z][^\W\d_]*(?:['’-][^\W\d_]+)*\.?\s+)+[A-Z][^\W\d_]*"
    r"(?:['’-][^\W\d_]+)*\.?(?![\w’'-])"
)
"""A run of two capitalised words or more (initials and titles included): "Rep. Linda T.
Ortiz". A lone capitalised word names no one here and is not matched: it would be passed."""


ROLE_HEADS = frozenset(
    "minister secretary adviser advisor spokesman spokeswoman spokesperson chairman chairwoman "
    "director counsel general ambassador governor mayor commissioner chief leader speaker "
    "president envoy administrator councillor councilor councilman councilwoman sheriff "
    "superintendent inspector coach captain manager officer".split()
)
"""Words that end a job title ("defense minister", "press secretary", "special counsel")."""


SPEECH_VERBS = TITLE_STOPPING_VERBS
"""Reporting verbs: a title never runs back past one (``reporting_verbs.TITLE_STOPPING_VERBS``)."""


_ROLE_BEFORE = lazy_compile(r"(?<!\S)((?:[A-Za-z][a-z-]*\.?\s+){1,4})$")


Person = tuple[str, str, int, int, tuple[str, ...]]
"""A personal name as :func:`_people` reads it: first name, surname (folded), its span, and
the job title written before it (folded words; empty when none)."""


@lru_cache(maxsize=16384)
def people(text: str) -> tuple[Person, ...]:
    """Two-word personal names with the title before them: "Rep. Linda Ruiz" gives
    ``("linda", "ruiz", …, ("rep",))``, "national security adviser Tom Hale" ``("tom", "hale",
    …, ("national", "security", "adviser"))``; a middle initial may stand between."""
    from newsdiff.core.claim import fold  # the claim reads people: imported when first used

    found: list[Person] = []
    for run in _NAME_RUN.finditer(text):
        words = [(m.group(0).rstrip("."), m.start()) for m in _NAME_TOKEN.finditer(run.group(0))]
        if len(words) >= 3 and len(words[-2][0]) == 1:
            words = [*words[:-3], words[-3], words[-1]]  # a middle initial
        if len(words) < 2:
            continue
        prefix = [fold(w) for w, _ in words[:-2]]
        if prefix and prefix[-1] not in TITLES | ROLE_HEADS:
            continue  # "Wall Street Journal": not a title and a name
        first = fold(words[-2][0])
        last = fold(words[-1][0]).removesuffix("'s").removesuffix("’s")
        if first in NOT_GIVEN_NAMES or first in STOPWORDS or first in TITLES:
            continue
        if len(first) < 2 or len(last) < 2:
            continue
        role = tuple(prefix)
        if not role:
            role = _role_before(text[: run.start()])
        start = run.start() + words[-2][1]
        end = run.start() + words[-1][1] + len(words[-1][0])
        found.append((first, last, start, end, role))
    return tuple(found)


def _role_before(head: str) -> tuple[str, ...]:
    """The lower-case job title right before a name ("… said national security adviser")."""
    from newsdiff.core.claim import fold

    match = _ROLE_BEFORE.search(head)
    if match is None:
        return ()
    words = [fold(w.rstrip(".")) for w in match.group(1).split()]
    if not words or words[-1] not in ROLE_HEADS | TITLES:
        return ()
    role: list[str] = []
    for word in reversed(words):
        if word in STOPWORDS or word in SPEECH_VERBS:
            break
        role.insert(0, word)
    return tuple(role)


_SHORT_FORMS = (
    "william bill billy will|robert bob bobby rob|richard dick rick rich|james jim jimmy jamie|"
    "charles chuck charlie|michael mike mick|john jack johnny|edward ed ted eddie ned|"
    "theodore ted teddy|elizabeth liz beth betsy betty lisa|margaret peggy maggie meg|"
    "katherine kathy kate katie|catherine cathy kate|anthony tony|gerald jerry|henry harry hank|"
    "thomas tom tommy|joseph joe joey|jeffrey jeff|jefferson jeff|stephen steve|steven steve|"
    "lawrence larry|patrick pat|patricia pat patty trish|susan sue suzy|rebecca becky|"
    "deborah debbie deb|jennifer jen jenny|christopher chris|nicholas nick|daniel dan danny|"
    "david dave|benjamin ben|samuel sam|alexander alex|andrew andy drew|matthew matt|"
    "gregory greg|kenneth ken|ronald ron|donald don|timothy tim|mitchell mitch|"
    "frederick fred|alfred al|albert al|douglas doug|leonard len lenny|raymond ray|"
    "eugene gene|vincent vince|victoria vicky|barbara barb|dorothy dot|"
    "frances fran|francis frank|franklin frank|nancy nan|robin rob|newton newt"
)
"""Given names and their short forms ("Jim" / "James", "Chuck" / "Charles"): outlets differ in
which they print (one paper's style is the formal name with a middle initial)."""


_FORMAL: dict[str, frozenset[str]] = {}
for _group in _SHORT_FORMS.split("|"):
    _formal, *_shorts = _group.split()
    for _name in (_formal, *_shorts):
        _FORMAL[_name] = _FORMAL.get(_name, frozenset()) | {_formal}


def same_given_name(a: str, b: str) -> bool:
    """One given name written two ways: equal, one a form of the other ("Tim" / "Timothy",
    "Pueblo" / "Pueblos"), a misspelling ("Vincente" / "Vicente"), or a short form ("Jim" /
    "James")."""
    if a == b or a.startswith(b) or b.startswith(a):
        return True
    if _misspelt(a, b):
        return True
    return bool(_FORMAL.get(a, frozenset({a})) & _FORMAL.get(b, frozenset({b})))


def _misspelt(a: str, b: str) -> bool:
    """One name spelt two ways: a letter added, dropped or changed ("Vincente" / "Vicente",
    "Jon" / "John"), in names of four letters or more (two for seven or more)."""
    from rapidfuzz.distance import Levenshtein  # imported when two given names differ

    shorter = min(len(a), len(b))
    if shorter < 4:
        return False
    return Levenshtein.distance(a, b, score_cutoff=2) <= (2 if shorter >= 7 else 1)
