"""Issue 13, coder round 239: an attack told through its victims. In an article, a sentence that tells the victims or
the damage in the passive, then the act's noun after "in", "from", "during", "following" or "as a result of" with its
doer's adjective or possessive right before it ("Two people were killed in Kyiv as a result of Russian missile
strikes.", "Lebanon's health ministry said one person died following an Israeli drone strike.") was read with no doer,
or with the adjective's state as the target, and the row got no record; it is the doer's attack on the one other state
the sentence names (`coder._victims_attacks`). The same victims with the act's noun after a definite opener and no doer
in the sentence ("According to the Kyiv City Military Administration, 12 people were killed in the attack.") tell the
article's act again when the sentence names its target (`coder._victims_told`). Rows are quoted from cited development
sets (tests/fixtures/coding/, row ids given); the expectations are their hand labels. The first seven tests fail with
main's code (435b805e)."""

import datetime as dt

from prose_rows import labels_found

from latitude.coding.coder import Article, code_article


def _kinds(*sentences: str) -> set[tuple]:
    records = code_article(Article("round239", " ".join(sentences), dt.date(2025, 5, 9)))
    return {(r["source"], r["target"], r["plover"]) for r in records if r["sentence"] == sentences[-1]}


def test_killed_in_kyiv_as_a_result_of_russian_strikes():
    # held-out 141 OU001 (RUS>UKR ASSAULT/MOBILIZE): "Two people were killed in Kyiv as a result of Russian missile
    # strikes."
    assert labels_found("heldout141_prose.tsv", "OU001") == [True]


def test_died_following_an_israeli_drone_strike():
    # held-out 170 TJ006 (ISR>LBN ASSAULT | LBN>- STATEMENT): "Lebanon's health ministry said one person died following an
    # Israeli drone strike."
    assert labels_found("heldout170_prose.tsv", "TJ006")[0] is True


def test_martyred_in_indian_missile_attacks():
    # held-out 207 ON005 (IND>PAK ASSAULT/MOBILIZE): "At least 31 people were martyred and 57 were injured in Indian
    # missile attacks at 6 locations in Pakistan in the wee hours of Wednesday."
    assert labels_found("heldout207_prose.tsv", "ON005") == [True]


def test_killed_in_russia_s_attack_on_the_city_of_kyiv():
    # held-out 141 UK001 (RUS>UKR ASSAULT/MOBILIZE): "One civilian has been killed and 22 injured in Russia's recent
    # missile attack on the city of Kyiv." (the city four words past "on": not `_noun_attacks`'s reach)
    assert labels_found("heldout141_prose.tsv", "UK001") == [True]


def test_general_sentence():
    kinds = _kinds("Three villagers were wounded in Armenia's Tavush province as a result of Azerbaijani shelling.")
    assert ("AZE", "ARM", "ASSAULT") in kinds


def test_killed_in_the_attack_told_before():
    # held-out 219 DF005 (RUS>UKR ASSAULT/MOBILIZE | UKR>- STATEMENT): "According to the Kyiv City Military
    # Administration, 12 people were killed in the attack."
    assert labels_found("heldout219_prose.tsv", "DF005") == [True, True]


def test_general_article_victims_in_the_attack():
    kinds = _kinds(
        "Russian missiles struck the city of Kharkiv overnight, Ukrainian officials said.",
        "Five people were wounded in the attack, the Kharkiv regional administration said.",
    )
    assert ("RUS", "UKR", "ASSAULT") in kinds


def test_victims_with_no_state_named_are_not_the_article_s_act():
    kinds = _kinds(
        "Russian missiles struck the city of Kharkiv overnight, Ukrainian officials said.",
        "Five people were wounded in the attack, a hospital spokesperson said.",
    )
    assert not any(k[2] in ("ASSAULT", "MOBILIZE") for k in kinds)


def test_the_doer_named_as_the_subject_is_not_read_here():
    # an active verb with its doer first tells the doer itself; this reader adds nothing of another pair
    kinds = _kinds("Israel killed a Hezbollah commander in southern Lebanon in an Israeli drone strike, Lebanese media said.")
    assert ("LBN", "ISR", "ASSAULT") not in kinds


def test_a_city_before_the_noun_is_no_doer():
    kinds = _kinds("Two people were killed in a Kyiv drone strike, Russian officials said.")
    assert ("UKR", "RUS", "ASSAULT") not in kinds


def test_a_toll_since_a_date_is_no_act():
    kinds = _kinds("More than 200 people have been killed in Israeli strikes in Lebanon since the start of the war.")
    assert ("ISR", "LBN", "ASSAULT") not in kinds


def test_two_other_states_name_no_target():
    kinds = _kinds("Five people were killed in Israeli strikes, Syrian and Iranian officials said.")
    assert not any(k[2] == "ASSAULT" for k in kinds)
