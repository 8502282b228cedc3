"""What a claim and a verdict are, shared by every kind of claim."""
from __future__ import annotations

from dataclasses import dataclass, field

SUPPORTED, CONTRADICTED, UNCHECKABLE = "supported", "contradicted", "not checkable"
VERDICTS = (SUPPORTED, CONTRADICTED, UNCHECKABLE)


@dataclass
class Claim:
    """One checkable statement found in a sentence.

    `subject` is the state the claim is about (ISO3; for reserve-currency claims the currency),
    `others` its partners. Kind-specific details: `rank` (1 = largest), `within` (among the top
    K: "key", "major" and "one of the largest" are the top `KEY`), `minor` ("a minor partner"),
    `share` (a stated percentage, 0-100) and its `qualifier` ("over", "about"), `flow` ('total',
    'exports' or 'imports'), `topic` (what a dependence is for), `negated` ("not an ally"), the years the
    sentence states (`year`, `span`) and the `date` of a reported event.
    """

    kind: str
    sentence: str
    subject: str
    others: tuple[str, ...] = ()
    rank: int | None = None
    within: int | None = None
    minor: bool = False
    share: float | None = None
    qualifier: str = ""
    flow: str = "total"
    topic: str = ""
    negated: bool = False
    year: int | None = None
    span: tuple[int, int] | None = None
    date: str | None = None
    notes: dict = field(default_factory=dict)

    @property
    def other(self) -> str:
        return self.others[0] if self.others else ""


@dataclass
class Verdict:
    """A claim's verdict with the figures, years and source behind it."""

    claim: Claim
    verdict: str
    figures: str
    years: str = ""
    source: str = ""


SHARE_POINTS, SHARE_RELATIVE = 3.0, 0.15   # tolerance of a stated share
KEY = 5                        # "key", "major", "main" partners or suppliers: among the top five
MINOR_RANK, MINOR_SHARE = 10, 2.0  # a "minor" partner: outside the top ten and under 2% of the total


def pct(value: float) -> str:
    """0.2698 -> '27.0%'."""
    return f"{100 * value:.1f}%"


def share_agrees(stated: float, actual: float) -> bool:
    """A stated share (in percent) agrees with the data's (a fraction) within `SHARE_POINTS` points
    or `SHARE_RELATIVE` of the data's value, whichever is wider ("around 29%" for 29.4% holds, "18%"
    for 13.2% and "25%" for 32.6% do not). A small share, where three points is most of the value, must also be within a
    factor of two ("0.1 percent" for 1.1% does not hold; fifteenth round, from held-out 2's COFER sentence)."""
    actual_pct = 100 * actual
    if min(stated, actual_pct) < SHARE_POINTS and max(stated, actual_pct) > 2 * min(stated, actual_pct):
        return False
    return abs(stated - actual_pct) <= max(SHARE_POINTS, SHARE_RELATIVE * actual_pct)


def rank_holds(claim: Claim, rank: int | None, share: float) -> bool:
    """Whether the data's rank (None: not a partner at all) and share fit the claim's rank words."""
    if claim.minor:
        return rank is None or (rank > MINOR_RANK and 100 * share < MINOR_SHARE)
    if rank is None:
        return False
    if claim.rank is not None:
        return rank == claim.rank
    if claim.within is not None:
        return rank <= claim.within
    return True


def claimed_rank(claim: Claim) -> str:
    """'the largest', 'second', 'among the top 5', 'minor' for a verdict's text."""
    if claim.minor:
        return f"a minor partner (outside the top {MINOR_RANK}, under {MINOR_SHARE:.0f}%)"
    if claim.rank is not None:
        return "the largest" if claim.rank == 1 else f"number {claim.rank}"
    if claim.within is not None:
        return f"among the top {claim.within}"
    return ""
