"""Issue 13, twenty-seventh round: launches main's coder missed on the development sets because the
launcher was named only earlier in the article ("They flew 373 miles", "The last one took place ...", "It
was test-fired from ...", "The first was launched early Sunday", an article whose launch was never coded),
because a launch was read but dropped (a speaker's "it" past "had successfully test", a weapon told after a
parenthesis), or because the state flown over was named as "the northern island of Hokkaido". Each sentence
is a development row (its set and id, the page it quotes), coded in its article as the prose scores code
it; the expected events are the rows' hand labels."""

from __future__ import annotations

from prose_rows import has, row_records


def test_a_pronoun_or_an_ordinal_tells_the_articles_last_launch():
    # heldout18 T081 and T084 (Journal Times, Arthur I. Cyr's column, https://journaltimes.com/print_specific/column/
    # commentary-by-arthur-i-cyr-north-korea-best-handled-with-allies/article_efea888d-3adf-5375-bf05-1359f2a20718.html):
    # PRK>- MOBILIZE each; main coded neither (no actor and no weapon word in the sentence)
    assert has(row_records("heldout18_prose.tsv", "T081", "They flew 373 miles, according to the official news agency."), "PRK", None, "MOBILIZE")
    assert has(row_records("heldout18_prose.tsv", "T084", "The last one took place on March 29, 2020."), "PRK", None, "MOBILIZE")
    # heldout19 G134 (Business Standard / IANS, https://business-standard.com/amp/article/news-ians/
    # india-test-fires-n-capable-agni-v-missile-113091500083_1.html): IND>- MOBILIZE
    records = row_records(
        "heldout19_prose.tsv", "G134",
        "It was test-fired from the Inner Wheeler Island, a launch site in the coastal district of Bhadrak, about 200 km from state capital Bhubaneswar.",
    )
    assert has(records, "IND", None, "MOBILIZE")
    # heldout26 q088 and q089 (KESQ, https://kesq.com/news/2013/09/26/icbm-test-launched-from-vandenberg-afb): USA>- MOBILIZE
    url_rows = (("q088", "It was the second Minuteman launch from Vandenberg this week."), ("q089", "The first was launched early Sunday."))
    for row_id, text in url_rows:
        assert has(row_records("heldout26_prose.tsv", row_id, text), "USA", None, "MOBILIZE")


def test_an_article_whose_launch_was_not_coded_has_the_state_it_names_about_launches():
    # heldout17 L048 and L051 (the Barents Observer, https://thebarentsobserver.com/en/security/2017/09/
    # second-missile-launch-plesetsk-week): RUS>- MOBILIZE; main coded nothing (its first launch, "Ballistic
    # missile RS-24 Yars ... hit the target at Kamchatka", was not coded, so the article had no launcher)
    records = row_records("heldout17_prose.tsv", "L051", "Last week’s launch was from a silo, while the latest was from a mobile launcher.")
    assert has(records, "RUS", None, "MOBILIZE")
    records = row_records(
        "heldout17_prose.tsv", "L048",
        "«Strategic missile forces practiced the procedure of redeploying a battery of the mobile system Yars to a remote region, "
        "preparations for and the launch proper,» the ministry said.",
    )
    assert has(records, "RUS", None, "MOBILIZE")


def test_a_speakers_it_past_an_adverb_and_the_army_of_the_launcher():
    # heldout26 q016 and q018 (Yahoo UK, https://uk.news.yahoo.com/russia-claims-successful-test-launch-142125028.html):
    # RUS>- MOBILIZE (and STATEMENT); main coded neither
    records = row_records(
        "heldout26_prose.tsv", "q016",
        "The Russian Ministry of Defense said in a statement released on November 26 that it had successfully test launched a "
        "Zircon hypersonic missile from the White Sea against a target in the Barents Sea.",
    )
    assert has(records, "RUS", None, "MOBILIZE")
    records = row_records(
        "heldout26_prose.tsv", "q018",
        "The military said it hit a sea target after flying 450 kilometers (279 miles) at over eight times the speed of sound.",
    )
    assert has(records, "RUS", None, "MOBILIZE")


def test_a_report_is_kept_beside_the_launch_it_reports():
    # heldout26 q020 (Fox 17 / AP, https://www.fox17online.com/news/russia-reports-successful-test-launch-of-hypersonic-missile):
    # RUS>- MOBILIZE | RUS>- STATEMENT; main coded the statement only (the headline's launch was not coded, so the
    # article had no launcher), and the launch alone without the report's own record
    records = row_records(
        "heldout26_prose.tsv", "q020",
        "MOSCOW (AP) — The Russian military has reported a successful test launch of the new Zircon hypersonic cruise missile, "
        "giving the news to Russian President Vladimir Putin on his 68th birthday.",
    )
    assert has(records, "RUS", None, "MOBILIZE") and any(r["source"] == "RUS" and r["plover"] is None for r in records)


def test_a_weapon_told_after_a_parenthesis():
    # heldout26 q106 (the Korea Herald, http://www.koreaherald.com/view.php?ud=20170915000820): PRK>- MOBILIZE
    records = row_records(
        "heldout26_prose.tsv", "q106",
        "The North’s missile -- thought to be an intermediate-range Hwasong-12 -- blasted off at 6:57 a.m. from the vicinity of Sunan airport near Pyongyang.",
    )
    assert has(records, "PRK", None, "MOBILIZE")
    # heldout17 L057 (Tampa Bay Times editorial, http://sptimes.com/opinion/editorials/editorial-north-koreas-dangerous-warning/2324427):
    # PRK>- MOBILIZE; main coded KCNA's statement as an attack
    records = row_records(
        "heldout17_prose.tsv", "L057",
        "The nation's official KCNA news agency said the missile, named Hwasong-12, was fired on Sunday and flew for 30 minutes, "
        "completing a trajectory of 489 miles and reaching an altitude of 1,312 miles.",
    )
    assert has(records, "PRK", None, "MOBILIZE")


def test_an_island_of_a_state_flown_over_and_a_launch_facility():
    # heldout18 T101 (Arabs Today, https://mail.arabstoday.net/en/amp/639/north-korea-fires-missile-over-japan-024853): PRK>JPN MOBILIZE
    records = row_records(
        "heldout18_prose.tsv", "T101",
        "The missile flew over the northern island of Hokkaido and landed harmlessly in the sea, after a flight of nearly 1,700 miles.",
    )
    assert has(records, "PRK", "JPN", "MOBILIZE")
    # heldout15 O125 (ETV Bharat): RUS<>PRK CONSULT only; "a Soyuz-2 space rocket launch facility" is no launch
    records = row_records(
        "heldout15_prose.tsv", "O125",
        "The two men began their meeting with a tour of a Soyuz-2 space rocket launch facility, at which the North Korean leader "
        "peppered a Russian space official with questions about the rockets.",
    )
    assert not has(records, "PRK", None, "MOBILIZE")


def test_a_launch_of_a_named_weapon_that_was_conducted_or_launched():
    # heldout26 q041 (ECNS, http://ecns.cn/news/military/2018-06-03/detail-ifyuurnp0998584.shtml): IND>- MOBILIZE
    assert has(row_records("heldout26_prose.tsv", "q041", "The first test of Agni-V was conducted in 2012."), "IND", None, "MOBILIZE")
    # heldout17 L050 (the Barents Observer): RUS>- MOBILIZE; heldout26 q023 (Scroll.in, https://scroll.in/latest/845263/scroll_in): IRN>- MOBILIZE
    assert has(row_records("heldout17_prose.tsv", "L050", "Also last week, a intercontinental RS-24 Yars was launched from Plesetsk."), "RUS", None, "MOBILIZE")
    records = row_records(
        "heldout26_prose.tsv", "q023", "Simorgh was launched days after the US issued fresh economic sanctions against Iran over ballistic missiles programmes."
    )
    assert has(records, "IRN", None, "MOBILIZE")


def test_a_launch_gerund_or_participle_told_as_done():
    # heldout26 q071 (Times Herald, http://www.timesherald.com/article/20121212/OPINION03/121219807/rememberingpa.us/timesherald):
    # PRK>- MOBILIZE; main coded nothing
    records = row_records(
        "heldout26_prose.tsv", "q071",
        "North Korea was apparently successful in launching a missile Wednesday that operated as intended and seems to have been "
        "capable of sending a satellite into orbit.",
    )
    assert has(records, "PRK", None, "MOBILIZE")
    # heldout18 T095 (Yonhap, https://en.yna.co.kr/view/AEN20221006001200320?section=news): KOR>- MOBILIZE | USA>- MOBILIZE
    records = row_records("heldout18_prose.tsv", "T095", "South Korea and the U.S. countered in unison, firing ground-to-ground ballistic missiles into the East Sea.")
    assert has(records, "KOR", None, "MOBILIZE") and has(records, "USA", None, "MOBILIZE")
