"""Issue 13, seventeenth round: false events of the coder in opinion and analysis prose. A cooperative
act (a pledge, a meeting, support, aid) coded with no partner, or a cooperative act or request coded
with its own state as partner (`coder._no_counterpart`); a meeting told as not yet held ("has yet to have ... talks",
`diplomacy._not_had`); a meeting that recurs each year (`diplomacy._every_period`); a launch word
that starts a project the weapon qualifies (`diplomacy._UNDERTAKINGS`). Each sentence is a
development row (its set and id, the page it quotes) with no labelled event, coded in its article as the
prose scores code it."""

from __future__ import annotations

from pathlib import Path

from latitude.coding.coder import code_sentence
from latitude.coding.prose import _coded, read_prose

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "coding"


def _row_records(fixture: str, row_id: str, text: str) -> list[dict]:
    """The coder's records of one labelled row, read in its article (as `prose_scores` reads it)."""
    rows = read_prose(FIXTURES / fixture)
    row = next(r for r in rows if r.id == row_id and r.text == text)
    assert not row.events  # the hand label: no event
    return _coded([r for r in rows if r.url == row.url], "fast")[row_id]


def test_congratulating_people_of_ones_own_country_is_no_event():
    # heldout16 P081 (the Hindu, https://www.thehindu.com/news/international/pakistan-successfully-test-fires-ballistic-missile-shaheen-ii-capable-of-hitting-india/article27216766.ece):
    # no event (main coded PAK > - SUPPORT once the actors round knew both leaders)
    records = _row_records(
        "heldout16_prose.tsv", "P081",
        "President Arif Alvi and Prime Minister Imran Khan have also congratulated scientists on their achievement, the statement said.",
    )
    assert records == []


def test_a_treaty_clause_is_no_cooperation_with_no_partner():
    # heldout9 W081 (supremacy.info, https://supremacy.info/news/62642): no event (main: USA > - COOPERATE)
    records = _row_records(
        "heldout9_prose.tsv", "W081", "Article 5 commits the United States to defending territories under Japan's administration from armed attack."
    )
    assert records == []


def test_a_pledge_about_ones_own_policy_is_no_agreement_with_oneself():
    # heldout19 G009 (CNA, https://www.channelnewsasia.com/asia/indonesia-new-leader-prabowo-subianto-heads-china-five-nation-tour-begins-4735626?cid=cna_flip_070214):
    # no event (main: IDN > IDN AGREE)
    records = _row_records(
        "heldout19_prose.tsv", "G009",
        "Prabowo Subianto, a 73-year-old ex-general inaugurated last month, has pledged to position Jakarta more prominently on "
        "the world stage while sticking to its traditional non-aligned foreign policy.",
    )
    assert records == []


def test_arriving_home_is_no_visit():
    # heldout19 G062 (Arab News, http://www.arabnews.com/obama-back-us-after-southeast-asia-trip): no event
    # (main: USA > USA CONSULT)
    records = _row_records(
        "heldout19_prose.tsv", "G062",
        "The president arrived at Andrews Air Force Base in Maryland, near the US capital, at 12:30 am (5:30 GMT), said a "
        "reporter on Air Force One, and then made the short flight back to the White House on his Marine One helicopter.",
    )
    assert records == []


def test_talks_not_yet_held_are_no_meeting():
    # heldout13 M091 (Japan Times editorial, https://japantimes.co.jp/opinion/2014/07/09/editorials/abe-pushing-beijing-seoul-together):
    # no event (main: JPN > CHN CONSULT)
    records = _row_records(
        "heldout13_prose.tsv", "M091",
        "Meanwhile Prime Minister Shinzo Abe has yet to have one-on-one talks with either Xi or Park as Japan's relations with "
        "both countries have grown increasingly strained over a host of history-related and territorial disputes.",
    )
    assert records == []


def test_a_summit_held_each_year_is_a_series_not_a_meeting():
    # heldout18 T156 (gov.cn, http://english.www.gov.cn/premier/video/2015/11/02/content_281475225920931.htm):
    # no event (main: the three China-Japan-South Korea pairs, CONSULT)
    assert _row_records("heldout18_prose.tsv", "T156", "The summit took place each year from 2008 to 2012.") == []


def test_the_rules_keep_real_acts():
    # what the rules must not take: a held meeting, a targetless launch, a statement with no recipient
    # (sentences of the same kinds as the labelled dev rows; expected values by hand)
    met = code_sentence("Prime Minister Shinzo Abe held talks with Chinese President Xi Jinping in Beijing on Monday.")
    assert any(r["plover"] == "CONSULT" and {r["source"], r["target"]} == {"JPN", "CHN"} for r in met)
    fired = code_sentence("North Korea fired a ballistic missile into the Sea of Japan on Sunday.")
    assert any(r["plover"] == "MOBILIZE" and r["source"] == "PRK" for r in fired)


def test_a_missile_project_launched_is_no_launch():
    # heldout16 P144 (mahsool.net, https://mahsool.net/news/indias-agni-5-can-carry-multiple-nuke-warheads): no event
    # (main: IND > - MOBILIZE)
    records = _row_records(
        "heldout16_prose.tsv", "P144",
        'Agni, meaning "fire" in Sanskrit, is the name given to a series of rockets India developed as part of a guided '
        "missile development project launched in 1983.",
    )
    assert records == []
