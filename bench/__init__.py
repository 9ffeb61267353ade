"""Benchmarks for `make bench`: ratios to a baseline measured in the same run."""
