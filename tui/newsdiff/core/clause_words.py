"""The words the clause reader knows: auxiliaries, irregular verbs, reporting verbs, titles.

Short closed lists of English function words and common news verbs; see
:mod:`newsdiff.core.clauses` for how they are used.
"""

from __future__ import annotations

from newsdiff.core.reporting_verbs import (
    CLAUSE_REPORTING_BASES,
    DIRECT_REPORTING_BASES,
    TELLING_BASES,
)
from newsdiff.core.words import stem

DASHES = frozenset({"—", "–", "―", "--"})

QUOTES = frozenset({'"', "“", "”", "‘", "’"})

OPENERS = frozenset(
    "and but or nor however meanwhile also still so yet then plus instead now separately "
    "unilaterally indeed soon again finally first second third perhaps maybe nevertheless "
    "nonetheless otherwise therefore thus hence moreover furthermore besides overall "
    "likewise".split()
)
"""Words that open a sentence before its subject ("But", "Perhaps")."""

SUBORDINATORS = frozenset("if although though because unless whereas once".split())
"""Words opening a subordinate clause that may come before the subject, up to its comma."""

QUESTION_WORDS = frozenset("when where why how".split())
"""Question words that open a question with the auxiliary before the subject ("When did …")."""

NUMBER_WORDS = frozenset(
    "one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen "
    "sixteen seventeen eighteen nineteen twenty thirty forty fifty sixty seventy eighty ninety "
    "hundred hundreds thousand thousands million millions billion billions trillion trillions "
    "dozen dozens scores tens".split()
)
"""Number words, which open a sentence capitalised but never name anyone ("Fifteen were …")."""

PLAIN_PRESENT = frozenset(
    "remain want seem appear continue expect believe think know say see agree oppose worry "
    "insist".split()
)
"""Common verbs in the plain present that are seldom nouns, read as the verb after a plural
subject ("investigators remain", "Democrats want"); words that are also nouns ("plan",
"support", "fear") are left out: "the workers' plan" loses its apostrophe to the reader."""

TIME_ENDS = frozenset("ago date far now time day days".split())
"""Words that end a fronted time phrase besides the time words ("Two weeks ago,", "To date,")."""

INTRODUCERS = frozenset(
    "in on during after before at while as outside inside when earlier later since despite "
    "ahead under with for by from until amid following according upon over throughout "
    "without unlike like through".split()
)

DETERMINERS = frozenset(
    "the a an this that these those his her its their our my your some many most all several "
    "both each every no another other any such few".split()
)

PREPOSITIONS = frozenset("of in on at to for from with by about against over under near".split())

QUANTITIES = frozenset(
    "hundreds thousands millions dozens dozen tens number numbers group groups members "
    "majority most many some several all each one two three four five none half billions "
    "trillions scores".split()
)

PRONOUNS = frozenset("he she they it we i you there who one".split())

NOT_SUBJECTS = frozenset("what which whose whom why how whether if".split())

TITLES = frozenset(
    "sen rep mr mrs ms dr gov gen lt col sgt president vice senator representative secretary "
    "attorney general prime minister judge justice former chairman chairwoman speaker leader "
    "governor mayor chief first lady republican democrat democratic independent gop jr sr "
    "director commissioner spokesman spokeswoman agent patrol press deputy acting "
    "ambassador u.s ii iii".split()
)

AUXILIARIES = frozenset(
    "is are was were be been being am has have had having do does did will would shall should "
    "can could may might must 's 've 'd 're 'll 'm".split()
)

NEGATORS = frozenset("not n't never no longer".split())

VERB_ADVERBS = frozenset(
    "also then still already just now only even again yet ever reportedly allegedly "
    "previously later earlier first once further always initially long often never "
    "sometimes usually rarely seldom".split()
)

TIME_WORDS = frozenset(
    "monday tuesday wednesday thursday friday saturday sunday today yesterday tonight "
    "morning afternoon evening night week month year weekend".split()
)

TIME_LEADS = frozenset("on this last next late early earlier".split())

IRREGULAR = dict(
    pair.split(":")
    for pair in (
        "said:say says:say told:tell tells:tell met:meet meets:meet went:go goes:go gone:go "
        "took:take taken:take takes:take made:make makes:make gave:give given:give gives:give "
        "came:come comes:come won:win wins:win lost:lose loses:lose held:hold holds:hold "
        "left:leave leaves:leave kept:keep keeps:keep got:get gets:get found:find finds:find "
        "thought:think thinks:think knew:know known:know knows:know saw:see seen:see sees:see "
        "began:begin begun:begin begins:begin brought:bring brings:bring bought:buy sent:send "
        "sends:send spent:spend spoke:speak spoken:speak speaks:speak wrote:write written:write "
        "writes:write ran:run runs:run led:lead leads:lead paid:pay pays:pay sought:seek "
        "seeks:seek stood:stand stands:stand fell:fall fallen:fall falls:fall rose:rise "
        "risen:rise rises:rise chose:choose chosen:choose hit:hit hits:hit "
        "shut:shut quit:quit beat:beat put:put puts:put "
        "set:set sets:set cut:cut cuts:cut felt:feel feels:feel heard:hear hears:hear "
        "became:become becomes:become struck:strike shot:shoot drew:draw drawn:draw broke:break "
        "broken:break wants:want calls:call marks:mark remains:remain looks:look seems:seem "
        "plans:plan needs:need urges:urge vows:vow warns:warn claims:claim admits:admit "
        "denies:deny insists:insist argues:argue adds:add explains:explain believes:believe "
        "shows:show suggests:suggest offers:offer includes:include faces:face expects:expect "
        "praises:praise opposes:oppose supports:support agrees:agree asks:ask announces:announce "
        "confirms:confirm reports:report tweets:tweet threatens:threaten accuses:accuse "
        "defends:defend stems:stem reflects:reflect appears:appear lets:let let:let"
    ).split()
)
"""Verb forms that the ``-ed`` rule cannot read, mapped to the base form."""

ED_NOT_VERBS = frozenset(
    "red bed need speed seed feed hundred bred shed led embed creed breed greed indeed deed "
    "weed reed heed "
    "tweed sacred naked wicked rugged ragged kindred".split()
)


SPEECH = frozenset(stem(w) for w in CLAUSE_REPORTING_BASES)

DIRECT = frozenset(stem(w) for w in DIRECT_REPORTING_BASES)
"""Reporting verbs that a clause may follow without "that" ("said he would", "thinks Moore
will"); the others ("revealed new intelligence") take an object."""
"""Verbs whose object is a reported clause (``X said (that) …``): what the sentence claims is
that clause."""

AUXILIARY_BASE = {
    **dict.fromkeys("is are was were be been being am 's 're 'm".split(), "be"),
    **dict.fromkeys("has have had having 've 'd".split(), "have"),
    **dict.fromkeys("do does did".split(), "do"),
}
"""An auxiliary that is the main verb itself ("Pelosi is a supporter", "Iran must never have
nuclear weapons")."""

MODALS = frozenset("will would shall should can could may might must 'll".split())

CONTRACTED = {"wo": "will", "ca": "can", "sha": "shall", "ai": "is"}

ABBREVIATIONS = frozenset(
    "mr mrs ms dr sen rep gov gen lt col sgt capt cmdr adm jr sr st mt ft prof rev supt "
    "insp det cllr no vs inc co corp ltd".split()
)

RELATIVES = frozenset("where which who when whose".split())

OBJECT_PRONOUNS = frozenset("me him her us them you reporters".split())

LIGHT = frozenset({"be", "have", "do"})

TELL = frozenset(stem(w) for w in TELLING_BASES)
"""Reporting verbs with a person as object before the clause ("told reporters he …")."""

BE_FORMS = frozenset("is are was were be been being am 's 're".split())
"""An auxiliary after which a participle is passive ("is known for", "was told")."""
