"""Held-out evaluation of plantrace: hand-annotated gold data and one scorer module per task.

``python -m evaluation`` (``make eval``) runs every ``evaluation/score_*.py`` module that defines
``main() -> dict``, prints each report as a table and writes them all to ``out/eval.json``.
"""
