"""Countries and the words that stand for their governments: names, capitals, adjectives and
metonyms ("Downing Street", "Beijing", "Indian officials"), each mapped to one canonical
country, and the canonical name of its government."""

from __future__ import annotations

COUNTRIES: dict[str, str] = {}
"""Country names, adjectives, capitals and metonyms → the country's canonical name."""


ADJECTIVES: set[str] = set()
"""Aliases that are adjectives ("Indian"): a body only with "government"/"officials" after."""


_ADJECTIVE_ENDINGS = (
    "ian",
    "ese",
    "ish",
    "ani",
    "ch",
    "ean",
    "eli",
    "udi",
    "ghan",
    "ai",
    "ino",
    "ine",
    "qi",
    "ri",
    "ali",
)


def _add(country: str, *aliases: str) -> None:
    COUNTRIES[country.lower()] = country
    for alias in aliases:
        COUNTRIES[alias.lower()] = country
        if alias[-1] != "." and alias.endswith(_ADJECTIVE_ENDINGS):
            ADJECTIVES.add(alias.lower())


_add(
    "the United States",
    "United States",
    "US",
    "U.S.",
    "USA",
    "U.S.A.",
    "America",
    "Washington",
    "White House",
    "American",
)
_add("India", "New Delhi", "Delhi", "Indian")
_add("Pakistan", "Islamabad", "Pakistani")
_add("China", "Beijing", "Chinese")
_add("Russia", "Moscow", "Kremlin", "Russian")
_add("Ukraine", "Kyiv", "Kiev", "Ukrainian")
_add(
    "the United Kingdom",
    "United Kingdom",
    "UK",
    "U.K.",
    "Britain",
    "London",
    "British",
    "Downing Street",
    "No 10",
    "Number 10",
)
_add("France", "Paris", "French", "Elysee", "Élysée")
_add("Germany", "Berlin", "German")
_add("Japan", "Tokyo", "Japanese")
_add("South Korea", "Seoul", "South Korean")
_add("North Korea", "Pyongyang", "North Korean")
_add("Iran", "Tehran", "Iranian")
_add("Israel", "Jerusalem", "Israeli")
_add("Turkey", "Ankara", "Turkish", "Türkiye")
_add("Saudi Arabia", "Riyadh", "Saudi")
_add("Afghanistan", "Kabul", "Afghan")
_add("Bangladesh", "Dhaka", "Bangladeshi")
_add("Sri Lanka", "Colombo", "Sri Lankan")
_add("Nepal", "Kathmandu", "Nepali", "Nepalese")
_add("Malaysia", "Kuala Lumpur", "Malaysian")
_add("Indonesia", "Jakarta", "Indonesian")
_add("Thailand", "Bangkok", "Thai")
_add("Cambodia", "Phnom Penh", "Cambodian")
_add("Vietnam", "Hanoi", "Vietnamese")
_add("the Philippines", "Philippines", "Manila", "Philippine", "Filipino")
_add("Australia", "Canberra", "Australian")
_add("Canada", "Ottawa", "Canadian")
_add("Mexico", "Mexico City", "Mexican")
_add("Brazil", "Brasilia", "Brasília", "Brazilian")
_add("Egypt", "Cairo", "Egyptian")
_add("Qatar", "Doha", "Qatari")
_add("Italy", "Rome", "Italian")
_add("Spain", "Madrid", "Spanish")
_add("Poland", "Warsaw", "Polish")
_add("Syria", "Damascus", "Syrian")
_add("Iraq", "Baghdad", "Iraqi")
_add("Venezuela", "Caracas", "Venezuelan")
_add("Taiwan", "Taipei", "Taiwanese")
_add("South Africa", "Pretoria", "South African")
_add("Nigeria", "Abuja", "Nigerian")

BODY_NOUNS = frozenset({"government", "officials", "ministry", "administration", "authorities"})


def government_of(country: str) -> str:
    """The canonical name of a country's government, as the gold data names bodies."""
    return f"Government of {country}"


_add("Kenya", "Nairobi", "Kenyan")
_add("Ethiopia", "Addis Ababa", "Ethiopian")
_add("Argentina", "Buenos Aires", "Argentine", "Argentinian")
_add("Chile", "Chilean")
_add("Colombia", "Bogota", "Bogotá", "Colombian")
_add("Peru", "Lima", "Peruvian")
_add("Cuba", "Havana", "Cuban")
_add("Greece", "Athens", "Greek")
_add("Portugal", "Lisbon", "Portuguese")
_add("the Netherlands", "Netherlands", "The Hague", "Amsterdam", "Dutch")
_add("Belgium", "Brussels", "Belgian")
_add("Switzerland", "Bern", "Swiss")
_add("Austria", "Vienna", "Austrian")
_add("Sweden", "Stockholm", "Swedish")
_add("Norway", "Oslo", "Norwegian")
_add("Denmark", "Copenhagen", "Danish")
_add("Finland", "Helsinki", "Finnish")
_add("Ireland", "Dublin", "Irish")
_add("Hungary", "Budapest", "Hungarian")
_add("Romania", "Bucharest", "Romanian")
_add("Serbia", "Belgrade", "Serbian")
_add("Belarus", "Minsk", "Belarusian")
_add("Armenia", "Yerevan", "Armenian")
_add("Azerbaijan", "Baku", "Azerbaijani")
_add("Kazakhstan", "Astana", "Kazakh")
_add("Uzbekistan", "Tashkent", "Uzbek")
_add("Myanmar", "Naypyidaw", "Burmese")
_add("Singapore", "Singaporean")
_add("New Zealand", "Wellington")
_add("Lebanon", "Beirut", "Lebanese")
_add("the United Arab Emirates", "United Arab Emirates", "UAE", "Abu Dhabi", "Emirati")
_add("Yemen", "Sanaa", "Yemeni")
_add("Libya", "Tripoli", "Libyan")
_add("Tunisia", "Tunis", "Tunisian")
_add("Algeria", "Algiers", "Algerian")
_add("Morocco", "Rabat", "Moroccan")
_add("Sudan", "Khartoum", "Sudanese")
_add("Ghana", "Accra", "Ghanaian")
_add("Senegal", "Dakar", "Senegalese")
_add("Tanzania", "Dodoma", "Tanzanian")
_add("Uganda", "Kampala", "Ugandan")
_add("Rwanda", "Kigali", "Rwandan")
_add("Zimbabwe", "Harare", "Zimbabwean")
_add("Palestine", "Ramallah", "Palestinian")
_add("Czech Republic", "Prague", "Czech")
_add("Slovakia", "Bratislava", "Slovak")
_add("Estonia", "Tallinn", "Estonian")
_add("Latvia", "Riga", "Latvian")
_add("Lithuania", "Vilnius", "Lithuanian")

ADJECTIVES.update(
    {
        "american",
        "german",
        "mexican",
        "venezuelan",
        "bangladeshi",
        "sri lankan",
        "south african",
        "kenyan",
        "ethiopian",
        "argentine",
        "chilean",
        "colombian",
        "peruvian",
        "cuban",
        "greek",
        "dutch",
        "belgian",
        "swiss",
        "austrian",
        "danish",
        "finnish",
        "irish",
        "hungarian",
        "romanian",
        "serbian",
        "belarusian",
        "armenian",
        "azerbaijani",
        "kazakh",
        "uzbek",
        "burmese",
        "singaporean",
        "lebanese",
        "emirati",
        "yemeni",
        "libyan",
        "tunisian",
        "algerian",
        "moroccan",
        "sudanese",
        "ghanaian",
        "senegalese",
        "tanzanian",
        "ugandan",
        "rwandan",
        "zimbabwean",
        "palestinian",
        "czech",
        "slovak",
        "estonian",
        "latvian",
        "lithuanian",
        "swedish",
        "norwegian",
        "portuguese",
        "argentinian",
    }
)


PLACES = frozenset(
    place.strip()
    for place in """
    new york|new jersey|new mexico|new hampshire|new england|north carolina|south carolina
    north dakota|south dakota|west virginia|rhode island|new orleans|los angeles|san francisco
    san diego|san jose|san antonio|las vegas|salt lake city|kansas city|st. louis|st louis
    el paso|fort worth|long island|silicon valley|wall street|capitol hill|hong kong
    rio de janeiro|sao paulo|buenos aires|mexico city|tel aviv|cape town|new zealand
    costa rica|puerto rico|sri lanka|saudi arabia|north korea|south korea|el salvador
    abu dhabi|las palmas|st. petersburg|st petersburg|palm beach|miami beach|des moines
    baton rouge|little rock|santa fe|santa monica|santa barbara|san juan|palo alto
    west bank|gaza strip|middle east|latin america|south america|north america|east coast
    west coast|great britain|northern ireland|united arab emirates
    """.replace("\n", "|").split("|")
    if place.strip()
)
"""Places of two or more words that are not countries the lists above name as governments
(states, cities, regions): a run naming one is a place, never a person."""
