"""The web pages: an entry point beside the CLI that builds the same commands and calls the same handlers."""
