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
from collections.abc import Iterable, Iterator
from importlib import resources
from pathlib import Path

from kg.errors import Errors, KgError

# Zero-width and bidirectional formatting characters: RFC 3987 (4.1) bars them from IRIs; names drop them
INVISIBLE = re.compile("[\u00ad\u061c\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]")
_UNSAFE_IN_NAMES = re.compile(f"[\ud800-\udfff]|{INVISIBLE.pattern}")
TEXT_SUFFIXES = {".txt", ".text", ".md", ".docx", ".pdf"}
HTML_SUFFIXES = {".html", ".htm", ".xhtml"}
_ENCODINGS = ("utf-8", "gb18030", "big5", "utf-16")


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


def iter_inputs(paths: Iterable[str | Path]) -> Iterator[Path]:
    """Files to read: files as given, folders walked recursively (text and HTML files, sorted).

    Raises :class:`KgError` for a path that does not exist.
    """
    for raw in paths:
        path = Path(raw)
        if not path.exists():
            raise KgError(Errors.E003.format(path=path))
        if path.is_dir():
            found = sorted(p for p in path.rglob("*") if p.is_file() and _is_input(p, path))
            yield from found
        else:
            yield path


def _is_input(path: Path, root: Path) -> bool:
    parts = path.relative_to(root).parts
    if any(p.startswith(".") for p in parts) or path.name.upper().startswith(("README", "LICENSE")):
        return False
    return path.suffix.lower() in TEXT_SUFFIXES | HTML_SUFFIXES


def read_text(path: str | Path) -> str:
    """The text of a file: decoded from its encoding, HTML reduced to its text.

    Raises :class:`KgError` (naming the file) for a binary or undecodable file.
    """
    path = Path(path)
    if path.suffix.lower() in OFFICE_READERS:
        return OFFICE_READERS[path.suffix.lower()](path)
    try:
        data = path.read_bytes()
    except OSError as err:
        raise KgError(Errors.E001.format(path=path, reason=err.strerror or err)) from err
    text = decode(data, str(path))
    if path.suffix.lower() in HTML_SUFFIXES or re.match(r"\s*<(?:!doctype html|html)", text[:200], re.I):
        text = html_to_text(text)
    return text


def decode(data: bytes, name: str) -> str:
    """Decode bytes in UTF-8 (BOM or not), UTF-16 (with BOM), GB18030/GBK or Big5."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16")
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8", errors="replace")
    if b"\x00" in data[:4096]:  # binary, or UTF-16 with ASCII in it
        utf16 = _utf16_without_bom(data)
        if utf16 is None:
            raise KgError(Errors.E011.format(path=name, reason="it contains NUL bytes"))
        return utf16
    try:
        return data.decode("utf-8")  # ASCII and UTF-8 first: they can look like UTF-16 to the test below
    except UnicodeDecodeError:
        pass
    lenient = data.decode("utf-8", errors="replace")
    if lenient.count("\ufffd") <= max(2, len(lenient) // 10_000):  # a cut last character, a stray bad byte
        return lenient
    utf16 = _utf16_without_bom(data)
    if utf16 is not None:
        return utf16
    guess = _guess_encoding(data)
    if guess is None:
        raise KgError(Errors.E001.format(path=name, reason="unknown text encoding"))
    return data.decode(guess, errors="replace")


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


def _guess_encoding(data: bytes) -> str | None:
    from charset_normalizer import from_bytes

    best = from_bytes(data[:200_000], cp_isolation=["gb18030", "big5", "utf_16", "utf_8"]).best()
    if best is not None:
        return str(best.encoding)
    for encoding in _ENCODINGS[1:]:
        try:
            data.decode(encoding)
            return encoding
        except UnicodeDecodeError:
            continue
    return None


def read_docx(path: Path) -> str:
    """Paragraphs and table cells of a Word file (needs the ``office`` extra: python-docx)."""
    try:
        import docx
    except ImportError as err:
        raise KgError(Errors.E014.format(path=path, package="python-docx")) from err
    try:
        document = docx.Document(str(path))
    except Exception as err:  # python-docx raises zipfile, KeyError, ValueError... on broken files
        raise KgError(Errors.E001.format(path=path, reason=f"not a readable .docx file ({err})")) from err
    lines = [p.text for p in document.paragraphs]
    for table in document.tables:
        lines += ["\t".join(cell.text for cell in row.cells) for row in table.rows]
    return "\n".join(line for line in lines if line.strip())


def read_pdf(path: Path) -> str:
    """The text layer of a PDF (needs the ``office`` extra: pypdf); scanned pages without text give nothing."""
    try:
        import pypdf
    except ImportError as err:
        raise KgError(Errors.E014.format(path=path, package="pypdf")) from err
    try:
        pages = [page.extract_text() or "" for page in pypdf.PdfReader(str(path)).pages]
    except Exception as err:  # pypdf raises its own and zlib/struct errors on broken files
        raise KgError(Errors.E001.format(path=path, reason=f"not a readable PDF ({err})")) from err
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
