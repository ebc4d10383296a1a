-- Months that have events (ascending), with how many.
SELECT feed_month AS month, count(*) AS events
FROM events
WHERE feed_month IS NOT NULL
GROUP BY feed_month
ORDER BY feed_month
