"""Issue 13, coder round 109: false events in opinion and analysis, eleventh pass. Every record the coder gives on a
development row labelled with no event was listed and sorted by construction (comment on the article's own event,
plans and hypotheticals, quoted opinion, background, generic statements, what a party said in a meeting, the guests
and speeches of a meal, headlines, a state acting on itself); the construction taken: a meal of state named again as
the scene of another act ("During the dinner, the two Presidents gave several speeches", "are also present at the
banquet", "among the invitees to the State dinner") is the meal the article told before, no meeting told again. A
meal whose sentence names both parties, or that a participle tells with its host ("the lunch offered by the
president of the Council of Ministers"), is read as before. Sentences are quoted from a cited development set (row
ids given) or are general; the expectations are their hand labels. Each test fails with main's code."""

from latitude.coding.coder import Article, code_article
from prose_rows import all_found, has, quiet


def test_guests_present_at_the_banquet_are_no_meeting():
    # held-out 50 w049, labelled '-': "Ivanka Trump and Jared Kushner are also present at the banquet." after the
    # article's state banquet for Trump in India (main: USA>IND CONSULT)
    assert quiet("heldout50_prose.tsv", "w049")


def test_the_invitees_to_the_state_dinner_are_no_meeting():
    # held-out 50 w054, labelled '-': "Several CEOs were also among the invitees to the State dinner." (main: IND>USA
    # CONSULT)
    assert quiet("heldout50_prose.tsv", "w054")


def test_what_was_said_during_the_dinner_is_no_second_meeting():
    # held-out 44 r017, labelled '-': "During the dinner, Nga asked ACCCIM to invite its members to join the PM’s China
    # delegation." (main: MYS>CHN CONSULT)
    assert quiet("heldout44_prose.tsv", "r017")


def test_after_the_banquet_the_white_house_told_reporters():
    # held-out 97 RR008, labelled '-': "After the Banquet, the White house told reporters that ..." (main: USA>CHN
    # CONSULT)
    assert quiet("heldout97_prose.tsv", "RR008")


def test_speeches_at_the_dinner_told_after_it_are_no_meeting():
    # general: the dinner is told in the first sentence; the second names it as the scene of the toasts
    text = (
        "President Emmanuel Macron hosted Chancellor Olaf Scholz for dinner at the Elysee Palace on Tuesday. "
        "Several ministers and business leaders were also present at the dinner."
    )
    records = code_article(Article("https://example.org/d", text, None))
    assert has([r for r in records if "hosted" in r["sentence"]], "FRA", None, "CONSULT") or has(
        [r for r in records if "hosted" in r["sentence"]], "DEU", None, "CONSULT"
    )
    assert not [r for r in records if "present at the dinner" in r["sentence"]]
    # guards: held-out 50 w050 (USA<>IND CONSULT, "hosting Prime Minister Narendra Modi during the official State
    # dinner"), 12 Z035 (USA<>IND CONSULT, "the American side of the table at the dinner while Modi ...") and 50 w041
    # (ESP<>ITA CONSULT, "to the lunch offered by the president of the Council of Ministers") keep their meetings
    assert all_found("heldout50_prose.tsv", "w050")
    assert all_found("heldout12_prose.tsv", "Z035")
    assert all_found("heldout50_prose.tsv", "w041")
