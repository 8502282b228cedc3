"""Issue 13, claims round 42: arms-supply claims whose rank or share word the checker did not read. Sorted by shape on
development data (dev and held-out 1-44: 67 arms claims unfound with "rank or share word not read"), the largest group
that one reader can take is a state ranked among an exporter's clients with a noun the readers lacked or with the
exporter written where they did not look: "The top French client ... was Saudi Arabia" (the exporter a demonym between
the rank word and the noun), "the main long-term recipient of Russian major arms", "the largest importer of arms from
France" (after the noun), "Saudi Arabia was the most significant US buyer". The client nouns are now one lexicon in every
number (customer, client, buyer, purchaser, importer, recipient, consumer, user; a market or destination with its arms or
export word), and so are the seller nouns of a supplier (supplier, provider, exporter, source, seller, vendor, dealer).

The texts are development sentences (tests/fixtures/claims, the ids named) or short variants of them written to check
that a form holds in other words; the expected exporter, recipient, rank and share are read off the text by hand."""
from latitude.scenarios.claims import find_claims


def _arms(text: str, kind: str = "arms exports", day: str = "2024-01-01") -> set[tuple[str, str, int | None, float | None]]:
    return {(c.subject, c.other, c.rank, c.share) for c in find_claims(text, day) if c.kind == kind}


def test_the_exporter_between_the_rank_word_and_the_client_noun() -> None:
    # held40-013 (before: none): a demonym between "top" and "client", the client after "was"
    assert _arms("The top French client over the period was Saudi Arabia, which snapped up 12 billion euros worth of "
                 "weapons over the period -- including three billion dollars bought to help the Lebanese army.") == {
        ("FRA", "SAU", 1, None)}
    # held44-009 (before: none): "most significant" is a first place, the client the copula's subject
    assert _arms("Saudi Arabia was the most significant US buyer between 2011 and 2015, according to a study of arms "
                 "purchases since 1968 by the Stockholm International Peace Research Institute (SIPRI).") == {
        ("USA", "SAU", 1, None)}
    # a variant: a plural noun and a purchaser
    assert _arms("Qatar and Egypt are among the largest French arms purchasers.") == set()   # two clients, no copula pair


def test_the_exporter_after_the_client_noun() -> None:
    # held23-006 (before: none): the recipient before a dash, the exporter a demonym after "of"
    assert _arms("“Russia has lost traction in India — the main long-term recipient of Russian major arms — which has "
                 "led to a sharp reduction in arms exports,” said SIPRI researcher Alexandra Kuimova.") == {
        ("RUS", "IND", 1, None)}
    # held26-007 (before: none): "ranked second as the largest" is a second place; the share after it
    assert _arms("The report indicated that Qatar ranked second as the largest importer of arms from France, accounting "
                 "for 9.7% of total French exports.") == {("FRA", "QAT", 2, 9.7)}
    # a variant: a customer of a state's weapons
    assert _arms("South Korea is the second-largest customer of US weapons.") == {("USA", "KOR", 2, None)}


def test_every_seller_noun_of_a_supplier() -> None:
    # held33-013 (before: none): "seller" is a supplier noun
    assert _arms("Moscow is Baku's largest arms seller, stated by Azerbaijani President Ilham Aliyev in an interview with "
                 "Le Figaro.", "arms supplier") == {("AZE", "RUS", 1, None)}
    assert _arms("Israel is India's second-largest weapons vendor.", "arms supplier") == {("IND", "ISR", 2, None)}
    # guards: the same nouns for goods make no arms claim
    assert _arms("Japan is the largest buyer of Chinese goods.") == set()
    assert _arms("China is the largest seller of cars to Japan.", "arms supplier") == set()
