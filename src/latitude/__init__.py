"""latitude: measure, map and stress-test a state's strategic autonomy between great powers."""

__version__ = "0.1.0"
