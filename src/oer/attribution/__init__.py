"""Equal, consent-aware credit for everyone who co-produced a page.

``registry`` reads who the co-producers are and how each wants to be credited;
``credits`` reads which of them a page names, in which role; ``presentation``
turns both into the text a reader sees; ``jsonld`` into metadata for machines.
Only ``Person.public_name`` decides whether a name may be shown.
"""
