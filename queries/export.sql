-- Events in the export contract: one row per merged event, with every source and its offsets.
WITH src AS (
    SELECT
        c.event_id,
        list({
            'file': a.path,
            'title': a.title,
            'published': strftime(a.published, '%Y-%m-%d'),
            'author': a.author,
            'url': a.url,
            'quote': c.quote,
            'start': c.start,
            'end': c."end"
        } ORDER BY a.published, a.path, c.start) AS sources
    FROM claims c
    JOIN articles a USING (article_id)
    GROUP BY c.event_id
)
SELECT
    e.event_id AS id,
    e.person,
    e.company,
    e.event,
    e.month,
    e.month_precision,
    e.feed_month,
    e.role,
    e.destination,
    e.n_sources,
    e.conflict,
    e.conflict_note,
    src.sources
FROM events e
JOIN src USING (event_id)
WHERE ($month_from IS NULL OR e.feed_month >= $month_from)
  AND ($month_to IS NULL OR e.feed_month <= $month_to)
  AND ($company IS NULL OR e.company = $company)
  AND ($person IS NULL OR e.person = $person)
  AND ($events IS NULL OR list_contains($events, e.event))
  -- the search: anywhere (person, company, role, destination, quotes), or only people (p:) or
  -- companies (c:) by any spelling stored with them or listed in the reference data
  AND ($text IS NULL
       OR ($text_scope = 'any' AND contains(e.search_text, $text))
       OR ($text_scope <> 'company' AND (contains(lower(e.person), $text)
           OR e.person_id IN (SELECT person_id FROM person_aliases WHERE contains(lower(alias), $text))))
       OR ($text_scope <> 'person' AND (contains(lower(e.company), $text) OR list_contains($text_companies, e.company)
           OR e.company_id IN (SELECT company_id FROM company_aliases WHERE contains(alias, replace($text, ' ', ''))))))
-- the feed's own order: newest month first, then the newest report
ORDER BY e.feed_month DESC NULLS LAST, e.last_published DESC NULLS LAST, e.event_id
