-- People under the current filter: last company, role and event (the newest report decides), sources.
SELECT
    person,
    -- within one report, a join or a sidelining is the later state (nobody is sidelined before joining)
    arg_max(company, (last_published, feed_month, CASE event WHEN 'sidelined' THEN 3 WHEN 'joined' THEN 2 WHEN 'departed' THEN 1 WHEN 'pending' THEN 0 ELSE -1 END, company)) AS company,
    arg_max(role, (role IS NOT NULL, last_published, feed_month, CASE event WHEN 'sidelined' THEN 3 WHEN 'joined' THEN 2 WHEN 'departed' THEN 1 WHEN 'pending' THEN 0 ELSE -1 END, role)) AS role,
    arg_max(event, (last_published, feed_month, CASE event WHEN 'sidelined' THEN 3 WHEN 'joined' THEN 2 WHEN 'departed' THEN 1 WHEN 'pending' THEN 0 ELSE -1 END, event)) AS last_event,
    arg_max(destination, (destination IS NOT NULL, last_published, feed_month, destination)) AS destination,
    max(feed_month) AS last_month,
    count(*) AS events,
    max(n_sources) AS sources,
    bool_or(conflict) AS conflict
FROM events
WHERE ($month_from IS NULL OR feed_month >= $month_from)
  AND ($month_to IS NULL OR feed_month <= $month_to)
  AND ($company IS NULL OR company = $company)
  AND ($events IS NULL OR list_contains($events, event))
  -- the search: anywhere (person, company, role, destination, quotes), or only people (p:) or
  -- companies (c:) by any spelling stored with them or listed in the reference data
  AND ($text IS NULL
       OR ($text_scope = 'any' AND contains(search_text, $text))
       OR ($text_scope <> 'company' AND (contains(lower(person), $text)
           OR person_id IN (SELECT person_id FROM person_aliases WHERE contains(lower(alias), $text))))
       OR ($text_scope <> 'person' AND (contains(lower(company), $text) OR list_contains($text_companies, company)
           OR company_id IN (SELECT company_id FROM company_aliases WHERE contains(alias, replace($text, ' ', ''))))))
GROUP BY person
ORDER BY last_month DESC NULLS LAST, person
