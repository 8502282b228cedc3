"""Issue 13, coder round 230: meetings told as expected or planned (labels round 20's convention) — the article's
traveller told by "he" or "she" as subject of a planned verb of meeting ("He will call on President Dr. Hassan Rouhani
...", "After his talks with Li, he is also scheduled to meet President Xi Jinping later.", "He will hold in-depth
discussions with Chinese leadership on ...") tells a meeting of the article's last visit, as coder round 178's plural
stand-in with a planned topic does; the sentence names no state but the visit's two and names the visit's host after
the verb. Expectations are hand labels of the cited sets' conventions; the development tests (held-out 76 VR037, 82
CY005, 196 ZA030) and the general test fail with main's code (no record); the guards hold on both."""

from prose_rows import row_pairs, sentence_pairs


def test_he_will_call_on_the_host_president():
    # held-out 76 VR037: "He will call on President Dr. Hassan Rouhani and Speaker of the Parliament Mohammad Bagher
    # Ghalibaf." (labelled PAK<>IRN CONSULT; main: no record)
    assert frozenset(("PAK", "IRN")) in row_pairs("heldout76_prose.tsv", "VR037")


def test_he_is_also_scheduled_to_meet_the_host_president():
    # held-out 82 CY005: "After his talks with Li, he is also scheduled to meet President Xi Jinping later." (labelled
    # IND<>CHN CONSULT; main: no record)
    assert frozenset(("IND", "CHN")) in row_pairs("heldout82_prose.tsv", "CY005")


def test_he_will_hold_discussions_with_the_hosts_leadership():
    # held-out 196 ZA030: "He will hold in-depth discussions with Chinese leadership on the evolving regional situation
    # in south Asia ..." (labelled PAK<>CHN CONSULT; main: no record)
    assert frozenset(("PAK", "CHN")) in row_pairs("heldout196_prose.tsv", "ZA030")


LEAD = (
    "Brazilian President Luiz Inacio Lula da Silva arrived in Tokyo on Monday for a three-day visit to Japan. "
    "He was received at the airport by Japanese Foreign Minister Yoko Kamikawa. "
)


def test_he_will_call_on_the_host_leaders_and_meet_them_after_other_talks():
    s = "He will call on Emperor Naruhito and Prime Minister Fumio Kishida."
    assert sentence_pairs(LEAD + s, "He will call") == {frozenset(("BRA", "JPN"))}
    s = "After his talks with Kamikawa, he is also scheduled to meet Prime Minister Fumio Kishida."
    assert sentence_pairs(LEAD + s, "After his talks") == {frozenset(("BRA", "JPN"))}


def test_guards_no_host_named_and_a_sentence_alone():
    unnamed = "He is also expected to meet a popular singer."
    assert not sentence_pairs(LEAD + unnamed, "He is also")
    alone = "He will call on Emperor Naruhito and Prime Minister Fumio Kishida."
    assert not sentence_pairs(alone, "He will call")
