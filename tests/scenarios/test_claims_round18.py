"""Issue 13, eighteenth round: a claim finder trained on the labelled claims (`scenarios/claims/model.py`).

The sentences are development sentences the patterns and the role reader miss (the model was fit on them, so these
tests check behaviour, not quality; the quality figures are in docs/claims.md)."""
import datetime as dt

import numpy as np
import pytest

from latitude.scenarios.claims import Claim, find_claims
from latitude.scenarios.claims._text import read, sentences
from latitude.scenarios.claims.resolve import Article


def _pairs(text: str, date: str | None) -> set[tuple[str, str, str]]:
    return {(c.kind, c.subject, c.other) for c in find_claims(text, date)}


@pytest.mark.model
def test_committed_weights_are_what_the_build_makes() -> None:
    """`python -m latitude.scenarios.claims.build model` refits claim_kinds.npz from the development sets alone."""
    from latitude.scenarios.claims import build, model

    fitted = build.fit_model(build.rows())
    committed = np.load(model.WEIGHTS)
    assert sorted(fitted) == sorted(committed.files)
    for key, array in fitted.items():
        assert array.tobytes() == committed[key].tobytes(), key


def test_a_missile_test_no_pattern_reads() -> None:
    # held21-024: "confirmed its test of ... missile" has no launch verb the missile pattern knows
    text = ("North Korea has confirmed its test of a massive new intercontinental ballistic missile, saying leader "
            "Kim Jong Un personally guided the launch at the country's main international airport.")
    assert ("missile test", "PRK", "") in _pairs(text, None)


def test_sanctions_and_a_visit_no_pattern_reads() -> None:
    # held21-028 and held21-015: the sanctioning state is a demonym's administration; the visit is "departs to"
    sanctions = ("The Biden administration imposed a set of sanctions on Russian officials and entities in the face of "
                 "the poisoning and imprisonment of opposition leader Alexey Navalny.")
    assert ("sanctions", "USA", "RUS") in _pairs(sanctions, None)
    visit = ("Prime Minister Mahinda Rajapaksa departs to New Delhi today on a state visit to India on the invitation "
             "of Indian Premier Narendra Modi.")
    assert ("visit", "LKA", "IND") in _pairs(visit, "2020-02-07")


def test_the_looser_reader_adds_nothing_to_a_kind_already_read() -> None:
    from latitude.scenarios.claims import model

    raw = sentences("North Korea has confirmed its test of a massive new intercontinental ballistic missile.")[0][0]
    s = read(raw, dt.date(2022, 3, 25), None, Article())
    assert [c.kind for c in model.loose(s, [])] == ["missile test"]
    read_already = Claim("missile test", s.text, "PRK", ())
    assert model.loose(s, [read_already]) == []


def test_an_alliance_the_model_reads_needs_a_word_of_alliance_or_defence() -> None:
    # Until claims round 26 no threshold kept the looser alliance reader at 85 % precision across articles; with
    # held-out 30's alliance claims in the fit one does, and a refit read held5-014's "Brazil, Argentina and Uruguay
    # signed a trade treaty in 1991" (its test of no defence treaty, test_claims_round11) as an alliance. Thresholds
    # of 0 make the model claim every kind of every sentence; an alliance is still built only where the sentence has
    # a word of alliance or defence.
    from latitude.scenarios.claims import model

    date = dt.date(2023, 5, 1)
    trade = read("Brazil, Argentina and Uruguay signed a trade treaty in 1991.", date, None, Article())
    # held30-011 (a development sentence of claims round 26's set)
    pact = read("According to a Friday report, “In September, Saudi Arabia and Pakistan signed a defense pact that treats "
                "“any aggression” against one member as an attack on all, mirroring NATO’s Article 5.”", date, None,
                Article())
    coef, intercept, _ = model._committed()
    with model.fitted_on((coef, intercept, np.zeros(len(model.KINDS)))):
        assert "alliance" not in [c.kind for c in model.loose(trade, [])]
        pacts = [(c.subject, c.other) for c in model.loose(pact, []) if c.kind == "alliance"]
    assert pacts == [("SAU", "PAK")]


def test_fitted_weights_stand_in_for_the_committed_ones_only_inside_the_block() -> None:
    # a probability is at most 1, so thresholds of 1.01 let no kind through and thresholds of 0 let every kind
    # through, whatever the sentence; outside the block the committed weights are read again
    from latitude.scenarios.claims import model

    template = "@1 fired a ballistic missile into the sea"
    coef, intercept, _ = model._committed()
    before = model.claimed_kinds(template)
    with model.fitted_on((coef, intercept, np.full(len(model.KINDS), 1.01))):
        assert model.claimed_kinds(template) == []
        with model.fitted_on((coef, intercept, np.zeros(len(model.KINDS)))):
            assert model.claimed_kinds(template) == list(model.KINDS)
        assert model.claimed_kinds(template) == []
    assert model.claimed_kinds(template) == before


def test_a_visit_the_model_reads_needs_a_word_of_travel_or_meeting() -> None:
    # thresholds of 0 make the model claim every kind of every sentence; the looser reader still builds a visit
    # only where the sentence has a word of travel, meeting or hosting. The trade sentence is from the Yonhap
    # article of tests/fixtures/claims/articles/bestmadeinkorea_2016-01-20_japan_export_market.txt, whose
    # refit model once read it as a visit of South Korea to Japan
    from latitude.scenarios.claims import model

    date = dt.date(2016, 1, 20)
    trade = read("Exports to Tokyo also took up a record-low portion in Seoul's outbound shipments on a weak yen.",
                 date, None, Article())
    trip = read("President Park Geun-hye arrived in Tokyo on Wednesday.", date, None, Article())
    coef, intercept, _ = model._committed()
    with model.fitted_on((coef, intercept, np.zeros(len(model.KINDS)))):
        assert "visit" not in [c.kind for c in model.loose(trade, [])]
        visits = [(c.subject, c.other) for c in model.loose(trip, []) if c.kind == "visit"]
    assert visits == [("KOR", "JPN")]
