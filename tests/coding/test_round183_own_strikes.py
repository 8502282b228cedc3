"""Issue 13, coder round 183: armed groups' claims and a doer's report of its own strike. In an article, a party's
report of its own attack with itself as the pronoun subject of the reported clause ("The Israeli military said it
struck 300 targets in Lebanon ...", "In a statement, Hezbollah said its fighters targeted the Ma'alot settlement ...",
"Hezbollah said it was targeting ...", "The Israeli army on Monday claimed to have struck ...") fell under the article's
threshold though read alone; it is now the act read ungated when its source is the reporter and its target another
state, or, with no target, the target of the reporter's last launch at a state (`coder._own_strikes`).
Rows are quoted from cited development sets (tests/fixtures/coding/, row ids given); the expectations are their hand
labels. Every test but the guards fails with main's code."""

from prose_rows import coded_row

from latitude.coding.coder import Article, code_article


def _acts(records: list[dict]) -> set[tuple]:
    return {(r["source"], r["target"]) for r in records if r["plover"] in ("ASSAULT", "MOBILIZE")}


def _later(text: str) -> list[dict]:
    first = text.split(". ")[0] + "."
    return [r for r in code_article(Article("t", text, None)) if r["sentence"] != first]


def test_the_israeli_military_said_it_struck_300_targets():
    # held-out 132 XS066, labelled ISR>LBN ASSAULT | ISR>- STATEMENT: "Meanwhile, the Israeli military said it struck
    # 300 targets in Lebanon as it steps up pressure against the Hezbollah militant group."; main: no record
    row, records = coded_row("heldout132_prose.tsv", "XS066")
    assert ("ISR", "LBN") in _acts(records)


def test_ukraine_said_it_had_struck_a_depot_in_russia():
    # held-out 179 BO030, labelled UKR>RUS ASSAULT | UKR>- STATEMENT: "Ukraine said on Saturday it had struck a storage
    # and maintenance depot for long-range Shahed drones in Russia's Oryol region, ..."; main: no record
    row, records = coded_row("heldout179_prose.tsv", "BO030")
    assert ("UKR", "RUS") in _acts(records)


def test_hezbollah_said_it_was_targeting():
    # held-out 172 CG002, labelled LBN>ISR ASSAULT/MOBILIZE | LBN>- STATEMENT: "Hezbollah said it was targeting part of
    # a surveillance system used by the Israeli air force, ..."; main: no record
    row, records = coded_row("heldout172_prose.tsv", "CG002")
    assert ("LBN", "ISR") in _acts(records)


def test_its_fighters_targeted_a_place_takes_the_launchs_target():
    # the shape of held-out 151 SH002 ("In a statement, Hezbollah said its fighters targeted the Ma'alot settlement with
    # a barrage of 50 rockets.", labelled LBN>ISR ASSAULT/MOBILIZE | LBN>- STATEMENT) in a general article: a target
    # that is no state takes the target of the reporter's last launch at a state; main: no record. SH002 itself
    # depends on SH001's launch, which the stop-40 refit of the event model put under the article's threshold, so the
    # rule is tested on an article whose launch is read (checked: with `_own_strikes` returning nothing, no record).
    records = _later("Hezbollah fired dozens of rockets at Israel on Sunday. In a statement, Hezbollah said its fighters "
                     "targeted the Shomera settlement with a barrage of rockets.")
    assert ("LBN", "ISR") in _acts(records)


def test_a_general_article_of_a_military_reporting_its_own_strike():
    # a general article: the second sentence is the Israeli military's report of its own strike; main: no record
    records = _later("Hezbollah fired rockets at northern Israel on Sunday. "
                     "The Israeli military said it struck dozens of Hezbollah targets in southern Lebanon overnight.")
    assert ("ISR", "LBN") in _acts(records)


def test_a_planned_strike_and_another_partys_strike_are_not_read():
    # guards: a future ("it would strike") is no strike, and "said Hezbollah struck" is not the reporter's own act
    planned = _later("Hezbollah fired rockets at northern Israel on Sunday. "
                     "The Israeli military said it would strike Hezbollah targets in southern Lebanon.")
    other = _later("Hezbollah fired rockets at northern Israel on Sunday. "
                   "The Israeli military said Hezbollah struck an army base in northern Israel.")
    assert ("ISR", "LBN") not in _acts(planned) and not any(s == "ISR" for s, _ in _acts(other))
