"""URL normalisation for deduplication: one key for every way of writing the same article's address."""

from __future__ import annotations

import re
from urllib.parse import parse_qsl, urlencode, urljoin, urlsplit, urlunsplit

TRACKING_PARAMS = re.compile(
    r"^(utm_\w+|fbclid|gclid|dclid|yclid|msclkid|mc_cid|mc_eid|_ga|_gl|igshid|ref|ref_src|cmpid|"
    r"ocid|rss|from|at_medium|at_campaign|share|s_cid|ito|xtor|amp|outputType)$",
    re.IGNORECASE,
)
AMP_PATH = re.compile(r"(/amp(?=/|$)|\.amp(?=\.html?$|$)|/amp\.html$)", re.IGNORECASE)
DEFAULT_PORTS = {"http": 80, "https": 443}


def normalize_url(url: str, base: str | None = None) -> str:
    """Fetchable normal form: absolute, lowercase host, no fragment, no tracking parameters, sorted query."""
    if base:
        url = urljoin(base, url)
    parts = urlsplit(url.strip())
    scheme = parts.scheme.lower() or "https"
    host = (parts.hostname or "").lower().rstrip(".")
    port = parts.port
    netloc = host if port in (None, DEFAULT_PORTS.get(scheme)) else f"{host}:{port}"
    query = [
        (k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True) if not TRACKING_PARAMS.match(k)
    ]
    path = re.sub(r"/{2,}", "/", parts.path or "/")
    return urlunsplit((scheme, netloc, path, urlencode(sorted(query)), ""))


def url_key(url: str) -> str:
    """Identity key: the normal form without scheme, ``www.``, AMP markers or a trailing slash."""
    parts = urlsplit(normalize_url(url))
    host = parts.netloc.removeprefix("www.")
    path = AMP_PATH.sub("", parts.path).rstrip("/") or "/"
    key = f"{host}{path}"
    return f"{key}?{parts.query}" if parts.query else key


def is_amp(url: str) -> bool:
    """True for the usual AMP address shapes (/amp/..., .amp, ?amp=1, ?outputType=amp)."""
    parts = urlsplit(url)
    return bool(AMP_PATH.search(parts.path)) or bool(
        re.search(r"(^|&)(amp(=1)?|outputType=amp)($|&)", parts.query)
    )


def same_site(url_a: str, url_b: str) -> bool:
    """True when both URLs are on the same registrable-ish host (ignoring ``www.`` and ``amp.``)."""

    def host(url: str) -> str:
        name = (urlsplit(url).hostname or "").lower()
        return re.sub(r"^(www|amp|m)\.", "", name)

    return host(url_a) == host(url_b)
