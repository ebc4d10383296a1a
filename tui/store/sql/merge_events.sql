-- Merge the claims of the given events into one row each.
-- The month comes from the most precise claim (stated > relative > report), the newest report
-- breaking ties; the destination from the newest report that names one; the role is the fullest.
INSERT INTO events
WITH c AS (
    SELECT
        c.*,
        a.published,
        CASE c.month_precision WHEN 'stated' THEN 0 WHEN 'relative' THEN 1 WHEN 'report' THEN 2 ELSE 3 END AS prank
    FROM claims c
    JOIN articles a USING (article_id)
    WHERE c.event_id IN (SELECT unnest($ids))
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
        string_agg(DISTINCT destination, ' / ') AS destinations,
        string_agg(quote, ' ') AS quotes
    FROM c
    GROUP BY event_id
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
    m.n_destinations > 1,
    CASE WHEN m.n_destinations > 1 THEN 'sources name different destinations: ' || m.destinations END,
    lower(concat_ws(' ', p.name, co.name, m.role, m.destinations, m.quotes))
FROM merged m
JOIN people p USING (person_id)
JOIN companies co USING (company_id);
