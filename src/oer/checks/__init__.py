"""Checks that run over a whole build: which problems a pull request is answerable for."""
