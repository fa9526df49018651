// An article's reports of meetings and exercises go; returns the resolved events they were part of,
// which resolution forms again from the reports left.
MATCH (r:EventReport {articleId: $articleId})
WITH r, r.event AS event
DETACH DELETE r
RETURN collect(DISTINCT event) AS events
