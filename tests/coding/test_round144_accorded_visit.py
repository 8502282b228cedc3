"""Issue 13, coder round 144: a narrow carry of the article's own visit onto ceremony sentences — in an article, a
sentence telling that the visitor "was accorded" or "given" a welcome, a guard of honour, a red carpet or a salute,
with no record of its own and no state named but the visit's two parties, takes the article's visit or meeting (its
last CONSULT record with both parties, in the direction first coded), as the prose sets label it ("The prime minister
was then accorded a ceremonial guard of honour.", `IND>CHN CONSULT`). A sentence read alone (`code_sentence`) is
unchanged. Rows are quoted from cited development sets (tests/fixtures/coding/, row ids given); the expectations are
their hand labels. The first three tests fail with main's code."""

from prose_rows import coded_row

from latitude.coding.coder import Article, code, code_sentence


def _visit(records: list[dict], source: str, target: str) -> bool:
    return any((r["source"], r["target"]) == (source, target) and r["plover"] == "CONSULT" for r in records)


def test_the_prime_minister_was_then_accorded_a_ceremonial_guard_of_honour():
    # held-out 95 NP019, labelled IND>CHN CONSULT, after "Prime Minister Atal Bihari Vajpayee and his Chinese
    # counterpart Wen Jiabao met in Beijing's Great Hall of People ..." (NP017, IND<>CHN CONSULT)
    assert _visit(coded_row("heldout95_prose.tsv", "NP019")[1], "IND", "CHN")


def test_the_eam_was_accorded_a_warm_welcome_by_his_nepalese_counterpart():
    # held-out 144 CK042, labelled IND>NPL CONSULT: "Earlier, the EAM was accorded a warm welcome by his Nepalese
    # counterpart N P Saud at the Tribhuvan International Airport (TIA) ..."
    assert _visit(coded_row("heldout144_prose.tsv", "CK042")[1], "IND", "NPL")


GENERAL = (
    "Japanese Prime Minister Fumio Kishida held talks with Vietnamese Prime Minister Pham Minh Chinh in Hanoi on Sunday. "
    "The guest was then accorded a guard of honour."
)


def test_a_general_article_carries_the_visit_onto_the_ceremony():
    records = list(code(Article("general", GENERAL, None)))
    ceremony = [r for r in records if "guard of honour" in r["sentence"]]
    assert _visit(ceremony, "JPN", "VNM")


def test_no_carry_with_no_visit_before_nor_for_a_sentence_alone():
    text = "The president was accorded a 21-gun salute and a guard of honour."
    assert not [r for r in code(Article("general", text, None)) if r["plover"] == "CONSULT"]
    assert not [r for r in code_sentence(text) if r["plover"] == "CONSULT" and r["target"] is not None]


def test_no_carry_when_another_state_is_named():
    text = (
        "President Emmanuel Macron of France arrived in Nairobi on Monday for a two-day state visit to Kenya. "
        "In Ethiopia, the prime minister was given a warm welcome at the airport."
    )
    ceremony = [r for r in code(Article("general", text, None)) if "Ethiopia" in r["sentence"]]
    assert not _visit(ceremony, "FRA", "KEN")
