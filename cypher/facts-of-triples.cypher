// Fact resolution: every relationship of one type between the given ends, with the date its article
// gave (reportedDate), the date and key it is stored under now and its article (the kept fact counts
// move by these, fact-counts.ts). {{REL}} is a fact type from the fixed list.
UNWIND $pairs AS pair
MATCH (s:Entity {id: pair.subject})-[r:{{REL}}]->(o:Entity {id: pair.object})
RETURN pair.subject AS subject, pair.object AS object, elementId(r) AS rid, r.reportedDate AS reported, r.date AS date, r.key AS key, r.articleId AS articleId
