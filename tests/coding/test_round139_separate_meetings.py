"""Issue 13, coder round 139: false events in tours and multi-stop visits. The development records on non-event rows of
pages about tours, state visits and summits were sorted by construction; the round takes one mechanism behind the
largest rows: separate meetings of one traveller with a list of partners ("Modi will also hold bilateral meetings with
the leaders of Indonesia, Laos and Malaysia") were kept as one group of every pair, so a later "the summit" or "the
meet" was coded as meetings of the partners with each other. One source met separately by each of two or more others
is now the source with each, not a trilateral. Rows are quoted from cited development sets (tests/fixtures/coding/,
row ids given) or are general sentences; the expectations are their hand labels. Each test fails with main's code but
the last two, which guard the rule (a coordinated subject meeting one partner, a trilateral)."""

from prose_rows import TRILATERAL, codes_of, excerpt_codes, pairs, row_records


def test_the_summit_after_separate_bilaterals_is_no_meeting_of_the_partners():
    # held-out 128 LS053 (Moneycontrol (PTI), 2018), labelled '-', after LS052 "Modi will also hold bilateral meetings
    # with the leaders of Indonesia, Laos and Malaysia on Friday." (main's code: every pair of IND, IDN, LAO and MYS)
    records = row_records(
        "heldout128_prose.tsv", "LS053",
        "The highest-level of participation at the summit, to mark the 25 years of Indo-ASEAN ties, comes in the "
        "backdrop of increasing Chinese economic and military assertiveness in the region.",
    )
    assert not pairs(records, "CONSULT") & {frozenset(("IDN", "LAO")), frozenset(("IDN", "MYS")), frozenset(("LAO", "MYS"))}


def test_the_meet_after_separate_bilaterals_is_no_meeting_of_the_partners():
    # held-out 128 LS054, labelled '-': "Some experts feel that the meet can be an opportunity for India to present
    # itself as a powerful ally to these countries in the strategic areas of trade and connectivity."
    records = row_records(
        "heldout128_prose.tsv", "LS054",
        "Some experts feel that the meet can be an opportunity for India to present itself as a powerful ally to these "
        "countries in the strategic areas of trade and connectivity.",
    )
    assert frozenset(("LAO", "MYS")) not in pairs(records, "CONSULT")


def test_the_meeting_after_a_leader_met_three_counterparts_is_his_with_each():
    # general sentences, labelled FRA<>DEU, FRA<>ITA, FRA<>ESP CONSULT and '-' for the second (main's code: every pair)
    coded = excerpt_codes([
        "French President Emmanuel Macron met German Chancellor Olaf Scholz, Italian Prime Minister Giorgia Meloni and "
        "Spanish Prime Minister Pedro Sanchez in Brussels on Thursday.",
        "The meeting was held on the sidelines of the European Council.",
    ])
    second = {frozenset((s, t)) for s, t, p in codes_of(coded, "The meeting") if p == "CONSULT" and t}
    assert not second & {frozenset(("DEU", "ITA")), frozenset(("DEU", "ESP")), frozenset(("ITA", "ESP"))}


def test_a_coordinated_subject_meeting_one_partner_stays_a_trilateral():
    # held-out 68 SV012 (2019), labelled USA<>IND, USA<>JPN, IND<>JPN CONSULT, after SV011 "Before their bilateral
    # meeting, Modi and Trump held a meeting with Japanese Prime Minister Shinto Abe."
    records = row_records(
        "heldout68_prose.tsv", "SV012",
        "A White House statement of the trilateral meeting said the leaders “reaffirmed the critical importance of "
        "strengthening US-India-Japan cooperation to reinforce shared core democratic values, which promote global "
        "security and prosperity”.",
    )
    assert {frozenset(("USA", "IND")), frozenset(("USA", "JPN")), frozenset(("IND", "JPN"))} <= pairs(records, "CONSULT")


def test_the_leaders_of_three_states_meeting_stay_a_trilateral():
    # general sentences, labelled the three pairs in each
    coded = excerpt_codes([
        "The leaders of Japan, South Korea and the United States met at Camp David on Friday.",
        "The meeting was the first stand-alone summit of the three.",
    ])
    second = {frozenset((s, t)) for s, t, p in codes_of(coded, "The meeting") if p == "CONSULT" and t}
    assert second == TRILATERAL
