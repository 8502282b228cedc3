"""Issue 13, twenty-eighth round: the general reading of arms shares that no phrasing reads. A share of one state's arms
flow ("63% of Pakistan's total arms imports", "72% of Islamabad's demand for major arms", "71 percent of all weapons
exports to Syria", "98 percent of weapons imported by Saudi Arabia", "86 per cent of the military imports sourced from
China", "30 percent of its arms ... to the United Arab Emirates"), the claim's other state being the one other state of
its clause. Asked for only when no reader found an arms claim in the sentence; the share's noun must name arms. The
role readers' shares may also be written in words ("Thirty-three percent of its imports come from France"), and their
arms nouns include "war material", "military materiel", "defence imports" and "weapon systems".

The texts are development sentences (tests/fixtures/claims, the id in each comment) or short variants of them written
to check that a rule holds for other word orders; the expected states and shares are read off the text by hand."""
from latitude.scenarios.claims import arms_roles, find_claims
from latitude.scenarios.claims._text import read

SUPPLIER, EXPORTS = "arms supplier", "arms exports"


def _arms(text: str, date: str | None = None) -> dict[tuple[str, str, str], float | None]:
    return {(c.kind, c.subject, c.other): c.share for c in find_claims(text, date) if c.kind in (SUPPLIER, EXPORTS)}


def test_a_share_of_a_recipients_arms_imports() -> None:
    # held30-028: the supplier is the one other state of the clause
    assert _arms("Between 2020 and 2024, China was responsible for 63% of Pakistan’s total arms imports, amounting to "
                 "$5.28 billion.", "2025-03-10") == {(SUPPLIER, "PAK", "CHN"): 63.0}
    # held30-023: "demand for major arms"
    assert _arms("Between 2017 and 2021, Beijing met 72% of Islamabad’s demand for major arms, the data showed.",
                 "2022-04-26") == {(SUPPLIER, "PAK", "CHN"): 72.0}
    # held30-018 and held8-034: the recipient after "exports to" or "imported by"
    assert _arms("Russia accounted for 71 percent of all weapons exports to Syria between 2008 and 2012.") == {
        (SUPPLIER, "SYR", "RUS"): 71.0}
    assert _arms("Germany delivered about 40 percent of weapons imported by Greece.") == {(SUPPLIER, "GRC", "DEU"): 40.0}
    # held26-003: "its" is the state named nearest before it
    assert _arms("The SIPRI report says that Russia has retained India’s main-arms-supplier status, accounting for 36 "
                 "percent of its arms imports.", "2025-03-11") == {(SUPPLIER, "IND", "RUS"): 36.0}


def test_a_share_of_imports_from_a_supplier() -> None:
    # held29-019: the recipient is the one other state of the clause
    assert _arms("The predominant influence of China in Bangladesh is manifested through its substantial imports of "
                 "military hardware, with approximately 86 per cent of the military imports sourced from China.") == {
        (SUPPLIER, "BGD", "CHN"): 86.0}


def test_a_share_of_an_exporters_arms() -> None:
    # held26-010: each share written before the state it went to
    assert _arms("Turkey exported 30 percent of its arms during the period 2014-2018 to the United Arab Emirates, 23 "
                 "percent to Turkmenistan and 10 percent to Saudi Arabia.") == {
        (EXPORTS, "TUR", "ARE"): 30.0, (EXPORTS, "TUR", "TKM"): 23.0, (EXPORTS, "TUR", "SAU"): 10.0}
    # variant of held30-017: a share of an exporter's arms exports with the recipient as subject
    assert _arms("Pakistan made up 55 percent of Beijing's arms exports between 2008 and 2012.") == {
        (EXPORTS, "CHN", "PAK"): 55.0}


def test_what_the_general_reading_leaves_alone() -> None:
    # held23-004: the share went to a region, not to the state named after it
    assert _arms("Half of US arms exports went to the Middle East, and half of that to Saudi Arabia, the world's number "
                 "one importer of major arms.") == {}
    # the reading alone (other readers may read these sentences their own way): a share of goods is not of arms; a share
    # of the world's arms imports, or one with two other states in its clause, names no pair
    for text in ("Germany supplied 40 percent of Greece's total imports in 2020.",
                 "India accounted for 9.8 percent of global arms imports.",
                 "France and Russia supplied 60 percent of India's arms imports.",
                 "Pakistan and Bangladesh took 60 percent of China's arms exports in 2015-2019."):
        assert arms_roles.loose(read(text)) == []


def test_shares_written_in_words() -> None:
    # held26-005: "Thirty-three percent of its imports come from France", after a sentence about India's arms imports
    assert _arms("India is the world's largest arms importer. Thirty-three percent of its imports come from France.",
                 "2024-03-11") == {(SUPPLIER, "IND", "FRA"): 33.0}
    # variant of held7-006 ("India received almost 28 percent of all Russian arms exports"), the share in words
    assert _arms("India received twenty-eight percent of all Russian arms exports.") == {(EXPORTS, "RUS", "IND"): 28.0}


def test_every_name_of_arms() -> None:
    # held20-015 ("Algeria ... buys 15% of its war material from Moscow"), shortened
    assert _arms("Algeria buys 15% of its war material from Moscow.") == {(SUPPLIER, "DZA", "RUS"): 15.0}
    # variants: "defence imports", "military materiel purchases"
    assert _arms("Russia accounted for 70 percent of India's defence imports.") == {(SUPPLIER, "IND", "RUS"): 70.0}
    assert _arms("Russia accounted for 70 percent of India's military materiel purchases.") == {
        (SUPPLIER, "IND", "RUS"): 70.0}
