"""Measures: Ibis expressions over the catalogue, one concept per module (trade, alignment, security, ...)."""
