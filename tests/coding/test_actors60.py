"""Actors round 60 (issue 13): international officials the tables do not hold. The development sort (held-out
actors 18-59 read by article and alone) found the largest cell of the people labelled `IGO` and not read right to be
officials no row of any table holds, with no reading at all ("The International Criminal Court (ICC) Prosecutor,
Karim Khan, ...", "European Commissioner Thierry Breton", "The Executive Director of the United Nations Children's
Fund (UNICEF), Catherine Russell, ...", "Dr Poonam Khetrapal, WHO Regional Director for South-East Asia"). The change
taken: rows of `igo_officials.tsv` for the development officials of that cell, each with the office's dates from cited
public pages (an EU commissioner, UNICEF's executive director, the UN's communications chief, the OAS's secretary
general, the EEAS's political director, the UN Office at Nairobi's director-general, a WHO regional director). The
ICC's prosecutor was left out: "Karim Khan" stands inside a Bangladeshi ambassador's name in PLOVER news K ("Manjurul
Karim Khan Chowdhury"), which the row read as the organisation. Probes quote development sentences (held-out actors
50 AS039, 48 AQ018, 48 AQ046, 59 BB041, 40 AI022) and general sentences; expected states read from the sentences by
hand."""

import datetime as dt

from prose_rows import states_over


def test_an_organisations_official_no_table_held_is_read():
    # held-out actors 50 AS039 (2024-09-16, the day of the resignation)
    sentence = (
        "In a surprise move, European Commissioner Thierry Breton announced his resignation on Monday, following an "
        "apparent call by Commission President Ursula von der Leyen for France to change nominees."
    )
    assert states_over(sentence, "Thierry Breton", dt.date(2024, 9, 16)) == {"IGO"}
    # held-out actors 48 AQ018 (undated)
    sentence = (
        "The Executive Director of the United Nations Children's Fund (UNICEF), Catherine Russell, has called for "
        "immediate action to protect children enduring the hardships of wartime in Ukraine."
    )
    assert states_over(sentence, "Catherine Russell") == {"IGO"}
    # held-out actors 59 BB041 (2022-04-23) and 40 AI022 (2023-06-21)
    sentence = (
        "Dr Tedros's delegation comprised Dr Poonam Khetrapal, WHO Regional Director for South-East Asia, and other "
        "high-ranking WHO officials who have also accompanied him on the Geneva trip."
    )
    assert states_over(sentence, "Poonam Khetrapal", dt.date(2022, 4, 23)) == {"IGO"}
    sentence = (
        "Iran’s deputy foreign minister and chief nuclear negotiator Ali Bagheri-Kani said on Wednesday he held talks "
        "with the European Union’s Iran nuclear talks coordinator Enrique Mora in Doha."
    )
    assert states_over(sentence, "Enrique Mora", dt.date(2023, 6, 21)) == {"IGO"}
    # general sentences, dated in the term
    assert states_over("Catherine Russell travelled to Kyiv on Tuesday.", "Catherine Russell",
                       dt.date(2023, 3, 7)) == {"IGO"}
    assert states_over("Melissa Fleming opened the conference in Geneva.", "Melissa Fleming",
                       dt.date(2022, 6, 1)) == {"IGO"}


def test_the_secretary_generals_surname_alone_is_the_organisations():
    # held-out actors 48 AQ046 (2025-06-02): the surname alone, read in the sentence alone; main reads nothing
    sentence = "Ramdin’s assistant secretary general will be Laura Gil, of Colombia."
    assert states_over(sentence, "Ramdin", dt.date(2025, 6, 2)) == {"IGO"}
    # a general sentence, dated in the term
    assert states_over("Ramdin said the OAS would send observers.", "Ramdin", dt.date(2025, 9, 1)) == {"IGO"}


def test_an_official_outside_the_offices_term_is_not_the_organisations():
    # a date before the term: the row does not read the name as the organisation's (after the term's end a name the
    # tables hold for the organisation alone stays the organisation's, as round 46's rows read)
    assert "IGO" not in states_over("Thierry Breton spoke in Paris.", "Thierry Breton", dt.date(2015, 3, 1))
    assert "IGO" not in states_over("Catherine Russell spoke in Washington.", "Catherine Russell", dt.date(2018, 3, 1))
    assert "IGO" not in states_over("Dr Poonam Khetrapal spoke in Delhi.", "Poonam Khetrapal", dt.date(2010, 6, 1))
