"""PLOVER round 116 (issue 13): a state's criticism told by a finite verb of criticism the condemnation lists lack
("lashed out at", "hit out at", "slammed", "criticized") is, in a sentence read alone, the sentence's own act (ACCUSE,
CAMEO 111): read by round 98's `_condemnation_read` when no record was found (`coder._criticism_read`) and put first by
round 114's `_condemned_act_first` when the first record is of another type (`coder._criticism_verb_at`). The
development rows quoted are from the real-news sets A, U and N."""

from latitude.coding.coder import code_sentence


def _first(sentence: str) -> tuple:
    records = code_sentence(sentence)
    assert records
    return records[0]["plover"], records[0]["source"], records[0]["target"]


def test_lashed_out_at_two_states_with_no_record_before():
    # A047 (ACCUSE/THREATEN PRK > USA;KOR; main's code: no record)
    plover, source, target = _first(
        'North Korea, meanwhile, lashed out at the United States and South Korea, warning of more "retaliation" if '
        'Seoul carries out any "reckless military provocations."'
    )
    assert (plover, source) == ("ACCUSE", "PRK") and target in ("USA", "KOR")


def test_hit_out_at_a_joint_statement_before_its_call():
    # U024 (ACCUSE PAK > IND;USA; main's code: REQUEST PAK > USA first, from the statement's "called on")
    assert _first(
        "The Pakistan foreign office today hit out at India-US joint statement during the 2+2 dialogue which called on "
        "Pakistan to ensure that the territory under its control is not used to launch terrorist attacks on other "
        "countries."
    ) == ("ACCUSE", "PAK", "USA")


def test_a_general_sentence_hit_out_at_a_white_paper():
    # Main's code: REQUEST CHN > JPN first (the white paper's "called on")
    assert _first(
        "The Chinese foreign ministry hit out at Japan's defence white paper, which called on Beijing to be more "
        "transparent about its military spending."
    ) == ("ACCUSE", "CHN", "JPN")


def test_a_general_sentence_lashed_out_with_a_warning():
    # Main's code: no record
    plover, source, target = _first(
        'Iran, for its part, lashed out at Britain and France, warning of a "firm response" if the sanctions are '
        "reimposed."
    )
    assert (plover, source) == ("ACCUSE", "IRN") and target in ("GBR", "FRA")


def test_a_strike_told_by_blasted_stays_an_assault():
    # N037 (ASSAULT ISR > LBN): "blasted" is not read as criticism
    assert _first(
        "Israeli warplanes blasted on Sunday the area close to the border crossing between Lebanon and Syria in the "
        "Bekaa area, eyewitnesses reported."
    )[0] == "ASSAULT"


def test_a_missile_hit_is_not_criticism_and_a_negation_gets_none():
    assert _first("A Russian missile hit a residential building in Kharkiv on Monday, Ukrainian officials said.")[0] \
        == "ASSAULT"
    assert not any(r["plover"] == "ACCUSE" for r in code_sentence(
        "Egypt has not criticized Ethiopia over the filling of the dam reservoir."))
