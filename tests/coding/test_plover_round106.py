"""PLOVER round 106: a dateline that opens a sentence read alone names where the report was filed, or the agency that
filed it, never the doer ("Harare — A senior Sudanese general ... accused the United Arab Emirates", "Brussels: The
European Union (EU) has imposed sanctions on 31 Belarussian officials", "Moscow, SANA- Russian air defense systems
destroyed two Ukrainian drones", "MOSCOW (UrduPoint News / Sputnik - 03rd May, 2023) Iran's Islamic Revolutionary Guard
Corps (IRGC) seized an oil tanker"): a source named only in the dateline gives way to the first party named after it,
within the lead's first four words (coder._dateline_source_moved). Kept when the dateline's state is named again as
the subject ("VILNIUS, Lithuania (AP) — Lithuania has recalled ..."), when the state's own agency files from its
capital ("BEIJING, Dec. 22 (Xinhua) -- ..."), and when a name and its acronym open the sentence ("Rwanda Defence Force
(RDF) has denied ...")."""

from prose_rows import first_codes


def test_a_dateline_city_is_not_the_source():
    # news sets K (K066, ACCUSE SDN > ARE) and AN (AN058, SANCTION IGO > BLR): ZWE and BEL read as the source on main
    assert first_codes(
        "Harare — A senior Sudanese general for the first time, openly accused the United Arab Emirates (UAE) of"
        " supplying weapons to its paramilitary opponent, the Rapid Support Forces (RSF, Reuters reports."
    )[1:] == ("SDN", "ARE")
    assert first_codes(
        "Brussels: The European Union (EU) has imposed sanctions on 31 Belarussian officials over alleged rigged"
        " elections in which President Alexander Lukashenko won."
    )[1:] == ("IGO", "BLR")


def test_a_dateline_agency_or_byline_is_not_the_source():
    # news sets AV (AV011, ASSAULT RUS > UKR: SANA read as Yemen's capital on main) and K (K029, COERCE IRN > PAN:
    # RUS on main)
    assert first_codes(
        "Moscow, SANA- Russian air defense systems destroyed two Ukrainian drones over the Belgorod Region, the Russian"
        " Defense Ministry told reporters."
    )[1:] == ("RUS", "UKR")
    assert first_codes(
        "MOSCOW (UrduPoint News / Sputnik - 03rd May, 2023) Iran's Islamic Revolutionary Guard Corps (IRGC) seized an oil"
        " tanker under the flag of Panama in the Strait of Hormuz, US Naval Forces Central Command said on Wednesday."
    )[1:] == ("IRN", "PAN")


def test_a_joint_act_after_a_dateline_has_a_party_as_source():
    # news set B (B045, AGREE IRN;SAU): ARE (Dubai) read as the source on main
    assert first_codes(
        "Dubai: Iran and Saudi Arabia agreed on Friday to reestablish diplomatic relations and reopen embassies after"
        " seven years of tensions between the Mideast rivals."
    )[1] in ("IRN", "SAU")


def test_a_general_dateline():
    # a general sentence: TUR (Ankara) read as the source on main
    assert first_codes("Ankara: Iraqi and Syrian officials agreed on Monday to reopen their border crossing.")[1] in ("IRQ", "SYR")


def test_a_dateline_state_named_again_or_filing_its_own_word_is_kept():
    assert first_codes(
        "VILNIUS, Lithuania (AP) — Lithuania has recalled its ambassador to China after the Baltic country’s decision"
        " in July to allow self-governing Taiwan to open a de facto embassy in its capital."
    )[1] == "LTU"
    assert first_codes(
        "BEIJING, Dec. 22 (Xinhua) -- Zhu Fenglian, a spokesperson for the Taiwan Affairs Office of the State Council,"
        " strongly condemned U.S. arms sales to Taiwan."
    )[1] == "CHN"
    assert first_codes(
        "Rwanda Defence Force (RDF) has denied allegations that it involved itself in supporting the activities of the"
        " March 23 Movement (M23) rebel group."
    )[1] == "RWA"
