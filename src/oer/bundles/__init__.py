"""Exercise bundles: print-ready PDFs, editable DOCX/ODT and a ZIP per module and language.

``spec`` says what goes into a bundle; ``documents`` writes it as HTML;
``render`` turns HTML into PDF, DOCX and ODT; ``archive`` packs a reproducible
ZIP; ``cache`` keeps every output by the hash of what made it; ``links`` writes
the download links for the module page.
"""
