"""Issue 13, coder round 42: launches, third pass. Launches main's coder missed on the development sets because
it read an aim that names no one but the launcher as an attack, lacked the flight verbs' participles and a
report's "is reported to have", lost the article's launcher when a headline named a second state, read an
article's opening launch sentences before it had met their launcher, or lacked "soaring" over a state. Each
sentence is a development row (its set and id, the page it quotes), coded in its article as the prose scores
code it; the expected events are the rows' hand labels."""

from __future__ import annotations

from prose_rows import has, row_records


def test_an_aim_that_names_only_the_launcher_is_a_launch_not_an_attack():
    # heldout25 L099 and heldout13 M037: IRN>- and PRK>- MOBILIZE; main coded both ASSAULT ("near the city of
    # Tehran", "on the first day of the exercise")
    records = row_records(
        "heldout25_prose.tsv", "L099",
        "The Iranian Regime has test-fired a Khorramshahr ballistic missile near the city of Tehran.",
    )
    assert has(records, "IRN", None, "MOBILIZE") and not has(records, "IRN", None, "ASSAULT")
    records = row_records(
        "heldout13_prose.tsv", "M037",
        "North Korea blasted the drill as a “dangerous provocative act” and fired several ballistic missiles, believed "
        "to be close-range ones, on the first day of the exercise.",
    )
    assert has(records, "PRK", None, "MOBILIZE") and not has(records, "PRK", None, "ASSAULT")


def test_a_flight_told_with_an_auxiliary_or_a_report():
    # heldout17 L020 and heldout41 MT037: IRN>- and PRK>- MOBILIZE; main coded nothing
    records = row_records("heldout17_prose.tsv", "L020", "The missile is reported to have traveled about 600 miles before detonating.")
    assert has(records, "IRN", None, "MOBILIZE")
    records = row_records(
        "heldout41_prose.tsv", "MT037",
        "It also noted that the missile had fallen closer to Russia than Japan, adding that “the president cannot "
        "imagine that Russia is pleased.”",
    )
    assert has(records, "PRK", None, "MOBILIZE")


def test_the_article_launcher_is_the_state_most_named_about_launches():
    # heldout37 MS062 (USIP's Iran Primer, under the headline "Iran Fails to Launch Satellite, U.S. Reaction"):
    # IRN>- MOBILIZE; main took no launcher, as the headline named the US too
    records = row_records("heldout37_prose.tsv", "MS062", "The launch was the latest in a series of setbacks.")
    assert has(records, "IRN", None, "MOBILIZE")


def test_an_opening_launch_takes_the_launcher_the_article_codes_later():
    # heldout4 Q045: PRK>- MOBILIZE, told before the article codes North Korea's launch (Q048, Q049); main coded nothing
    records = row_records(
        "heldout4_prose.tsv", "Q045",
        "The launch comes days before South Korea hosts the Asia-Pacific Economic Conference , an annual summit meant "
        "to promote economic integration and trade throughout the region.",
    )
    assert has(records, "PRK", None, "MOBILIZE")


def test_a_missile_soaring_over_a_state_targets_it():
    # heldout41 MT012 (the Washington Examiner): PRK>JPN MOBILIZE; main coded PRK>- only
    records = row_records(
        "heldout41_prose.tsv", "MT012",
        "North Korea’s Tuesday morning missile firing, in which it sent an intermediate-range ballistic missile soaring "
        "over Japan, didn’t demonstrate any new capability, but it did display renewed contempt for international "
        "efforts to pressure Pyongyang to give up its nuclear weapons.",
    )
    assert has(records, "PRK", "JPN", "MOBILIZE")


def test_a_definite_launch_noun_after_a_doer_verb_is_its_subjects():
    # heldout37 MS120 (mixedtimes): PRK>- MOBILIZE; main coded none (it lacked "overseen" and read no doer before
    # "the launch"), so the article's next sentences (MS122 to MS124) had no launcher either
    records = row_records(
        "heldout37_prose.tsv", "MS120",
        "North Korean state media confirmed on Thursday that dictator Kim Jong-un had overseen the launch the day "
        "before of a new model of intercontinental ballistic missile (ICBM), branded the “Hwasong-18,” intended to "
        "intimidate the United States and South Korea into ceasing their military activities.",
    )
    assert has(records, "PRK", None, "MOBILIZE")
    records = row_records("heldout37_prose.tsv", "MS124", "The missile launch appeared to be timed to disrupt South Korean President Yoon Suk-yeol’s various meetings at the NATO summit in Vilnius, Lithuania.")
    assert has(records, "PRK", None, "MOBILIZE")


def test_a_satellite_put_into_orbit_was_launched():
    # heldout37 MS060 (USIP's Iran Primer): IRN>- MOBILIZE; main coded IRN>- ACCUSE
    records = row_records("heldout37_prose.tsv", "MS060", "On February 9, Iran attempted to put a satellite into orbit but failed.")
    assert has(records, "IRN", None, "MOBILIZE")


def test_an_object_that_fell_into_the_sea_is_the_articles_launch():
    # heldout41 MT074 (travelsnew / VOA): PRK>- MOBILIZE; main coded nothing
    records = row_records(
        "heldout41_prose.tsv", "MT074",
        "South Korean military officials said the object fell into the sea off the east coast of the Korean "
        "peninsula, but no precise location was given.",
    )
    assert has(records, "PRK", None, "MOBILIZE") and not has(records, "KOR", None, "MOBILIZE")


def test_a_missile_that_took_off_was_launched():
    # heldout41 MT035 (Outside the Beltway): PRK>- MOBILIZE; main coded nothing
    records = row_records(
        "heldout41_prose.tsv", "MT035",
        "The missile took off from the northwestern city of Kusong and flew more than 430 miles before landing in "
        "the sea between North Korea and Japan, the South Korean military said in a statement.",
    )
    assert has(records, "PRK", None, "MOBILIZE") and not has(records, "KOR", None, "MOBILIZE")


def test_the_test_with_a_past_verb_is_the_articles_launch():
    # heldout37 MS018 (roundnews): PRK>- MOBILIZE; main read "test proved" as a verb's two halves and coded nothing
    records = row_records(
        "heldout37_prose.tsv", "MS018",
        "The test proved that North Korean ballistic missiles could reach with ease the American air base in Guam "
        "which is at the same distance.",
    )
    assert has(records, "PRK", None, "MOBILIZE")


def test_a_launch_noun_after_a_launch_adjective_is_definite():
    # heldout41 MT065 (travelsnew / VOA): PRK>- MOBILIZE; main did not read "the first military launch" as one launch
    records = row_records(
        "heldout41_prose.tsv", "MT065",
        "The incident was the first military launch by North Korea since U.S. President Donald Trump took office 22 days ago.",
    )
    assert has(records, "PRK", None, "MOBILIZE")
