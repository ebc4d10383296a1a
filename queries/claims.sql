-- Every claim about one person at one company (to set conflicting reports side by side).
SELECT c.event, c.month, c.role, c.destination, c.quote, a.path AS file, a.title, a.published
FROM claims c
JOIN articles a USING (article_id)
JOIN people p USING (person_id)
JOIN companies co USING (company_id)
WHERE p.name = $person AND co.name = $company
ORDER BY a.published NULLS FIRST, a.path, c.start
