"""Issue 13, coder round 32: false events in opinion and analysis writing. Sentences are quoted from cited
development sets (tests/fixtures/coding/, row ids given) and coded in their article, as `prose_scores` codes
them; the expectations are their hand labels, written before this round. Each test fails with main's coder
(8340ae1), which codes an event on a row labelled '-'; the rows labelled with an event that a test also
checks are found by both."""

from latitude.coding.coder import code_sentence
from prose_rows import all_found, coded_row, quiet


def test_an_annual_summit_named_as_an_institution_is_no_meeting():
    # held-out 33 (Ajay Bisaria's Gateway House note on Policy Commons, Modi's July 2024 Moscow visit), '-': CX040 "Both leaders are veterans of the
    # annual bilateral summit, which sits at the apex of a multi-layered diplomatic architecture." and CX042 "...
    # their annual meeting is vital for troubleshooting problems ..." (main: IND > RUS CONSULT on each)
    assert quiet("heldout33_prose.tsv", "CX040")
    assert quiet("heldout33_prose.tsv", "CX042")
    # an ordinal picks one occurrence: CX034, IND<>RUS CONSULT: "The 22nd India-Russia Annual Summit has another
    # first — the first Modi-Putin meet since the Ukraine war."
    assert all_found("heldout33_prose.tsv", "CX034")


def test_the_protocol_of_a_host_country_is_no_visit():
    # held-out 31 (the Manila Times, "For state visit, host country rolls out the red carpet"), '-': b103 "The host country also pays for the cost of
    # the visit." and b104 "A “working visit” does not require an invitation from the host country, and it does
    # not have to pay the cost of the visit." (main: USA > PHL CONSULT on each, from the article's visit)
    assert quiet("heldout31_prose.tsv", "b103")
    assert quiet("heldout31_prose.tsv", "b104")


def test_a_passive_met_with_is_a_reception_not_a_meeting():
    # held-out 27 V002 (the Business Post, Marion McKeone's column, 2022), '-' (a standfirst): "The US President’s
    # fist-bump with Saudi crown prince Mohammed bin Salman in Jeddah during the week was met with derision by
    # both his domestic allies and foes" (main: SAU > USA CONSULT from "met with")
    assert quiet("heldout27_prose.tsv", "V002")
    # an active "met with" stays a meeting (held-out 29 Y010's wording, read alone)
    assert any(r["plover"] == "CONSULT" for r in code_sentence("PM Modi met with the Sri Lankan President in Colombo on Saturday."))


def test_what_a_leader_is_expected_to_do_is_a_forecast():
    # held-out 13 M136 (defence-point.com, 2019), '-': "Xi is expected to press Abe to clarify his stance on the Beijing-led, 16-member RCEP
    # ..." (main: CHN > JPN statement, typed by "expected" itself)
    assert quiet("heldout13_prose.tsv", "M136")
    # an announced meeting after "expected to" is still read by its frame: held-out 6 S033, KOR<>CHN AGREE/CONSULT:
    # "Meeting in Beijing, the top diplomats are expected to exchange opinions on bilateral relations ..."
    assert all_found("heldout6_prose.tsv", "S033")


def test_talks_in_general_are_no_meeting():
    # held-out 32 KR052 (an editorial copied on the ernews25 blog), '-': "Lee faces tough challenges, including trade talks with the
    # U.S. and the future of U.S. forces in South Korea." held-out 33 CX010 (the Iola Register), '-': "Yes, simply
    # restoring in-person talks between the American and Chinese presidents is critical." (main: KOR > USA and
    # USA > CHN CONSULT)
    # (since the refit after coder round 35 the is-it-an-event model passes KR052 in its article, whose "faces tough
    # challenges" the lexicon types REJECT: a false event of the gate, not a meeting, so no meeting is asserted)
    row, records = coded_row("heldout32_prose.tsv", "KR052")
    assert not row.events and not any(r["plover"] == "CONSULT" for r in records)
    assert quiet("heldout33_prose.tsv", "CX010")
    # talks with a finite verb stay a meeting (held-out 15 O123's wording, read alone)
    assert any(r["plover"] == "CONSULT" for r in code_sentence(
        "Talks between Russian President Vladimir Putin and North Korean leader Kim Jong Un began on Wednesday."
    ))


def test_a_visit_told_as_a_habit_is_no_visit():
    # held-out 28 z055 (exbulletin.com/politics/1906701), '-': "... and high-ranking Chinese
    # officials have visited Germany regularly." (main: CHN > DEU CONSULT)
    row, records = coded_row("heldout28_prose.tsv", "z055")
    assert not row.events and not any(r["source"] == "CHN" and r["target"] == "DEU" for r in records)


def test_a_lead_that_repeats_its_headline_keeps_its_own_record():
    # held-out 15 (BGNES, citing Yonhap): the headline O027 '-', "North Korea fired a ballistic missile into the Sea
    # of Japan", stands over the lead O028, PRK>- MOBILIZE, "North Korea fired a ballistic missile into the Sea of
    # Japan, also known as the East Sea, Yonhap news agency reported." The lead's record belongs to the lead, the
    # row that holds its sentence (main's `prose_scores` gave it to the headline, the first row held by it)
    assert quiet("heldout15_prose.tsv", "O027")
    assert all_found("heldout15_prose.tsv", "O028")
