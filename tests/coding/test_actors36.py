"""Actors round 36 (issue 13): people whose full name the coder never resolved. Of the development people missed
(held-out actors 18-35 read by article), most full names stand after an office with no state of their own; reading the
state from the article (its topic, the sentence's only state, the page's first or most named state) was measured and
found wrong too often to keep. The rule kept: an office's modifiers ("presidential", "federal", "nuclear",
"executive", "senior") and the heads "senator" and "negotiator" stand in the office between a state's mention and the
name, so "US presidential special envoy Steve Witkoff" is the United States' and the surname after it is carried.
Probes quote development sentences (held-out actors 27 V011, 30 Y019, Y032 and Y034, 32 AA005, 35 AD026) and a general
sentence; expected states read from the sentences by hand."""

import datetime as dt

import pytest

from prose_rows import state_in_article


@pytest.mark.parametrize(
    ("sentence", "name", "state"),
    [
        # held-out actors 30 Y019
        ("Russian President Vladimir Putin and US presidential special envoy Steve Witkoff discussed Ukraine’s accession "
         "to NATO during their talks, Russian presidential aide Yuri Ushakov said Wednesday.", "Steve", "USA"),
        # held-out actors 32 AA005
        ("Defence Minister Rajnath Singh held a telephonic conversation today with the German Federal Defence Minister, "
         "Boris Pistorius.", "Boris", "DEU"),
        # held-out actors 27 V011
        ("The U.S. envoy, meanwhile, had discussions with Seoul's chief nuclear envoy Noh Kyu-duk on Monday and sat down "
         "with Unification Minister Lee In-young on Tuesday morning.", "Noh", "KOR"),
        # held-out actors 35 AD026
        ("President William Ruto has hosted United States senator Chris Coons at State House Nairobi.", "Chris", "USA"),
        # a general sentence
        ("Kenya's senior negotiator Amina Wanjiru met the Brazilian federal minister Carla Souza in Geneva.", "Amina", "KEN"),
        ("Kenya's senior negotiator Amina Wanjiru met the Brazilian federal minister Carla Souza in Geneva.", "Carla", "BRA"),
    ],
)
def test_an_office_modifier_between_a_state_and_a_name_keeps_the_name_the_states(sentence, name, state):
    assert state_in_article((sentence,), name) == state


def test_the_surname_of_a_name_so_resolved_is_carried_in_the_article():
    # held-out actors 30 Y032 and Y034
    sentences = (
        "Ukrainian presidential chief-of-staff Andriy Yermak met with incoming US Vice President JD Vance and new national "
        "security advisor to President-elect Donald Trump, Michael Waltz, in Washington on Thursday, CNN reported, citing "
        "three anonymous sources familiar with the situation.",
        "Andriy Yermak and Boyev also presented a general outline of their defensive strategy, but without details.",
    )
    assert state_in_article(sentences, "Andriy", dt.date(2024, 12, 6)) == "UKR"
