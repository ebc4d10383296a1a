-- Merge the claims staged in merge_claims into one event row each. The stage holds every claim
-- of each (person, company) it touches, so the events of a pair are merged, and judged for
-- conflicts, together.
-- The month comes from the most precise claim (stated > relative > report), the newest report
-- breaking ties; the destination from the newest report that names one; the role is the fullest.
INSERT INTO events
WITH c AS (
    SELECT
        *,
        CASE month_precision WHEN 'stated' THEN 0 WHEN 'relative' THEN 1 WHEN 'report' THEN 2 ELSE 3 END AS prank
    FROM merge_claims
), merged AS (
    SELECT
        event_id,
        any_value(person_id) AS person_id,
        any_value(company_id) AS company_id,
        any_value(event) AS event,
        first(month ORDER BY prank, published DESC NULLS LAST) FILTER (WHERE month IS NOT NULL) AS month,
        first(month_precision ORDER BY prank, published DESC NULLS LAST) FILTER (WHERE month IS NOT NULL) AS month_precision,
        first(role ORDER BY length(role) DESC, published DESC NULLS LAST) FILTER (WHERE role IS NOT NULL) AS role,
        first(destination ORDER BY published DESC NULLS LAST, length(destination) DESC) FILTER (WHERE destination IS NOT NULL) AS destination,
        count(DISTINCT article_id) AS n_sources,
        min(published) AS first_published,
        max(published) AS last_published,
        count(DISTINCT destination) AS n_destinations,
        string_agg(DISTINCT destination, ' / ' ORDER BY destination) AS destinations,
        string_agg(quote, ' ' ORDER BY published, article_id, start) AS quotes
    FROM c
    GROUP BY event_id
), judged AS (
    -- A person reported both as leaving (pending) and as gone (departed) from one company: the
    -- two claims disagree about the status. Keep both events, mark both, say which report is newer.
    SELECT
        m.*,
        CASE WHEN m.n_destinations > 1 THEN 'sources name different destinations: ' || m.destinations END AS destinations_note,
        CASE WHEN o.event_id IS NOT NULL THEN
            CASE WHEN o.last_published >= m.last_published
                 THEN 'a later report (' || o.last_published || ') says ' || o.event
                 ELSE 'an earlier report (' || o.last_published || ') said ' || o.event END
        END AS status_note
    FROM merged m
    LEFT JOIN merged o
      ON o.person_id = m.person_id
     AND o.company_id = m.company_id
     AND ((m.event = 'pending' AND o.event = 'departed') OR (m.event = 'departed' AND o.event = 'pending'))
)
SELECT
    m.event_id,
    m.person_id,
    m.company_id,
    p.name,
    co.name,
    m.event,
    m.month,
    m.month_precision,
    coalesce(m.month, strftime(m.first_published, '%Y-%m')),
    m.role,
    m.destination,
    m.n_sources,
    m.first_published,
    m.last_published,
    m.destinations_note IS NOT NULL OR m.status_note IS NOT NULL,
    CASE WHEN m.destinations_note IS NOT NULL OR m.status_note IS NOT NULL THEN concat_ws('; ', m.destinations_note, m.status_note) END,
    lower(concat_ws(' ', p.name, co.name, m.role, m.destinations, m.quotes))
FROM judged m
JOIN people p USING (person_id)
JOIN companies co USING (company_id);
