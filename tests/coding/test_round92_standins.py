"""Issue 13, coder round 92 (visits and meetings whose parties are stand-ins, a row-by-row sort): of the development
visit and meeting labels missed in a sentence with "the two leaders", "both sides", "the pair", "they" or "their",
most miss for a verb or noun no frame reads as a meeting or for an earlier sentence whose pair the coder misread, not
for the stand-in. Two general causes are fixed. An Arabic full name's family name after "Al" ("Sheikh Sabah Khalid Al
Hamad Al Mubarak Al Sabah") is no place: "Sabah" was read as the Malaysian state, so Kuwait's crown prince met
Malaysia, and "the meeting", "the two sides" and "the Emir" after it took that wrong pair. "Exchanged points of view"
is exchanging views. Each development row is quoted with its set and id and coded in its article as the prose scores
code it; the expected events are the rows' hand labels (the general sentences': a reader's)."""

from __future__ import annotations

import datetime as dt

from latitude.coding.gazetteer import find_actors
from latitude.coding.text import raw_tokens
from prose_rows import has, row_records


def test_the_meeting_after_a_kuwaiti_full_name_is_with_oman():
    # heldout84 DH020 (Times of Oman: Kuwait's crown prince receives Oman's foreign minister): labelled KWT<>OMN CONSULT;
    # the article's first sentence names "Sheikh Sabah Khalid Al Hamad Al Mubarak Al Sabah, Crown Prince of the State
    # of Kuwait", whose "Al Sabah" was Malaysia
    records = row_records(
        "heldout84_prose.tsv", "DH020",
        "The meeting was attended by Sheikh Ahmed Hashil Al Maskari, Head of the GCC and Regional Neighbourliness "
        "Department, Dr. Saleh Amer Al Kharousi, Ambassador of the Sultanate of Oman to the State of Kuwait and "
        "officials from both sides.",
    )
    assert has(records, "KWT", "OMN", "CONSULT")
    assert not any("MYS" in (r["source"], r["target"]) for r in records)


def test_the_emir_after_his_full_name_is_kuwait_s():
    # heldout43 r007 (the Kuwaiti emir's state visit to the UAE): labelled ARE<>KWT CONSULT; the sentence before names
    # "Sheikh Mishal Al Ahmad Al Jaber Al Sabah, Emir of Kuwait"
    records = row_records(
        "heldout43_prose.tsv", "r007",
        "President Sheikh Mohamed personally headed the reception for the Emir and his delegation upon their arrival "
        "at the Presidential Airport.",
    )
    assert any({r["source"], r["target"]} == {"ARE", "KWT"} and r["plover"] == "CONSULT" for r in records)
    assert not any("MYS" in (r["source"], r["target"]) for r in records)


def test_a_family_name_after_al_is_no_place_but_a_place_written_with_al_is():
    # general sentences: "Al Sabah" closing a name chain is Kuwait's ruling family; "in Al Anbar" is the Iraqi province
    def codes(sentence: str) -> list[str]:
        return [m.code for m in find_actors(raw_tokens(sentence), dt.date(2024, 1, 1))]

    assert "MYS" not in codes("Emir Sheikh Tamim bin Hamad Al Thani met Sheikh Mishal Al-Ahmad Al-Jaber Al-Sabah.")
    assert "MYS" not in codes("Sheikh Sabah Khalid Al Hamad Al Mubarak Al Sabah received the minister.")
    assert codes("Fighting continued in Al Anbar.") == ["IRQ"]


def test_exchanged_points_of_view_is_a_meeting_of_the_two_sides():
    # heldout84 DH017 (the same article): labelled KWT<>OMN CONSULT
    records = row_records(
        "heldout84_prose.tsv", "DH017",
        "The two sides exchanged points of view on several regional and international issues of common concern.",
    )
    assert any({r["source"], r["target"]} == {"KWT", "OMN"} and r["plover"] == "CONSULT" for r in records)
