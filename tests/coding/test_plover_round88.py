"""PLOVER round 88 (issue 13): a party, group, medium or their activities banned, dissolved or suspended by a state is
CAMEO 172 (1722 for a party), PLOVER COERCE, whatever word tells it (`coder._ban_of_organisation`): a dissolution or
suspension verb, which the lexicon gives no code, a ban, dissolution or suspension noun told after a verb of ordering,
announcing, imposing or upholding, which the lexicon reads by that verb, and a passive. Sentences quoted from the
real-news development sets (tests/fixtures/coding/plover_news_*.tsv), expected categories their hand labels; the
general sentences are written for the construction."""

import pytest

from latitude.coding.coder import classify


@pytest.mark.parametrize(
    "sentence",
    [
        # BX (COERCE SEN > SEN; main: no category, 010)
        "Senegal's government has dissolved a major opposition party within hours of the party's popular president and "
        "opposition leader saying a judge had ordered his arrest.",
        # BX (COERCE THA > THA; main: THREATEN)
        "A Thai court has ordered the dissolution of the popular anti-establishment opposition party Move Forward, which "
        "won national elections in 2023, saying it violated the constitution by proposing an amendment of a law against "
        "defaming the country's royal family.",
        # BW (COERCE GIN > GIN; main: ACCUSE)
        "Guinea’s ruling military junta has announced the suspension of two major political parties for three months, "
        "signaling a tightening grip on dissent.",
        # BX (COERCE BFA > BFA; main: THREATEN)
        "The Burkina Faso junta has suspended a very popular radio station in the country for publishing an interview "
        "that was deemed insulting to the new military leadership in Niger.",
        # BX (COERCE PAK > PAK; main: THREATEN)
        "The Pakistan government has imposed a ban on the Pashtun Tahafuz Movement (PTM), citing security threats.",
        # AQ (COERCE GNQ > GNQ; main: REJECT)
        "Equatorial Guinea's Supreme Court has upheld a ban on the country's main opposition party, as well as lengthy "
        "prison sentences for 21 of its members.",
        # BV (COERCE MLI > MLI; main: RETREAT): a passive
        "Political parties in Mali have been dissolved by the nation's military government.",
        # AS (COERCE IND > IND; main: no category, 010)
        "The Indian Ministry of Information and Broadcasting (I&B) suspended the telecast of the Malayalam news channel "
        "Media One, citing security concerns.",
        # general sentences
        "The interior ministry dissolved the opposition movement on Monday.",
        "The electoral commission announced the suspension of the party's activities until further notice.",
    ],
)
def test_a_body_banned_dissolved_or_suspended_is_coerce(sentence):
    assert classify(sentence).plover == "COERCE"


@pytest.mark.parametrize(
    "sentence, category",
    [
        # PLOVER gold records: a ban lifted, a participle after a determiner, a suspension of links or of aid
        (
            "In an interview this weekend, President Abdelaziz Bouteflika said he is prepared to lift ban on Islamic "
            "Salvation Front (FIS) but not with its historical leadership.",
            "AGREE",
        ),
        (
            "Italy announced a suspension of air links with Serbia on Wednesday, one day after a Serbian army jet shot "
            "down a helicopter carrying EC truce monitors.",
            "SANCTION",
        ),
        (
            "The United States suspended part of a military aid program for Bosnia aimed at bringing Bosnian Croat and "
            "Moslem armed forces together as a unified identity, the New York Times reported on Friday.",
            "SANCTION",
        ),
    ],
)
def test_a_ban_lifted_or_a_suspension_of_links_keeps_its_reading(sentence, category):
    assert classify(sentence).plover == category


def test_no_banned_body_after_a_preposition_nor_a_progressive_read_as_a_passive():
    # ConfliBERT's "suspended aid to the Syrian humanitarian group" and the news sets' "The African Union is suspending
    # Egypt from membership" (K, SANCTION) name no banned body: the object ends at a preposition
    assert classify(
        "The U.S. has suspended aid to the Syrian humanitarian group known as the White Helmets, the State Department "
        "confirmed to ABC News."
    ).cameo[:3] != "172"
    assert classify(
        "The African Union is suspending Egypt from membership in the continental body after the military ouster of "
        "President Mohammed Morsi."
    ).plover == "SANCTION"
