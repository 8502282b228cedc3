"""Actors round 69 (issue 13): a word of a person's name read as a state. The development sort of every wrong
reading of a labelled person over held-out actors 18-68 (144 by article, 194 each sentence alone) by shape found,
after the international officials, the names a word of which is a state's or a place's name (59 by article): the
largest general cell a first name that is a place's or a state's name right before a surname the tables do not hold
("Santiago Peña", "Victoria Nuland", "Paris Hilton", "Nasser Kanaani", "Jordan Bardella"). Only a state's own
one-word name can go without losing a right reading (a town's word before a surname is at times the person's own
state's): `gazetteer._state_word_as_first_name` drops the state read from "Jordan" in "Jordan Bardella", title or
none. Guards: a force or office word after the state's name ("Bangladesh Navy chief"), a weekday ("Jordan Monday"),
a name the tables hold ("Israel Katz"), a medium's noun ("Pakistan Radio") and a verb ("Iran Fails to Launch") keep
their reading. Probes quote development rows and general sentences,
each failing on the code of the branch point."""

from latitude.coding.coder import analyse
from latitude.coding.context import ArticleContext
from latitude.coding.eventness import clause_breaks, clause_starts
from latitude.coding.gazetteer import find_actors
from latitude.coding.text import raw_tokens


def _codes_over(text: str, name: str, articles: bool) -> list[str]:
    """The codes of the mentions over `name`, read as an article's first sentence or alone."""
    raw = raw_tokens(text)
    key = [w.lower() for w in raw_tokens(name)]
    words = [w.lower() for w in raw]
    start = next(i for i in range(len(words)) if words[i : i + len(key)] == key)
    if articles:
        found = analyse(text, None, context=ArticleContext())
        mentions = found.mentions if found is not None else []
    else:
        mentions = find_actors(raw, None, breaks=clause_breaks(clause_starts(text)))
    return [m.code for m in mentions if m.start < start + len(key) and start < m.end]


def test_jordan_as_a_first_name_is_not_the_state():
    # held-out actors 53 AV025, 55 AX028 and 57 AZ023: the branch point read Jordan, JOR, by article and alone
    rows = [
        "Jordan Bardella, acting president of the National Rally until September, wished Thursday to remain in this "
        "post, after the decision of Marine Le Pen to give up “the head” of the party to devote himself to the "
        "presidency of the RN group at the National Assembly.",
        "Arriving at the top of the European elections with 31,4% of the votes, far ahead of that of the presidential "
        "majority (14,6%), the list led by Jordan Bardella created an earthquake in French political life.",
        "National Rally mainstay Marine Le Pen said she would serve as French president, and her running-mate, the "
        "28-year-old Jordan Bardella, would be appointed prime minister if the far-right party wins the upcoming "
        "French general election.",
    ]
    for text in rows:
        assert "JOR" not in _codes_over(text, "Jordan Bardella", articles=True)
        assert "JOR" not in _codes_over(text, "Jordan Bardella", articles=False)


def test_general_sentences_of_a_state_as_a_first_name():
    text = "Jordan Bardella told supporters in Marseille that the party was ready to govern."
    assert "JOR" not in _codes_over(text, "Jordan Bardella", articles=True)
    text = "The fighter Israel Adesanya returned to the octagon after a long layoff."
    assert "ISR" not in _codes_over(text, "Israel Adesanya", articles=False)


def test_a_state_before_a_force_a_weekday_or_a_known_name_keeps_its_reading():
    text = "He met Bangladesh Navy chief Admiral M Shaheen Iqbal in Dhaka."
    assert "BGD" in _codes_over(text, "Bangladesh", articles=False)
    text = "Blinken arrived in Jordan Monday for talks with King Abdullah."
    assert "JOR" in _codes_over(text, "Jordan", articles=False)
    text = "Israel Katz said the army would keep control of the buffer zone."
    assert "ISR" in _codes_over(text, "Israel Katz", articles=False)
    # news set CM015 and held-out prose 37 MS059 (a headline): a medium's noun and a verb after the state's name
    text = ("However, state-run Pakistan Radio, in a report following Monday’s encounter, accused India of staging "
            "\"fake encounters\" involving Pakistani nationals held in Indian jails.")
    assert "PAK" in _codes_over(text, "Pakistan Radio", articles=False)
    assert "IRN" in _codes_over("Iran Fails to Launch Satellite, U.S. Reaction", "Iran", articles=False)
