"""Issue 13, coder round 282: the interception told by its noun. A sentence that names no state but the target of the
article's last launch fired at a state and tells the weapons' interception by the noun "interception" or
"interceptions", in a phrase of the sentence ("Shrapnel from the interception caused damage to a vehicle in
Herzliya."), is that launch, as a verb of interception is (`coder._carried_launch`, `coder._interception_noun`), when
the sentence names the launch's launcher or target; not the noun right before a debris noun ("interception debris", the
defender's own interceptors' debris). Rows are quoted from cited development sets (tests/fixtures/coding/, row ids
given); the expectations are their hand labels. The first seven tests fail with main's code (458bb4f1, on its
archive); the guards pass on both."""

import datetime as dt

from prose_rows import labels_found

from latitude.coding.coder import Article, code_article


def _kinds(lead: str, sentence: str) -> set[tuple]:
    # the interception's sentence follows the lead that names the launcher and its target
    records = code_article(Article("round282", " ".join([lead, sentence]), dt.date(2025, 6, 12)))
    return {(r["source"], r["target"], r["plover"]) for r in records if r["sentence"] == sentence}


def test_shrapnel_from_the_interception():
    # held-out 136 IN008 (LBN>ISR ASSAULT/MOBILIZE): "Shrapnel from the interception caused damage to a vehicle in
    # Herzliya."
    assert labels_found("heldout136_prose.tsv", "IN008")[0]


def test_explosions_because_of_the_interception_operation():
    # held-out 136 WK003 (IRN>KWT ASSAULT/MOBILIZE, KWT>- STATEMENT): "He further said that explosions heard in
    # different parts of the nation was because of the interception operation."
    assert labels_found("heldout136_prose.tsv", "WK003")[0]


def test_shrapnel_from_the_interception_the_idf_statement_added():
    # held-out 224 ZI004 (YEM>ISR ASSAULT/MOBILIZE, ISR>- STATEMENT): ""Rocket and missile sirens were sounded
    # following the possibility of falling shrapnel from the interception," the IDF statement added."
    assert labels_found("heldout224_prose.tsv", "ZI004")[0]


def test_air_defense_systems_attempted_an_interception():
    # held-out 129 LT036 (YEM>ISR ASSAULT/MOBILIZE, ISR>- STATEMENT): "In response, Israeli air defense systems
    # attempted an interception which the military said was "apparently successful.""
    assert labels_found("heldout129_prose.tsv", "LT036")[0]


def test_unsuccessful_interception_attempts_were_made():
    # held-out 224 ZI008 (YEM>ISR ASSAULT/MOBILIZE, ISR>- STATEMENT): "According to an IDF statement, one launch from
    # Yemen was detected, unsuccessful interception attempts were made, and a fall was detected."
    assert labels_found("heldout224_prose.tsv", "ZI008")[0]


def test_windows_shattered_by_the_interceptions():
    lead = "Hezbollah fired a barrage of rockets at northern Israel on Sunday, the Israeli military said."
    sentence = "Windows in two houses in Kiryat Shmona were shattered by the interceptions, local officials said."
    assert _kinds(lead, sentence) & {("LBN", "ISR", "ASSAULT"), ("LBN", "ISR", "MOBILIZE")}  # ASSAULT/MOBILIZE


def test_the_sound_of_the_interception_was_heard():
    lead = "Russia launched dozens of drones at Ukraine overnight, the Ukrainian air force said."
    sentence = "Residents of Kyiv reported hearing the interception over the city's eastern districts."
    assert _kinds(lead, sentence) & {("RUS", "UKR", "ASSAULT"), ("RUS", "UKR", "MOBILIZE")}  # ASSAULT/MOBILIZE


def test_guard_interception_debris_is_no_event():
    # the defender's own interceptors' debris (coder round 206), as held-out 222 HI002 ("... due to concerns about the
    # fall of interception debris.", labelled -)
    lead = "Iran fired a ballistic missile at Israel on Tuesday, the Israeli military said."
    sentence = "Rescue teams searched Ramat Gan and Bnei Brak after reports of falling interception debris in Israel."
    assert not any(kind[2] in ("MOBILIZE", "ASSAULT") for kind in _kinds(lead, sentence))


def test_guard_the_noun_with_no_state_named():
    # a noun of interception in a sentence that names neither the launcher nor the target, as held-out 157 TI005
    # ("Sirens sounded amid the incident, including as a result of falling shrapnel from the interception.", labelled -)
    lead = "Hezbollah fired two drones at northern Israel on Monday, the Israeli military said."
    sentence = "Sirens sounded in several towns as a result of the interception."
    assert not any(kind[2] in ("MOBILIZE", "ASSAULT") for kind in _kinds(lead, sentence))
