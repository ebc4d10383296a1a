-- Departures (incl. pending and sidelined) per month and company. Params: $company (optional).
SELECT feed_month AS month, company, count(*) AS departures, string_agg(person, '、' ORDER BY person) AS people
FROM events
WHERE event IN ('departed', 'pending', 'sidelined')
  AND ($company IS NULL OR company = $company)
GROUP BY ALL
ORDER BY month DESC NULLS LAST, departures DESC
