"""Claims round 133 (issue 13): a visitor's list of destinations is read whole. A bare "visit" after a modal, "to" or
"and", an adverb between ("will also visit Brazil and Jamaica", "will travel to Africa and visit Egypt, Tunisia, Togo and
Cote d'Ivoire"), is a visit verb, and a list's last state after an Oxford comma ("visiting Ethiopia, Gabon, Angola,
Benin, and Egypt") is one of its destinations. On main the first read only the list's first state (through the role
reader) and the second stopped before ", and"."""
from latitude.scenarios.claims import find_claims


def _visits(text: str, date: str | None = "2023-01-10") -> set[tuple[str, str]]:
    return {(c.subject, c.others[0]) for c in find_claims(text, date) if c.kind == "visit"}


def test_and_visit_reads_every_state_of_the_list() -> None:
    # held44-013 (development): only Egypt was read on main
    got = _visits("BEIJING (Reuters) – China’s foreign minister Wang Yi will travel to Africa and visit Egypt, Tunisia, "
                  "Togo and Cote d’Ivoire from Jan. 13-18, China’s foreign ministry said on thursday.")
    assert {("CHN", "EGY"), ("CHN", "TUN"), ("CHN", "TGO"), ("CHN", "CIV")} <= got


def test_the_last_state_after_an_oxford_comma() -> None:
    # held44-012 (development): Egypt, after ", and", was not read on main
    got = _visits("New Chinese Foreign Minister Qin Gang, until recently China's ambassador in Washington, will make his "
                  "first overseas trip of the year to Africa, visiting Ethiopia, Gabon, Angola, Benin, and Egypt.")
    assert ("CHN", "EGY") in got


def test_will_also_visit_a_written_list() -> None:
    got = _visits("India's Prime Minister will also visit Ghana, Namibia and Brazil later this month.", "2025-06-20")
    assert {("IND", "GHA"), ("IND", "NAM"), ("IND", "BRA")} <= got


def test_to_visit_after_an_adverb_and_an_oxford_comma() -> None:
    got = _visits("Japan's Prime Minister is expected to travel to Europe and then visit France, Italy, and Poland.",
                  "2024-05-02")
    assert {("JPN", "FRA"), ("JPN", "ITA"), ("JPN", "POL")} <= got


def test_an_invitation_to_come_and_visit_is_no_visit() -> None:
    # guard (the same on main): the invited state's "visit" is not one, whatever verb form carries it
    assert ("PRK", "RUS") not in _visits("Kim Jong Un was invited to come and visit Russia again.", "2024-06-20")
