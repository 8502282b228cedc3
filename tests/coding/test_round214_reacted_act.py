"""Issue 13, coder round 214: the article's act told by its noun as a reporter's or a reaction's object. Coder round
213's sort left the rows whose article coded the attack or launch on an earlier row but whose own sentence tells it
only as the object of a reaction or a report ("Al-Maliki has condemned the launches as "barbaric".", "The Israeli
military confirmed the interception of the projectile by its advanced air defense systems.") with no reader for their
shape. An article's sentence with no attack or launch record whose first reaction or report verb (condemn, denounce,
deplore, decry, criticise, slam, confirm, call, describe, report) has for object a definite noun of force ("the
strike", "these attacks", "the interception") and that names no state after the verb but the act's parties now
carries the article's last attack or launch (`coder._reacted_act`; code_article only). Rows are quoted from cited
development sets (tests/fixtures/coding/, row ids given); the expectations are their hand labels. The first eight
tests fail with main's code (de4db070)."""

import datetime as dt

from prose_rows import labels_found

from latitude.coding.coder import Article, code_article


def _second(text: str) -> set[tuple]:
    records = code_article(Article("round214", text, dt.date(2025, 5, 8)))
    second = text.split(". ", 1)[1]
    return {(r["source"], r["target"], r["plover"]) for r in records if r["sentence"] == second}


def test_condemned_the_launches():
    # held-out 118 IX019: "Al-Maliki has condemned the launches as "barbaric"." (YEM>SAU ASSAULT/MOBILIZE beside the
    # condemnation)
    assert labels_found("heldout118_prose.tsv", "IX019")[1]


def test_condemned_the_strike():
    # held-out 133 AD034: "Al-Ansari condemned the strike as "a flagrant violation of the sovereignty of the State of
    # Qatar, its airspace, international law, and the United Nations Charter."" (IRN>QAT ASSAULT/MOBILIZE)
    assert labels_found("heldout133_prose.tsv", "AD034")[1]


def test_confirmed_the_interception():
    # held-out 141 IT005: "The Israeli military confirmed the interception of the projectile by its advanced air
    # defense systems." (YEM>ISR ASSAULT/MOBILIZE)
    assert labels_found("heldout141_prose.tsv", "IT005")[0]


def test_did_not_confirm_the_attack():
    # held-out 206 OF002: "Russian officials did not confirm the attack, although the local governor said drones
    # started a fire ..." (UKR>RUS ASSAULT: the act is told though its target does not confirm it)
    assert labels_found("heldout206_prose.tsv", "OF002")[0]


def test_called_the_test():
    # held-out 78 LQ046: "The United Nations Secretary-General Ban Ki-moon called the test a "brazen and irresponsible
    # act'." (PRK>- MOBILIZE)
    assert labels_found("heldout78_prose.tsv", "LQ046")[1]


def test_described_the_incident():
    # held-out 136 DB003: "Authorities described the incident as part of what they called "Iranian aggression," ..."
    # (IRN>BHR ASSAULT/MOBILIZE)
    assert labels_found("heldout136_prose.tsv", "DB003")[0]


def test_reported_the_strikes():
    # held-out 186 ZU004: "The Syrian Observatory for Human Rights, a Britain-based war monitor, reported the strikes
    # had targeted military installations." (ISR>SYR ASSAULT)
    assert labels_found("heldout186_prose.tsv", "ZU004")[0]


def test_a_general_sentence():
    kinds = _second(
        "Russia fired missiles at Ukraine on Monday, the Ukrainian air force said. "
        "Germany condemned the attack in the strongest terms."
    )
    assert ("RUS", "UKR", "ASSAULT") in kinds or ("RUS", "UKR", "MOBILIZE") in kinds


def test_guards():
    # guards (pass on both): a conditional, a pronoun subject (the doer may tell its own act) and another state named
    # after the verb keep the article's act off the row
    assert not any(k[:2] == ("IRN", None) and k[2] in ("ASSAULT", "MOBILIZE") for k in _second(
        "Iran test-fired a ballistic missile on Monday, state media said. "
        "If confirmed, the launch amounts to a violation of the resolution."
    ))
    assert not any(k[:2] == ("RUS", "UKR") for k in _second(
        "Russia fired missiles at Ukraine on Monday, the Ukrainian air force said. "
        "They described the strikes as a response to provocations."
    ))
    assert not any(k[:2] == ("RUS", "UKR") for k in _second(
        "Russia fired missiles at Ukraine on Monday, the Ukrainian air force said. "
        "Germany condemned the attack and called on China to press Moscow."
    ))
