"""Benchmarks for cspr; run them all with ``python -m bench``."""
