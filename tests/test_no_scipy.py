"""The default install has no SciPy (issue 15: keep the .venv small): every module outside the
optional extras imports, and the kernels that used SciPy run, with `import scipy` failing."""
from __future__ import annotations

import subprocess
import sys

# Run in a fresh interpreter where `import scipy` (and any scipy.* submodule) raises ImportError,
# as in a venv without it: pandas, Ibis and networkx treat SciPy as optional, latitude must not
# need it either. Modules of the optional extras (pyfixest, pyspark, playwright, sentence
# transformers) may fail only on those packages.
CODE = r"""
import importlib, pkgutil, sys
import numpy as np
sys.modules["scipy"] = None
import latitude
EXTRAS = ("pyfixest", "pyspark", "playwright", "sentence_transformers")
failed = []
for info in pkgutil.walk_packages(latitude.__path__, "latitude."):
    try:
        importlib.import_module(info.name)
    except ImportError as error:
        if not any(extra in str(error) for extra in EXTRAS):
            failed.append(f"{info.name}: {error}")
assert not failed, failed

import networkx as nx
import pandas as pd
from latitude.measures import idealpoints, triads
from latitude.scenarios import diversify

rng = np.random.default_rng(0)
x = rng.standard_normal(30)
votes = np.where(x[:, None] + rng.standard_normal((30, 40)) > 0, 1, 3)
votes[rng.random(votes.shape) < 0.2] = 2
fit = idealpoints.dynamic_idealpoints(idealpoints.VoteMatrix.from_array(votes, years=np.repeat([2000, 2001], 20)),
                                      anchor=None)
assert np.isfinite(fit.idealpoint).all() and abs(np.corrcoef(fit.idealpoint[:, 0], x)[0, 1]) > 0.8
s = diversify.minimise_risk(np.array([1.0, 0.0, 0.0]), np.array([0.5, 0.3, 0.2]), budget=0.04)
assert np.allclose(s, [0.4, 0.36, 0.24], atol=1e-6)
counts = pd.DataFrame({"source_iso3": ["A", "B", "C", "A"], "target_iso3": ["B", "C", "A", "C"], "events": [3, 2, 1, 4]})
graph = triads.undirected_network(counts)
assert len(triads.burt(graph, ["A", "B"])) == 2
nx.betweenness_centrality(graph, weight="distance", normalized=True)
print("scipy" in sys.modules and sys.modules["scipy"] is not None)
"""


def test_default_modules_and_kernels_run_without_scipy() -> None:
    out = subprocess.run([sys.executable, "-c", CODE], capture_output=True, text=True, check=False)
    assert out.returncode == 0, out.stderr[-3000:]
    assert out.stdout.strip() == "False"
