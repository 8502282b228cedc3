"""Coder round 314 (issue 13): the article's meeting told again only by its parties' discussion, kept under a
precision budget. A sentence with no word of visiting or meeting and no state outside the article's last meeting's pair
that tells a discussion by its parties ("The parties are discussing ...", "We discussed regional issues.", "he and
Lavrov discussed ...") or as a passive ("Bilateral defense cooperation was discussed in detail.", "Views were also
exchanged on ...") is that meeting again: `CONSULT` held, `AGREE` planned ("both sides will ... discuss"). General
guards keep it silent on a purpose's bare "to discuss", a negation, and gifts, greetings or currency exchanged.
Development rows are coded in their articles, as the sets are scored; sentences written for this round are read as
short articles. Expected values by hand, by the sets' conventions. Each assertion but the guards fails with main's
code at the branch point (113ecc1e); the guards hold with both."""

import datetime as dt

from prose_rows import all_found, excerpt_codes, quiet


def test_development_rows_where_the_parties_discussion_retells_the_meeting():
    # held-out 134's FQ061 "Bilateral defense cooperation was discussed in detail." (UKR<>DEU CONSULT)
    assert all_found("heldout134_prose.tsv", "FQ061")
    # held-out 113's FM086 "We discussed regional issues." (TUR<>RUS CONSULT)
    assert all_found("heldout113_prose.tsv", "FM086")
    # held-out 113's FM004 "Jaishankar said he and Lavrov discussed bilateral cooperation and regional issues."
    # (IND<>RUS CONSULT)
    assert all_found("heldout113_prose.tsv", "FM004")
    # held-out 225's JL006 "Views were also exchanged on the high-quality development of the China-Pakistan Economic
    # Corridor 2.0." (PAK<>CHN CONSULT)
    assert all_found("heldout225_prose.tsv", "JL006")
    # held-out 116's DS071 "During the dialogue, both sides will, inter alia, discuss cooperation on COVID-19, ..."
    # (PAK<>CHN AGREE/CONSULT, planned)
    assert all_found("heldout116_prose.tsv", "DS071")


_ACCRA = "Kenyan President William Ruto arrived in Accra on Monday for a two-day state visit to Ghana."


def _second(sentence: str) -> list[tuple[str | None, str | None, str | None]]:
    coded = excerpt_codes([_ACCRA, sentence], dt.date(2025, 5, 1))
    return [(s, t, p) for s, t, p, told in coded if told == sentence]


def test_written_sentences_where_the_parties_discussion_retells_the_meeting():
    assert _second("Bilateral defence cooperation was also discussed.") == [("KEN", "GHA", "CONSULT")]
    assert _second("Views were also exchanged on the situation in the region.") == [("KEN", "GHA", "CONSULT")]
    assert _second("We discussed regional issues.") == [("KEN", "GHA", "CONSULT")]
    assert _second("Ruto said he and Mahama discussed trade.") == [("KEN", "GHA", "CONSULT")]


def test_guard_development_rows_with_no_event_stay_silent():
    # a purpose's bare "to discuss" (held-out 53's PF133), currency exchanged (96's KA010), greetings exchanged (3's R048)
    assert quiet("heldout53_prose.tsv", "PF133")
    assert quiet("heldout96_prose.tsv", "KA010")
    assert quiet("heldout3_prose.tsv", "R048")


def test_guard_written_sentences_with_no_discussion_stay_silent():
    assert _second("There is much to discuss between the two allies.") == []
    assert _second("They did not discuss the border dispute.") == []
    assert _second("The presidents exchanged gifts at the end of the day.") == []
