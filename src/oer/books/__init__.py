"""The whole course offline: one printable book (PDF) and one e-book (EPUB) per language.

``spec`` says what a book holds, as plain data; ``pages`` makes each rendered page fit
into one document; ``credits`` gathers who co-produced each module; ``documents``
writes the book as HTML; ``render`` makes the PDF and the EPUB; ``build`` takes them
from the cache or renders them; ``links`` writes the links on the home page.
"""
