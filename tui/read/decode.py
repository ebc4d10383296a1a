"""Bytes to text: detect the encoding (BOMs, UTF-8, UTF-16 without BOM, GB18030/GBK/Big5 via
charset-normalizer), refuse binary data, and normalise newlines the way Python's text mode does
so offsets agree with any reader that opens the file as text."""

from __future__ import annotations

import codecs
import re
from dataclasses import dataclass

# Signatures of files that are often renamed by mistake (an image saved as .md, a PDF, an archive).
_MAGIC = {
    b"\x89PNG": "a PNG image",
    b"\xff\xd8\xff": "a JPEG image",
    b"GIF8": "a GIF image",
    b"%PDF": "a PDF document",
    b"PK\x03\x04": "a ZIP archive (or .docx/.xlsx)",
    b"\x1f\x8b": "a gzip archive",
    b"RIFF": "a RIFF media file",
    b"\x7fELF": "a program",
    b"BM": None,  # too short to trust on its own
}
_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
# Control characters that never occur in text (tab, newline, carriage return and form feed do).
_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1f\x7f]")
_NEWLINES = re.compile(r"\r\n?")


@dataclass(frozen=True, slots=True)
class Decoded:
    text: str
    encoding: str
    warnings: tuple[str, ...] = ()


class NotText(ValueError):
    """The bytes are not text in any encoding we read; the message says why."""


def _utf16_without_bom(data: bytes) -> str | None:
    """UTF-16 without a BOM shows as NUL bytes on every other position (ASCII) or a regular pattern."""
    if len(data) < 4 or len(data) % 2:
        return None
    sample = data[:4096]
    even_nuls = sample[0::2].count(0)
    odd_nuls = sample[1::2].count(0)
    half = len(sample) // 2
    for codec, nuls in (("utf-16-le", odd_nuls), ("utf-16-be", even_nuls)):
        if nuls >= half * 0.2 or _mostly_cjk_utf16(sample, codec):
            try:
                return codec if not _CONTROL.search(data.decode(codec)[:4096].replace("\x00", "\x01")) else None
            except UnicodeDecodeError:
                continue
    return None


def _mostly_cjk_utf16(sample: bytes, codec: str) -> bool:
    try:
        text = sample.decode(codec)
    except UnicodeDecodeError:
        return False
    cjk = sum(1 for ch in text if "\u4e00" <= ch <= "\u9fff" or "\u3000" <= ch <= "\u303f" or "\uff00" <= ch <= "\uffef")
    return cjk >= len(text) * 0.5


def decode(data: bytes) -> Decoded:
    """Decode a file's bytes; raise NotText with a reason when it is not text."""
    if not data:
        raise NotText("empty file")
    for magic, what in _MAGIC.items():
        if what and data.startswith(magic):
            raise NotText(f"binary data ({what}), not text")
    warnings: list[str] = []
    encoding: str | None = None
    for bom, codec in _BOMS:
        if data.startswith(bom):
            encoding = codec
            break
    if encoding is None and b"\x00" in data[:4096]:
        encoding = _utf16_without_bom(data)
        if encoding is None:
            raise NotText("binary data (NUL bytes), not text")
    if encoding is not None:
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError as exc:
            text = data.decode(encoding, errors="replace")
            warnings.append(f"invalid {encoding} bytes at {exc.start} replaced")
        if encoding == "utf-8-sig":
            encoding = "utf-8"
        return _finish(text, encoding, warnings)
    try:
        return _finish(data.decode("utf-8"), "utf-8", warnings)
    except UnicodeDecodeError:
        pass
    # A few stray bytes in otherwise valid UTF-8 (a truncated copy-paste) are replaced and reported;
    # text in another encoding decodes to many replacement characters and goes to the detector.
    replaced = data.decode("utf-8", errors="replace")
    bad = replaced.count("\ufffd")
    if bad <= max(3, len(replaced) // 1000):
        warnings.append(f"{bad} invalid UTF-8 byte sequence(s) replaced with U+FFFD")
        return _finish(replaced, "utf-8", warnings)
    return _finish(*_detect(data), warnings)


def _detect(data: bytes) -> tuple[str, str]:
    from charset_normalizer import from_bytes

    best = from_bytes(data[: 1 << 20]).best()
    if best is None or best.encoding is None:
        raise NotText("binary data or an unknown encoding, not text")
    codec = best.encoding
    # GB2312 and GBK are subsets of GB18030: decoding with the superset never loses a character.
    if codec.lower().replace("-", "_") in {"gb2312", "gbk", "cp936", "hz"}:
        codec = "gb18030"
    try:
        return data.decode(codec), codec
    except (UnicodeDecodeError, LookupError):
        raise NotText(f"cannot decode as {codec}") from None


def _finish(text: str, encoding: str, warnings: list[str]) -> Decoded:
    if text.startswith("\ufeff"):
        text = text[1:]
    sample = text[:65536]
    if sample and len(_CONTROL.findall(sample)) > max(8, len(sample) // 100):
        raise NotText("binary data (control characters), not text")
    return Decoded(_NEWLINES.sub("\n", text), encoding, tuple(warnings))
