"""Decode fetched bytes to text, right even when the server sends no charset (windows-1251, koi8-r, mixed)."""

from __future__ import annotations

import codecs
import re

from charset_normalizer import from_bytes

META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([a-zA-Z0-9_\-]+)""", re.IGNORECASE)
XML_ENCODING = re.compile(rb"""<\?xml[^>]+encoding\s*=\s*["']([a-zA-Z0-9_\-]+)""", re.IGNORECASE)
HEADER_CHARSET = re.compile(r"charset\s*=\s*[\"']?([a-zA-Z0-9_\-]+)", re.IGNORECASE)
CONTROL_BYTES = re.compile(rb"[\x00-\x08\x0e-\x1a\x1c-\x1f]")
BOMS = ((codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"))


class BinaryBodyError(ValueError):
    """The body is not text (images, archives or random bytes served as text/html)."""


def _cp1251_fallback(error: UnicodeDecodeError) -> tuple[str, int]:
    bad = error.object[error.start : error.end]
    return bad.decode("cp1251", errors="replace"), error.end


codecs.register_error("chechnya_monitor_cp1251", _cp1251_fallback)


def _known(name: str | bytes | None) -> str | None:
    if not name:
        return None
    if isinstance(name, bytes):
        name = name.decode("ascii", "ignore")
    try:
        return codecs.lookup(name).name
    except LookupError:
        return None


def cyrillic_single_byte(body: bytes) -> str | None:
    """Tell windows-1251 from koi8-r by where the (mostly lowercase) letters fall; None if not Cyrillic."""
    high = sum(1 for b in body if b >= 0xC0)
    if high < 20 or high < len(body) * 0.02:
        return None
    upper_half = sum(1 for b in body if b >= 0xE0)
    # Russian text is mostly lowercase: cp1251 puts it at 0xE0-0xFF, koi8-r at 0xC0-0xDF.
    return "cp1251" if upper_half > high - upper_half else "koi8_r"


def sniff_encoding(body: bytes, content_type: str | None = None) -> str:
    """The encoding to decode ``body`` with: header, BOM, <meta>/XML declaration, then content analysis."""
    header = HEADER_CHARSET.search(content_type or "")
    for bom, name in BOMS:
        if body.startswith(bom):
            return name
    declared = _known(header.group(1)) if header else None
    if declared is None:
        head = body[:4096]
        match = META_CHARSET.search(head) or XML_ENCODING.search(head)
        declared = _known(match.group(1)) if match else None
    if declared and declared not in ("utf-8", "ascii"):
        return declared
    try:
        body.decode("utf-8")
        return "utf-8"
    except UnicodeDecodeError as exc:
        if declared == "utf-8" or exc.start > len(body) // 2:
            return "utf-8-mixed"
    cyrillic = cyrillic_single_byte(body[:200_000])
    if cyrillic:
        return cyrillic
    best = from_bytes(body[:100_000]).best()
    return _known(best.encoding) if best is not None and _known(best.encoding) else "cp1252"


def decode_body(body: bytes, content_type: str | None = None) -> tuple[str, str]:
    """Return ``(text, encoding)``; raise :class:`BinaryBodyError` for non-text bodies."""
    if not body:
        return "", "utf-8"
    sample = body[:8192]
    if sample.count(b"\x00") > 8 and not sample.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        raise BinaryBodyError("body contains NUL bytes: not a text document")
    if len(CONTROL_BYTES.findall(sample)) > len(sample) * 0.05:
        raise BinaryBodyError("body is mostly control bytes: not a text document")
    encoding = sniff_encoding(body, content_type)
    if encoding == "utf-8-mixed":
        return body.decode("utf-8", errors="chechnya_monitor_cp1251"), "utf-8"
    return body.decode(encoding, errors="replace"), encoding
