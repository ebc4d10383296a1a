-- One article's metadata and text.
SELECT article_id, path AS file, title, published, published_source, author, url, kind, encoding, body_start, text, warnings
FROM articles
WHERE article_id = $article_id
