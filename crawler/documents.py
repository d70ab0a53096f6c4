"""``chechnya-monitor analyze``: extract and analyse documents from files or stdin without storing them.

Many inputs are spread over a process pool (order preserved), so hundreds of files take seconds.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Iterator
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from multiprocessing import get_context
from pathlib import Path
from typing import Any

from crawler.encoding import BinaryBodyError, decode_body
from crawler.extract import extract_article
from crawler.language import detect_language
from crawler.workers import PageProcessor, die_with_parent

POOL_THRESHOLD = 8  # fewer inputs than this are analysed in-process


@dataclass(frozen=True)
class Document:
    """One input: its name as given, its bytes, and how to read it."""

    name: str
    data: bytes
    is_text: bool
    url: str | None
    language: str | None


def read_inputs(paths: list[str], is_text: bool, url: str | None, language: str | None) -> list[Document]:
    """Read every input (``-`` is stdin); unreadable files become documents with an error."""
    documents = []
    for path in paths:
        data = sys.stdin.buffer.read() if path == "-" else Path(path).read_bytes()
        documents.append(Document(path, data, is_text, url, language))
    return documents


_processor: PageProcessor | None = None


def _init(keywords: str, actors: str) -> None:
    global _processor
    die_with_parent()
    _processor = PageProcessor(keywords, actors)


def analyze_document(document: Document, processor: PageProcessor | None = None) -> dict[str, Any]:
    """The documented JSON object for one input."""
    processor = processor or _processor
    out: dict[str, Any] = {"input": document.name, "url": document.url, "title": None, "published": None,
                           "language": document.language, "relevant": False, "relevance": 0.0, "statements": []}  # fmt: skip
    try:
        if document.is_text:
            text, _ = decode_body(document.data, None)
            article = {"title": None, "text": text.strip(), "published": None, "url": document.url}
            article["language"] = document.language or detect_language(text)
        else:
            extracted = extract_article(document.data, document.url or Path(document.name).as_uri()
                                        if document.name != "-" else "stdin:", None)  # fmt: skip
            if extracted is None:
                return {**out, "error": "no article text found"}
            article = extracted.as_dict()
            article["language"] = document.language or article["language"]
            article["url"] = document.url or extracted.canonical
    except BinaryBodyError as exc:
        return {**out, "error": str(exc)}
    result = processor.analyse(article)
    analysed = result["article"]
    statements = result["statements"]
    if not analysed["relevant"] and processor.analyzer is not None:
        # analyse explicitly given documents even when the keyword score is low
        statements = [
            s.as_dict()
            for s in processor.analyzer.analyze(analysed["text"], analysed.get("language"), topical=False)
        ]
    out.update(
        url=analysed.get("url"),
        title=analysed.get("title"),
        published=analysed.get("published"),
        language=analysed.get("language"),
        relevant=bool(analysed["relevant"]),
        relevance=analysed["relevance"],
        statements=statements,
    )
    return out


def analyze_documents(documents: list[Document], keywords: str, actors: str) -> Iterator[dict[str, Any]]:
    """Analyse documents in input order, in a process pool when there are many."""
    if len(documents) < POOL_THRESHOLD:
        processor = PageProcessor(keywords, actors)
        for document in documents:
            yield analyze_document(document, processor)
        return
    workers = min(os.cpu_count() or 2, max(1, len(documents) // 4))
    with ProcessPoolExecutor(workers, mp_context=get_context("spawn"), initializer=_init,
                             initargs=(keywords, actors)) as pool:  # fmt: skip
        yield from pool.map(analyze_document, documents, chunksize=8)
