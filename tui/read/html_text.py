"""HTML pages: the article's main text and metadata, extracted by trafilatura (imported lazily:
it costs a quarter of a second and most corpora are plain text)."""

from __future__ import annotations

from dataclasses import dataclass


MIN_ARTICLE_CHARS = 30


@dataclass(frozen=True, slots=True)
class HtmlArticle:
    text: str
    title: str | None
    date: str | None
    author: str | None
    url: str | None


def extract_html(html: str) -> HtmlArticle | None:
    """The main text of a page, or None when the page has none (a shell, a login wall)."""
    import trafilatura

    doc = trafilatura.bare_extraction(html, with_metadata=True, include_comments=False, favor_recall=True)
    if doc is None:
        return None
    data = doc.as_dict() if hasattr(doc, "as_dict") else dict(doc)
    text = (data.get("text") or "").strip()
    # what is left of a page shell (a menu, a login prompt) is not an article
    if len(text) < MIN_ARTICLE_CHARS:
        return None
    return HtmlArticle(
        text=text,
        title=data.get("title") or None,
        date=data.get("date") or None,
        author=data.get("author") or None,
        url=data.get("url") or None,
    )
