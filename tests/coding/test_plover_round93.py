"""PLOVER round 93 (issue 13): an attack typed as a show of force — a launched weapon that struck its target.

PLOVER round 91's sort of the development news sets A to CB found 28 rows labelled ASSAULT whose first coded record
is MOBILIZE. The largest general construction among them is a launched weapon told as the subject of a verb of
striking ("Russian missiles hit the eastern Ukrainian city of Sloviansk", "rockets fired from Gaza struck southern
Israel"): the launch frame typed it CAMEO 150, the show of force, though the weapon hit the state. Now a launch frame
with a source and a target whose weapon noun is the subject of "hit", "struck", "slammed", "smashed" or "impacted" is
CAMEO 190, ASSAULT (`coder._struck_launch`); a weapon that fell, crashed or exploded stays a launch. Sentences quoted
from the real-news development sets (tests/fixtures/coding/plover_news_*.tsv), with their article dates; expected
sources and targets their hand labels.
"""

import datetime as dt

from prose_rows import lone_codes

from latitude.coding.coder import code_sentence


def test_a_launched_weapon_that_struck_a_state_is_the_attack_not_a_show_of_force():
    # a general sentence
    assert lone_codes("Two rockets fired from Lebanon struck northern Israel on Sunday.") == ("ASSAULT", "LBN", "ISR")
    # AK, labelled ASSAULT RUS > UKR (coded MOBILIZE)
    text = (
        "Russian missiles hit the eastern Ukrainian city of Sloviansk on Friday, killing at least eight people and "
        "wounding 21, the governor of Donetsk region said."
    )
    assert lone_codes(text, dt.date(2023, 4, 15)) == ("ASSAULT", "RUS", "UKR")
    # AL, labelled ASSAULT PSE > ISR
    assert lone_codes("Some 20 rockets fired from Gaza struck southern Israel on Oct. 28 and 29.", dt.date(2012, 11, 1)) == (
        "ASSAULT", "PSE", "ISR"
    )
    # S, labelled ASSAULT YEM > USA
    text = (
        "An anti-ship missile fired by Houthi fighters struck a U.S.-owned commercial ship off the coast of Yemen on "
        "Monday, but the vessel and its crew were not seriously harmed, according to the U.S. military’s Central "
        "Command and Britain's."
    )
    assert lone_codes(text, dt.date(2024, 1, 15))[0] == "ASSAULT"


def test_a_launch_that_fell_or_was_not_told_as_striking_stays_a_launch():
    # guards: a weapon that fell into the sea, and a launch told with no verb of striking
    fell = code_sentence("A ballistic missile fired by North Korea fell in the sea off Japan on Sunday.")
    assert all(r["plover"] != "ASSAULT" for r in fell)
    fired = code_sentence("North Korea fired two ballistic missiles into the East Sea on Thursday, the JCS said.")
    assert all(r["plover"] != "ASSAULT" for r in fired)
