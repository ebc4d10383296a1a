-- Events whose sources disagree (status or destination), with what differs.
SELECT person, company, event, feed_month AS month, n_sources AS sources, conflict_note
FROM events
WHERE conflict
ORDER BY person, company, event
