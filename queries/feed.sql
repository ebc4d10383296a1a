-- The departure feed: merged events under the current filter, newest month first (the app sorts and
-- pages it its own way).
SELECT
    event_id,
    feed_month AS month,
    month_precision,
    person,
    company,
    role,
    event,
    destination,
    n_sources AS sources,
    conflict,
    last_published
FROM events
WHERE ($month_from IS NULL OR feed_month >= $month_from)
  AND ($month_to IS NULL OR feed_month <= $month_to)
  AND ($company IS NULL OR company = $company)
  AND ($person IS NULL OR person = $person)
  AND ($events IS NULL OR list_contains($events, event))
  -- the search: anywhere (person, company, role, destination, quotes), or only people (p:) or
  -- companies (c:) by any spelling stored with them or listed in the reference data
  AND ($text IS NULL
       OR ($text_scope = 'any' AND contains(search_text, $text))
       OR ($text_scope <> 'company' AND (contains(lower(person), $text)
           OR person_id IN (SELECT person_id FROM person_aliases WHERE contains(lower(alias), $text))))
       OR ($text_scope <> 'person' AND (contains(lower(company), $text) OR list_contains($text_companies, company)
           OR company_id IN (SELECT company_id FROM company_aliases WHERE contains(alias, replace($text, ' ', ''))))))
ORDER BY month DESC NULLS LAST, last_published DESC NULLS LAST, event_id
