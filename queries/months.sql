-- Months that have events (ascending), with how many; under a filter of company, person, event
-- types and search when given one (the month keys step only to months with events under it).
SELECT feed_month AS month, count(*) AS events
FROM events
WHERE feed_month IS NOT NULL
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
GROUP BY feed_month
ORDER BY feed_month
