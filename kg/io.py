"""Reading inputs: finding files in folders, decoding any common Chinese encoding, HTML → article text.

Examples
--------
>>> decode(b"\\xef\\xbb\\xbf\\xe5\\xb8\\x82\\xe5\\xa7\\x94", "x.txt")
'市委'
>>> decode("市委巡察办".encode("gb18030"), "x.txt")
'市委巡察办'
>>> visible_text("<html><script>x()</script><p>市委</p><p>巡察办</p></html>")
'市委\\n巡察办'
"""

from __future__ import annotations

import html.parser
import re
import unicodedata
import warnings
from collections.abc import Callable, Iterable, Iterator
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import NamedTuple

from kg.errors import Errors, KgError, Warnings

# Zero-width and bidirectional formatting characters: RFC 3987 (4.1) bars them from IRIs; names drop them
INVISIBLE = re.compile("[\u00ad\u061c\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]")
_UNSAFE_IN_NAMES = re.compile(f"[\ud800-\udfff]|{INVISIBLE.pattern}")
TEXT_SUFFIXES = {".txt", ".text", ".md", ".markdown", ".docx", ".pdf"}
HTML_SUFFIXES = {".html", ".htm", ".xhtml"}


def sample_dir() -> Path:
    """The folder of the bundled sample corpus."""
    return Path(str(resources.files("kg").joinpath("samples")))


def source_name(path: str | Path) -> str:
    """A file's path as text every writer takes: the bytes of a name that is not UTF-8 (which Python keeps as lone
    surrogates) and invisible formatting characters, percent-encoded.

    >>> import os
    >>> source_name(os.fsdecode(b"in/\\xb8\\xe6.txt")), source_name("巡察\\u202etxt.exe"), source_name("a/b.txt")
    ('in/%B8%E6.txt', '巡察%E2%80%AEtxt.exe', 'a/b.txt')
    """
    text = str(path)
    return text if text.isascii() else _UNSAFE_IN_NAMES.sub(lambda m: _percent(m.group()), text)


def _percent(ch: str) -> str:
    try:
        data = ch.encode("utf-8", "surrogateescape")
    except UnicodeEncodeError:  # a lone surrogate that stands for no byte
        data = ch.encode("utf-8", "surrogatepass")
    return "".join(f"%{b:02X}" for b in data)


class InputFile(NamedTuple):
    """A file to read, and the name kg's outputs give it (never an absolute path)."""

    path: Path
    name: str


def input_files(paths: Iterable[str | Path]) -> Iterator[InputFile]:
    """Files to read, each with its name in the outputs: a file found in a folder is named by its path below that
    folder (``sub/a.txt``, with ``/``), a file given as it is by its file name (:func:`source_name`: a name that is
    not UTF-8 percent-encoded). So two copies of one folder, in any two places, give the same names.

    Raises :class:`KgError` for a path that does not exist.

    >>> import tempfile
    >>> folder = Path(tempfile.mkdtemp())
    >>> (folder / "sub").mkdir()
    >>> _ = (folder / "sub" / "a.txt").write_text("市委", encoding="utf-8")
    >>> [f.name for f in input_files([folder, folder / "sub" / "a.txt"])]
    ['sub/a.txt', 'a.txt']
    """
    for raw in paths:
        path = Path(raw)
        if not path.exists():
            raise KgError(Errors.E003.format(path=path))
        if path.is_dir():
            found = sorted(p for p in path.rglob("*") if p.is_file() and _is_input(p, path))
            yield from (InputFile(p, source_name(p.relative_to(path).as_posix())) for p in found)
        else:
            yield InputFile(path, source_name(path.name))


def iter_inputs(paths: Iterable[str | Path]) -> Iterator[Path]:
    """Files to read: files as given, folders walked recursively (text and HTML files, sorted).

    Raises :class:`KgError` for a path that does not exist.
    """
    return (f.path for f in input_files(paths))


def _is_input(path: Path, root: Path) -> bool:
    parts = path.relative_to(root).parts
    if any(p.startswith(".") for p in parts) or path.name.upper().startswith(("README", "LICENSE")):
        return False
    return path.suffix.lower() in TEXT_SUFFIXES | HTML_SUFFIXES


def read_text(path: str | Path, *, name: str | None = None, on_warning: Callable[[str], None] | None = None) -> str:
    """The text of a file: decoded from its encoding, HTML reduced to its text, Markdown without heading marks.

    Raises :class:`KgError` naming the file (as ``name``, by default its path) for a binary or undecodable file. What
    was replaced to read it (a few bytes that are not UTF-8, say) is said through ``on_warning``, or as a Python
    warning.
    """
    path = Path(path)
    name = str(path) if name is None else name
    suffix = path.suffix.lower()
    if suffix in OFFICE_READERS:
        return OFFICE_READERS[suffix](path, name)
    try:
        data = path.read_bytes()
    except OSError as err:
        raise KgError(Errors.E001.format(path=name, reason=err.strerror or err)) from err
    text = decode(data, name, on_warning=on_warning)
    if suffix in HTML_SUFFIXES or re.match(r"\s*<(?:!doctype html|html)", text[:200], re.I):
        text = html_to_text(text)
    elif suffix in MARKDOWN_SUFFIXES:
        text = markdown_text(text)
    return text


MARKDOWN_SUFFIXES = {".md", ".markdown"}
_ATX_HEADING = re.compile(r"^ {0,3}#{1,6}(?:[ \t]+|$)(.*?)(?:[ \t]+#+)?[ \t]*$", re.M)
_SETEXT_UNDERLINE = re.compile(r"(?<=\S)(\n {0,3}(?:=+|-{2,})[ \t]*)$", re.M)


def markdown_text(text: str) -> str:
    r"""Markdown with its heading marks taken off (``# 标题`` and ``标题`` over ``===``/``---`` become ``标题``),
    so they are part of no title or evidence sentence; the rest is kept as it is.

    >>> markdown_text("# 青禾县巡察工作方案 #\n\n## 一、总体要求\n正文。\n\n附件\n===\n")
    '青禾县巡察工作方案\n\n一、总体要求\n正文。\n\n附件\n'
    """
    return _SETEXT_UNDERLINE.sub("", _ATX_HEADING.sub(r"\1", text))


def decode(data: bytes, name: str, *, on_warning: Callable[[str], None] | None = None) -> str:
    """Decode bytes in UTF-8 (BOM or not), UTF-16, GB18030/GBK or Big5: by a byte-order mark, else the encoding
    whose text is most plausible (Chinese and ASCII text, not rare characters and replacement marks).

    A text that is UTF-8 but for a few bad bytes stays UTF-8: they become U+FFFD, and a warning (W004) says how
    many and where. Binary data (NUL bytes, control characters, no plausible encoding) is :class:`KgError` E011.

    >>> decode("市委".encode("gbk"), "x.txt"), decode("市委".encode("big5"), "x.txt")
    ('市委', '市委')
    >>> said, damaged = [], "市委巡察办印发《办法》".encode("utf-8").replace("办".encode(), b"\\xff")
    >>> decode(damaged, "x.txt", on_warning=said.append)
    '市委巡察\ufffd印发《\ufffd法》'
    >>> said[0][:70]
    '[W004] x.txt: 2 bytes that are not valid UTF-8 (the first at byte 12) '
    """
    for bom, encoding in ((b"\xef\xbb\xbf", "utf-8"), (b"\xff\xfe", "utf-16-le"), (b"\xfe\xff", "utf-16-be")):
        if data.startswith(bom):
            return _decode_reporting(data[len(bom) :], encoding, name, on_warning, offset=len(bom))
    if b"\x00" in data[:4096]:  # binary, or UTF-16 with ASCII in it
        utf16 = _utf16_without_bom(data)
        if utf16 is None:
            raise KgError(Errors.E011.format(path=name, reason="it contains NUL bytes"))
        return _text_or_binary(utf16, name)
    try:
        return _text_or_binary(data.decode("utf-8"), name)  # most texts
    except UnicodeDecodeError:
        pass
    plausible = _most_plausible(data)
    if plausible is None:
        raise KgError(Errors.E011.format(path=name, reason="no text encoding (UTF-8, GB18030, Big5, UTF-16) reads "
                                         "it as text"))
    return _decode_reporting(data, plausible, name, on_warning)


_CANDIDATES = ("utf-8", "gb18030", "big5", "utf-16-le", "utf-16-be")  # on a tie, the first
_SAMPLE = 65_536  # bytes of the text that decide its encoding
_PLAUSIBLE = 0.5  # the least score (see _plausibility) of a text


def _most_plausible(data: bytes) -> str | None:
    sample = data[:_SAMPLE]
    scores = {enc: _plausibility(sample.decode(enc, errors="replace")) for enc in _CANDIDATES
              if not enc.startswith("utf-16") or len(data) % 2 == 0}
    best = max(scores, key=lambda enc: scores[enc])  # max keeps the first of equals
    return best if scores[best] >= _PLAUSIBLE else None


def _plausibility(text: str) -> float:
    """How much ``text`` reads like Chinese or English: +1 per common hanzi, ASCII or CJK punctuation character,
    a little for a rare ideograph, −1 per replacement mark, −2 per control or private-use character.

    >>> round(_plausibility("市委巡察办"), 2), round(_plausibility("\ufffd\ufffd市"), 2)
    (1.0, -0.33)
    """
    common = _common_hanzi()
    score = 0.0
    for ch in text:
        if ch in common or " " <= ch <= "~" or ch in "\n\r\t" or "\u3000" <= ch <= "\u303f" \
                or "\uff01" <= ch <= "\uff5e" or "\u2010" <= ch <= "\u2027":
            score += 1
        elif "\u4e00" <= ch <= "\u9fff" or "\u3400" <= ch <= "\u4dbf":
            score += 0.2
        elif ch == "\ufffd":
            score -= 1
        elif ch < " " or "\ue000" <= ch <= "\uf8ff" or "\ud800" <= ch <= "\udfff" or unicodedata.category(ch) == "Cn":
            score -= 2
    return score / max(len(text), 1)


@lru_cache(maxsize=1)
def _common_hanzi() -> frozenset[str]:
    """The hanzi of GB2312 (6,763, simplified) and Big5's frequent ones (5,401, traditional)."""
    gb = bytes(b for hi in range(0xB0, 0xF8) for lo in range(0xA1, 0xFF) for b in (hi, lo))
    big5 = bytes(b for hi in range(0xA4, 0xC7) for lo in [*range(0x40, 0x7F), *range(0xA1, 0xFF)] for b in (hi, lo))
    return frozenset(gb.decode("gb2312", "ignore") + big5.decode("big5", "ignore")) - {"\ufffd"}


def _decode_reporting(data: bytes, encoding: str, name: str, on_warning: Callable[[str], None] | None, *,
                      offset: int = 0) -> str:
    """``data`` decoded with bad bytes replaced by U+FFFD, and a warning (W004) saying how many and where; E011 if
    the result is binary rather than text."""
    parts, bad, first, pos = [], 0, -1, 0
    while True:
        try:
            parts.append(data[pos:].decode(encoding))
            break
        except UnicodeDecodeError as err:
            if bad > 10_000:  # a storm: counted no further
                parts.append(data[pos:].decode(encoding, errors="replace"))
                break
            parts += [data[pos : pos + err.start].decode(encoding), "\ufffd"]
            first = pos + err.start if first < 0 else first
            bad += err.end - err.start
            pos += err.end
    text = _text_or_binary("".join(parts), name)
    if bad:
        message = Warnings.W004.format(path=name, count=bad, offset=first + offset, encoding=_LABELS[encoding])
        if on_warning is not None:
            on_warning(message)
        else:
            warnings.warn(message, stacklevel=3)
    return text


_LABELS = {"utf-8": "UTF-8", "gb18030": "GB18030", "big5": "Big5", "utf-16-le": "UTF-16", "utf-16-be": "UTF-16"}


BINARY_SHARE = 0.02  # texts have no control characters; random bytes decode to 4-50 % of them, whatever the codec
_BINARY_SAMPLE = 20_000
# control characters but whitespace and ESC (terminal colours in logs), surrogates, private use, non-characters and
# U+FFFD: what binary data decodes to (a character class of a few ranges: fast, where unicodedata is not)
_NOT_TEXT = re.compile("[\x00-\x08\x0e-\x1a\x1c-\x1f\x7f-\x9f\ud800-\udfff\ue000-\uf8ff\ufdd0-\ufdef\ufffd-\uffff]")


def _text_or_binary(text: str, name: str) -> str:
    """``text`` if it reads as text, else :class:`KgError` E011: more than ``BINARY_SHARE`` of its first characters
    are what binary data decodes to. Replacement marks (U+FFFD) count only in a text that reads badly: a few bad
    bytes in a plausible text are damage (W004), not binary data.

    >>> _text_or_binary("市委\\x01\\x02\\x03", "x.bin")  # doctest: +ELLIPSIS
    Traceback (most recent call last):
    kg.errors.KgError: [E011] x.bin is a binary file, not text (60% of its characters are control characters or ...
    >>> _text_or_binary("市委巡察\ufffd印发《\ufffd法》", "x.txt")
    '市委巡察\ufffd印发《\ufffd法》'
    """
    sample = text[:_BINARY_SAMPLE]
    junk = len(_NOT_TEXT.findall(sample))
    if junk < 2 or junk <= BINARY_SHARE * len(sample):
        return text
    controls = junk - sample.count("\ufffd")
    if (controls >= 2 and controls > BINARY_SHARE * len(sample)) or _plausibility(sample) < _PLAUSIBLE:
        reason = f"{junk / len(sample):.0%} of its characters are control characters or undecodable bytes"
        raise KgError(Errors.E011.format(path=name, reason=reason))
    return text


def _utf16_without_bom(data: bytes) -> str | None:
    """UTF-16 text without a byte-order mark: the byte order under which the start reads as Chinese or ASCII."""
    if len(data) < 4 or len(data) % 2:
        return None
    head = data[:4096]
    for encoding in ("utf-16-le", "utf-16-be"):
        try:
            sample = head.decode(encoding)
        except UnicodeDecodeError:
            continue
        readable = sum(1 for ch in sample if "\u4e00" <= ch <= "\u9fff" or "\u3000" <= ch <= "\u303f"
                       or "\uff00" <= ch <= "\uffef" or (ch.isascii() and (ch.isprintable() or ch.isspace())))
        if readable >= 0.9 * len(sample):
            try:
                return data.decode(encoding)
            except UnicodeDecodeError:
                return None
    return None


def read_docx(path: Path, name: str | None = None) -> str:
    """Paragraphs and table cells of a Word file (needs the ``office`` extra: python-docx); errors name the file
    ``name`` (by default its path)."""
    try:
        import docx
    except ImportError as err:
        raise KgError(Errors.E014.format(path=name or path, package="python-docx")) from err
    try:
        document = docx.Document(str(path))
    except Exception as err:  # python-docx raises zipfile, KeyError, ValueError... on broken files
        raise KgError(Errors.E001.format(path=name or path, reason=f"not a readable .docx file ({err})")) from err
    lines = [p.text for p in document.paragraphs]
    for table in document.tables:
        lines += ["\t".join(cell.text for cell in row.cells) for row in table.rows]
    return "\n".join(line for line in lines if line.strip())


def read_pdf(path: Path, name: str | None = None) -> str:
    """The text layer of a PDF (needs the ``office`` extra: pypdf); scanned pages without text give nothing.
    Errors name the file ``name`` (by default its path)."""
    try:
        import pypdf
    except ImportError as err:
        raise KgError(Errors.E014.format(path=name or path, package="pypdf")) from err
    try:
        pages = [page.extract_text() or "" for page in pypdf.PdfReader(str(path)).pages]
    except Exception as err:  # pypdf raises its own and zlib/struct errors on broken files
        raise KgError(Errors.E001.format(path=name or path, reason=f"not a readable PDF ({err})")) from err
    return clean_pdf_text("\n".join(pages))


# Kangxi radicals, radical supplements and compatibility ideographs that PDF fonts put for ordinary ones
_RADICALS = re.compile("[\u2e80-\u2fdf\uf900-\ufaff]")
_CJK = "\u3000-\u303f\u4e00-\u9fff\uff00-\uffef“”‘’《》"


def clean_pdf_text(text: str) -> str:
    r"""Undo what PDF text layers do to Chinese: Kangxi radicals for ideographs, spaces around CJK, lines
    broken mid-sentence.

    >>> clean_pdf_text("天⽔市建⽴ “ 双反馈 ” 机制，\n并印发通知。")
    '天水市建立“双反馈”机制，并印发通知。'
    """
    text = _RADICALS.sub(lambda m: unicodedata.normalize("NFKC", m.group()), text)
    text = re.sub(rf"(?<=[{_CJK}]) +| +(?=[{_CJK}])", "", text)
    return re.sub(r"(?<![。！？；：!?;:])\n(?=\S)", "", text)


OFFICE_READERS = {".docx": read_docx, ".pdf": read_pdf}


class _TextExtractor(html.parser.HTMLParser):
    SKIP = frozenset({"script", "style", "nav", "footer", "header", "noscript", "iframe", "svg", "form", "aside"})
    BLOCK = frozenset({"p", "div", "br", "li", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "section", "article",
                       "title"})

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.skipping = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in self.SKIP:
            self.skipping += 1
        elif tag in self.BLOCK:
            self.parts.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in self.SKIP and self.skipping:
            self.skipping -= 1
        elif tag in self.BLOCK:
            self.parts.append("\n")

    def handle_data(self, data: str) -> None:
        if not self.skipping:
            self.parts.append(data)


_PAGE_FURNITURE = re.compile(r"<(nav|header|footer|aside|script|style|noscript)\b.*?</\1\s*>", re.S | re.I)


def html_to_text(markup: str) -> str:
    """The article text of an HTML page, one block per line.

    trafilatura finds the main content (menus, link lists, comments dropped); navigation, headers, footers and
    scripts are cut before it runs. A page it finds no article in falls back to all visible text.
    """
    markup = _PAGE_FURNITURE.sub(" ", markup)
    try:
        import trafilatura

        text = trafilatura.extract(markup, include_comments=False, include_tables=True)
    except ImportError:  # pragma: no cover - a dependency; the plain visible text is the fallback
        text = None
    if text and text.strip():
        return "\n".join(line.strip() for line in text.splitlines() if line.strip())
    return visible_text(markup)


def visible_text(markup: str) -> str:
    """Visible text of an HTML page: scripts, styles, navigation and footers dropped, one block per line."""
    parser = _TextExtractor()
    parser.feed(markup)
    parser.close()
    lines = (re.sub(r"[ \t\u3000]+", " ", line).strip() for line in "".join(parser.parts).split("\n"))
    return "\n".join(line for line in lines if line)
