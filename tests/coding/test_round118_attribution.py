"""Issue 13, coder round 118: visits and meetings whose host or visitor is told by a bare title or office, a name
before its title after "called on", a fronted "According to X," or a dateline merged into the subject. The
development misses of these kinds were sorted by construction; fixed: a fronted "According to X," is a phrase of its
own, so the source it names and the clause's subject after its comma are two actors even when they are of one state
("According to the White House, Biden and Thuong discussed ..."); a wire dateline whose parentheses end in a year or
that gives the month and day after a city written in capitals or not is no part of the first sentence ("MOSCOW
(UrduPoint News / Sputnik - 25th November, 2022) Russian Foreign Minister ..."). Sentences are quoted from a cited
development set (row ids given) or are general; the expectations are their hand labels. Each test fails with main's
code."""

from prose_rows import all_found

from latitude.coding.text import article_sentences, clean


def test_a_fronted_according_to_does_not_swallow_the_subject_of_a_meeting():
    # held-out 16 P046, labelled USA<>VNM CONSULT: "According to the White House, Biden and Thuong discussed business and
    # economic ties, ..." (main: no record; "the White House, Biden" was one actor)
    assert all_found("heldout16_prose.tsv", "P046")


def test_a_fronted_according_to_does_not_swallow_the_subject_of_a_request():
    # held-out 3 R041, labelled CHN>JPN REQUEST: "According to China Central Television, Xi urged Takaichi to uphold
    # principles regarding history issues and Taiwan." (main: no record)
    assert all_found("heldout3_prose.tsv", "R041")


def test_a_fronted_according_to_does_not_swallow_the_subject_of_an_order():
    # held-out 67 MY014, labelled KOR>USA COOPERATE: "According to South Korean media, Yoon also ordered the military to
    # thoroughly conduct ongoing military drills with the US." (main: no record)
    assert all_found("heldout67_prose.tsv", "MY014")


def test_an_agency_dateline_is_no_part_of_the_subject():
    # held-out 116 DS032, labelled RUS<>ZMB CONSULT: "MOSCOW (UrduPoint News / Sputnik - 25th November, 2022) Russian
    # Foreign Minister Sergey Lavrov and his Zambian counterpart, Stanley Kakubo, discussed on Thursday key topics of
    # bilateral relations, the Russian Foreign Ministry said." (main: no record)
    assert all_found("heldout116_prose.tsv", "DS032")


def test_datelines_of_agencies_and_of_a_city_written_in_lower_case_are_dropped():
    # held-out 113 FM079 and held-out 76 VR005 open with these datelines; a parenthesis that ends in no year stays (a
    # general sentence)
    assert article_sentences(
        "ISLAMABAD, (UrduPoint / Pakistan Point News - 5th Apr, 2024) Foreign Minister Mohammad Ishaq Dar, received a "
        "telephone call from the United States Secretary of State, Antony Blinken here on Friday and discussed bilateral ties."
    ) == ["Foreign Minister Mohammad Ishaq Dar, received a telephone call from the United States Secretary of State, "
          "Antony Blinken here on Friday and discussed bilateral ties."]
    vr005 = ("External Affairs Minister S Jaishankar called on Maldivian President Mohamed Muizzu, who is in India on "
             "a bilateral visit, and expressed confidence that Muizzu's talks with Prime Minister Narendra Modi will "
             'lend a "new impetus" to "our friendly ties".')
    assert article_sentences("New Delhi, Oct 6 (PTI) " + vr005) == [vr005]
    assert article_sentences("Prime Minister (PM) Modi met the President.") == ["Prime Minister (PM) Modi met the President."]
    # held-out 3 R072 opens with a date after a determiner, not with a dateline (the rule's first form dropped "The
    # August 18", found after held-out 121 was scored)
    opening = ("The August 18 U.S.-Japan-South Korea summit held at Camp David seeks to institutionalize the rapid "
               "progress in Japan-South Korea security cooperation that was enabled by South Korean President Yoon "
               "Suk Yeol’s bold decision to resolve the World War II-era forced labor issue between Tokyo and Seoul.")
    assert article_sentences(opening) == [clean(opening)]
