from __future__ import annotations

from pathlib import Path

from oer.bundles.cache import OutputCache


def test_an_output_is_made_once_per_key_and_read_back_after(tmp_path: Path) -> None:
    calls: list[str] = []

    def make() -> bytes:
        calls.append("made")
        return b"%PDF"

    cache = OutputCache(tmp_path)
    assert cache.get("a" * 64, "x.pdf", make) == b"%PDF"
    assert OutputCache(tmp_path).get("a" * 64, "x.pdf", make) == b"%PDF"
    assert OutputCache(tmp_path).get("b" * 64, "x.pdf", make) == b"%PDF"

    assert calls == ["made", "made"]
    assert cache.rendered == 1
    assert not list(tmp_path.rglob("*.partial"))
