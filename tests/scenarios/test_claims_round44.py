"""Claims round 44 (issue 13): claims whose owner is named only in the sentence before or by a stand-in. A place in a
ranking told as "Second place went to X" continues the previous sentence's ranking; "the country's" is never a state the
sentence names itself; a sentence opening with "The country" (not "The country that ...") means the state the article was
about; "the country" a relative clause describes is left alone."""
from latitude.scenarios.claims import find_claims
from latitude.scenarios.claims.resolve import Article, rewrite


def _ranks(text: str, date: str) -> set[tuple[str, str, int | None]]:
    return {(c.subject, c.other, c.rank) for c in find_claims(text, date) if c.kind == "trading partner"}


def test_a_place_that_went_to_a_state_continues_the_ranking_before() -> None:
    # held37-018 (development data): Japan second and Mexico third among the United States' partners
    text = ("Combining both exports and imports, Canada was the United States’ largest merchandise trading partner, with "
            "$330 billion changing hands. Second place went to Japan at $180 billion, followed by Mexico at $173 billion.")
    assert {("USA", "JPN", 2), ("USA", "MEX", 3)} <= _ranks(text, "2001-01-01")


def test_the_countrys_flow_is_not_the_partners_own() -> None:
    # held37-021 (development data): "the country's total trade" is Australia's, not China's, whom the sentence names
    text = ("CHINA was the biggest export and import market for Australia in 2010 with total trade growing 23.6 per cent "
            "to $105 billion for the first time, according to figures released today. The Department of Foreign "
            "Affairs and Trade’s ‘Composition of Trade 2010’ report said China accounted for 19.1 per cent of the "
            "country’s total trade.")
    owners = {(c.subject, c.other) for c in find_claims(text, "2011-03-01") if c.sentence.startswith("The Department")}
    assert owners == {("AUS", "CHN")}


def test_a_sentence_opening_with_the_country_means_the_state_before() -> None:
    # held23-013 (development data): "The country" is Germany, whose share of Czech trade the sentence before told
    text = ("In 2016 Germany showed a share of 30% of the total volume of the Czech external trade. The country is thus the "
            "most important business partner for the Czech Republic.")
    assert ("CZE", "DEU", 1) in _ranks(text, "2017-02-08")


def test_the_country_a_relative_clause_describes_points_forward() -> None:
    # a general sentence: "the country that ..." is described by what follows, not the state named before
    article = Article(recent=["USA"], subject="USA")
    assert rewrite("Palau is the country that most consistently votes with Israel.", None, article) == \
        "Palau is the country that most consistently votes with Israel."
