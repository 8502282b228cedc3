"""Coder round 50 (issue 13, false events in opinion and analysis, fourth pass): general causes of the development
sets' false events (habits, kinds of office holder, a state's launches in general, experts' comments). Every sentence
is quoted from a development set (its row named) and read in an article, as `prose_scores` reads it, beside a sentence
whose event must stay; each test fails with the code before this round."""

import datetime as dt

from prose_rows import codes_of, excerpt_codes


def test_a_launch_in_an_every_time_clause_is_a_habit():
    # held-out 49's NK096 (huewhite.com, 2017-09-15), after held-out 45's LZ011 (a launch the sets label)
    coded = excerpt_codes(
        [
            "North Korea launched a ballistic missile into the ocean early Sunday morning.",
            "Every time Kim Jong Un of North Korea fires off a missile, the test data his people are collecting is actually "
            "secondary in purpose; because each launch gets so much attention, it’s obvious he’s trying to achieve "
            "something more than just perfect the technology.",
        ],
        dt.date(2017, 9, 15),
    )
    assert ("PRK", None, "MOBILIZE") in codes_of(coded, "North Korea launched")
    assert codes_of(coded, "Every time") == []


def test_a_states_launches_in_general_are_no_launch():
    # held-out 45's LZ045-LZ046 (stateofthestateks.com, 2017-07-29): Iran's tests as a programme, no launch
    coded = excerpt_codes(
        [
            "Iran frequently announces technological breakthroughs that are hard to independently verify.",
            "The Trump administration has been highly critical of Iran's ballistic missile tests.",
        ],
        dt.date(2017, 7, 29),
    )
    # no launch (the round's rule); the is-it-an-event model refit on held-out 51 to 55 lets "has been highly critical
    # of" through as an accusation in this two-sentence excerpt, which is the gate's verdict, not this rule's
    assert all(plover != "MOBILIZE" for _, _, plover in codes_of(coded, "The Trump administration"))
    # a past act answers launches that happened: kept
    coded = excerpt_codes(["Japan condemned North Korea's missile launches."])
    assert ("PRK", None, "MOBILIZE") in codes_of(coded, "Japan condemned")


def test_a_visit_by_a_kind_of_office_holder_is_a_habit():
    # eventness_train's E090-E091 (Japan Times editorial, 2017-07-05)
    coded = excerpt_codes(
        [
            "Close coordination between Washington, Tokyo and Seoul is critical to the realization of that goal.",
            "The existential threat posed by North Korea motivates virtually all South Korean presidents to visit the U.S. "
            "on their first overseas trip.",
        ],
        dt.date(2017, 7, 5),
    )
    assert codes_of(coded, "The existential threat") == []


def test_an_experts_comment_is_no_statement_of_a_state():
    # held-out 20's J043-J044 (2010-04-23): the scholar's comment is no Chinese statement
    coded = excerpt_codes(
        [
            "French President Nicolas Sarkozy's state visit next week is a positive signal of the recent thaw in "
            "Sino-French relations, which had hit a trough following his meeting with the Dalai Lama in December 2008, "
            "analysts said on Thursday.",
            'Pang Zhongying, a senior expert on world politics at the Beijing-based Renmin University of China said: "With '
            "Sarkozy's state visit, Sino-French ties will enter a new phase.\"",
        ],
        dt.date(2010, 4, 23),
    )
    # (J044 is labelled `FRA>CHN AGREE/CONSULT` since labels round 19, a quoted comment on the article's own visit by
    # its noun; what is pinned is that the scholar's comment gives no Chinese statement or other record)
    assert all({source, target} == {"FRA", "CHN"} and plover in ("CONSULT", "AGREE")
               for source, target, plover in codes_of(coded, "Pang Zhongying"))
    # held-out 44's r006-r007 (The Australian via newsbite)
    coded = excerpt_codes(
        [
            "It is an increasingly rare experience for visiting leaders to get so much time in the Chairman of "
            "Everything’s diary.",
            "“Xi receives lots of guests but doesn’t invite many to lunch,” Richard McGregor, senior fellow at the Lowy "
            "Institute and Australia’s top expert on elite Chinese politics, told The Australian.",
        ]
    )
    assert codes_of(coded, "“Xi receives") == []
    # an official's statement stays
    coded = excerpt_codes(["China's foreign ministry spokesman said Japan must stop provocations."])
    assert codes_of(coded, "China's foreign ministry") != []
