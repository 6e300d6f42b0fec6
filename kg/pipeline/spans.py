"""Helpers shared by the components: regex building, left boundaries, adding spans to a Doc.

Components work on character offsets of ``doc.text`` (fast ``re`` scans) and turn the result into spaCy
spans in ``doc.spans["kg"]``, labelled ``ORG``, ``DOC`` or ``MECH``.

Examples
--------
>>> import re
>>> bool(re.fullmatch(trie_regex(["市委", "市政府", "县委"]), "市政府"))
True
>>> text = "市委宣传部成立安全生产责任制专项检查组"
>>> text[extend_left(text, text.index("专项检查组"), limit=12):text.index("专项检查组")]
'安全生产责任制'
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from typing import NamedTuple

from spacy.tokens import Doc, Span

from kg.pipeline.compiled import compile_regex
from kg.pipeline.lexicons import BOUNDARY_WORDS, OBJECT_VERBS
from kg.pipeline.starts import fast_start, start_class  # noqa: F401  (re-exported: kg's components use them here)

SPAN_KEY = "kg"
HAN = "\u4e00-\u9fff"
_BOUNDARY_LENGTHS = sorted({len(w) for w in BOUNDARY_WORDS}, reverse=True)
_FIRST_STOPS = OBJECT_VERBS | {w for w in BOUNDARY_WORDS if len(w) == 1}
# Words that start or end with a one-character boundary word and stand inside names (诉调对接, 在线, 为民, 行为).
FUNCTION_CHAR_WORDS = frozenset("""对接 对账 对标 对口 比对 核对 在线 为民 和谐 以案 经济 经费 经营 行为 参与
横向 纵向 双向 定向 导向 正向 反向 逆向 从业 从严 经理 同步 同城 同类 同质 同向 同心 同级 同业
到位 到底 到户 到家 到村 到人 到岗 到期 跟踪 跟进
联系 关系 体系 系统 系列 院系 维系 水系 派系 直系 谱系
受理 受托 受益 受援 受灾 受害 受案 接受 感受 享受 承受 遭受""".split())

# What kg keeps in ``doc.user_data`` besides its extensions: caches and per-span attributes, read fast
TEXT_KEY = "kg_text"  # doc.text, built once (the tokenizer sets it)
# doc.user_data[CANONICAL_KEY][(start_char, end_char, label)]: the name of an entity other than its text (a user
# lexicon's canonical name, a head the text leaves implied)
CANONICAL_KEY = "kg_canonical"
META_KEY = "kg_meta"  # doc.user_data[META_KEY][(start_char, end_char, label)] = (subtype, generic)
SPAN_LIST_KEY = "kg_span_list"  # (the span group, its spans as a list, their keys): see set_entity_spans
VIEWS_KEY = "kg_views"  # (the span list, its length, Ent views of it): see entity_views


def span_meta(span: Span) -> tuple[str | None, bool]:
    """The ``(subtype, generic)`` kg gave an entity span (``(None, False)`` for spans kg did not add)."""
    return span.doc.user_data.get(META_KEY, {}).get((span.start_char, span.end_char, span.label_), (None, False))


def set_span_meta(span: Span, subtype: str | None, generic: bool) -> None:
    """Record ``span._.kg_subtype`` and ``span._.kg_generic`` (kept in one dict, read without Underscore objects)."""
    span.doc.user_data.setdefault(META_KEY, {})[(span.start_char, span.end_char, span.label_)] = (subtype, generic)


if not Span.has_extension("kg_subtype"):
    Span.set_extension("kg_subtype", getter=lambda span: span_meta(span)[0])
    Span.set_extension("kg_generic", getter=lambda span: span_meta(span)[1])


SpanKey = tuple[int, int, str]  # an entity span's start_char, end_char and label


class Found(NamedTuple):
    """A candidate entity found by a component, in character offsets (:func:`add_found` unpacks all its fields)."""

    start: int
    end: int
    label: str
    subtype: str | None = None
    generic: bool = False
    nested: bool = False  # may sit inside another span of its label (the 交通运输局 in 交通运输局第一大队)
    name: str | None = None  # the name the text leaves implied (公安 of 公安、市场监管等部门 is 公安部门)


def doc_text(doc: Doc) -> str:
    """``doc.text``, read once: spaCy rebuilds it from the tokens on every access (slow on long texts)."""
    cached = doc.user_data.get(TEXT_KEY)
    length = doc[-1].idx + len(doc[-1].text_with_ws) if len(doc) else 0
    if cached is None or len(cached) != length:  # none yet, or the Doc was retokenized since
        cached = doc.user_data[TEXT_KEY] = doc.text
    return cached


def trie_regex(words: Iterable[str], *, end: Callable[[str], str] | None = None) -> str:
    """A regex alternation over ``words`` shaped as a prefix tree (fast in ``re``, longest match first); ``end``:
    a function of a word giving what must follow it (a look-ahead), put where the word ends in the tree.

    ``re`` tries the alternatives of a group one after the other; a node with many children (the first characters
    of 300 terms) is split into a few groups, each behind a look-ahead on its first characters, so a position is
    refused in a handful of steps instead of one per child (the same matches: children of one node start with
    different characters, so at most one of them can match at a position; 2–3x faster scans of big lexicons).

    >>> trie_regex(["市委", "市政府", "县委"])
    '(?:县委|市(?:委|政府))'
    >>> grouped = trie_regex([chr(0x4E00 + i) for i in range(30)])  # 30 first characters: 3 groups of 10
    >>> grouped.count("(?=["), grouped.startswith("(?:(?=[一丁丂七丄丅丆万丈三])(?:一|丁|")
    (3, True)
    >>> trie_regex(["局", "局长办"], end=lambda word: "(?!长)" if word == "局" else "")
    '局(?:长办|(?!长))'
    """
    return _emit(prefix_tree(words), end)


_TOP_FLAT = 100  # trie_scan's first level is flat up to this many first characters


def trie_scan(words: Iterable[str]) -> re.Pattern[str]:
    """:func:`trie_regex` compiled for scanning a text: where at most ``_TOP_FLAT`` characters start the words, the
    tree's first level is one flat alternation with no look-ahead in front, each alternative starting with its
    character, from which ``re`` makes its own filter of the positions a match may start at (run in C, where
    :func:`fast_start`'s look-ahead is tried by the matcher at every position): relation verbs and classes of
    bodies scanned 25–35 % faster. A bigger tree is grouped and prefixed as before (a flat first level of 300
    characters is twice as slow).

    >>> trie_scan(["市委", "市政府", "县委"]).pattern
    '(?:县委|市(?:委|政府))'
    """
    tree = prefix_tree(words)
    if "" in tree or len(tree) > _TOP_FLAT:
        return fast_start(_emit(tree))
    return compile_regex("(?:" + "|".join(re.escape(ch) + _emit(child) for ch, child in sorted(tree.items())) + ")")


def prefix_tree(words: Iterable[str]) -> dict:
    """The words as nested dicts, one level per character; ``""`` marks a word's end.

    >>> prefix_tree(["市委", "市"])
    {'市': {'委': {'': {}}, '': {}}}
    """
    trie: dict = {}
    for word in words:
        node = trie
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}
    return trie


# a node with more children is split into _GROUPS groups behind look-aheads (recursively); up to 24 children
# one after the other are refused about as fast as a look-ahead, with fewer levels of groups: six of the biggest
# scans (the institution grammar, central bodies, mechanisms' terms, cited document names, named institutions,
# classes of bodies) take 0.197 s -> 0.167 s on the 1 MB benchmark (6 children and 3 groups before; 4 groups: 0.175)
_FLAT_CHILDREN = 24
_GROUPS = 3


def _emit(node: dict, end: Callable[[str], str] | None = None, word: str = "") -> str:
    branches = [(ch, re.escape(ch) + _emit(child, end, word + ch)) for ch, child in sorted(node.items()) if ch]
    after = end(word) if end is not None and "" in node else ""  # (what must follow the word ending here)
    if not branches:
        return after
    body = branches[0][1] if len(branches) == 1 else _alternatives(branches)
    if "" in node:  # the longer words first, then the word ending here
        return f"(?:{body}|{after})" if after else "(?:" + body + ")?"
    return body


def _alternatives(branches: list[tuple[str, str]]) -> str:
    """``(?:a|b|…)`` over ``(first character, branch)`` pairs, in groups behind look-aheads when there are many."""
    if len(branches) <= _FLAT_CHILDREN:
        return "(?:" + "|".join(branch for _, branch in branches) + ")"
    size = -(-len(branches) // _GROUPS)
    groups = [branches[i : i + size] for i in range(0, len(branches), size)]
    return "(?:" + "|".join("(?=[" + "".join(re.escape(ch) for ch, _ in group) + "])" + _alternatives(group)
                            for group in groups) + ")"


def last_match(pattern: re.Pattern[str], text: str, start: int, end: int) -> re.Match[str] | None:
    """The last match of ``pattern`` in ``text[start:end]``.

    >>> last_match(re.compile("派出"), "派出督导组，派出巡察组", 0, 11).start()
    6
    """
    matches = list(pattern.finditer(text, start, end))
    return matches[-1] if matches else None


SENTENCE_STOPS = "。！？\n"


def last_of(text: str, chars: str, end: int) -> int:
    """The position of the last of ``chars`` in ``text`` before ``end`` (-1 if none): where the sentence or clause
    of ``end`` starts, with the stops as ``chars``.

    >>> last_of("甲。乙，丙", SENTENCE_STOPS, 5), last_of("甲。乙，丙", "，", 2)
    (1, -1)
    """
    return max(text.rfind(ch, 0, end) for ch in chars)


def is_han(ch: str) -> bool:
    """True for a CJK unified ideograph."""
    return "\u4e00" <= ch <= "\u9fff"


def extend_left(text: str, start: int, *, limit: int, floor: int = 0, strict: bool = True) -> int:
    """Move ``start`` left over Han characters until a boundary word, a non-Han character or ``limit``.

    Right at ``start`` (and everywhere if not ``strict``) only object verbs and one-character function words
    stop, so a name may end in a word like 通报 (督办通报).
    """
    left = start
    inside = BOUNDARY_WORDS if strict else _FIRST_STOPS
    # most characters end no word: the test only where one of the words may end (by their last characters)
    inside_ends, first_ends = _ENDINGS[id(inside)][1], _ENDINGS[id(_FIRST_STOPS)][1]
    while left > floor and start - left < limit and "\u4e00" <= (last := text[left - 1]) <= "\u9fff":
        if left < start:
            if last in inside_ends and _ends_with_word(text, left, inside, floor):
                break
        elif last in first_ends and _ends_with_word(text, left, _FIRST_STOPS, floor):
            break
        left -= 1
    return left


def _lengths_by_last(words: Iterable[str]) -> dict[str, list[int]]:
    """The lengths of ``words`` by their last character, longest first (those of _BOUNDARY_LENGTHS only)."""
    lengths: dict[str, set[int]] = {}
    for word in words:
        if len(word) in _BOUNDARY_LENGTHS:
            lengths.setdefault(word[-1:], set()).add(len(word))
    return {last: sorted(ks, reverse=True) for last, ks in lengths.items()}


# _ends_with_word tries only the lengths of the words ending in the character before ``end`` (most characters end
# none): the same answer as trying every length, without slicing the text five times at each step left
_ENDINGS = {id(words): (words, _lengths_by_last(words)) for words in (BOUNDARY_WORDS, _FIRST_STOPS)}


def _ends_with_word(text: str, end: int, words: set[str], floor: int = 0) -> bool:
    """True if one of ``words`` ends at ``end`` in ``text`` and starts at ``floor`` or later; a one-character
    word that is part of a word with the character after or before it is none (对 in 诉调对接机制, 在 in
    在线监督平台, 为 in 违法行为处置机制)."""
    known = _ENDINGS.get(id(words))
    lengths = known[1].get(text[end - 1 : end], ()) if known is not None and known[0] is words else _BOUNDARY_LENGTHS
    for k in lengths:
        if end - k >= floor and text[end - k : end] in words:
            if k > 1:  # (落实行政…: 实行 ends where 行政 starts, not in 实行政府; 规范性文件: 性 makes a quality)
                across = text[end - 1 : end + 1] in NOUNS_ACROSS and text[end - 1 : end + 2] != "行政府"
                return not across and text[end : end + 1] != "性"
            return not {text[end - 1 : end + 1], text[end - 2 : end]} & FUNCTION_CHAR_WORDS
    return False


# nouns that start at a verb's last character (落实行政规范性文件: 实行 + 行政): that verb ends no word there
NOUNS_ACROSS = frozenset({"行政", "行业", "行为", "施工"})


def stem_start(text: str, start: int, *, limit: int) -> int | None:
    """Like :func:`extend_left`, but None when ``limit`` cuts a description mid-word (no clean boundary).

    >>> print(stem_start("加快形成政府和检察机关共建共治共享联动工作新格局", 23, limit=8))
    None
    """
    left = extend_left(text, start, limit=limit)
    return None if cut_mid_word(text, left, start, limit=limit) else left


def cut_mid_word(text: str, left: int, start: int, *, limit: int) -> bool:
    """Whether :func:`extend_left` from ``start`` stopped at ``left`` because of ``limit``, inside a word."""
    cut = start - left >= limit and left > 0 and is_han(text[left - 1])
    return cut and not _ends_with_word(text, left, BOUNDARY_WORDS)


def quoted_at(text: str, at: int) -> bool:
    """Whether ``at`` stands inside a pair of “” quotes.

    >>> quoted_at("按照“企业出题、政府立题”的思路", 7), quoted_at("政府要依法行政", 0)
    (True, False)
    """
    return text.rfind("“", 0, at) > text.rfind("”", 0, at)


# the kinds of outlet a quoted title names (“某某机关党建”微信公众号, “某某发布”客户端): no body in the title
MEDIA_AFTER_QUOTE = re.compile("(?:微信公众号|公众号|微信号|视频号|抖音号|客户端|APP|App|网站|专栏|栏目)")


def in_media_title(text: str, start: int, end: int) -> bool:
    """Whether ``start``–``end`` lies inside a quoted title of an outlet (a WeChat account, an app, a column).

    >>> text = "在“青禾机关党建”微信公众号开设专栏"
    >>> in_media_title(text, 2, 6), in_media_title("与“青禾机关”签约", 2, 6)
    (True, False)
    """
    close = text.find("”", end, end + 12)
    return close >= 0 and MEDIA_AFTER_QUOTE.match(text, close + 1) is not None and quoted_at(text, start + 1)


# 17.“某某一张图”：通过…: a numbered item of a report's glossary, the quoted term it explains
GLOSSARY_NUMBER = re.compile(r"[（(]?\d{1,3}[.．、)）]\s*")


def glossary_term(text: str, start: int, end: int) -> bool:
    """Whether the quote from ``start`` to ``end`` is the term a numbered item of a glossary explains (the item's
    start, a colon after).

    >>> glossary_term("17.“厂房一张图”：把…", 3, 10), glossary_term("他说“厂房一张图”：好", 2, 9)
    (True, False)
    """
    return text.startswith(("：", ":"), end) and GLOSSARY_NUMBER.fullmatch(
        text, text.rfind("\n", 0, start) + 1, start) is not None


def has_boundary_word(words: str) -> bool:
    """Whether a boundary word of two or more characters (建立, 通过…) stands anywhere in ``words``.

    >>> has_boundary_word("师范高等"), has_boundary_word("市委建立巡察")
    (False, True)
    """
    return any(words[i : i + k] in BOUNDARY_WORDS for k in _BOUNDARY_LENGTHS if k > 1
               for i in range(len(words) - k + 1))


def marked(size: int, ranges: Iterable[tuple[int, int]]) -> bytearray:
    """One byte per character of a text of ``size`` characters, non-zero inside any of ``ranges``.

    >>> list(marked(5, [(1, 3)]))
    [0, 1, 1, 0, 0]
    """
    marks = bytearray(size)
    for start, end in ranges:
        marks[start:end] = b"\x01" * (end - start)
    return marks


def add_found(doc: Doc, found: Iterable[Found]) -> None:
    """Add candidates to ``doc.spans["kg"]``: outside noise, longest first, no overlap within one label."""
    existing = list(_span_list(doc))
    keys = list(_span_keys(doc))
    meta = doc.user_data.setdefault(META_KEY, {})
    size = len(doc_text(doc)) + 1
    noise = marked(size, doc._.kg_noise)
    taken: dict[str, bytearray] = {}
    exact: set[tuple[int, int, str]] = set(keys)
    ordered = sorted(found, key=_longest_first)
    labels = {f.label for f in ordered}
    per_char = len(doc) == size - 1  # one token per character (no whitespace run): offsets are token indexes
    for start, end, label in keys:
        if label in labels:
            _mark(taken, label, size, start, end)
    label_ids = {label: doc.vocab.strings.add(label) for label in labels}  # spaCy hashes a label given as text
    text = doc_text(doc)
    for start, end, label, subtype, generic, nested, name in ordered:
        if end <= start or noise.find(1, start, end) >= 0:  # (find: no copy of the stretch)
            continue
        if text.find("“", start, end) >= 0 and text[end : end + 1] == "”" and text.find("”", start, end) < 0:
            end += 1  # 工业经济“头号工程”: a name cut before the quote it opened closes with it
        found_key = (start, end, label)
        busy = taken.get(label)
        if found_key in exact or (not nested and busy is not None and busy.find(1, start, end) >= 0):
            continue
        added: Span | None
        if per_char and start >= 0 and end < size:  # built directly when tokens are characters (2x faster)
            added = Span(doc, start, end, label=label_ids[label])
            key = found_key
        else:
            added = doc.char_span(start, end, label=label, alignment_mode="expand")  # expanded to whole tokens
            if added is None:
                continue
            key = (added.start_char, added.end_char, label)
        meta[key] = (subtype, generic)
        if name:
            doc.user_data.setdefault(CANONICAL_KEY, {})[key] = name
        existing.append(added)
        keys.append(key)
        exact.add(found_key)
        if not nested:
            if busy is None:
                busy = taken[label] = bytearray(size)
            busy[start:end] = b"\x01" * (end - start)
    set_entity_spans(doc, existing, keys)


def _longest_first(found: Found) -> tuple[bool, int, int, bool]:
    """The order candidates are taken in: spans that may not nest first, then the longest, then the leftmost, then
    a body a rule named (新区经济运行局 named with the zone) before the same span unnamed."""
    return found.nested, found.start - found.end, found.start, found.name is None and found.label == "ORG"


def set_entity_spans(doc: Doc, spans: list[Span], keys: list[SpanKey] | None = None) -> None:
    """Set ``doc.spans["kg"]`` to ``spans`` in text order (and keep the list, so it is not rebuilt from the group,
    with the spans' keys: ``keys``, when given, are those of ``spans``, read off them otherwise)."""
    if keys is None:
        keys = [(s.start_char, s.end_char, s.label_) for s in spans]
    offsets = [key[:2] for key in keys]
    order = sorted(range(len(spans)), key=offsets.__getitem__)  # stable: as sorting the spans by their offsets
    ordered = [spans[i] for i in order]
    doc.spans[SPAN_KEY] = ordered
    doc.user_data[SPAN_LIST_KEY] = (doc.spans[SPAN_KEY], ordered, [keys[i] for i in order])


def replace_covered(doc: Doc, new: list[Ent]) -> None:
    """Add the entities ``new`` to ``doc.spans["kg"]`` in place of the spans of their label each covers (a name a
    clause gives whole replaces a shorter one found inside it), one span per key: the last given, where the first
    was given. Spans are compared by their stored keys: reading a Span's offsets and label costs spaCy a Token
    object or a string look-up each time."""
    latest = {(n.start_char, n.end_char, n.label_): n.span for n in new}
    covers = list(latest)
    spans, keys = _span_list_and_keys(doc)
    kept = [i for i, (start, end, label) in enumerate(keys)
            if not any(label == other and first <= start and end <= last for first, last, other in covers)]
    set_entity_spans(doc, [spans[i] for i in kept] + list(latest.values()), [keys[i] for i in kept] + covers)


def _span_list(doc: Doc) -> list[Span]:
    """The spans of ``doc.spans["kg"]``: the list kg set, unless the group was changed since."""
    return _span_list_and_keys(doc)[0]


def _span_keys(doc: Doc) -> list[SpanKey]:
    """The ``(start_char, end_char, label)`` of each span of :func:`_span_list`."""
    return _span_list_and_keys(doc)[1]


def _span_list_and_keys(doc: Doc) -> tuple[list[Span], list[SpanKey]]:
    if SPAN_KEY not in doc.spans:
        return [], []
    group = doc.spans[SPAN_KEY]
    cached = doc.user_data.get(SPAN_LIST_KEY)
    if cached is not None and cached[0] is group and len(cached[1]) == len(group):
        return cached[1], cached[2]
    spans = list(group)
    return spans, [(s.start_char, s.end_char, s.label_) for s in spans]


def _mark(taken: dict[str, bytearray], label: str, size: int, start: int, end: int) -> None:
    marks = taken.get(label)
    if marks is None:
        marks = taken[label] = bytearray(size)
    marks[start:end] = b"\x01" * (end - start)


class Ent:
    """A read-only view of an entity span with plain attributes: what the relation finder and the record
    builder read thousands of times per text, without spaCy building Token and Span objects on each access.

    >>> import kg
    >>> [(e.text, e.label_, e.start_char, e.subtype) for e in entity_views(kg.load()("县委印发《某办法》"))]
    [('县委', 'ORG', 0, 'party'), ('某办法', 'DOC', 5, 'measures')]
    """

    __slots__ = ("end_char", "generic", "label_", "span", "start_char", "subtype", "text")

    def __init__(self, span: Span, text: str, meta: dict[tuple[int, int, str], tuple[str | None, bool]],
                 key: SpanKey | None = None) -> None:
        self.span = span
        start, end, label = key or (span.start_char, span.end_char, span.label_)  # (the span's, when given)
        self.start_char, self.end_char, self.label_ = start, end, label
        self.text = text[start:end]
        self.subtype, self.generic = meta.get((start, end, label), (None, False))

    def __len__(self) -> int:
        return self.end_char - self.start_char

    def __repr__(self) -> str:
        return f"Ent({self.text!r}, {self.label_}, {self.start_char})"


def entity_views(doc: Doc) -> list[Ent]:
    """:class:`Ent` views of the entity spans of ``doc``, in text order (built once per state of the spans)."""
    spans, keys = _span_list_and_keys(doc)
    cached = doc.user_data.get(VIEWS_KEY)
    if cached is not None and cached[0] is spans and cached[1] == len(spans):
        return cached[2]
    text = doc_text(doc)
    meta = doc.user_data.get(META_KEY, {})
    views = [Ent(span, text, meta, key) for span, key in zip(spans, keys, strict=True)]
    doc.user_data[VIEWS_KEY] = (spans, len(spans), views)
    return views


def entity_spans(doc: Doc, label: str | None = None) -> list[Span]:
    """The entity spans of ``doc`` (optionally of one label), in text order."""
    spans = _span_list(doc)
    return list(spans) if label is None else [s for s in spans if s.label_ == label]
