-- Companies under the current filter: departures, joins, sidelined, net flow and a monthly trend.
WITH f AS (
    SELECT company, event, feed_month
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
), monthly AS (
    SELECT company, feed_month, count(*) FILTER (WHERE event IN ('departed', 'pending', 'sidelined')) AS n
    FROM f
    GROUP BY ALL
)
SELECT
    f.company,
    count(*) FILTER (WHERE event = 'departed') AS departed,
    count(*) FILTER (WHERE event = 'pending') AS pending,
    count(*) FILTER (WHERE event = 'joined') AS joined,
    count(*) FILTER (WHERE event = 'sidelined') AS sidelined,
    count(*) FILTER (WHERE event = 'joined') - count(*) FILTER (WHERE event = 'departed') AS net,
    count(*) AS events,
    any_value(t.trend) AS trend
FROM f
LEFT JOIN (
    SELECT company, list({'month': feed_month, 'n': n} ORDER BY feed_month) AS trend
    FROM monthly
    GROUP BY company
) t USING (company)
GROUP BY f.company
ORDER BY departed + pending + sidelined DESC, events DESC, f.company
