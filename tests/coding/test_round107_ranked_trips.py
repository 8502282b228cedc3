"""Issue 13, coder round 107: visits and meetings whose second state an earlier row names. The development misses were
sorted by what the row has for the missing state (a pronoun, a title, a stand-in word, a tour's stops, a visit noun
with no destination, a name no table holds); the constructions fixed: a visit or trip noun that an ordinal ranks
among its visitor's own is the article's visit also when "abroad" or "overseas" follows it ("his first trip abroad
since ..."); "inaugural" is a modifier of a possessed visit noun, as "maiden" is ("Salman's inaugural visit as
king"); the Malaysian honorifics "Datuk", "Dato", "Seri" and "Tun" are titles before a name, so "Anwar" is the
person named "Datuk Seri Anwar Ibrahim" before. Sentences are quoted from a cited development set (row ids given) or
are general; the expectations are their hand labels. Each test fails with main's code."""

from latitude.coding.coder import Article, code_article
from prose_rows import all_found, has, row_codes


def test_a_first_trip_abroad_is_the_visit_the_article_reports():
    # held-out 95 NP066, labelled FRA>DEU CONSULT: "It is the French leader's first trip abroad since being reelected
    # for a second term last month." after "French President Emmanuel Macron arrived in Berlin on Monday ..." (main:
    # no record)
    assert all_found("heldout95_prose.tsv", "NP066")


def test_a_first_trip_abroad_goes_to_the_other_party_of_the_articles_meeting():
    # held-out 15 O143, labelled PRK>RUS CONSULT: "Departing Pyongyang on Sunday evening aboard an armored train, Kim
    # Jong Un is making his first trip abroad since the start of the Covid-19 pandemic." in an article on his meeting
    # with Putin (main: no record)
    assert all_found("heldout15_prose.tsv", "O143")


def test_a_fronted_first_trip_abroad_is_no_visit_to_the_state_named_in_the_clause():
    # held-out 95 NP063, labelled FRA>DEU and FRA<>DEU CONSULT: "In his first trip abroad since winning reelection,
    # French President Emmanuel Macron is holding talks in Berlin on Russia's invasion of Ukraine." (main: FRA>RUS)
    assert ("FRA", "DEU", "042") in row_codes("heldout95_prose.tsv", "NP063")
    assert not any(target == "RUS" for _, target, _ in row_codes("heldout95_prose.tsv", "NP063"))


def test_an_inaugural_visit_is_a_possessed_visit():
    # held-out 109 OM035, labelled SAU>USA CONSULT: "Salman's inaugural visit as king has been billed as a way of
    # putting relations back on a more stable footing." after King Salman met Obama at the White House (main: none)
    assert all_found("heldout109_prose.tsv", "OM035")


def test_a_malaysian_leader_is_called_by_the_name_after_his_honorifics():
    # held-out 44 r019, labelled MYS>CHN CONSULT: "... the resounding success of Anwar's visit to Beijing." after
    # "Prime Minister Datuk Seri Anwar Ibrahim has concluded his first official visit to China ..." (main: no record)
    assert all_found("heldout44_prose.tsv", "r019")


def test_a_first_trip_overseas_is_the_articles_visit_and_a_last_trip_abroad_is_not():
    # general: "his first trip overseas since taking office" is the visit the sentence before reported; "his last trip
    # abroad" is an earlier one, no second visit to the article's host
    text = (
        "German Chancellor Olaf Scholz arrived in Tokyo on Thursday for talks with Prime Minister Fumio Kishida. "
        "It is his first trip overseas since taking office. His last trip abroad was cut short by the pandemic."
    )
    records = code_article(Article("https://example.org/b", text, None))
    ranked = [r for r in records if "first trip overseas" in r["sentence"]]
    assert has(ranked, "DEU", "JPN", "CONSULT")
    assert not [r for r in records if "last trip abroad" in r["sentence"]]
