"""Coder round 56 (issue 13, false events in features and analysis about summits and meetings): a plural meeting
noun that names none of its parties is a series of meetings, not the article's meeting, and takes no pair from the
article ("some of the key summits that have left an indelible mark"); "in some / many / most cases" before a meeting
noun makes the sentence a generalisation over summits ("In some cases, the summit is as good as it gets"). Every
sentence is quoted from a development set (its row named) and read in an article, as `prose_scores` reads it; each
test fails with the code before this round."""

import datetime as dt

from prose_rows import codes_of, excerpt_codes


def test_summits_in_a_generalisation_or_a_series_take_no_pair_from_the_article():
    # held-out 57's SE005-SE011 (NBC Washington, 2018): the article's summits named earlier (Trump-Kim, Chamberlain-Hitler)
    coded = excerpt_codes(
        [
            "By stunning the world after seven decades of war and enmity, the projected face-to-face rendezvous between U.S. President Donald Trump and North Korean leader Kim Jong Un would immediately take its place in the historic pantheon of electrifying summits between sworn foes.",
            "From World War Two's Yalta gathering through U.S.-Soviet summits in the Cold War, President Nixon's trip to Chairman Mao's China and various attempts to forge peace among Israeli, Egyptian and Palestinian leaders, the art of the summit has long been a rare and rarified moment where the world stops agape.",
            "Sometimes a summit becomes notorious in history and not for the right reasons — as in British Prime Minister Neville Chamberlain's summit with Adolf Hitler in 1938 in Munich that has come to symbolize the very concept of appeasement.",
            "Some are remarkable in that they bestow legitimacy, whether intended or not, on a foe that had been a pariah.",
            "There are also those cases that are remarkable in having never happened: It is striking, but perhaps not surprising, to consider that Iraqi leader Saddam Hussein never met either of the President Bushes, nor did President Franklin D. Roosevelt meet Hitler.",
            "In some cases, the summit is as good as it gets as relations remain stagnant or plummet further.",
            "Here's a look at some of the key summits that have left an indelible mark on the collective global memory.",
        ],
        dt.date(2018, 3, 9),
        "Landmark Summits Through the Years, From WWII to Trump-Kim",
    )
    assert codes_of(coded, "In some cases") == []
    assert codes_of(coded, "Here's a look") == []
    # the summit the page names by its parties is still read as a meeting
    assert any(p == "CONSULT" for s, t, p in codes_of(coded, "Sometimes a summit"))


def test_the_bilateral_meetings_of_a_multilateral_summit_are_no_meeting_of_the_article_pair():
    # held-out 56's SD024-SD028 (the Hindustan Times, 2022-09-16): Modi and Xi held no bilateral at the SCO summit
    coded = excerpt_codes(
        [
            "But after the summit ended on Friday afternoon, it was clear that Xi was not among the leaders with whom Modi held bilateral meetings.",
            "Both Modi and Xi did not attend the informal dinner for SCO leaders on Thursday evening, with the Indian leader flying into Samarkand at a time when most of the ceremonial events were already over.",
            "At a photo opportunity before the start of the first session of the summit, the two leaders were not even close to each other.",
            "Another photo opportunity before the start of a second and expanded session of the summit saw Modi and Xi standing next to each other but there were no reports of a handshake or even the exchange of pleasantries between the two leaders in public.",
            "Foreign secretary Vinay Kwatra told a news briefing that all the bilateral meetings that were scheduled and for which requests had came to the Indian sides “took place as per the schedule”.",
        ],
        dt.date(2022, 9, 16),
    )
    assert codes_of(coded, "Foreign secretary Vinay Kwatra") == []
