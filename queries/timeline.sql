-- One person's every move, at every company, oldest first.
SELECT event_id, feed_month AS month, month_precision, company, event, role, destination, n_sources AS sources, conflict, conflict_note
FROM events
WHERE person = $person
ORDER BY feed_month NULLS FIRST, first_published, CASE event WHEN 'pending' THEN 0 WHEN 'departed' THEN 1 WHEN 'joined' THEN 2 WHEN 'sidelined' THEN 3 ELSE 4 END, company, event_id
