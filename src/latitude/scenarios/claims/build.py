"""Fit the trained claim finder (`model.py`) on the development sets and cross-validate it.

`python -m latitude.scenarios.claims.build model` rewrites `data/claim_kinds.npz` from the labelled development sets
(tests/fixtures/claims: dev and held-out 1 to 82; a fresh set joins only after its round has scored it once). sklearn is needed
here only; `check` reads the weights with numpy. `python -m latitude.scenarios.claims.build cv` prints the
claim-level figures of the checker with the model cross-validated by article, and `... build causes` the labelled
claims of the development sets the checker does not judge correctly, by kind and cause (`evaluate.causes`; both
need the store).
"""
from __future__ import annotations

import sys
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from latitude.scenarios.claims import model

FIXTURES = Path(__file__).resolve().parents[4] / "tests" / "fixtures" / "claims"
DEV_SETS = ("dev.jsonl", "heldout.jsonl") + tuple(f"heldout{n}.jsonl" for n in range(2, 146))
C_VALUE = 1.0
FOLDS = 5
PRECISION = 0.85   # a kind's threshold: the lowest that keeps the cross-validated precision of the looser reader's
GRID = tuple(round(0.5 + 0.05 * step, 2) for step in range(10))   # sentences at least this (0.5 ... 0.95)


@dataclass
class Row:
    url: str
    templates: list[str]        # the sentence's templates as `find_claims` reads them (after its context)
    states: int                 # distinct states the sentence names
    labelled: set[str]          # kinds the labels name
    read: set[str]              # kinds the patterns and role reader find


def rows(names: tuple[str, ...] = DEV_SETS) -> list[Row]:
    """Each labelled development sentence with its templates, labelled kinds and the kinds the rules find."""
    from latitude.scenarios.claims import _date, find_claims
    from latitude.scenarios.claims._text import read, sentences
    from latitude.scenarios.claims.evaluate import load
    from latitude.scenarios.claims.resolve import Article

    out = []
    for name in names:
        for row in load(FIXTURES / name):
            context, day = row.get("context") or "", _date(row.get("date"))
            previous, article, pieces = None, Article(), []
            before = len(sentences(context)[0]) if context else 0
            for number, raw in enumerate(sentences(f"{context} {row['sentence']}".strip())[0]):
                previous = read(raw, day, previous, article)
                if number >= before:
                    pieces.append(previous)
            before_claims = {c.sentence for c in find_claims(context, day, loose=False)} if context else set()
            found = [c for c in find_claims(f"{context} {row['sentence']}".strip(), day, loose=False)
                     if c.sentence not in before_claims]
            out.append(Row(row["url"], [p.template for p in pieces],
                           len({a for p in pieces for a in p.actors if a}),
                           {c["kind"] for c in row["claims"]}, {c.kind for c in found}))
    return out


def _fit(x: np.ndarray, y: np.ndarray) -> tuple[np.ndarray, float]:
    from sklearn.linear_model import LogisticRegression

    if y.min() == y.max():   # a fold with no sentence of the kind: never fires
        return np.zeros(x.shape[1]), -50.0
    fit = LogisticRegression(C=C_VALUE, class_weight="balanced", solver="liblinear", random_state=0).fit(x, y)
    return fit.coef_[0], float(fit.intercept_[0])


def _matrix(data: list[Row]) -> tuple[np.ndarray, np.ndarray]:
    x = model.features([" ".join(r.templates) for r in data])
    y = np.array([[kind in r.labelled for kind in model.KINDS] for r in data], dtype=int)
    return x, y


def folds(data: list[Row]) -> np.ndarray:
    """The fold of each row: articles (URLs) in order of first appearance, dealt round the folds."""
    order = list(dict.fromkeys(r.url for r in data))
    fold_of = {url: number % FOLDS for number, url in enumerate(order)}
    return np.array([fold_of[r.url] for r in data])


def out_of_fold(data: list[Row], x: np.ndarray, y: np.ndarray) -> np.ndarray:
    """Each row's probabilities from the model fit on the other folds' articles (`x`, `y`: the rows' `_matrix`)."""
    fold = folds(data)
    p = np.zeros(y.shape)
    for f in range(FOLDS):
        train, test = fold != f, fold == f
        # the fold's rows copied out once for all the kinds (x is rows x 4,096 features: 90 MB), not once per kind
        x_train, x_test = x[train], x[test]
        for k in range(len(model.KINDS)):
            coef, intercept = _fit(x_train, y[train, k])
            p[test, k] = 1.0 / (1.0 + np.exp(-(x_test @ coef + intercept)))
    return p


def thresholds(data: list[Row], p: np.ndarray) -> np.ndarray:
    """Per kind, the lowest threshold on the grid at which the sentences the looser reader would read (the model
    fires, the rules found no claim of the kind, the sentence names the states it needs) hold a labelled claim of
    the kind at least `PRECISION` of the time; 1.01 (never) when no threshold does."""
    out = []
    for k, kind in enumerate(model.KINDS):
        need = 1 if kind == model.events.MISSILE else 2
        open_ = np.array([kind not in r.read and r.states >= need for r in data])
        truth = np.array([kind in r.labelled for r in data])
        chosen = 1.01
        for t in GRID:
            fire = open_ & (p[:, k] >= t)
            if fire.sum() and truth[fire].mean() >= PRECISION:
                chosen = t
                break
        out.append(chosen)
    return np.array(out)


def fit_model(data: list[Row]) -> dict[str, np.ndarray]:
    x, y = _matrix(data)
    fits = [_fit(x, y[:, k]) for k in range(len(model.KINDS))]
    return {"coef": np.array([c for c, _ in fits]), "intercept": np.array([i for _, i in fits]),
            "threshold": thresholds(data, out_of_fold(data, x, y))}


def build_model(out: Path = model.WEIGHTS) -> None:
    np.savez_compressed(out, **fit_model(rows()))


def miss_causes(con, names: tuple[str, ...] = DEV_SETS):
    """The labelled claims of the development sets the checker does not judge correctly, counted by kind and cause
    (pooled over the sets; a row per kind, a column per cause, with the kind's labelled claims)."""
    import pandas as pd

    from latitude.scenarios.claims.evaluate import causes, load, run

    rows = [row for name in names for row in load(FIXTURES / name)]
    results = run(con, rows)
    missed = causes(results, rows)
    table = pd.crosstab(missed["kind"], missed["cause"])
    labelled = results[results["expected"].notna()].groupby("kind").size().rename("claims")
    return pd.concat([labelled, table], axis=1).fillna(0).astype(int)


def cross_validate(con, names: tuple[str, ...] = DEV_SETS):
    """The checker's results on the development sets with each sentence read by a model fit on the other folds'
    articles (the thresholds are the committed ones, chosen by the same folds): evaluate.run's rows."""
    import pandas as pd

    from latitude.scenarios.claims.evaluate import load, run

    data = rows(names)
    labelled = [(name, row) for name in names for row in load(FIXTURES / name)]
    fold = folds(data)
    x, y = _matrix(data)
    threshold = model._weights()[2]
    results = []
    for f in range(FOLDS):
        fits = [_fit(x[fold != f], y[fold != f, k]) for k in range(len(model.KINDS))]
        weights = (np.array([c for c, _ in fits]), np.array([i for _, i in fits]), threshold)
        with model.fitted_on(weights):
            results.append(run(con, [row for (_, row), g in zip(labelled, fold) if g == f]))
    return pd.concat(results, ignore_index=True)


if __name__ == "__main__":
    from latitude.coding.build import pin_blas_kernel

    pin_blas_kernel()   # the committed weights are fit with OpenBLAS's Haswell kernels
    if sys.argv[1:] == ["model"]:
        build_model()
    elif sys.argv[1:] == ["cv"]:
        from latitude.scenarios.claims.evaluate import summary
        from latitude.store import connect

        print(summary(cross_validate(connect(read_only=True))).to_string(index=False))
    elif sys.argv[1:] == ["causes"]:
        from latitude.store import connect

        print(miss_causes(connect(read_only=True)).to_string())
    else:
        sys.exit("usage: python -m latitude.scenarios.claims.build model|cv|causes")
