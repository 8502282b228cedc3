"""Does a sentence report an event? A trained, calibrated logistic regression over cheap cues.

The word-list checks of `eventness` (tense, aspect, mood and clause of each candidate event word) are
right about form but not about register: news writes "Ankara still refuses ..." and headlines in the
simple present and means an act, while analysis writes "Seoul occupies the space of mediation" and
means a standing position. This model weighs those checks together with other cheap cues, none of
them names or topics (topic words such as "strategic" or "relations" were left out: with few
negative examples they learn the subject of the training articles, not their register):

- whether the word-list check of `eventness` accepts the sentence's event word (the earlier gate);
- the `eventness.verb_status` of every candidate event word (hand rule, construction, lexicon verb,
  visit/meeting/launch frame) and of the lexicon's main verb, and whether any finite verb reports an act;
- the form of the word after each actor ("Seoul occupied" / "Seoul occupies" / "Seoul could");
- closed-class cue words: modals, negation, hedges ("likely", "perhaps"), evaluative words of
  analysis ("key", "crucial", "difficult"), first-person pronouns,
  discourse connectives ("however", "therefore"), reporting verbs, time anchors ("on Tuesday", months);
- sentence shape: digits, quotation marks, a leading conditional or connective (length and the
  number of actors were tried and left out: they told the training sets apart, not events from analysis).

It is fit by `latitude.coding.build` on event sentences (PLOVER gold records, ConfliBERT's sentences,
the first sentences of NGEC's synthetic stories, the real news sentences of `build.NEWS_SETS`, labelled
real prose) against the non-event sentences of real news, analysis and opinion writing (every labelled
development prose set, `build.PROSE_SETS`, since issue 13's coder round 22), with article-grouped
cross-validation; the thresholds are chosen on the cross-validated probabilities. The
weights ship as `data/eventness.npz` (a few kB); run time is a dictionary look-up per feature.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

import numpy as np

from latitude.coding.eventness import (
    AUXILIARIES,
    CONDITIONAL,
    FUTURE,
    HABITUAL,
    MODALS,
    NEGATIONS,
    finite_verbs,
    is_past,
    verb_status,
)
from latitude.coding.gazetteer import Mention

_CUES = frozenset(
    # hedges, evaluation and abstraction: the vocabulary of analysis
    "likely unlikely perhaps maybe possibly probably arguably apparently seems seem appears appear suggests "
    "suggest remains remain key important importance crucial critical significant clear clearly difficult "
    "complex delicate need needs must should ought essential necessary vital "
    "fact indeed however therefore thus moreover yet still also instead rather although though while "
    "because whether despite unless if "
    # pronouns and voice
    "we our us i my you your it its they their this these such "
    # copulas and stative verbs
    "is are be being remain seem become becomes has have "
    # reporting, announcing and time anchors of news
    "said says told announced stated added confirmed reported according statement spokesman spokeswoman "
    "spokesperson official officials ministry minister president premier agency "
    "today yesterday tonight monday tuesday wednesday thursday friday saturday sunday week weekend "
    "january february march april june july august september october november december "
    "jan feb mar apr jun jul aug sep sept oct nov dec earlier later ago last on "
    # news acts that analysis mentions only as nouns
    "visit visited summit talks meeting met launched fired held signed agreed".split()
)
_LEADS = frozenset("but however yet so therefore thus still moreover indeed if when while although as in for".split())
_DIGIT = re.compile(r"\d")


def _form(words: list[str], i: int) -> str:
    """Category of the word at i (adverbs skipped): past, modal, future, aux, negation, -s or -ing form."""
    while i < len(words) and (words[i].endswith("ly") or words[i] in ("also", "still", "now", "again", "already")):
        i += 1
    if i >= len(words):
        return "end"
    word = words[i]
    if word in MODALS:
        return "modal"
    if word in FUTURE:
        return "future"
    if word in NEGATIONS:
        return "neg"
    if word in AUXILIARIES:
        return "aux"
    if is_past(word):
        return "past"
    if word.endswith("ing"):
        return "ing"
    if word.endswith("s") and not word.endswith("ss"):
        return "s"
    return "other"


def report_features(
    sentence: str,
    words: list[str],
    starts: list[int],
    attached: frozenset[int],
    names: frozenset[int],
    mentions: list[Mention],
    triggers: list[int],
    main: int | None,
    frames: int,
    gate: bool,
) -> list[str]:
    """The model's features of one sentence (see the module doc).

    `words`: lower-case tokens; `starts`, `attached`: from `eventness.sentence_shape`; `names`:
    positions of capitalised tokens (never cue words: "US" is not "us"); `triggers`:
    positions of candidate event words (rules, constructions, lexicon verbs); `main`: the lexicon's
    main verb; `frames`: the number of visit/meeting/launch/exercise events found; `gate`: whether the
    word-list check of `eventness` found a trigger that reports an act.
    """
    out = ["_bias_", "gate_pass" if gate else "gate_fail"]
    for status in {verb_status(words, p, starts) for p in triggers if p < len(words)}:
        out.append(f"trigger_{status}")
    if not triggers:
        out.append("no_trigger")
    if main is not None and main < len(words):
        out.append(f"main_{verb_status(words, main, starts)}")
    out.append("finite" if finite_verbs(words, starts, attached) else "no_finite")
    if frames:
        out.append("frame")
    for mention in mentions:
        out.append(f"after_actor_{_form(words, mention.end)}")
    present = {w for i, w in enumerate(words) if i not in names}  # "US" is a name, not "us"
    out.extend(f"w_{w}" for w in present & _CUES)
    if present & MODALS:
        out.append("any_modal")
    if present & HABITUAL:
        out.append("any_habitual")
    if words:
        if words[0] in _LEADS:
            out.append(f"lead_{words[0]}")
        if words[0] in CONDITIONAL:
            out.append("lead_conditional")
    if _DIGIT.search(sentence):
        out.append("digits")
    if '"' in sentence or "\u201c" in sentence or "\u201d" in sentence:
        out.append("quote")
    return out


@dataclass(frozen=True)
class ReportModel:
    """Logistic regression weights over binary features, and the decision thresholds.

    `threshold` applies inside articles written in the register of analysis and `news_threshold` inside
    articles written in the register of news (an article's register is news when the median
    probability of its sentences that name an actor is at least `NEWS_REGISTER`); each is chosen by
    cross-validation so that at most `build.REPORT_TARGET` of the non-event sentences of labelled prose
    read in that register pass. News reports acts in the simple present ("Ankara still refuses ..."),
    so its sentences score higher, but the quotes, previews and background of a news article are no
    events either: until 2026-12-04's third round news articles used the balanced boundary 0.5 and
    passed 30 of the 72 non-event prose sentences they read (cross-validated). `lone_threshold` (0.5, the balanced model's own
    boundary) applies to a sentence read on its own (a gold record, a one-sentence text).
    """

    weights: dict[str, float]
    threshold: float
    news_threshold: float = 0.5
    lone_threshold: float = 0.5

    def probability(self, feats: list[str]) -> float:
        """Probability that the sentence reports an event."""
        score = sum(self.weights.get(f, 0.0) for f in set(feats))
        return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, score))))

    def threshold_for(self, probabilities: list[float], sentences: int) -> float:
        """The threshold for the sentences of an article, from its sentences' probabilities."""
        if sentences <= 1 or not probabilities:
            return self.lone_threshold
        return self.news_threshold if float(np.median(probabilities)) >= NEWS_REGISTER else self.threshold


NEWS_REGISTER = 0.5  # median sentence probability from which an article is read as news


@lru_cache(maxsize=1)
def load_report_model() -> ReportModel:
    """The shipped model (`data/eventness.npz`)."""
    with resources.as_file(resources.files("latitude.coding") / "data" / "eventness.npz") as path:
        data = np.load(path, allow_pickle=False)
        names = [str(n) for n in data["features"]]
        return ReportModel(
            dict(zip(names, data["weights"].astype(float))), float(data["threshold"]), float(data["news_threshold"])
        )
