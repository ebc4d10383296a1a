-- Companies under the current filter, counting people, not events: who departed, who is only reported
-- as leaving (not also departed), joined, sidelined; net = joined - departed; people leaving a month.
WITH f AS (
    SELECT company, person, event, feed_month
    FROM events
    WHERE ($month_from IS NULL OR feed_month >= $month_from)
      AND ($month_to IS NULL OR feed_month <= $month_to)
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
), per_person AS (
    SELECT
        company,
        person,
        bool_or(event = 'departed') AS was_departed,
        bool_or(event = 'pending') AND NOT bool_or(event = 'departed') AS was_pending,
        bool_or(event = 'joined') AS was_joined,
        bool_or(event = 'sidelined') AS was_sidelined,
        count(*) AS events
    FROM f
    GROUP BY company, person
), monthly AS (
    SELECT company, feed_month, count(DISTINCT person) FILTER (WHERE event IN ('departed', 'pending', 'sidelined')) AS n
    FROM f
    GROUP BY ALL
)
SELECT
    p.company,
    count(*) FILTER (WHERE p.was_departed) AS departed,
    count(*) FILTER (WHERE p.was_pending) AS pending,
    count(*) FILTER (WHERE p.was_joined) AS joined,
    count(*) FILTER (WHERE p.was_sidelined) AS sidelined,
    count(*) FILTER (WHERE p.was_joined) - count(*) FILTER (WHERE p.was_departed) AS net,
    sum(p.events)::BIGINT AS events,
    any_value(t.trend) AS trend
FROM per_person p
LEFT JOIN (
    SELECT company, list({'month': feed_month, 'n': n} ORDER BY feed_month) AS trend
    FROM monthly
    GROUP BY company
) t USING (company)
GROUP BY p.company
ORDER BY departed + pending + sidelined DESC, events DESC, p.company
