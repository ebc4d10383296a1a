-- Ingested articles with their id (for `query article -p article_id=…`), publication date, how it was
-- found, and how many events they gave.
SELECT a.article_id, a.path AS file, a.title, a.published, a.published_source, a.encoding, count(c.event_id) AS events
FROM articles a
LEFT JOIN claims c USING (article_id)
GROUP BY ALL
ORDER BY a.published DESC NULLS LAST, a.path, a.article_id
