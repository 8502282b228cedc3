"""Coder round 315 (issue 13): a meeting between two states the row names, read with its host as the visitor, when the
sentence places it in the host's own city or capital after the verb or noun of meeting ("... held talks with Slovenia's
... Tanja Fajon in the Turkish capital of Ankara", "... held talks in Moscow"): the record is the other party's visit,
`VISITOR>HOST` (`coder._host_place_reversed`), kept under a precision budget. General guards leave a journey's place
(a departure, a visit to the other party's city named too) and a host's welcome as they were. Development rows are
coded in their articles, as the sets are scored. Expected values by hand, from the rows' labels. Each assertion but the
guards fails with main's code at the branch point (dd829703); the guards hold with both."""

from prose_rows import coded_row


def _found(fixture: str, row_id: str, label: str) -> bool:
    """Whether the row's labelled event written `label` ("SVN>TUR CONSULT") has a matching record."""
    row, records = coded_row(fixture, row_id)
    (event,) = [
        e for e in row.events
        if f"{e.source}{'<>' if e.joint else '>'}{e.target} {'/'.join(sorted(e.types))}" == label
    ]
    return any(event.matches(record) for record in records)


def test_development_meetings_in_the_hosts_city_are_the_guests_visit():
    # held-out 196's ZA013 "Turkish Foreign Minister Hakan Fidan held talks with Slovenia's Deputy Prime Minister and
    # Foreign Minister Tanja Fajon in the Turkish capital of Ankara on Jan. 13."
    assert _found("heldout196_prose.tsv", "ZA013", "SVN>TUR CONSULT")
    # held-out 223's IV001 "Russian Foreign Minister Sergei Lavrov and his Turkish counterpart Hakan Fidan held talks in
    # Moscow on Thursday, ..."
    assert _found("heldout223_prose.tsv", "IV001", "TUR>RUS CONSULT")
    # held-out 113's FM068 "Turkish Foreign Minister Mevlut Cavusoglu met his Armenian counterpart Ararat Mirzoyan on
    # Saturday in Antalya, a southwestern resort city of Turkey, ..."
    assert _found("heldout113_prose.tsv", "FM068", "ARM>TUR CONSULT")
    # held-out 231's GH001 "GEORGETOWN, Guyana, (DPI) – President Dr Mohamed Irfaan Ali held bilateral discussions with
    # the Amir of the State of Qatar, ... on Tuesday at State House in Georgetown."
    assert _found("heldout231_prose.tsv", "GH001", "QAT>GUY CONSULT")
    # held-out 181's UB001 "Egyptian Foreign Minister Sameh Shoukry will meet with his Chinese counterpart Wang Yi on
    # Sunday in Cairo, as part of the latter's African tour." (planned)
    assert _found("heldout181_prose.tsv", "UB001", "CHN>EGY AGREE/CONSULT")


def test_guard_a_journeys_place_or_a_welcome_keeps_its_reading():
    # a departure from the traveller's own capital: held-out 6's S053 "Prime Minister Fumio Kishida departed Haneda
    # Airport in Tokyo on Sunday morning for a two-day trip to South Korea."
    assert _found("heldout6_prose.tsv", "S053", "JPN>KOR CONSULT")
    # a visit to the other party's city named beside a meeting in the traveller's: held-out 237's KW004 "... the
    # recent Joint Planning Group meeting held in Ankara, Turkiye, and preparations for Turkish President Recep Tayyip
    # Erdogan's visit to Cairo ..."
    assert _found("heldout237_prose.tsv", "KW004", "TUR>EGY AGREE/CONSULT")
    # a host's welcome, as its own readers read it: eventness_train's E052 "... Japanese Prime Minister Sanae Takaichi
    # will welcome South Korean President Lee Jae Myung for a bilateral summit in the historic city of Nara on Tuesday."
    assert _found("eventness_train.tsv", "E052", "JPN>KOR AGREE/CONSULT")
