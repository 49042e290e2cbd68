"""Shared test set-up: the tests import the installed kjstats (make test installs it)."""
