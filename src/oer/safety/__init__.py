"""Partner content is untrusted: what a page, an image or a registry entry may carry onto the site.

- ``urls``: which addresses a link, a frame or a registry entry may use.
- ``page_html``: the allow-list sanitiser for a page's rendered content, and what it removed.
- ``policy``: the Content-Security-Policy every page carries.
- ``svg``: which SVG images may be published.
- ``files``: which files below docs/ may be published at all.
"""
