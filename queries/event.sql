-- One merged event by id.
SELECT event_id, person, company, event, month, month_precision, feed_month, role, destination,
       n_sources AS sources, first_published, last_published, conflict, conflict_note
FROM events
WHERE event_id = $event_id
