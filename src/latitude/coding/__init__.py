"""Text -> events coder: English news sentences to CAMEO/PLOVER dyadic events (see docs/coding.md)."""

from latitude.coding.coder import FIELDS, code, code_sentence
from latitude.coding.evaluate import evaluate
from latitude.coding.frame import coded_events_frame

__all__ = ["FIELDS", "code", "code_sentence", "coded_events_frame", "evaluate"]
