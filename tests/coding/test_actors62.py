"""Actors round 62 (issue 13): officials of international organisations named by a bare office term or by a holder's
name on a page with no date. The development sort of the international officials (labelled `IGO`) not read right
over held-out actors 18-61, read by article, found the largest cell of the theme to be holders of a dated office of an
organisation (`igo_officials.tsv`) on undated pages, where the tables give the name a state's earlier office too
("Josep Borrell", "Kaja Kallas", "Moussa Faki", "Jens Stoltenberg"); most of those pages named the organisation in an
earlier sentence. The construction taken: on an undated page, a name the tables hold for an organisation's office
reads as its official when an earlier sentence of the article named an international organisation, as it already did
when the sentence itself names one (`gazetteer._igo_term`'s `organisation`, `context.ArticleContext.organisation`);
the guards of that reading stay (a state's office with its state right before the name, the article having named the
person in full as a state's, a state's post at the organisation). Probes quote development rows (held-out actors 44
AM026-AM027, 59 BB018-BB019, 43 AL010-AL011) and a general article; guards keep an undated page that names no
organisation, an article that named the person in full as a state's, and a dated page outside the term."""

import datetime as dt

from prose_rows import state_in_article


def test_a_holder_named_on_an_undated_page_after_the_organisation_is_its_official():
    # held-out actors 44 AM026-AM027 (undated): main reads "Moussa Faki" as Chad's
    article = (
        "The Chairperson of the African Union Commission (AUC), Moussa Faki Mahamat, defended Saturday (03) the joint "
        "efforts for peace in the Democratic Republic of Congo (DRC) and Sudan.",
        "Delivering his speech, at opening of the Extraordinary Summit of the International Conference of the Great "
        "Lakes Region (CIRGL), Moussa Faki called for the need to find lasting solutions to African crises through "
        "dialogue and strong commitments.",
    )
    assert state_in_article(article, "Faki") == "IGO"
    # held-out actors 59 BB018-BB019 (undated): main reads "Norwegian Jens Stoltenberg" as Norway's
    article = (
        "After the signing ceremony in Brussels, former Prime Minister of the Netherlands Mark Rutte officially became "
        "the NATO Secretary General.",
        "He will replace Norwegian Jens Stoltenberg, who has led the alliance since 2014.",
    )
    assert state_in_article(article, "Stoltenberg") == "IGO"


def test_a_successor_and_a_predecessor_after_the_organisation_are_its_officials():
    # held-out actors 43 AL010-AL011 (undated): main reads Estonia's and Spain's
    article = (
        "This was the message delivered by Maroš Šefčovič, the incoming Commissioner for Trade and Economic Security, "
        "during his Monday hearing in the European Parliament.",
        "This tension showed in the hearing, where, awkwardly, Šefčovič directed eurodeputies to his colleague Kaja "
        "Kallas, who is expected to succeed Josep Borrell in charge of European diplomacy.",
    )
    assert state_in_article(article, "Kallas") == "IGO"
    assert state_in_article(article, "Borrell") == "IGO"
    # a general article
    article = (
        "The European Union will discuss new sanctions at a meeting in Brussels on Monday.",
        "Josep Borrell said the bloc would not wait for a ceasefire.",
    )
    assert state_in_article(article, "Borrell") == "IGO"


def test_the_state_stays_without_the_organisation_before_or_in_the_term():
    # an undated page that names no organisation (held-out actors 44 AM036's shape)
    assert state_in_article(("Kallas said the talks would go on.",), "Kallas") == "EST"
    assert state_in_article(("Officials met in Tallinn on Monday.", "Kallas said the talks would go on."),
                            "Kallas") == "EST"
    # the article named the person in full as a state's
    article = (
        "Estonian Prime Minister Kaja Kallas arrived at the NATO summit in Vilnius.",
        "Kallas said the alliance must stay united.",
    )
    assert state_in_article(article, "Kallas") == "EST"
    # a dated page before the term (Kallas became the EU's High Representative on 2024-12-01)
    article = (
        "The European Union will discuss new sanctions at a meeting in Brussels on Monday.",
        "Kallas said the bloc would not wait for a ceasefire.",
    )
    assert state_in_article(article, "Kallas", dt.date(2023, 5, 2)) == "EST"
