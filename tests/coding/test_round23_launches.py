"""Issue 13, twenty-third round: launches main's coder missed on the development sets because the
launcher was named only earlier in the article, because the weapon's noun phrase was long (a comma between
its adjectives, "surface-to-surface", "the training launch of an Intermediate Range Ballistic Missile"), because
a second launcher of the same sentence was dropped, or because the state flown over was not the target. Each
sentence is a development row (its set and id, the page it quotes), coded in its article as the prose scores
code it; the expected events are the rows' hand labels."""

from __future__ import annotations

from prose_rows import has, row_records



def test_the_latest_test_opening_a_sentence_is_the_articles_launch():
    # heldout18 T110 (newsspace.com, https://newsspace.com/north-koreas-dangerous-stunt-puts-whole-world-on-standby/):
    # PRK>- MOBILIZE; main coded nothing (the sentence names no actor)
    records = row_records("heldout18_prose.tsv", "T110", "The latest test, however, wasn’t a typical operation.")
    assert has(records, "PRK", None, "MOBILIZE")
    # heldout4 Q043 (JoongAng Daily): "the test" as a comment's object stays no event, as labelled
    assert row_records("heldout4_prose.tsv", "Q043", "Analysts view the test as a show of force aimed at influencing the regional security agenda.") == []


def test_a_comma_between_the_weapons_adjectives_and_the_article_keeps_its_launcher():
    # heldout19 G124 and G125 (Irish Examiner, https://www.irishexaminer.com/world/arid-30037544.html): IND>- MOBILIZE
    # each; main coded neither (the comma ended the launch verb's clause, so the next sentence had no launcher)
    records = row_records(
        "heldout19_prose.tsv", "G124",
        "India has successfully tested an advanced version of its nuclear-capable, intermediate range Agni missile.",
    )
    assert has(records, "IND", None, "MOBILIZE")
    records = row_records(
        "heldout19_prose.tsv", "G125",
        "The most powerful weapon in its missile arsenal was launched from an island off the eastern coast, news reports said.",
    )
    assert has(records, "IND", None, "MOBILIZE")


def test_surface_to_surface_is_part_of_the_weapon():
    # heldout19 G176 (CCTV, https://big5.cctv.com/gate/big5/english.cctv.cn/program/worldwidewatch/20090928/101911.shtml):
    # IRN>- MOBILIZE; main coded IRN ACCUSE from "no information was released"
    records = row_records(
        "heldout19_prose.tsv", "G176",
        "The country launched short-range, surface-to-surface missiles, but no information was released on their range or other details.",
    )
    assert has(records, "IRN", None, "MOBILIZE")


def test_a_launch_of_a_long_weapon_phrase_gives_the_article_its_launcher():
    # heldout17 L026 and L028 (WION, https://www.wionews.com/node/536888): IND>- MOBILIZE; main coded neither,
    # as it had not read "carried out the training launch of Intermediate Range Ballistic Missile Agni-3" (L025)
    # as a frame, so the article had no launcher; "lifted off" is the missile's take-off
    records = row_records(
        "heldout17_prose.tsv", "L026",
        "News agencies reported citing sources in the Defence Research and Development Organisation (DRDO) that the missile "
        "lifted off from launch pad No.4 of the Integrated Test Range located on the island at 9.12am (IST).",
    )
    assert has(records, "IND", None, "MOBILIZE")
    records = row_records(
        "heldout17_prose.tsv", "L028",
        "The Agni-3 missile was test-fired successfully in 2007 and also in 2008, which was its third consecutive launch.",
    )
    assert has(records, "IND", None, "MOBILIZE")


def test_a_second_launcher_in_the_sentence():
    # heldout17 L044 (Express Digest, https://expressdigest.com/?p=56735): RUS>- MOBILIZE (PRK's "multiple tests" no event
    # since labels round 17; America's "tested two of its own Minutemen III missiles earlier this year", a count over more
    # than a week, no event since labels round 18, so the second launcher is no longer pinned); main coded
    # only Russia's (the article's launcher, for "The ICBM test")
    records = row_records(
        "heldout17_prose.tsv", "L044",
        "The ICBM test comes after America tested two of its own Minutemen III missiles earlier this year, and amid multiple "
        "tests by North Korea of its new Hwasong-14 missile, which it claims is capable of carrying a nuclear warhead.",
    )
    assert has(records, "RUS", None, "MOBILIZE")


def test_the_state_flown_over_is_the_target():
    # heldout14 N091 (Reason, https://reason.com/2017/08/29/north-korea-fires-another-missile-over-j/printer/) and
    # heldout18 T124 (Boston Herald via PressReader, http://www.pressreader.com/usa/boston-herald/20170829/281655370208331):
    # PRK>JPN MOBILIZE; main coded PRK with no target
    records = row_records(
        "heldout14_prose.tsv", "N091",
        "\"A missile launch across Japan is an outrageous act that poses an unprecedented, grave and serious threat, and "
        "significantly undermines the peace and security of the region,\" Japan Prime Minister Shinzo Abe told reporters.",
    )
    assert has(records, "PRK", "JPN", "MOBILIZE")
    records = row_records(
        "heldout18_prose.tsv", "T124",
        "South Korea’s Joint Chiefs of Staff said the missile traveled roughly 1,677 miles and reached a maximum height of "
        "341 miles as it flew over the northern Japanese island of Hokkaido.",
    )
    assert has(records, "PRK", "JPN", "MOBILIZE")
