"""Word lists for speaker attribution: titles, roles, first names (countries and their capitals
live in ``places`` and are re-exported here; reporting verbs in ``reporting_verbs``).

General newsroom vocabulary, not taken from any particular article.
"""

from __future__ import annotations

import re

from newsdiff.core.places import ADJECTIVES as ADJECTIVES
from newsdiff.core.places import BODY_NOUNS as BODY_NOUNS
from newsdiff.core.places import COUNTRIES as COUNTRIES
from newsdiff.core.places import PLACES as PLACES
from newsdiff.core.places import government_of as government_of
from newsdiff.core.reporting_verbs import PLURAL_REPORTING, STRONG_REPORTING

PARTY_TAG = re.compile(r"[RDI]-[A-Z]")
"""A party and state after a name ("R-S.C.", "D-Vt.", "R-Texas"): never a name of its own,
and its full stop is its own."""

COMPANY_ENDINGS = frozenset("holdings inc ltd plc llc corp corporation group company co".split())
"""Words that close a company's name ("Acme Holdings"): after an office's ``and`` they begin
a second body ("the Ministry of Defence and Acme Holdings")."""

BODY_HEADS = frozenset("ministry department bureau agency office commission".split())
"""Words that open an office's name: after ``and`` a second office ("Ministry of Defence and
Ministry of Finance")."""

SOURCE_NOUNS = frozenset(
    """
    report statement study survey poll lawsuit suit complaint indictment memo memorandum filing
    statements reports letters emails group
    ruling order letter document documents analysis review audit release announcement post
    tweet newspaper paper website editorial prosecutors police investigators officials
    authorities lawyers attorneys critics supporters opponents researchers scientists experts
    analysts organizers protesters residents witnesses aides sources agency company campaign
    ministry department court committee board union
    economists lawmakers legislators activists advocates observers diplomats historians
    commentators forecasters demonstrators organisers farmers workers employees
    doctors teachers parents students neighbors neighbours
    """.split()
)
"""Common nouns for a document or group that can be a quotation's source ("the report said")."""

SPEECH_NOUNS = frozenset(
    """
    claim claims remark remarks words comment comments statement statements assertion assertions
    description warning warnings promise pledge insistence suggestion argument view views
    message response reply answer verdict reaction assessment advice letter email opinion
    apology apologies
    """.split()
)
"""Nouns whose possessor is the speaker when a quotation follows ("Trump's claim that he …")."""

ATTRIBUTION_ADVERBS = frozenset(
    """
    also later then once further quickly has had have would will again previously earlier
    reportedly recently repeatedly simply flatly bluntly firmly separately
    """.split()
)

TITLE_WORDS = frozenset(
    """
    president vice secretary state of minister prime foreign external affairs defense defence
    army chief field marshal general gen gen. senator sen sen. representative rep rep. governor
    gov gov. mayor mr mr. mrs mrs. ms ms. dr dr. prof prof. professor judge justice ambassador
    spokesman spokeswoman spokesperson chancellor king queen prince princess pope speaker leader
    chairman chairwoman chair ceo director commissioner attorney treasury commerce homeland
    security interior home finance deputy assistant under acting former senior lt lt. col col.
    adm adm. admiral colonel captain capt capt. sgt sgt. major maj maj. staff house majority
    minority democratic republican sheikh emir premier president-elect congressman
    congresswoman councilman councilwoman councillor envoy special adviser advisor national
    trade energy health education justice labor labour transport agriculture information
    chief-of-staff the lord lady sir dame rev rev. reverend father bishop cardinal prosecutor
    sheriff coach principal superintendent administrator det det. insp insp. supt supt. dci
    dcs pc pcso del. delegate mp msp mep mla mpp
    """.split()
)
"""Words stripped from the front of a name: titles, roles, offices ("US Secretary of State");
members of a parliament by their letters (``Labour MP X``, ``SNP MSP X``)."""

PARTY_MEMBERS = frozenset({"republican", "democrat"})
"""Words for a lawmaker's party (``Tom Hale, Republican of Leith``): no name of their own, and
the state after them is none either."""

LETTER_TITLES = frozenset({"mp", "msp", "mep", "mla", "mpp"})
"""Titles written as letters, which also open companies' names (``MP Materials``): a title
only before a full name (two words or more, none an organisation's)."""

OFFICE_WORDS = frozenset(
    """
    state foreign external affairs defense defence treasury commerce homeland security interior
    home finance trade energy health education transport agriculture information national
    """.split()
)
"""Title words that name an office's field, not a person's rank (``Homeland Security
Secretary``): before a name they need a title head, and without one they begin an office's
own name (``Homeland Security Investigations``, ``National Enquirer``). Not "Labour": a party
before a person's name as often as an office's field."""

ROLE_PREFIXES = (
    TITLE_WORDS
    | frozenset(
        """
        coach principal superintendent manager analyst economist executive officer founder
        co-founder detective inspector sergeant lieutenant commander constable trooper dean
        provost rabbi imam pastor editor columnist correspondent lawmaker whip witness
        eyewitness resident neighbour neighbor campaigner activist shopkeeper passenger
        singer guitarist drummer bassist songwriter rapper musician actor actress producer
        author writer novelist poet artist painter photographer filmmaker composer conductor
        chef lawyer teacher researcher scientist historian strategist pollster consultant
        entrepreneur investor designer architect engineer nurse surgeon physician pharmacist
        farmer rancher priest player striker midfielder defender goalkeeper quarterback pitcher
        trainer jockey pilot firefighter veteran student administrator agent
        """.split()
    )
) - frozenset(
    {
        "of",
        "the",
        "state",
        "house",
        "staff",
        "national",
        "special",
        "home",
        "trade",
        "energy",
        "health",
        "education",
        "information",
        "lord",
        "lady",
        "major",
        "general",
        "under",
        "acting",
        "former",
        "senior",
        "majority",
        "minority",
        "democratic",
        "republican",
        "security",
        "interior",
        "finance",
        "commerce",
        "treasury",
        "homeland",
        "foreign",
        "external",
        "affairs",
        "defense",
        "defence",
        "army",
        "justice",
        "labor",
        "labour",
        "transport",
        "agriculture",
        "prime",
        "vice",
        "deputy",
        "assistant",
    }
)
"""Role words after which, inside a capitalized run, a person's name begins."""

ROLE_WORDS = frozenset(
    """
    president senator secretary minister governor mayor spokesman spokeswoman spokesperson
    congressman congresswoman representative chancellor ambassador general judge justice speaker
    chairman chairwoman envoy premier king queen prince princess pope commissioner director
    prosecutor sheriff admiral colonel captain leader
    """.split()
)
"""Roles that can stand for a person named earlier ("Senator Ridge" … "the senator said")."""

HONORIFICS_FEMALE = frozenset({"mrs", "mrs.", "ms", "ms.", "queen", "princess", "lady", "dame"})
HONORIFICS_MALE = frozenset({"mr", "mr.", "king", "prince", "lord", "sir", "father"})

NOT_NAME_WORDS = frozenset(
    """
    summit prize force one department ministry university party council court bank street office
    agency commission union news times post journal company inc group committee airlines
    airport conference forum assembly parliament congress senate navy airforce museum hospital
    school college institute foundation association organization organisation corporation
    corp ltd bureau station river sea ocean mountain island islands province region county
    district city war act bill treaty accord agreement day week month road avenue square
    palace hall center centre tower building program programme project fund report index
    council board authority service services initiative alliance coalition movement league
    cup games olympics festival award awards north south east west northern southern eastern
    western central middle asian asia europe african africa america american americas
    capitol stadium arena plaza heights water securities airways motors holdings partners
    technologies systems labs pharmaceuticals electric railways mining petroleum insurance
    plc llc telecom brands entertainment studios caucus federation society network club
    church campaign administration enforcement protection representatives delegates deputies
    commons
    """.split()
)
"""Capitalized words that make a run a place, an organization or an event rather than a person."""

SENTENCE_START_WORDS = frozenset(
    """
    the a an this that these those it its he she they we i you his her their our my your
    while as but and or so yet however meanwhile in on at for after before with without from
    by to of if when where whether although though because since despite during following
    amid among instead still also even just only then now today yesterday earlier later
    separately ironically further furthermore moreover additionally nevertheless nonetheless
    indeed instead some many most several few all both each every no not there here what which
    who whom whose how why asked speaking adding defending citing according until unless once
    over under about above across against along around behind below beneath beside between
    beyond into near through toward towards upon within last next first second third new
    one two three four five six seven eight nine ten
    has have had is was are were did does do would could should shall must can plus said says
    unlike like besides alongside except
    """.split()
)
"""Capitalized only because they start a sentence: never the first word of a name."""

PREPOSITIONS = frozenset(
    """
    to with of for by from as on at about between alongside against among after before toward
    towards into over under than like including via despite during within without through
    regarding around upon across behind beyond near in accompanying met meet meeting nominated
    nominating praised praising thanked called urged invited visited hosted joined
    """.split()
)
"""Words after which a name is an object, not the one speaking."""

INSTITUTION_FOLLOWERS = frozenset(
    """
    administration government campaign team aides officials family organization organisation era
    supporters allies camp white ministry spokesman spokeswoman spokesperson office
    """.split()
)
"""Words after a name that make it a modifier ("the Trump administration")."""

PRONOUNS = {"he": "m", "she": "f"}

ORG_NOUNS = frozenset(
    """
    company firm chipmaker carmaker automaker retailer airline regulator insurer lender
    manufacturer startup conglomerate supplier utility broadcaster publisher club watchdog
    ministry department agency
    """.split()
)
"""Nouns that, after "the", stand for an organization named before ("the company said")."""

DATE_WORDS = frozenset(
    """
    monday tuesday wednesday thursday friday saturday sunday january february april june july
    september october november december
    """.split()
)
"""Capitalized calendar words that are never an organization."""


KIN_GENDER: dict[str, str] = {
    **dict.fromkeys(
        "father husband son brother uncle grandfather grandson nephew boyfriend".split(), "m"
    ),
    **dict.fromkeys(
        "mother wife daughter sister aunt grandmother granddaughter niece girlfriend".split(), "f"
    ),
}
"""Kinship words right before a name that tell its gender ("her father, Henry Voss")."""

ROLE_GENDER: dict[str, str] = {
    **dict.fromkeys(
        """
        chairwoman congresswoman councilwoman assemblywoman spokeswoman businesswoman
        anchorwoman actress duchess countess baroness
        """.split(),
        "f",
    ),
    **dict.fromkeys(
        "congressman councilman assemblyman businessman anchorman duke baron".split(),
        "m",
    ),
}
"""Job titles that tell the gender of the person they name ("Chairwoman Ana Voss", "the
spokeswoman, Jo Reyes"); "chairman" and "spokesman" are left out (also said of women)."""


DEMONYMS = frozenset(
    """
    spaniard frenchman frenchwoman englishman englishwoman scot scotsman welshman irishman
    dane swede finn pole turk briton dutchman norwegian argentine argentinian brazilian
    portuguese italian german american australian canadian nigerian ghanaian senegalese
    japanese korean mexican colombian uruguayan chilean belgian croat serb swiss austrian
    """.split()
)
"""Nouns for a person's nationality that stand for them ("the Spaniard said")."""

EPITHETS = frozenset(
    """
    striker midfielder defender goalkeeper winger forward playmaker captain veteran rookie
    quarterback pitcher batter bowler batsman sprinter champion teenager youngster
    """.split()
)
"""Nouns that stand for a person named just before ("the striker said")."""


FEMALE_FIRST_NAMES = frozenset(
    """
    mary patricia jennifer linda elizabeth barbara susan jessica sarah karen nancy lisa betty
    margaret sandra ashley kimberly emily donna michelle dorothy carol amanda melissa deborah
    stephanie rebecca sharon laura cynthia kathleen amy angela shirley anna brenda pamela emma
    nicole helen samantha katherine christine debra rachel carolyn janet catherine maria heather
    diane ruth julie olivia joyce virginia victoria lauren christina joan evelyn judith
    megan andrea cheryl hannah jacqueline martha gloria teresa ann sara madison frances kathryn
    janice abigail alice judy sophia grace denise amber doris marilyn danielle beverly
    isabella theresa diana natalie brittany charlotte marie alexis lori hillary hilary
    melania melanie ivanka chelsea nikki kellyanne condoleezza nancy elena sonia ruth michele
    kamala kirsten tammy tulsi elise jeanne claire sophie chloe lucy ellie jane eleanor harriet
    theresa angela ursula christine giorgia jacinda liz priti suella yvette rosa carmen
    ana lucia sofia isabel gabriela fernanda valentina camila daniela paula monica veronica
    erin megyn katie kate susie wendy heidi tina gina lena nina irene vera olga natalia
    """.split()
)
"""Common women's first names: "she" may refer to a person so named."""

MALE_FIRST_NAMES = frozenset(
    """
    james robert john michael william david richard joseph thomas charles christopher daniel
    matthew anthony mark donald steven paul andrew joshua kenneth kevin brian george timothy
    ronald edward jason jeffrey ryan jacob gary nicholas eric jonathan stephen larry justin
    scott brandon benjamin samuel gregory alexander frank patrick raymond jack dennis jerry
    tyler aaron jose adam nathan henry douglas zachary peter kyle ethan walter noah jeremy
    christian keith roger gerald harold sean austin carl arthur lawrence dylan
    bryan billy joe bruce gabriel logan albert willie alan juan wayne elijah randy roy
    vincent ralph eugene russell bobby mason philip louis barack bernie mitt mike mitch chuck
    ted marco rand jeb newt rudy reince sean jared eric hunter joe boris keir rishi emmanuel
    vladimir xi narendra recep benjamin volodymyr olaf justin tony gordon nigel jeremy nick
    luis carlos jorge miguel pedro antonio manuel francisco javier diego andres pablo sergio
    tim tom bill jim bob dan dave steve rick ron ken greg matt jon ben fred charlie sam max
    pete andy phil chris alex
    """.split()
)
"""Common men's first names: "he" may refer to a person so named."""


GROUP_REPORTING = STRONG_REPORTING | PLURAL_REPORTING
"""A plural group's reporting verbs ("critics said", "critics say", "economists warn")."""

NAME_TITLES = TITLE_WORDS | frozenset(COUNTRIES) | {role + "s" for role in ROLE_WORDS}
"""Words a run may open with before a name that are no part of it: titles, countries, and a
role in the plural before a list of names ("Senators Tom Hale and Ann Pike")."""
