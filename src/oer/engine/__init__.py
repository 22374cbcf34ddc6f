"""The only place that knows how the site engine (MkDocs + static-i18n) keeps its state."""
