"""PLOVER round 87 (issue 13): arrests inside one state typed otherwise — an arrest told before its accusation.

In the development news rows of acts inside one state, an arrest told with the accusation, charge or probe it was made
on ("The Malawi Anti- Corruption Bureau arrested Charles Mchacha, ..., accused of using public funds", "Turkish police
detained Istanbul's powerful mayor ... over two investigations into graft") was typed by the accusation's words
(ACCUSE or DISAPPROVE, CAMEO 11), where the news sets label it COERCE. An arrest verb told before an accusation rule,
not as an adjective or noun after a determiner, not first in the sentence, not in a relative clause and not after
"after"/"following", is now CAMEO 173 (`coder._arrest_before_accusation`), PLOVER COERCE. Sentences quoted from the
real-news development sets (tests/fixtures/coding/plover_news_*.tsv); expected categories their hand labels.
"""

from latitude.coding.coder import classify


def test_an_arrest_told_before_its_accusation_is_coercion():
    assert classify("Police arrested the opposition leader on Monday, accusing him of inciting violence.").plover == "COERCE"
    assert classify("Security forces detained three journalists accused of spreading false news.").plover == "COERCE"
    # AS, labelled COERCE MWI > MWI (was ACCUSE, CAMEO 112)
    text = ("The Malawi Anti- Corruption Bureau arrested Charles Mchacha, a former irrigation minister, accused of using "
            "public funds to pay for his honeymoon at a hotel.")
    assert classify(text).cameo == "173" and classify(text).plover == "COERCE"
    # BX, labelled COERCE TUR > TUR (was ACCUSE, CAMEO 111)
    text = ("Turkish police detained Istanbul's powerful mayor, Ekrem Imamoglu, Wednesday (Mar 19) over two "
            "investigations into graft and \"supporting terror\", prompting outrage from the main opposition CHP which "
            "slammed it as a politically-motivated \"coup\".")
    assert classify(text).plover == "COERCE"
    # AT, labelled COERCE CHN > USA (was ACCUSE, CAMEO 112)
    text = ("In a blow to deteriorating relations with the United States, China detained two U.S. Air Force officers "
            "accused of spying and Wednesday ordered them expelled.")
    assert classify(text).plover == "COERCE"
    # X, labelled COERCE (was ACCUSE, CAMEO 111): the arrests denounced after them
    text = ("Hong Kong police have arrested the organisers of the biggest pro-democracy rally since the city was handed "
            "back to China, sparking outrage from campaigners who denounced the arrests as \"political suppression\".")
    assert classify(text).plover == "COERCE"


def test_an_arrest_in_a_relative_clause_or_after_a_determiner_is_not_the_event():
    # guards: the accusation stays the event where the arrest is only told of its accuser
    assert classify("Sonko, who was arrested last week, accused the government of plotting against him.").plover != "COERCE"
    assert classify("The detained journalist accused police of torturing him in custody.").plover != "COERCE"
