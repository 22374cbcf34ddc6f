"""Stigmatising wording, found on words and their dictionary forms (lemmas), with context.

A regular expression per inflected form misses "padecen" or "een schizofreen" and fires on
"gek op" or "nieuwe leden aan te trekken". Here the text is split into tokens and each token
gets its lemma from simplemma (dictionaries for en, es, nl, it, de, fr and many more ship in
the wheel, nothing is downloaded), and a rule is a short sequence of words, with the words
allowed between them and the words that must or must not stand around it.

The rules are data: the ``respectful_language`` and ``word_sets`` keys of the ``wording.yml``
in each language's pack, whose English one explains the notation in its header.
``compile_rules`` turns them into ``Rule`` objects; ``find`` returns where they match in a
passage of text.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

__all__ = ["Hit", "Rule", "WordingDataError", "compile_rules", "find", "tokens"]

# English clitics split off their word ("he's" -> "he" "'s"), so "he" is a word of its own.
_CLITICS = frozenset({"s", "re", "ve", "ll", "d", "m", "t"})
_GAP = re.compile(r"~(\d+)")
_KEYS = frozenset({"match", "before", "after", "not_before", "not_after", "use", "why"})


class WordingDataError(ValueError):
    """A respectful-language data file that cannot be read as rules."""


@dataclass(frozen=True)
class Token:
    form: str  # lower case, as written
    lemma: str  # lower case dictionary form ("" for punctuation)
    start: int
    end: int

    @property
    def punctuation(self) -> bool:
        return not self.lemma


@dataclass(frozen=True)
class Words:
    """What one position may hold: words or lemmas, exact forms, word beginnings or endings."""

    words: frozenset[str] = frozenset()
    forms: frozenset[str] = frozenset()
    prefixes: tuple[str, ...] = ()
    suffixes: tuple[str, ...] = ()
    # Punctuation, or the start or end of the passage.
    edge: bool = False

    def matches(self, token: Token | None) -> bool:
        if token is None or token.punctuation:
            return self.edge
        if token.form in self.forms or token.form in self.words or token.lemma in self.words:
            return True
        candidates = (token.form, token.lemma)
        return any(c.startswith(self.prefixes) or c.endswith(self.suffixes) for c in candidates)


@dataclass(frozen=True)
class Context:
    """Words that stand within ``within`` tokens of a match (never past punctuation)."""

    within: int
    words: Words


@dataclass(frozen=True)
class Rule:
    # Each sequence is a tuple of (how many other words may come before it, what it matches).
    sequences: tuple[tuple[tuple[int, Words], ...], ...]
    use: str
    why: str
    before: Context | None = None
    after: Context | None = None
    not_before: tuple[Context, ...] = ()
    not_after: tuple[Context, ...] = ()


@dataclass(frozen=True)
class Hit:
    start: int
    end: int
    rule: Rule


# -- tokens ---------------------------------------------------------------------------------


def _pieces(text: str) -> Iterable[tuple[str, int]]:
    """simplemma's tokens with their offsets, clitics and elisions split off ("l'affetto")."""
    import simplemma  # here: a build whose findings all come from the cache needs none

    position = 0
    for token in simplemma.simple_tokenizer(text):
        start = text.find(token, position)
        if start < 0:
            continue
        position = start + len(token)
        head, apostrophe, tail = token.partition("'")
        if apostrophe and head and tail.lower() in _CLITICS:
            yield head, start
            yield apostrophe + tail, start + len(head)
        elif apostrophe and head.isalpha() and len(tail) > 1 and tail[0].isalpha():
            yield head + apostrophe, start
            yield tail, start + len(head) + 1
        else:
            yield token, start


def tokens(text: str, lang: str) -> list[Token]:
    # Same length as the text, so offsets still point into it.
    import simplemma

    text = text.replace("\u2019", "'")
    found = []
    for piece, start in _pieces(text):
        form = piece.lower()
        is_word = any(character.isalnum() for character in form)
        lemma = simplemma.lemmatize(form, lang).lower() if is_word else ""
        found.append(Token(form, lemma, start, start + len(piece)))
    return found


# -- matching -------------------------------------------------------------------------------


def _sequence_end(
    passage: Sequence[Token], steps: tuple[tuple[int, Words], ...], step: int, last: int
) -> int | None:
    """Index of the last token of ``steps[step:]`` matched after token ``last``, if any."""
    if step == len(steps):
        return last
    gap, words = steps[step]
    for index in range(last + 1, min(last + 2 + gap, len(passage))):
        if words.matches(passage[index]):
            end = _sequence_end(passage, steps, step + 1, index)
            if end is not None:
                return end
        if passage[index].punctuation:
            break
    return None


def _around(passage: Sequence[Token], index: int, step: int, context: Context) -> bool:
    """Whether ``context`` holds walking from ``index`` in direction ``step`` (-1 or 1)."""
    for _ in range(context.within):
        index += step
        token = passage[index] if 0 <= index < len(passage) else None
        if context.words.matches(token):
            return True
        if token is None or token.punctuation:
            return False
    return False


def _fits(passage: Sequence[Token], start: int, end: int, rule: Rule) -> bool:
    if rule.before and not _around(passage, start, -1, rule.before):
        return False
    if rule.after and not _around(passage, end, 1, rule.after):
        return False
    if any(_around(passage, start, -1, context) for context in rule.not_before):
        return False
    return not any(_around(passage, end, 1, context) for context in rule.not_after)


def find(text: str, lang: str, rules: Sequence[Rule]) -> list[Hit]:
    """Where ``rules`` match in ``text``, in reading order; the earlier rule wins an overlap."""
    passage = tokens(text, lang)
    # Only the sequences whose first word could stand at a position are tried there.
    by_word, everywhere = _first_words(tuple(rules))
    matched: dict[tuple[int, int], int] = {}  # (rule, first token) -> last token
    for first, token in enumerate(passage):
        if token.punctuation:
            continue
        tried = sorted({*everywhere, *by_word.get(token.form, ()), *by_word.get(token.lemma, ())})
        for number, variant in tried:
            if (number, first) in matched:
                continue  # an earlier variant of this rule matched here
            steps = rules[number].sequences[variant]
            if not steps[0][1].matches(token):
                continue
            last = _sequence_end(passage, steps, 1, first)
            if last is not None and _fits(passage, first, last, rules[number]):
                matched[(number, first)] = last
    taken: list[tuple[int, int, Rule]] = []
    for (number, first), last in sorted(matched.items()):
        if all(last < start or first > end for start, end, _ in taken):
            taken.append((first, last, rules[number]))
    return [
        Hit(passage[first].start, passage[last].end, rule) for first, last, rule in sorted(taken)
    ]


@lru_cache(maxsize=16)
def _first_words(
    rules: tuple[Rule, ...],
) -> tuple[dict[str, tuple[tuple[int, int], ...]], tuple[tuple[int, int], ...]]:
    """(rule, variant) pairs by the words their first step names; the rest go everywhere."""
    by_word: dict[str, list[tuple[int, int]]] = {}
    everywhere: list[tuple[int, int]] = []
    for number, rule in enumerate(rules):
        for variant, steps in enumerate(rule.sequences):
            words = steps[0][1]
            if words.prefixes or words.suffixes or words.edge:
                everywhere.append((number, variant))
                continue
            for word in words.words | words.forms:
                by_word.setdefault(word, []).append((number, variant))
    return {word: tuple(pairs) for word, pairs in by_word.items()}, tuple(everywhere)


# -- data -----------------------------------------------------------------------------------


def _words(spec: str, sets: Mapping[str, str], seen: tuple[str, ...] = ()) -> Words:
    words: set[str] = set()
    forms: set[str] = set()
    prefixes: list[str] = []
    suffixes: list[str] = []
    edge = False
    for item in spec.replace("|", " ").split():
        item = item.lower()
        if item == "@punct":
            edge = True
        elif item.startswith("@"):
            name = item[1:]
            if name not in sets:
                raise WordingDataError(f"'{item}' is not defined under word_sets")
            if name in seen:
                raise WordingDataError(f"the word set '{item}' includes itself")
            inner = _words(sets[name], sets, (*seen, name))
            words |= inner.words
            forms |= inner.forms
            prefixes += inner.prefixes
            suffixes += inner.suffixes
            edge = edge or inner.edge
        elif item.startswith("="):
            forms.add(item[1:])
        elif item.endswith("*"):
            prefixes.append(item[:-1])
        elif item.startswith("*"):
            suffixes.append(item[1:])
        else:
            words.add(item)
    if not (words or forms or prefixes or suffixes or edge):
        raise WordingDataError(f"'{spec}' names no word")
    return Words(frozenset(words), frozenset(forms), tuple(prefixes), tuple(suffixes), edge)


def _sequence(spec: str, sets: Mapping[str, str]) -> tuple[tuple[int, Words], ...]:
    steps: list[tuple[int, Words]] = []
    gap = 0
    for part in spec.split():
        if gap_match := _GAP.fullmatch(part):
            if not steps:
                raise WordingDataError(f"'{spec}' starts with a gap")
            gap = int(gap_match.group(1))
            continue
        steps.append((gap, _words(part, sets)))
        gap = 0
    if not steps or gap:
        raise WordingDataError(f"'{spec}' must start and end with a word")
    return tuple(steps)


def _context(spec: Any, sets: Mapping[str, str]) -> Context:
    if not isinstance(spec, str):
        raise WordingDataError(f"a context must be text such as '~2 worden|werd', not {spec!r}")
    within, _, rest = spec.partition(" ")
    if gap := _GAP.fullmatch(within):
        return Context(int(gap.group(1)), _words(rest, sets))
    return Context(1, _words(spec, sets))


def _as_list(value: Any) -> list[Any]:
    return value if isinstance(value, list) else [value]


def _rule(entry: Any, sets: Mapping[str, str]) -> Rule:
    if not isinstance(entry, dict):
        raise WordingDataError("each entry must be a mapping with match, use and why")
    if "pattern" in entry:
        raise WordingDataError("'pattern' (a regular expression) is no longer read; use 'match'")
    unknown = sorted(set(entry) - _KEYS)
    if unknown:
        raise WordingDataError(f"unknown key '{unknown[0]}' (known: {', '.join(sorted(_KEYS))})")
    for key in ("match", "use", "why"):
        if not entry.get(key):
            raise WordingDataError(f"'{key}' is missing")
    if not all(isinstance(entry[key], str) for key in ("use", "why")):
        raise WordingDataError("'use' and 'why' must be text")
    matches = _as_list(entry["match"])
    if not all(isinstance(spec, str) for spec in matches):
        raise WordingDataError("'match' must be text or a list of texts")
    return Rule(
        sequences=tuple(_sequence(spec, sets) for spec in matches),
        use=entry["use"].strip(),
        why=entry["why"].strip().rstrip("."),
        before=_context(entry["before"], sets) if "before" in entry else None,
        after=_context(entry["after"], sets) if "after" in entry else None,
        not_before=tuple(_context(spec, sets) for spec in _as_list(entry.get("not_before", []))),
        not_after=tuple(_context(spec, sets) for spec in _as_list(entry.get("not_after", []))),
    )


def compile_rules(entries: Any, word_sets: Any) -> tuple[Rule, ...]:
    """Rules from a data file's ``respectful_language`` list and ``word_sets`` mapping."""
    sets = word_sets or {}
    if not isinstance(sets, dict) or not all(isinstance(v, str) for v in sets.values()):
        raise WordingDataError("word_sets must map names to space-separated words")
    if not isinstance(entries or [], list):
        raise WordingDataError("respectful_language must be a list of entries")
    rules = []
    for number, entry in enumerate(entries or [], start=1):
        try:
            rules.append(_rule(entry, sets))
        except WordingDataError as error:
            label = entry.get("match") if isinstance(entry, dict) else entry
            raise WordingDataError(f"entry {number} ({label!r}): {error}") from None
    return tuple(rules)
