"""The `cspr` command line."""

from workflows.cli.app import app, main, run

__all__ = ["app", "main", "run"]
