"""A character tokenizer for Chinese: one token per character, whitespace as spaCy expects it.

The same segmentation as ``spacy.blank("zh")`` (its ``char`` segmenter), built in one regex pass instead of
spaCy's per-character alignment, which is the slowest step of the whole pipeline on long texts.

Examples
--------
>>> import spacy
>>> nlp = spacy.blank("zh", config={"nlp": {"tokenizer": {"@tokenizers": "kg.char_tokenizer.v1"}}})
>>> doc = nlp("市委 巡察办\\n印发")
>>> [t.text for t in doc], doc.text == "市委 巡察办\\n印发"
(['市', '委', '巡', '察', '办', '\\n', '印', '发'], True)
"""

from __future__ import annotations

import re
from collections.abc import Callable

import numpy
from spacy.language import Language
from spacy.tokens import Doc
from spacy.util import registry
from spacy.vocab import Vocab

from kg.pipeline.spans import TEXT_KEY

_SPACES = re.compile(r"\s+")


class CharTokenizer:
    """Split text into characters; a single space after a character is its trailing whitespace."""

    def __init__(self, vocab: Vocab) -> None:
        self.vocab = vocab
        self.orths = _Orths(vocab)

    def __call__(self, text: str) -> Doc:
        words: list[str | int] = []
        spaces: list[bool] = []
        ids = self.orths.of(text)
        pos = 0
        for m in _SPACES.finditer(text):
            words += ids[pos : m.start()]  # one word per character, given by its string id
            spaces += [False] * (m.start() - pos)
            piece = m.group()
            if words and not spaces[-1] and piece[0] == " ":
                spaces[-1] = True  # a single space after a character is its trailing whitespace
                piece = piece[1:]
            if piece:
                words.append(piece)
                spaces.append(False)
            pos = m.end()
        words += ids[pos:]
        spaces += [False] * (len(text) - pos)
        doc = Doc(self.vocab, words=words, spaces=spaces)  # type: ignore[arg-type]  # (ids are words too: its docs)
        doc.user_data[TEXT_KEY] = text  # the components read the text without rebuilding it from tokens
        return doc

    def to_bytes(self, **kwargs: object) -> bytes:
        return b""

    def from_bytes(self, data: bytes, **kwargs: object) -> CharTokenizer:
        return self

    def to_disk(self, path: object, **kwargs: object) -> None:
        return None

    def from_disk(self, path: object, **kwargs: object) -> CharTokenizer:
        return self


class _Orths(dict[str, int]):
    """The string id of each character seen (added to the vocab's strings): spaCy makes a token from an id about 3x
    faster than from a string, which it hashes (twice) at every token. At most MAX_CHARS characters are kept.

    The ids of the Basic Multilingual Plane's characters are kept in an array too, indexed by code point: a text's
    ids are looked up in one step (:meth:`of`) instead of character by character.
    """

    MAX_CHARS = 200_000  # more than Unicode has in common use
    PLANE = 0x10000  # the code points of the array

    def __init__(self, vocab: Vocab) -> None:
        super().__init__()
        self.strings = vocab.strings
        self.table = numpy.zeros(self.PLANE, dtype=numpy.uint64)  # a character's id, where known is set
        self.known = numpy.zeros(self.PLANE, dtype=bool)

    def __missing__(self, char: str) -> int:
        orth = self.strings.add(char)
        if len(self) < self.MAX_CHARS:
            self[char] = orth
        return orth

    def of(self, text: str) -> list[int]:
        """The id of each character of ``text``."""
        points = numpy.frombuffer(text.encode("utf-32-le", "surrogatepass"), dtype=numpy.uint32)
        if not len(points) or points.max() >= self.PLANE:
            return [self[char] for char in text]  # (a character beyond the plane: rare)
        for point in set(points[~self.known[points]].tolist()):
            self.table[point] = self[chr(point)]
            self.known[point] = True
        return self.table[points].tolist()


@registry.tokenizers("kg.char_tokenizer.v1")
def create_char_tokenizer() -> Callable[[Language], CharTokenizer]:
    """The ``kg.char_tokenizer.v1`` tokenizer factory."""

    def make(nlp: Language) -> CharTokenizer:
        return CharTokenizer(nlp.vocab)

    return make
