"""Word lists the sentence splitter consults: abbreviations, sentence starters, small words.

These are general English and newswire conventions (AP and Reuters style), not words taken from
any particular article.
"""

from __future__ import annotations

from newsdiff.core.reporting_verbs import SEGMENT_ATTRIBUTION_VERBS

TITLES: frozenset[str] = frozenset(
    {
        "mr", "mrs", "ms", "mx", "messrs", "mmes", "dr", "drs", "prof", "profs", "gen", "lt",
        "col", "maj", "capt", "cpt", "sgt", "cpl", "pvt", "adm", "cmdr", "cdr", "brig", "rep",
        "reps", "sen", "sens", "gov", "govt", "pres", "rev", "hon", "fr", "supt", "insp", "atty",
        "det", "amb", "sec", "secy", "sra", "srta", "mme", "mlle",
    }
)  # fmt: skip
"""Words written before a name: never the end of a sentence ("Mr. Smith", "Gen. Munir")."""

STATES: frozenset[str] = frozenset(
    {
        "ala", "ariz", "ark", "calif", "colo", "conn", "del", "fla", "ga", "ill", "ind", "kan",
        "kans", "ky", "la", "md", "mass", "mich", "minn", "miss", "mo", "mont", "neb", "nev",
        "okla", "ore", "pa", "tenn", "vt", "va", "wash", "wis", "wyo",
    }
)  # fmt: skip
"""US states as AP style abbreviates them without inner dots ("Springfield, Va.")."""

STATE_TITLES: frozenset[str] = frozenset({"del"})
"""State abbreviations that are also a title before a name ("Del. Ann Pike", a delegate)."""

OFFICE_WORDS: frozenset[str] = frozenset(
    {
        "governor", "senator", "congressman", "congresswoman", "delegate", "mayor", "attorney",
        "secretary", "treasurer", "comptroller", "house", "senate", "assembly", "legislature",
        "department", "state", "supreme", "democrat", "democrats", "democratic", "republican",
        "republicans", "lawmaker", "lawmakers",
    }
)  # fmt: skip
"""Words that go on a state's office or body ("Calif. Gov. X", "the Va. Senate")."""

MONTHS: frozenset[str] = frozenset(
    {"jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec"}
)
"""Month abbreviations: no sentence end before a day number ("Jan. 5")."""

NUMBER_PREFIXES: frozenset[str] = frozenset(
    {"no", "nos", "vol", "vols", "fig", "figs", "p", "pp", "art", "sec", "ch", "para", "op", "ed"}
)
"""Words written before a number: no sentence end before a digit ("No. 10", "pp. 4-7")."""

OTHER: frozenset[str] = frozenset(
    {
        "vs", "v", "etc", "approx", "inc", "corp", "ltd", "co", "bros", "plc", "llc", "ave",
        "blvd", "rd", "hwy", "jr", "esq", "dept", "univ", "assn", "cf", "al", "mln", "bln",
        "ibid", "viz", "attn", "yr", "yrs", "hr", "hrs", "mins", "secs", "oz", "lb", "lbs",
        "intl", "natl", "govt", "gmbh", "pty", "st", "ste", "mt", "ft", "pt", "sr",
    }
)  # fmt: skip
"""Other abbreviations: a sentence ends after them only when a sentence starter follows."""

NEVER_FINAL: frozenset[str] = frozenset({"e.g", "i.e", "viz", "cf", "vs", "v"})
"""Abbreviations that introduce something and so never end a sentence."""

SENTENCE_STARTERS: frozenset[str] = frozenset(
    {
        "a", "an", "the", "he", "she", "it", "they", "we", "i", "you", "his", "her", "its",
        "their", "our", "my", "your", "this", "that", "these", "those", "there", "here", "but",
        "and", "or", "so", "yet", "in", "on", "at", "as", "if", "when", "while", "after",
        "before", "however", "meanwhile", "still", "also", "then", "now", "what", "who", "why",
        "how", "where", "some", "many", "most", "all", "both", "one", "officials", "since",
        "although", "though", "because", "for", "with", "without", "during", "earlier", "later",
        "last", "next", "today", "yesterday", "tomorrow", "such", "each", "every", "no", "not",
        "nor", "other", "others", "another", "according", "under", "over", "by", "from", "to",
        "asked", "speaking", "several", "few", "more", "much", "instead", "indeed", "further",
        "moreover", "furthermore", "nevertheless", "nonetheless", "thus", "therefore", "hence",
        "despite", "among", "amid", "following", "until", "once", "unlike", "like", "even",
        "only", "just", "was", "is", "are", "were", "will", "would", "can", "could", "should",
        "do", "does", "did", "has", "have", "had", "let", "let's", "it's", "that's", "there's",
        "neither", "either", "none", "nobody", "nothing", "everyone", "everybody", "everything",
        "someone", "somebody", "something", "anyone", "anything", "perhaps", "maybe", "often",
        "sometimes", "never", "always", "again", "already", "recently", "currently", "finally",
        "separately", "additionally", "ultimately", "first", "second", "third", "overall",
        "elsewhere", "ironically", "notably", "similarly", "likewise", "otherwise", "initially",
        "eventually", "previously", "afterwards", "consequently", "accordingly", "unless",
        "whether", "which", "whose", "whatever", "wherever", "whenever", "he's", "she's", "we're",
        "they're", "i'm", "i've", "we've", "don't", "didn't", "can't", "won't", "isn't",
    }
)  # fmt: skip
"""Capitalised function words that usually open a sentence: after an ambiguous abbreviation
("U.S.", "Inc.", "p.m.") they mark a sentence end; a name or noun after it does not."""

SPEECH_VERBS = SEGMENT_ATTRIBUTION_VERBS
"""Verbs of an attribution ("…?” Rubio asked."): the attribution stays with the quotation
(``reporting_verbs.SEGMENT_ATTRIBUTION_VERBS``)."""

SMALL_WORDS: frozenset[str] = frozenset(
    {
        "a", "an", "the", "and", "or", "nor", "but", "of", "in", "on", "at", "to", "for", "by",
        "with", "from", "as", "vs", "via", "into", "onto", "over", "amid", "per", "up", "off",
        "out", "than", "so", "yet", "is", "its", "it's",
    }
)  # fmt: skip
"""Words a title-case heading leaves in lower case ("Trade and Energy Discussions")."""

TRAILING_FUNCTION_WORDS: frozenset[str] = frozenset(
    {
        "a", "an", "the", "and", "or", "nor", "but", "of", "in", "on", "at", "to", "for", "by",
        "with", "from", "as", "that", "which", "who", "whom", "whose", "than", "if", "because",
        "while", "when", "where", "into", "onto", "about", "between", "among", "through", "is",
        "are", "was", "were", "be", "been", "has", "have", "had", "will", "would", "could",
        "should", "may", "might", "must", "its", "their", "his", "her", "our", "your", "my",
        "this", "these", "those", "said", "says", "claimed", "not",
    }
)  # fmt: skip
"""Words a finished heading or sentence does not end on ("…President Trump claimed that")."""

TIME_FOLLOWERS: frozenset[str] = frozenset(
    {
        "ET", "EST", "EDT", "CT", "CST", "CDT", "MT", "MST", "MDT", "PT", "PST", "PDT", "GMT",
        "UTC", "BST", "CET", "CEST", "EET", "IST", "PKT", "JST", "KST", "AEST", "AEDT", "SGT",
        "HKT", "WIB", "MSK", "Eastern", "Central", "Mountain", "Pacific", "Atlantic", "Local",
        "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "Jan",
        "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec", "January",
        "February", "March", "April", "May", "June", "July", "August", "September", "October",
        "November", "December", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun",
    }
)  # fmt: skip
"""Words that continue a clock time ("5 p.m. ET", "9 a.m. Monday"): after "a.m."/"p.m." any
other capitalised word opens a new sentence ("…at 2 a.m. Police said…")."""
