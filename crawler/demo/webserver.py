"""A small threaded HTTP server for local test, demo and benchmark sites.

Routes map a request path to a handler ``callable(Request) -> Response``. The server adds what real sites do
for crawlers: strong ETags and Last-Modified with 304 answers to conditional GETs, gzip when the client asks
for it, HEAD, keep-alive (HTTP/1.1), and counters that a benchmark can read and reset. It binds to
127.0.0.1 on a free port and serves from daemon threads, so tests start and stop it in-process.

Example:
    server = WebServer()
    server.add_route("/hello", lambda request: text_response("hi"))
    with server:
        urllib.request.urlopen(server.base_url + "/hello").read()   # b"hi"
        server.stats().requests                                     # {"hello": 1}
"""

from __future__ import annotations

import contextlib
import gzip
import hashlib
import logging
import re
import socket
import threading
from collections import Counter, OrderedDict
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime
from email.utils import format_datetime, parsedate_to_datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from types import TracebackType
from urllib.parse import parse_qs, urlsplit

logger = logging.getLogger(__name__)

COMPRESSIBLE_TYPES = (
    "text/",
    "application/xml",
    "application/rss+xml",
    "application/atom+xml",
    "application/rdf+xml",
    "application/json",
    "application/javascript",
)
_HOST_RE = re.compile(r"^[A-Za-z0-9.\-]+(:\d{1,5})?$|^\[[0-9A-Fa-f:.]+\](:\d{1,5})?$")
_GZIP_CACHE_SIZE = 512


@dataclass(frozen=True)
class Request:
    """What a handler sees of one HTTP request."""

    method: str
    path: str  # percent-encoded path without the query, e.g. "/wp/feed/"
    query_string: str
    headers: Mapping[str, str]  # lower-case header names
    base_url: str  # "http://<host>" as the client addressed the server

    @property
    def query(self) -> dict[str, list[str]]:
        """The parsed query string."""
        return parse_qs(self.query_string, keep_blank_values=True)

    def arg(self, name: str, default: str | None = None) -> str | None:
        """The first value of query parameter ``name``."""
        values = self.query.get(name)
        return values[0] if values else default

    def url(self, path: str) -> str:
        """An absolute URL for ``path`` on the host the client used."""
        return self.base_url + path


@dataclass
class Response:
    """A handler's answer. ``body`` is sent as is unless ``stream`` is given (then ``length`` is required)."""

    status: int = 200
    headers: dict[str, str] = field(default_factory=dict)
    body: bytes = b""
    last_modified: datetime | None = None  # default: when this exact body was first served
    cacheable: bool = True  # send ETag/Last-Modified and answer conditional requests
    compress: bool = True  # gzip if the client accepts it and the type is textual
    stream: Iterable[bytes] | None = None  # chunks for big bodies; no ETag, no gzip
    length: int | None = None  # Content-Length of a stream; fewer bytes sent -> cut off
    path_class: str | None = None  # counter bucket; default from the route or classifier

    def __post_init__(self) -> None:
        """A stream needs its length up front (Content-Length)."""
        if self.stream is not None and self.length is None:
            raise ValueError("a streamed Response needs a length")


Handler = Callable[[Request], Response]
Classifier = Callable[[Request], str]


@dataclass(frozen=True)
class Stats:
    """A snapshot of the server's counters."""

    requests: dict[str, int]  # all requests by path class
    ok: dict[str, int]  # 200 answers to GET that carried a body, by path class
    not_modified: dict[str, int]  # 304 answers by path class
    statuses: dict[int, int]
    bytes_sent: int  # body bytes written (after compression)

    @property
    def total(self) -> int:
        """All requests."""
        return sum(self.requests.values())

    @property
    def total_not_modified(self) -> int:
        """All 304 answers."""
        return sum(self.not_modified.values())

    def as_dict(self) -> dict[str, object]:
        """A JSON-friendly form."""
        return {
            "requests": self.requests,
            "ok": self.ok,
            "not_modified": self.not_modified,
            "statuses": {str(k): v for k, v in self.statuses.items()},
            "bytes_sent": self.bytes_sent,
            "total": self.total,
        }


def text_response(
    text: str,
    content_type: str = "text/plain; charset=utf-8",
    status: int = 200,
    encoding: str = "utf-8",
    **kwargs: object,
) -> Response:
    """A response with ``text`` encoded in ``encoding``."""
    body = text.encode(encoding, errors="xmlcharrefreplace")
    return Response(status, {"Content-Type": content_type}, body, **kwargs)  # type: ignore[arg-type]


def html_response(
    html: str, status: int = 200, encoding: str = "utf-8", charset_header: bool = True, **kwargs: object
) -> Response:
    """An HTML response; ``charset_header=False`` sends a bare ``text/html`` like legacy Russian sites."""
    content_type = f"text/html; charset={encoding}" if charset_header else "text/html"
    return text_response(html, content_type, status, encoding, **kwargs)


def redirect_response(location: str, status: int = 302) -> Response:
    """A redirect to ``location``."""
    return Response(
        status,
        {"Location": location, "Content-Type": "text/plain; charset=utf-8"},
        f"Redirecting to {location}\n".encode(),
        cacheable=False,
    )


def error_response(status: int, message: str = "") -> Response:
    """A small HTML error page."""
    text = message or {404: "Not Found", 410: "Gone", 500: "Internal Server Error"}.get(status, "Error")
    html = (
        f"<!DOCTYPE html><html><head><title>{status} {text}</title></head><body><h1>{text}</h1></body></html>"
    )
    return html_response(html, status=status, cacheable=False)


def default_classifier(request: Request) -> str:
    """Path class = first path segment ("root" for "/")."""
    first = request.path.strip("/").split("/", 1)[0]
    return first or "root"


def make_etag(body: bytes) -> str:
    """A strong ETag for ``body``."""
    return '"' + hashlib.sha256(body).hexdigest()[:32] + '"'


def accepts_gzip(accept_encoding: str) -> bool:
    """True when an Accept-Encoding value allows gzip."""
    for token in accept_encoding.split(","):
        name, _, params = token.strip().partition(";")
        if name.strip().lower() not in ("gzip", "x-gzip", "*"):
            continue
        match = re.search(r"q\s*=\s*([0-9.]+)", params)
        if not match or float(match.group(1) or 0) > 0:
            return True
    return False


def etag_matches(if_none_match: str, etag: str) -> bool:
    """Weak comparison of an If-None-Match list with our ETag (any content-coding of it)."""
    if if_none_match.strip() == "*":
        return True
    ours = etag.strip('"')
    for tag in if_none_match.split(","):
        tag = tag.strip()
        if tag.startswith("W/"):
            tag = tag[2:]
        tag = tag.strip('"')
        if tag.endswith("-gzip"):
            tag = tag[: -len("-gzip")]
        if tag == ours:
            return True
    return False


def not_modified_since(if_modified_since: str, last_modified: datetime) -> bool:
    """True when ``last_modified`` is not later than the If-Modified-Since date."""
    try:
        since = parsedate_to_datetime(if_modified_since)
    except (TypeError, ValueError, IndexError):
        return False
    if since is None:
        return False
    if since.tzinfo is None:
        since = since.replace(tzinfo=UTC)
    return last_modified.replace(microsecond=0) <= since


def http_date(moment: datetime) -> str:
    """An RFC 7231 date."""
    return format_datetime(moment.astimezone(UTC).replace(microsecond=0), usegmt=True)


class _Counters:
    """Thread-safe counters behind :class:`Stats`."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self.reset()

    def reset(self) -> None:
        """Zero everything."""
        with self._lock:
            self._requests: Counter[str] = Counter()
            self._ok: Counter[str] = Counter()
            self._not_modified: Counter[str] = Counter()
            self._statuses: Counter[int] = Counter()
            self._bytes = 0

    def record(self, path_class: str, method: str, status: int, sent: int) -> None:
        """Count one answered request."""
        with self._lock:
            self._requests[path_class] += 1
            self._statuses[status] += 1
            self._bytes += sent
            if status == 304:
                self._not_modified[path_class] += 1
            elif status == 200 and method == "GET":
                self._ok[path_class] += 1

    def add_bytes(self, sent: int) -> None:
        """Count body bytes of a streamed answer."""
        with self._lock:
            self._bytes += sent

    def snapshot(self) -> Stats:
        """Copy the counters."""
        with self._lock:
            return Stats(
                dict(self._requests),
                dict(self._ok),
                dict(self._not_modified),
                dict(self._statuses),
                self._bytes,
            )


class _Prepared:
    """A response ready to write: final status, headers and body."""

    def __init__(
        self,
        status: int,
        headers: dict[str, str],
        body: bytes = b"",
        stream: Iterable[bytes] | None = None,
        length: int | None = None,
    ) -> None:
        self.status, self.headers, self.body, self.stream, self.length = status, headers, body, stream, length


class WebServer:
    """A threaded HTTP server with a route table; see the module docstring."""

    def __init__(
        self,
        host: str = "127.0.0.1",
        port: int = 0,
        classify: Classifier = default_classifier,
        gzip_min_size: int = 256,
        name: str = "webserver",
    ) -> None:
        self.host, self.port, self.name = host, port, name
        self._classify = classify
        self._gzip_min_size = gzip_min_size
        self._exact: dict[str, tuple[Handler, str | None]] = {}
        self._prefixes: list[tuple[str, Handler, str | None]] = []
        self._counters = _Counters()
        self._lock = threading.Lock()
        self._first_seen: dict[tuple[str, str], datetime] = {}
        self._gzip_cache: OrderedDict[str, bytes] = OrderedDict()
        self._connections: set[socket.socket] = set()
        self._httpd: ThreadingHTTPServer | None = None
        self._thread: threading.Thread | None = None
        self.stopping = threading.Event()

    # -- routes -------------------------------------------------------------------------------------------

    def add_route(self, path: str, handler: Handler, path_class: str | None = None) -> None:
        """Route ``path`` to ``handler``; a path ending in ``*`` is a prefix (the longest prefix wins)."""
        with self._lock:
            if path.endswith("*"):
                self._prefixes.append((path[:-1], handler, path_class))
                self._prefixes.sort(key=lambda entry: len(entry[0]), reverse=True)
            else:
                self._exact[path] = (handler, path_class)

    def resolve(self, path: str) -> tuple[Handler, str | None] | None:
        """The handler and its path class for ``path``, or None."""
        with self._lock:
            if path in self._exact:
                return self._exact[path]
            for prefix, handler, path_class in self._prefixes:
                if path.startswith(prefix):
                    return handler, path_class
        return None

    # -- life cycle ---------------------------------------------------------------------------------------

    @property
    def base_url(self) -> str:
        """``http://127.0.0.1:<port>`` once started."""
        if self._httpd is None:
            raise RuntimeError(f"{self.name} is not started")
        host, port = self._httpd.server_address[:2]
        return f"http://{host}:{port}"

    @property
    def running(self) -> bool:
        """True between start() and stop()."""
        return self._httpd is not None

    def start(self) -> str:
        """Bind, serve from a background thread and return the base URL."""
        if self._httpd is not None:
            return self.base_url
        self.stopping.clear()
        httpd = _HTTPServer((self.host, self.port), _RequestHandler)
        httpd.app = self
        self._httpd = httpd
        self._thread = threading.Thread(
            target=httpd.serve_forever, kwargs={"poll_interval": 0.1}, name=f"{self.name}-serve", daemon=True
        )
        self._thread.start()
        logger.info("%s serving at %s", self.name, self.base_url)
        return self.base_url

    def stop(self) -> None:
        """Stop serving, close open connections and release the port."""
        httpd = self._httpd
        if httpd is None:
            return
        self.stopping.set()
        httpd.shutdown()
        with self._lock:
            connections = list(self._connections)
        for conn in connections:
            with contextlib.suppress(OSError):
                conn.shutdown(socket.SHUT_RDWR)
        httpd.server_close()
        if self._thread is not None:
            self._thread.join(timeout=5)
        self._httpd, self._thread = None, None
        logger.info("%s stopped", self.name)

    def wait(self, seconds: float) -> bool:
        """Sleep up to ``seconds``; returns True early when the server is stopping."""
        return self.stopping.wait(seconds)

    def __enter__(self) -> WebServer:
        self.start()
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.stop()

    # -- counters -----------------------------------------------------------------------------------------

    def stats(self) -> Stats:
        """A snapshot of the counters."""
        return self._counters.snapshot()

    def reset_stats(self) -> None:
        """Zero the counters."""
        self._counters.reset()

    # -- request processing (called from handler threads) ------------------------------------------------

    def _track(self, conn: socket.socket, add: bool) -> None:
        with self._lock:
            if add:
                self._connections.add(conn)
            else:
                self._connections.discard(conn)

    def handle(self, request: Request) -> tuple[_Prepared, str]:
        """Dispatch ``request`` and turn the handler's answer into what goes on the wire."""
        found = self.resolve(request.path)
        if found is None:
            response, path_class = error_response(404), None
        else:
            handler, path_class = found
            try:
                response = handler(request)
            except Exception:
                logger.exception("%s: handler for %s failed", self.name, request.path)
                response = error_response(500)
        path_class = response.path_class or path_class or self._classify(request)
        return self._prepare(request, response), path_class

    def _prepare(self, request: Request, response: Response) -> _Prepared:
        headers = dict(response.headers)
        if response.stream is not None:
            headers["Content-Length"] = str(response.length)
            return _Prepared(response.status, headers, stream=response.stream, length=response.length)
        body = response.body
        use_gzip = self._should_gzip(request, response, headers, body)
        if response.cacheable and response.status == 200:
            etag = make_etag(body)
            last_modified = response.last_modified or self._first_seen_at(request.path, etag)
            headers.setdefault("Last-Modified", http_date(last_modified))
            headers["ETag"] = etag[:-1] + '-gzip"' if use_gzip else etag  # one ETag per representation
            if self._is_not_modified(request, etag, last_modified):
                return _Prepared(304, _strip_entity_headers(headers))
            body = self._gzip(etag, body) if use_gzip else body
        elif use_gzip:
            body = gzip.compress(body, mtime=0)
        if use_gzip:
            headers["Content-Encoding"] = "gzip"
        headers["Content-Length"] = str(len(body))
        return _Prepared(response.status, headers, body)

    @staticmethod
    def _is_not_modified(request: Request, etag: str, last_modified: datetime) -> bool:
        if request.method not in ("GET", "HEAD"):
            return False
        inm = request.headers.get("if-none-match")
        if inm is not None:
            return etag_matches(inm, etag)
        ims = request.headers.get("if-modified-since")
        return ims is not None and not_modified_since(ims, last_modified)

    def _should_gzip(
        self, request: Request, response: Response, headers: dict[str, str], body: bytes
    ) -> bool:
        if not response.compress or len(body) < self._gzip_min_size or "Content-Encoding" in headers:
            return False
        content_type = headers.get("Content-Type", "").lower()
        if not content_type.startswith(COMPRESSIBLE_TYPES) and not content_type.endswith("+xml"):
            return False
        headers["Vary"] = "Accept-Encoding"
        return accepts_gzip(request.headers.get("accept-encoding", ""))

    def _gzip(self, etag: str, body: bytes) -> bytes:
        with self._lock:
            cached = self._gzip_cache.get(etag)
            if cached is not None:
                self._gzip_cache.move_to_end(etag)
                return cached
        packed = gzip.compress(body, compresslevel=6, mtime=0)
        with self._lock:
            self._gzip_cache[etag] = packed
            while len(self._gzip_cache) > _GZIP_CACHE_SIZE:
                self._gzip_cache.popitem(last=False)
        return packed

    def _first_seen_at(self, path: str, etag: str) -> datetime:
        with self._lock:
            return self._first_seen.setdefault((path, etag), datetime.now(UTC).replace(microsecond=0))


def _strip_entity_headers(headers: dict[str, str]) -> dict[str, str]:
    """Headers a 304 keeps (RFC 7232 4.1)."""
    keep = {"etag", "last-modified", "cache-control", "expires", "vary", "content-location", "date"}
    return {k: v for k, v in headers.items() if k.lower() in keep}


class _HTTPServer(ThreadingHTTPServer):
    daemon_threads = True
    allow_reuse_address = True
    request_queue_size = 128
    app: WebServer

    def handle_error(self, request: object, client_address: object) -> None:
        """Connection errors (a client that went away, a stop() mid-answer) are logged quietly."""
        logger.debug("%s: connection error from %s", self.app.name, client_address, exc_info=True)


class _RequestHandler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    server_version = "chechnya-monitor-testserver/1.0"
    timeout = 120
    disable_nagle_algorithm = True  # headers and body go out as separate writes: no 40 ms stalls
    server: _HTTPServer

    def setup(self) -> None:
        super().setup()
        self.server.app._track(self.connection, add=True)

    def finish(self) -> None:
        try:
            super().finish()
        finally:
            self.server.app._track(self.connection, add=False)

    def version_string(self) -> str:
        return self.server_version

    def do_GET(self) -> None:
        self._answer()

    def do_HEAD(self) -> None:
        self._answer()

    def do_POST(self) -> None:
        self._answer_not_allowed()

    do_PUT = do_DELETE = do_PATCH = do_POST

    def _answer_not_allowed(self) -> None:
        length = int(self.headers.get("Content-Length") or 0)
        if length:
            self.rfile.read(min(length, 1 << 20))
        self.server.app._counters.record("other", self.command, 405, 0)
        self.send_response(405)
        self.send_header("Allow", "GET, HEAD")
        self.send_header("Content-Length", "0")
        self.end_headers()

    def _request(self) -> Request:
        parts = urlsplit(self.path)
        host = self.headers.get("Host", "")
        base = f"http://{host}" if _HOST_RE.match(host) else self.server.app.base_url
        headers = {k.lower(): v for k, v in self.headers.items()}
        return Request(self.command, parts.path or "/", parts.query, headers, base)

    def _answer(self) -> None:
        app = self.server.app
        request = self._request()
        prepared, path_class = app.handle(request)
        with_body = self.command != "HEAD"
        # count before the client can see the answer, so a client that got it also sees it counted
        planned = len(prepared.body) if with_body and prepared.stream is None else 0
        app._counters.record(path_class, self.command, prepared.status, planned)
        self.send_response(prepared.status)
        for name, value in prepared.headers.items():
            self.send_header(name, value)
        self.end_headers()
        if with_body:
            self._write_body(prepared)

    def _write_body(self, prepared: _Prepared) -> None:
        try:
            if prepared.stream is None:
                self.wfile.write(prepared.body)
                return
            sent = 0
            for chunk in prepared.stream:
                self.wfile.write(chunk)
                sent += len(chunk)
                self.server.app._counters.add_bytes(len(chunk))
            if sent < (prepared.length or 0):
                self.close_connection = True  # a deliberately short body: the client sees data loss
        except (BrokenPipeError, ConnectionResetError, TimeoutError) as exc:
            logger.debug("client went away during %s: %s", self.path, exc)
            self.close_connection = True

    def log_message(self, fmt: str, *args: object) -> None:
        logger.debug("%s %s - " + fmt, self.server.app.name, self.address_string(), *args)

    def log_error(self, fmt: str, *args: object) -> None:
        logger.debug("%s %s error - " + fmt, self.server.app.name, self.address_string(), *args)
