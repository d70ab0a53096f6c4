"""Serve the benchmark pages (bench/corpus.py) plus a sitemap on 127.0.0.1; prints the base URL, then waits.

Run as a separate process so the server does not compete for the crawler's GIL:
``python bench/serve_pages.py --count 1000``.
"""

from __future__ import annotations

import argparse
import sys
import threading
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from corpus import make_pages  # noqa: E402

from crawler.demo.webserver import Response, WebServer, text_response  # noqa: E402


def build_server(count: int) -> WebServer:
    pages = make_pages(count)
    server = WebServer(name="bench-pages")
    by_path = {page.path: page.html for page in pages}

    def article(request) -> Response:
        body = by_path.get(request.path)
        if body is None:
            return Response(404, {"Content-Type": "text/plain"}, b"not found")
        return Response(200, {"Content-Type": "text/html; charset=utf-8"}, body, compress=False)

    def sitemap(request) -> Response:
        urls = "".join(f"<url><loc>{request.base_url}{p.path}</loc></url>" for p in pages)
        xml = f'<?xml version="1.0" encoding="UTF-8"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">{urls}</urlset>'
        return text_response(xml, "application/xml")

    server.add_route("/a/*", article, "article")
    server.add_route("/sitemap.xml", sitemap, "sitemap")
    return server


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--count", type=int, default=1000)
    args = parser.parse_args()
    server = build_server(args.count)
    print(server.start(), flush=True)
    try:
        sys.stdin.read()  # serve until the parent closes our stdin
    finally:
        server.stop()
    threading.Event().wait(0)


if __name__ == "__main__":
    main()
