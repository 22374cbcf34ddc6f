"""Translations: which are current, outdated or missing, what changed, and safe partner pages.

A translation records the version of its source it was made from (hashes in
its front matter), so status works on a shallow clone with no git history.
"""
