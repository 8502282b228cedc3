"""Actors round 35 (issue 13): people named by surname alone after the article named them in full. A generational
suffix after a full name ("President Ferdinand Marcos, Jr.") is no surname, so the surname before it stands for the
person later in the article ("... showed Marcos meeting ..."); and `evaluate.named_actor_scores` can read a page's rows
in order as the coder reads an article's sentences. Probes quote development sentences (held-out actors 29 X033 and
X034) and a general pair; expected states read from the sentences by hand."""

import datetime as dt

from latitude.coding.evaluate import named_actor_scores

from prose_rows import state_in_article

# held-out actors 29 X033 and X034
MARCOS = (
    "President Ferdinand Marcos, Jr. on Thursday met with Sri Lanka’s president in Malacañang where they tackled the "
    "upcoming Association of Southeast Asian Nations (ASEAN) summit.",
    "Video from RTVM showed Marcos meeting Sri Lankan leader Ranil Wickremesinghe, who participated during the 55th Asian "
    "Development Bank (ADB) Annual Meeting of the Board of Governors.",
)



def test_a_surname_after_a_full_name_with_a_suffix_is_that_persons():
    assert state_in_article(MARCOS, "Marcos", dt.date(2022, 9, 29)) == "PHL"


def test_a_surname_after_an_unknown_full_name_with_a_suffix_is_that_persons():
    sentences = ("Zambian Foreign Minister Mulambo Haimbe Jr. arrived in Nairobi on Monday.",
                 "Haimbe met Kenyan officials on Tuesday.")
    assert state_in_article(sentences, "Haimbe") == "ZMB"


def test_named_actor_scores_can_read_a_pages_rows_as_an_article(tmp_path):
    path = tmp_path / "page.tsv"
    url = "https://example.org/page"
    rows = [
        "id\turl\tarticle_date\ttext\tnames\tstates",
        f"X1\t{url}\t2022-09-29\t{MARCOS[0]}\tFerdinand Marcos=PHL;@Malacañang=PHL\tPHL LKA IGO",
        f"X2\t{url}\t2022-09-29\t{MARCOS[1]}\tMarcos=PHL;Ranil Wickremesinghe=LKA\tPHL LKA IGO",
    ]
    path.write_text("\n".join(rows) + "\n", encoding="utf-8")

    def people_recall(articles: bool) -> float:
        frame = named_actor_scores(path, articles=articles).set_index("task")
        return frame.loc["people: state of the name", "recall"]

    assert people_recall(False) == 2 / 3
    assert people_recall(True) == 1.0
