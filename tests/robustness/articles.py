"""Two short reports of one story, written for these tests."""

ARTICLE = (
    "Council approves new bridge\n\n"
    'The city council voted 7-2 on Tuesday to fund the bridge. "It is a good day," the mayor '
    "said. Work starts in May.\n"
)
OTHER = (
    "Bridge gets the green light\n\n"
    "The council approved the bridge on Tuesday by seven votes to two. Construction begins in "
    'May. "It is a good day for the city," the mayor said.\n'
)
