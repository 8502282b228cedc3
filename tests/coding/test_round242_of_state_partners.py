"""Issue 13, coder round 242: a meeting read with another pair only — one party's partners listed as people, each told
by a name or title and "of <state>" ("... in separate meetings with foreign ministers Lejone Mpotjoana of Lesotho,
Melvin Bouva of Suriname, Abdisalam Ali of Somalia, ...", "The PM also held bilateral meetings with the PM of Japan
Fumio Kishida and the PM of Italy Giorgia Meloni.") are a meeting with each listed state, coded as the pair the frames
read is, in an article. Expectations are hand labels of the cited sets' conventions; the development tests (held-out
159 ND008, 126 VT020, 203 XJ021) and the general test fail with main's code (the first listed state only); the guards
hold on both."""

from prose_rows import row_pairs, sentence_pairs


def test_separate_meetings_with_ministers_of_each_state():
    # held-out 159 ND008: "Bilateral ties were also on the agenda in separate meetings with foreign ministers Lejone
    # Mpotjoana of Lesotho, Melvin Bouva of Suriname, Abdisalam Ali of Somalia, Alva Baptiste of Saint Lucia, and Kamina
    # J Smith of Jamaica." (labelled IND<>LSO, IND<>SUR, IND<>SOM, IND<>LCA, IND<>JAM CONSULT; main: IND-LSO only)
    pairs = row_pairs("heldout159_prose.tsv", "ND008")
    assert {frozenset(("IND", c)) for c in ("LSO", "SUR", "SOM", "LCA", "JAM")} <= pairs


def test_the_pm_of_japan_and_the_pm_of_italy():
    # held-out 126 VT020: "The PM also held bilateral meetings with the PM of Japan Fumio Kishida and the PM of Italy
    # Giorgia Meloni." (labelled IND<>JPN, IND<>ITA CONSULT; main: IND-JPN only)
    pairs = row_pairs("heldout126_prose.tsv", "VT020")
    assert {frozenset(("IND", "JPN")), frozenset(("IND", "ITA"))} <= pairs


def test_counterpart_from_one_state_and_a_minister_of_another():
    # held-out 203 XJ021: "Caretaker Foreign Minister Jalil Abbas Jilani on Tuesday met his counterpart from Turkiye
    # Hakan Fidan and Bakhtiyor Saidov of Uzbekistan, and discussed bilateral ties ..." (labelled PAK<>TUR, PAK<>UZB
    # CONSULT; main: PAK-TUR only)
    pairs = row_pairs("heldout203_prose.tsv", "XJ021")
    assert {frozenset(("PAK", "TUR")), frozenset(("PAK", "UZB"))} <= pairs


LEAD = "Leaders of the African Union gathered in Addis Ababa on Wednesday for the bloc's annual summit. "


def test_met_presidents_of_each_state():
    met = (
        "Kenyan President William Ruto met President Nana Akufo-Addo of Ghana, President Paul Kagame of Rwanda and "
        "President Bola Tinubu of Nigeria."
    )
    assert sentence_pairs(LEAD + met, "Kenyan President") == {frozenset(("KEN", c)) for c in ("GHA", "RWA", "NGA")}


def test_guards_a_topic_of_a_state_a_negation_and_a_sentence_alone():
    topic = "Kenyan President William Ruto discussed the situation of Ghana and the economy of Nigeria with Rwandan President Paul Kagame."
    assert sentence_pairs(LEAD + topic, "Kenyan President") == {frozenset(("KEN", "RWA"))}
    negated = "Kenyan President William Ruto did not meet President Nana Akufo-Addo of Ghana and President Paul Kagame of Rwanda."
    assert not sentence_pairs(LEAD + negated, "Kenyan President")
