-- A person reported both as leaving (pending) and as gone (departed) from one company: the two
-- claims disagree about the status. Keep both events, mark both, and say which report is newer.
UPDATE events AS e
SET
    conflict = true,
    conflict_note = concat_ws('; ', e.conflict_note,
        CASE WHEN o.last_published >= e.last_published
             THEN 'a later report (' || o.last_published || ') says ' || o.event
             ELSE 'an earlier report (' || o.last_published || ') said ' || o.event END)
FROM events AS o
WHERE e.person_id = o.person_id
  AND e.company_id = o.company_id
  AND e.event_id <> o.event_id
  AND ((e.event = 'pending' AND o.event = 'departed') OR (e.event = 'departed' AND o.event = 'pending'))
  AND e.event_id IN (SELECT unnest($ids));
