-- Every source quote of one event, with its article, newest report first.
SELECT
    c.quote,
    c.start,
    c."end",
    c.month,
    c.month_precision,
    c.role,
    c.destination,
    a.article_id,
    a.path AS file,
    a.title,
    a.published,
    a.published_source,
    a.author,
    a.url
FROM claims c
JOIN articles a USING (article_id)
WHERE c.event_id = $event_id
ORDER BY a.published DESC NULLS LAST, a.path, c.start
