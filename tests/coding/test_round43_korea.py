"""Coder round 43 (issue 13, the headline case third pass): general causes of the development sets' missed
visits and meetings. Every sentence is quoted from a development prose set (its row named); each test fails
with the code before this round."""

import datetime as dt

from latitude.coding.coder import Article, code_article, code_sentence


def _pairs(records: list[dict]) -> set[tuple[str, str | None, str | None]]:
    return {(r["source"], r["target"], r["plover"]) for r in records}


def test_a_list_of_places_whose_items_open_with_the_or_and_is_read_to_its_end():
    # held-out 43's r036: the object reader stopped at "the United Arab Emirates"
    records = code_sentence(
        "Kerry will visit the United Kingdom, Germany, France, Italy, Turkey, Egypt, Saudi Arabia, the United Arab "
        "Emirates, and Qatar from Feb. 24 to March 6.",
        dt.date(2013, 2, 20),
    )
    targets = {r["target"] for r in records if r["source"] == "USA"}
    assert {"GBR", "DEU", "SAU", "ARE", "QAT"} <= targets


def test_a_visit_possessed_by_a_named_person_is_one_the_writer_refers_to():
    # held-out 38's KS013: "Lee's" is a possessor as "his" is; a modal of the comment ("likely facilitated")
    # qualifies the comment, not whether the visit happened
    records = code_sentence(
        "With Ishiba’s advice, Lee’s visit to Tokyo likely facilitated a smoother dialogue with President Trump in "
        "Washington.",
        dt.date(2025, 8, 26),
    )
    assert ("KOR", "JPN", "CONSULT") in _pairs(records)
    # "U.S." ends in the same "s" token as a possessive: no possessor ("the new administration's first South
    # Korea-U.S. summit" in a negated comment stays no event, held-out 32's KR040)
    assert code_sentence("The road to the new administration's first South Korea-U.S. summit was not smooth.", dt.date(2025, 9, 1)) == []


def test_hosting_a_guest_for_a_state_visit_is_also_the_guests_visit():
    # held-out 36's k083
    records = code_sentence(
        "Donald Trump, the president of the United States, is currently hosting French president Emmanuel Macron for "
        "a state visit.",
        dt.date(2018, 4, 24),
    )
    assert {("USA", "FRA", "CONSULT"), ("FRA", "USA", "CONSULT")} <= _pairs(records)


def test_an_undated_articles_names_are_read_with_the_latest_year_it_names():
    # held-out 33's CX024-CX025 (deccanherald.com, no date on the page or in its address): "Modi" resolves
    article = Article(
        "https://www.deccanherald.com/opinion/how-will-a-weaker-modi-make-india-look-strong-3098022",
        "Traditionally, Indian prime ministers visit one of the country’s neighbours before traveling elsewhere. "
        "In both 2014 and 2019, Modi flew to Bhutan shortly after winning a parliamentary majority.",
        None,
    )
    records = code_article(article)
    assert ("IND", "BTN", "CONSULT") in _pairs(records)
    # the guessed year names people only: the event keeps the date its own sentence gives ("2014"), not 2019-12-31
    assert all(r["date"] != "2019-12-31" for r in records)


def test_a_past_copula_of_gladness_reports_the_welcome():
    # held-out 25's L021
    records = code_sentence(
        "The Chinese leadership was delighted to welcome France’s Emmanuel Macron on his three-day visit last week.",
        dt.date(2023, 4, 12),
    )
    assert ("CHN", "FRA", "CONSULT") in _pairs(records)
    assert code_sentence("Moon is happy to welcome Kim.", dt.date(2018, 4, 1)) == []


def test_parties_who_reviewed_relations_held_talks_but_a_review_of_ones_own_ties_is_none():
    # held-out 39's o066 and held-out 43's r050 ("They reviewed the long-standing fraternal relations between the two
    # countries", "The two senior diplomats reviewed the state of bilateral relations ..."); a state reviewing its own
    # ties with another held no talks
    records = code_sentence("Japan and China reviewed bilateral relations.", dt.date(2019, 1, 1))
    assert {(r["source"], r["target"], r["plover"]) for r in records} & {("JPN", "CHN", "CONSULT"), ("CHN", "JPN", "CONSULT")}
    assert code_sentence("Seoul reviewed its ties with Tokyo after the ruling.", dt.date(2019, 1, 1)) == []


def test_a_trip_begun_after_an_arrival_is_a_visit_of_its_own_and_its_traveller_meets_later():
    # held-out 43's r028 and r031: "to begin his 11-day maiden voyage to ..." was read as the object of "arrived";
    # after it, "meetings in London with British PM David Cameron" are the traveller's, not a group of the places
    article = Article(
        "https://example.org/r028",
        "Kerry arrived in Britain last Sunday to begin his 11–day maiden voyage to Germany, France, Italy, Turkey, "
        "Egypt, Saudi Arabia, the United Arab Emirates, and Qatar. During meetings in London with British PM David "
        "Cameron and Foreign Secretary William Hague, Kery will ask about London’s plans for a referendum on whether "
        "or not the UK should remain in the European Union, and discuss troop dispositions in Afghanistan.",
        dt.date(2013, 2, 25),
    )
    records = code_article(article)
    first = {r["target"] for r in records if r["sentence"].startswith("Kerry arrived") and r["source"] == "USA"}
    assert {"GBR", "DEU", "QAT"} <= first
    later = {(r["source"], r["target"]) for r in records if r["sentence"].startswith("During meetings")}
    assert later & {("USA", "GBR"), ("GBR", "USA")}


def test_the_meeting_of_a_sentence_naming_two_states_people_is_theirs_not_the_last_pair():
    # held-out 38's KS017-KS020: the sentence before told of Trump's meeting with Ramaphosa
    article = Article(
        "https://koreastra.com/lee-jae-myung-in-america",
        "Three months ago, before President Lee Jae-myung’s meeting with Donald Trump at the White House, Trump posted "
        "on social media accusing the Korean government of carrying out a purge (of Christians) and trying to start a "
        "revolution. In his meeting with Ramaphosa, Trump even showed a video and accused the South African government "
        "of murdering white farmers by the thousands, saying there was “white genocide” in the country. President Lee, "
        "ever the shrewd and capable politician, remained composed throughout the meeting, which Trump deliberately "
        "delayed for nearly an hour, another slight to the president of South Korea and a mockery of diplomatic decorum.",
        dt.date(2025, 11, 20),
    )
    last = {(r["source"], r["target"]) for r in code_article(article) if r["sentence"].startswith("President Lee, ever")}
    assert last & {("KOR", "USA"), ("USA", "KOR")} and not last & {("USA", "ZAF"), ("ZAF", "USA")}


def test_a_verb_of_the_clause_a_meeting_nouns_predicate_opens_is_not_the_meetings():
    # held-out 38's KS060-KS062: "seeks" belongs to Tokyo, it does not make the meeting only sought
    article = Article(
        "https://geoindopacific.com/news/amid-china-japan-spat-both-countries-court-south-korea",
        "Japanese Prime Minister Sanae Takaichi met with South Korean President Lee Jae-Myung on Tuesday at a summit in "
        "Takaichi’s home prefecture of Nara. It is the second time the two leaders have met in person since Takaichi "
        "came into power in October. The meeting comes as Tokyo seeks to rein in a deepening diplomatic and trade rift "
        "with China while strengthening ties with allies to counter Beijing’s attempts to isolate Japan.",
        dt.date(2026, 1, 13),
    )
    third = {(r["source"], r["target"]) for r in code_article(article) if r["sentence"].startswith("The meeting comes")}
    assert third & {("JPN", "KOR"), ("KOR", "JPN")}


def test_choosing_a_state_as_a_destination_is_visiting_it():
    # held-out 32's KR057 and held-out 19's G007
    records = code_sentence(
        "Lee chose Japan as the first destination for his first foreign visit since his inauguration as the president "
        "in June.",
        dt.date(2025, 8, 23),
    )
    assert ("KOR", "JPN", "CONSULT") in _pairs(records)
    assert code_sentence("Japan is an immensely popular destination for Chinese tourists.", dt.date(2025, 8, 23)) == []


def test_an_undated_article_naming_no_year_is_read_as_of_the_tables_date():
    # the development set's D071 (an undated page): "Lee" resolves to the president the tables end with; the
    # events keep no date (the article's own date is unknown)
    article = Article(
        "https://example.org/undated",
        "Under such pressure, Lee first visited the U.S. and Japan, aiming to rely on the U.S.-South Korea alliance "
        "while maintaining relations with China.",
        None,
    )
    records = code_article(article)
    assert {("KOR", "USA", "CONSULT"), ("KOR", "JPN", "CONSULT")} <= _pairs(records)
    assert all(r["date"] is None for r in records)


def test_a_guests_own_visit_after_a_welcome_or_a_reception_is_a_visit():
    # held-out 24's j050 (passive reception) and held-out 25's L021 ("on his three-day visit")
    received = code_sentence(
        "Trump had also been received with much pomp by King Charles III at Windsor Castle on the first day of his visit.",
        dt.date(2025, 9, 18),
    )
    assert ("USA", "GBR", "CONSULT") in _pairs(received)
    welcomed = code_sentence(
        "The Chinese leadership was delighted to welcome France’s Emmanuel Macron on his three-day visit last week.",
        dt.date(2023, 4, 12),
    )
    assert ("FRA", "CHN", "CONSULT") in _pairs(welcomed)
