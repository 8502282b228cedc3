"""Issue 13, coder round 122: visits and meetings coded with the wrong party. The development visit and meeting labels
whose row gets a CONSULT record with another party were sorted by why the party is wrong; the round takes one general
construction of the largest directed group (a guest's visit coded from the host's side only): a host verb whose object,
within four words, is a named leader ("X hosted Y", "X is hosting Y") tells that the guest came to the host, so the
guest's visit is coded with the hosting, unless the sentence places something "in" or "at" a place of another state.
Rows are quoted from cited development sets (tests/fixtures/coding/, row ids given) or are general sentences; the
expectations are their hand labels. Each test fails with main's code."""

from latitude.coding.coder import code_sentence
from prose_rows import all_found, labels_found


def _visits(records: list[dict]) -> set[tuple[str, str]]:
    return {(r["source"], r["target"]) for r in records if r["plover"] == "CONSULT"}


def test_a_leader_hosted_visits_the_host():
    # held-out 99 SU037 (an analysis of state visits to the United States), labelled RUS>USA and USA<>RUS CONSULT:
    # "Meanwhile, Dwight D. Eisenhower hosted Nikita Khruschev, premier of the Soviet Union, in 1959."
    assert all_found("heldout99_prose.tsv", "SU037")


def test_a_state_visit_a_president_is_hosting_for_a_guest():
    # held-out 36 k003 (an opinion column on Xi Jinping's 2015 state visit), labelled CHN>USA CONSULT: "I'm talking
    # about the elaborate state visit that President Obama is hosting this week for Chinese President Xi Jinping, ..."
    assert all_found("heldout36_prose.tsv", "k003")


def test_coordinated_hosts_of_one_guest():
    # held-out 18 T142 (an analysis of Modi's foreign visits), labelled IND>AFG and IND>LKA CONSULT (first two of its
    # five labels): "Afghanistan and Sri Lanka hosted Modi twice and his Act East policy also saw him engaging with
    # India's 'extended neighbourhood' by travelling to Myanmar twice, Singapore thrice and China five times."
    assert labels_found("heldout18_prose.tsv", "T142")[:2] == [True, True]


def test_a_guest_hosted_in_the_hosts_hometown():
    # a general sentence: the guest came to the host's state
    records = code_sentence(
        "Japanese Prime Minister Sanae Takaichi is hosting South Korean President Lee Jae-myung in her hometown, Nara."
    )
    assert ("KOR", "JPN") in _visits(records)
