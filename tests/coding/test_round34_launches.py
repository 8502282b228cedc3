"""Issue 13, coder round 34: launches main's coder missed on the development sets because the launch lexicon
lacked a word form (a weapon told by its system's name or as a launch or glide vehicle, "a test-fire of", "the
flight tests of", "the training launch", "the night launch", "The purported launch", "The reported launches",
"weapon" as a flight's subject, "by test-firing", a number's thousands comma) or a launcher role (the doer
of a nominal launch, the actors right before a launch verb, a second launcher's "tests by X"). Each sentence
is a development row (its set and id, the page it quotes), coded in its article as the prose scores code it;
the expected events are the rows' hand labels."""

from __future__ import annotations

from prose_rows import code_sentence, has, labels_found, row_records

from latitude.coding.coder import Article, code


def test_a_weapon_told_by_its_systems_name_or_as_a_launch_or_glide_vehicle():
    # heldout19 G130 (Irish Examiner, https://www.irishexaminer.com/world/arid-30037544.html): IND>- MOBILIZE; main
    # coded a statement only ("Agni-II" is no weapon word of main's)
    records = row_records(
        "heldout19_prose.tsv", "G130",
        "Agni-II soared into the sky over the Bay of Bengal from Wheeler's Island off the coast of Orissa state, Press Trust "
        "of India said, quoting unidentified sources.",
    )
    assert has(records, "IND", None, "MOBILIZE")
    # heldout26 q024 (Scroll.in, https://scroll.in/latest/845263/scroll_in): IRN>- MOBILIZE; heldout30 X062 (vuink):
    # CHN>- MOBILIZE
    assert labels_found("heldout26_prose.tsv", "q024")[0]
    assert labels_found("heldout30_prose.tsv", "X062") == [True]
    # heldout16 P144 (mahsool.net): a system's name with a launch noun further on is still no launch
    assert row_records(
        "heldout16_prose.tsv", "P144",
        "Agni, meaning \"fire\" in Sanskrit, is the name given to a series of rockets India developed as part of a guided "
        "missile development project launched in 1983.",
    ) == []


def test_a_test_of_a_weapon_and_the_modifiers_of_a_launch_noun():
    # heldout30 X035 (IBTimes India), X082 (the Daily Beast), X030 (MM News), X050 and X056 (the Northlines):
    # PAK, CHN, PAK, IND, IND>- MOBILIZE; main coded none of them
    for row_id in ("X035", "X082", "X030", "X050", "X056"):
        assert labels_found("heldout30_prose.tsv", row_id)[0], row_id
    # heldout26 q082 (Dawn, https://www.dawn.com/news/1606770/): "a successful test of the surface-to-surface
    # ballistic missile Shaheen-III", PAK>- MOBILIZE
    assert labels_found("heldout26_prose.tsv", "q082") == [True]


def test_the_launcher_is_the_doer_or_the_actor_right_before_the_launch_verb():
    # heldout32 KR077 (the Thinking Conservative): "North Korean leader Kim Jong Un supervised the test-firing of the
    # hypersonic missiles", PRK>- MOBILIZE; main coded South Korea's launch (labels round 12 added KCNA's report,
    # `PRK>- STATEMENT`, as a third label, which coder round 184's agency reader finds)
    assert labels_found("heldout32_prose.tsv", "KR077") == [True, True, True]
    # heldout19 G164 (RFE/RL): "cited U.S. officials ... as saying the IRGC had fired two short-range missiles",
    # IRN>- MOBILIZE; main coded the US's launch
    records = row_records(
        "heldout19_prose.tsv", "G164",
        "Fox News cited U.S. officials on March 6 as saying the IRGC had fired two short-range missiles over southeastern "
        "Iran -- one on March 4 that missed its target and another on March 5 that hit its intended target.",
    )
    assert has(records, "IRN", None, "MOBILIZE") and not has(records, "USA", None, "MOBILIZE")
    # heldout17 L044 (expressdigest): Russia's launch; "amid multiple tests by North Korea of its new Hwasong-14
    # missile", a third launcher's series, is no event since labels round 17 (acts summed up over a span), and
    # "America tested two of its own Minutemen III missiles earlier this year", a count over more than a week, since
    # labels round 18 (counted series of acts)
    assert labels_found("heldout17_prose.tsv", "L044") == [True]
    # heldout30 X046 (RFE/RL): "Iran's Islamic Revolutionary Guard Corps (IRGC) said on April 22 that it launched a
    # military satellite into orbit", IRN>- MOBILIZE; heldout26 q078 (Dawn): "The army on Thursday successfully
    # test-fired ..., a press release by the Inter-Services Public Relations said", PAK>- MOBILIZE; main coded neither
    assert labels_found("heldout30_prose.tsv", "X046")[0]
    assert labels_found("heldout26_prose.tsv", "q078")[0]


def test_a_weapon_flies_and_a_salvo_is_launched():
    # heldout26 q094 (Stars and Stripes): "The domestically made weapon flew roughly 125 miles ...", KOR>- MOBILIZE
    assert labels_found("heldout26_prose.tsv", "q094")[0]
    # a salvo told by its noun is the article's launch, as "the launch" is; a system's name is a weapon (main typed
    # "test-fired a Hwasong-18" an attack)
    text = "North Korea fired two ballistic missiles into the sea on Monday. The salvo came a day after the allies began their drills."
    records = [r for r in code(Article("salvo", text, None)) if r["sentence"].startswith("The salvo")]
    assert has(records, "PRK", None, "MOBILIZE")
    # a launch noun after its date is definite, as after its weekday ("Wednesday's launch")
    text = "North Korea fired two ballistic missiles into the sea on Monday. The July 4 launch drew condemnation from Seoul."
    records = [r for r in code(Article("dated", text, None)) if r["sentence"].startswith("The July 4")]
    assert has(records, "PRK", None, "MOBILIZE")
    records = code_sentence("North Korea test-fired a Hwasong-18 on Thursday.")
    assert has(records, "PRK", None, "MOBILIZE") and not has(records, "PRK", None, "ASSAULT")
