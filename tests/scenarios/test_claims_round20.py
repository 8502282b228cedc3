"""Issue 13, twentieth round: whose claim it is when the sentence does not name the owner.

The texts are development sentences with the sentence before them (tests/fixtures/claims, the id in each comment); the
expected owners and partners are read off the text by hand. `find_claims` needs no store."""
from latitude.scenarios.claims import find_claims

TP, AS, AE = "trading partner", "arms supplier", "arms exports"


def _pairs(text: str, kind: str) -> set[tuple[str, str]]:
    return {(c.subject, c.other) for c in find_claims(text) if c.kind == kind}


def test_a_pronoun_before_any_state_is_the_previous_sentences_subject() -> None:
    # held22-012: 'its' is Turkey, not Qatar, the first state named after it; SIPRI's customers are arms customers
    text = ("Turkey's arms exports comprise 1.1 per cent of all global arms exports. According to the SIPRI report, its top "
            "three customers are Qatar, United Arab Emirates and Oman.")
    assert ("TUR", "QAT") in _pairs(text, AE)
    assert not _pairs(text, TP)


def test_customers_a_sipri_sentence_names_are_arms_customers() -> None:
    # held19-003
    text = ("According to SIPRI's rating, the United States was ranked first among the five largest arms suppliers. "
            "SIPRI's analysts indicated that Saudi Arabia, the United Arab Emirates, and Turkey are America's main customers.")
    assert _pairs(text, AE) == {("USA", "SAU"), ("USA", "ARE"), ("USA", "TUR")}
    assert not _pairs(text, TP)


def test_the_country_is_the_state_whose_trade_the_sentence_before_told() -> None:
    # held23-017: the UK is ranked in the sentence before; the country whose exports are ranked is Pakistan
    text = ("UK, which stood at the second spot for exports from Pakistan received $4.8 billion worth of shipments, "
            "exhibiting a 9.2 percent rise. And China, the world's second-largest economy was the country's third biggest "
            "export destination receiving $1.74 billion worth of shipments, rising 7.3 percent from last FY17.")
    assert ("PAK", "CHN") in _pairs(text, TP) and ("GBR", "CHN") not in _pairs(text, TP)
    # held15-034: Russia's share of Armenia's exports, then 35% of "the country's" trade: Armenia's
    text = ("russia's share of Armenia's foreign exports has increased even more since the invasion of Ukraine. In 2023, "
            "trade with russia accounted for more than 35% of the country's foreign trade, while the EU accounted for 13% "
            "of the total.")
    claims = [c for c in find_claims(text) if c.kind == TP and c.sentence.startswith("In 2023")]
    assert [(c.subject, c.other, c.share) for c in claims] == [("ARM", "RUS", 35.0)]


def test_the_country_not_as_a_possessor_is_the_previous_sentences_subject() -> None:
    # held21-011: "to the country" is Pakistan, not Sweden (named by SIPRI's full name in the sentence before)
    text = ("Pakistan was on Monday ranked the eleventh largest arms importer in the world, according to a report published "
            "by the Stockholm International Peace Research Institute (SIPRI). Figures released by SIPRI alongside the "
            "report showed that China, Russia and Italy were the main supplier of arms to the country.")
    later = [c for c in find_claims(text) if c.sentence.startswith("Figures")]
    assert later and {c.subject for c in later if c.kind == AS} == {"PAK"}


def test_these_three_nations_are_the_three_the_sentence_before_named() -> None:
    # held23-022
    text = ("Mexico, China, and Canada each saw trade slow by more than 8% from November. These three nations, along with "
            "Japan and Germany, are the US's five largest trading partners, accounting for almost 40% of all US trade.")
    assert _pairs(text, TP) == {("USA", code) for code in ("MEX", "CHN", "CAN", "JPN", "DEU")}
