"""Claims round 106 (issue 13): a second partner's share in a "while" / "whereas" clause. When a first clause gives one
partner's share of an owner's flow and a "while" clause gives a second partner, as subject of a share verb, a share with
no owner or flow of its own ("China accounted for 14.9 percent of total U.S. trade ..., while Mexico contributed 14.3
percent"), the second partner takes the first partner's reading (owner, kind, flow) with its own share; a gapped partner
after it ("and Canada for 15%") takes the reading of the partner before it. The development rows quoted (held23-021,
held53-038) were "partner read wrong or missing" misses on main, which read only the first partner."""
from latitude.scenarios.claims import find_claims


def _shares(text: str, kind: str, date: str | None = None) -> dict[tuple[str, str], float | None]:
    return {(c.subject, c.others[0]): c.share for c in find_claims(text, date) if c.kind == kind}


def test_the_partner_of_a_while_clause() -> None:
    # held23-021 (development)
    got = _shares("Thus, China accounted for 14.9 percent of total U.S. trade during the previous year, while Mexico "
                  "contributed 14.3 percent.", "trading partner", "2019-05-30")
    assert got == {("USA", "CHN"): 14.9, ("USA", "MEX"): 14.3}


def test_a_gapped_partner_after_the_while_clause() -> None:
    # held53-038 (development): Mexico is read directly, Canada ("and Canada for 15%") takes its reading
    text = ("Though May of this year, according to the latest U.S. Census Bureau data, China accounted for 13.35% of all "
            "imports while Mexico accounted for 16% and Canada for 15%, ending the Asian nation’s 14 consecutive years as "
            "the top source for U.S. imports.")
    got = _shares(text, "trading partner", "2023-07-08")
    assert got[("USA", "MEX")] == 16.0 and got[("USA", "CAN")] == 15.0


def test_a_general_sentence_with_whereas() -> None:
    got = _shares("In 2020, China accounted for 18 percent of Brazil's total trade, whereas the United States contributed "
                  "11 percent.", "trading partner")
    assert got == {("BRA", "CHN"): 18.0, ("BRA", "USA"): 11.0}


def test_a_general_arms_sentence() -> None:
    got = _shares("India received 30 percent of Israel's arms exports in 2019, while Azerbaijan received 17 percent.",
                  "arms exports")
    assert got == {("ISR", "IND"): 30.0, ("ISR", "AZE"): 17.0}


def test_arms_shares_with_a_gapped_partner() -> None:
    got = _shares("The U.S. supplies around 56 percent of Iraqi arms deals, while Russia counts for 23 percent and South "
                  "Korea for 9.3 percent.", "arms supplier")   # held37-029 (development)
    assert got == {("IRQ", "USA"): 56.0, ("IRQ", "RUS"): 23.0, ("IRQ", "KOR"): 9.3}


def test_a_first_partner_read_two_ways_is_not_carried() -> None:
    # held74-004 (development): Burma is read both as an arms supplier and as a client of China, so Bangladesh is not
    # given either reading (one would be an extra claim)
    claims = find_claims("Burma accounted for 8 per cent of China’s weapons exports, while Bangladesh received 7 per cent "
                         "of the arms.")
    assert not [c for c in claims if c.others and c.others[0] == "BGD"]


def test_a_while_clause_with_its_own_owner_is_not_carried() -> None:
    got = _shares("China accounted for 20 percent of Vietnam's imports in 2019, while India took 12 percent of Japan's "
                  "exports.", "trading partner")
    assert got.get(("VNM", "CHN")) == 20.0 and ("VNM", "IND") not in got
