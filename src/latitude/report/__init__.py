"""The diplomatic-map report: `write_report` builds one self-contained HTML file (or PDF / PNG)."""
from latitude.report.output import write_report

__all__ = ["write_report"]
