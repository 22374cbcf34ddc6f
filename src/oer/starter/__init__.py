"""A new course in a new folder: ``python -m oer.starter DIR --languages en nl``
(``make new-course DIR=… LANGS="en nl"``).

The course builds strictly and passes its own tests (``make test`` in its folder) as it
comes; see ``oer.starter.course`` for what it holds.
"""
