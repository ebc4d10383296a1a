"""churn-tui: a verified record of AI executive moves, from Chinese news to DuckDB to the terminal."""

__version__ = "0.1.0"
