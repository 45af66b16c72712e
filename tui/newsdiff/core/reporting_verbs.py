"""Reporting verbs ("said", "told", "wrote"): the one place every reader of attributions takes
them from.

The readers need different sets, and each set below says which reader uses it and why it is
not simply the widest one: a verb in the wrong set changes what that reader does (a longer list
of "-s" forms breaks titles such as "United States"; an evaluative verb before a name makes the
name its object, not its speaker). General newsroom vocabulary, not taken from any article.
"""

from __future__ import annotations

EVALUATIVE_VERBS = frozenset(
    """
    attacked slammed blasted mocked ridiculed derided criticized criticised lambasted ripped
    defended invoked echoed repeated quoted likened compared attacking slamming blasting
    mocking ridiculing deriding criticizing criticising lambasting ripping defending
    """.split()
)
"""Verbs that take a quoted phrase as what someone said ("X attacked “the hateful …”"); the
name after one is its object, never its subject."""

STRONG_REPORTING = frozenset(
    """
    said says added adds told tells stated noted explained remarked argued insisted continued
    wrote declared asked replied responded recalled warned claimed clarified emphasized
    emphasised stressed concluded acknowledged admitted announced observed posted tweeted
    conceded cautioned countered maintained agreed suggested predicted promised vowed quipped
    joked reiterated affirmed asserted underscored confirmed
    interjected blurted grumbled snapped retorted testified pleaded scoffed fumed sighed
    texted emailed recounted contended alleged opined protested objected exclaimed yelled
    screamed whispered muttered answered reasoned speculated elaborated griped chimed
    chanted writes tweets explains asks notes shouted continues concludes predicts warns
    argues insists admits acknowledges responds recounts suggests observes declares concedes
    """.split()
)
"""Verbs that attribute a quotation standing next to them ("…,” X said / said X). Finite
forms only: a participle ("adding") or a naming verb ("called") beside a quotation does not
make the name next to it its speaker."""

PLURAL_REPORTING = frozenset(
    verb[:-1] for verb in STRONG_REPORTING if verb.endswith("s") and not verb.endswith("ss")
)
"""The plural present of the strong verbs ("critics say", "economists warn"): a plural
group's own reporting verb, read only after a plural subject (``attribution_phrases``)."""

REPORTING_VERBS = (
    frozenset(
        """
    said says say ask tell saying added adds adding told tells telling stated states noted
    notes noting explained explains remarked remarks argued argues arguing insisted insists
    insisting continued wrote writes declared declares asked asks replied replies responded responds
    recalled warned warns warning claimed claims claiming clarified clarifies emphasized
    emphasised emphasizes emphasises stressed stresses stressing concluded acknowledged
    acknowledges admitted admits announced announces observed observes posted tweeted conceded
    cautioned countered maintained maintains agreed suggested suggests predicted promised
    promises vowed vows quipped joked reiterated reiterates affirmed asserted asserts assured
    underscored underscores highlighted described describes describing called calls calling
    termed terms dubbed referred referring refers labeled labelled branded characterized
    characterised hailed hailing hails praised praising praises denounced denouncing condemned
    condemning dismissed dismissing denied denies denying urged urges pledged pledges
    complained complains mused wondered demanded demands boasted boasts touted touting
    thundered shouted lamented announced confirmed confirms cited citing accused accusing
    signaled signalled signaling signalling demurred reported reports found finds estimated
    estimates showed shows
    interjected blurted grumbled snapped retorted testified pleaded scoffed fumed sighed
    texted emailed recounted contended alleged opined protested objected exclaimed yelled
    screamed whispered muttered answered reasoned speculated elaborated griped chimed
    asking chanted chanting chants informed informing stating explaining recalling declaring
    announcing confirming replying responding answering writing tweeting posting shouting
    yelling testifying pleading joking quipping boasting predicting promising vowing
    conceding acknowledging admitting cautioning suggesting observing remarking reiterating
    writes tweets explains asserting
    """.split()
    )
    | EVALUATIVE_VERBS
    | STRONG_REPORTING
)
"""Every form that introduces or follows reported speech, for the quote reader's attribution
phrases and cues (also fragments: "termed it …")."""

SPEAKING_ACTIVITY = frozenset(
    {"talked", "talks", "spoke", "speaks", "ranted", "rants", "railed", "rails", "riffed"}
    | {"harped", "mused", "rambled", "raved", "lectured", "preached", "joked", "bragged"}
)
"""Verbs of speaking that are no reporting verb (``railed against``; also ``went on about``):
a quotation inside a clause they head is its subject's words (``quote_clauses``)."""

GOING_ON = frozenset({"went", "goes", "going"})
"""The verb of "went on about" / "goes on": speaking when "on" follows."""

SPEAKING_TOPIC_WORDS = frozenset({"about", "against", "of", "on", "over"})
"""Prepositions after a verb of speaking that lead to what was said (``railed against``,
``went on about``, ``spoke of``); not ``to``/``with`` (who was spoken to)."""

COMMON_FINITE = frozenset(
    "said says say told tells wrote writes tweeted tweets announced announces claimed claims "
    "insisted insists argued argues added adds stated states declared declares warned warns "
    "replied replies asked asks".split()
)
"""The commonest finite reporting verbs: the claim check (``claim``, ``claim_speakers``) reads a
sentence's own attribution only by these, since it reads single sentences without the quote
reader's context and a rarer verb ("noted", "recalled") is more often part of what is said."""

TITLE_STOPPING_VERBS = COMMON_FINITE - frozenset(
    "tweets announces claims insists argues adds states declares warns replies asks".split()
)
"""Verbs a job title never runs back past ("said press secretary Tom Hale", ``people``,
``job_titles``). The present "-s" forms other than says/tells/writes are left out: as plural
nouns they are written inside titles and office names ("Secretary of State for Foreign
Affairs", "United States", "Claims Court")."""

SEGMENT_ATTRIBUTION_VERBS = frozenset(
    """
    said says asked asks told tells added adds replied replies wrote writes stated states noted
    notes explained explains remarked remarks continued continues insisted insists argued
    argues claimed claims recalled recalls shouted shouts responded responds declared declares
    warned warns quipped tweeted posted clarified clarifies stressed stresses emphasized
    emphasised observed conceded acknowledged admitted announced wondered cried yelled pleaded
    demanded countered concluded sighed laughed joked
    """.split()
)
"""Verbs the sentence splitter (``abbreviations``, ``segment``) keeps with the quotation before
them ("…?” Rubio asked."): lowercase words right after a closing mark, so manner verbs of
speaking ("cried", "laughed") count, and naming verbs ("called", "termed") do not, as those
open a sentence of their own."""

REPORTING_PARTICIPLES = frozenset(
    "saying adding noting telling arguing claiming insisting warning writing asking".split()
)
"""Reporting participles (the claim check): what follows them is what was said."""

ADDRESSING_VERBS = frozenset("told tells asked asks".split())
"""Reporting verbs whose object is who is addressed ("told Harbour Radio"), never who speaks
(``claim_speakers``, ``speaking_names``); ``asked`` takes an inverted speaker only after a
quotation (``"…?" asked Tom Hale``)."""

LISTENER_VERBS = frozenset({"told", "tell", "tells", "telling", "informed", "informs", "informing"})
"""Reporting verbs whose following name is who was told, never who spoke (``subjects``: every
form of "tell" and "inform", since the name after the verb is read whatever its tense, and not
"asked", whose name may be an inverted speaker)."""

CLAUSE_REPORTING_BASES = tuple(
    "say tell announce claim insist argue add state declare warn reply ask suggest believe "
    "think write tweet note explain admit acknowledge report vow predict estimate post "
    "reveal contend maintain stress confirm deny charge complain promise recall "
    "testify clarify expect hope assert".split()
)
"""Base forms of the verbs whose object is a reported clause (``X said (that) …``), for the
clause reader (``clause_words`` stems them); verbs of belief ("think", "expect") count, since
what the claim check wants is the clause behind them, not who spoke."""

DIRECT_REPORTING_BASES = tuple(
    "say tell claim insist argue add state write tweet note explain admit contend "
    "maintain stress predict warn believe think expect hope".split()
)
"""Base forms that a reported clause may follow without "that" ("said he would", "thinks Moore
will"); the others ("revealed new intelligence") take an object."""

TELLING_BASES = tuple("tell assure remind inform warn".split())
"""Base forms with a person as object before the clause ("told reporters he …")."""

DOCUMENT_VERBS = frozenset(
    """
    found finds find show shows showed shown concluded concludes concluding revealed reveals
    states stated reads estimated estimates noted notes warned warns
    """.split()
)
"""Verbs by which a document says what it says ("a study found", "documents show"), besides
the reporting verbs; only a document subject makes them attribute (``document_authors``)."""

DATED_TELLING_VERBS = frozenset(
    "said says say saying told tells tell announced announces announce stated states declared "
    "declares added adds wrote writes tweeted tweets noted notes explained explains insisted "
    "insists claimed claims argued argues warned warns revealed reveals stressed stresses "
    "clarified clarifies replied replies commented comments disclosed discloses posted "
    "posts".split()
)
"""Reporting verb forms whose date is the day of the telling (``telling_dates``: "said on
Wednesday"); verbs that also name an act ("confirmed", "denied") are the next set."""

DATED_TELLING_THAT_VERBS = frozenset(
    "confirmed confirms reported reports denied denies admitted admits acknowledged "
    "acknowledges".split()
)
"""Reporting verbs that also name an act: their date is the telling's only before *that*."""


HEADLINE_JUDGING_VERBS = frozenset(
    """
    slams blasts mocks ridicules derides criticizes criticises lambasts rips attacks decries
    condemns dismisses labels brands dubs blames accuses touts
    """.split()
)
"""Present-tense verbs by which a headline's subject judges with a quoted term ("Pike Slams
'Reckless' Plan") besides the reporting verbs."""

HEADLINE_TERM_VERBS = (
    frozenset(verb for verb in REPORTING_VERBS if verb.endswith("s")) | HEADLINE_JUDGING_VERBS
)
"""Present-tense verbs by which a headline's subject says or judges with a quoted term
("Pike Slams 'Reckless' Plan", "Mayor Calls Cuts 'Cruel'"); after any other verb ("Hale
Defends 'Reckless' Plan") the term is someone else's or the headline writer's
(``headline_subjects``)."""

HEADLINE_NAME_STOPS = HEADLINE_TERM_VERBS - frozenset(
    """
    states notes terms remarks reports finds shows estimates claims demands promises pledges
    vows chants tweets labels brands answers
    """.split()
)
"""Capitalised verbs that end a name in a title-case headline ("Hale Slams 'Reckless' Plan",
``article_names``): the headline forms minus those also written as plural nouns inside names
("United States", "Claims Court", "Acme Brands", "Foreign Affairs")."""

QUESTION_VERBS = frozenset({"asks", "asked", "reads", "read", "goes", "went"})
"""A question's own verbs, what it asks and how it reads (``“…?” reads one question``,
``one question asks``; ``question_lists``)."""
