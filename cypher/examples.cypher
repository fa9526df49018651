// The README's questions as Cypher to paste into Neo4j Browser (one statement at a time).
// A fact is one relationship per supporting article: group by key to count sources.

// Who visited North Korea, between dates?
MATCH (p:Person)-[v:VISITED]->(c:Country {code: 'KP'})
WHERE v.date >= '2025' OR v.date IS NULL
RETURN p.name AS visitor, v.date AS date, v.status AS status, count(v) AS sourceCount, collect(v.evidence) AS evidence
ORDER BY date DESC;

// Where did Lavrov travel?
MATCH (p:Person {id: 'person:sergey-lavrov'})-[v:VISITED]->(dest:Entity)
RETURN dest.name AS destination, v.date AS date, v.status AS status, count(v) AS sourceCount
ORDER BY date;

// Whom did Kim Jong Un meet, when, by which sources?
MATCH (p:Person {id: 'person:kim-jong-un'})-[m:MET]-(other:Person)
MATCH (a:Article {id: m.articleId})
RETURN other.name AS met, m.date AS date, m.status AS status, collect(a.source) AS outlets, collect(m.evidence) AS evidence;

// Meetings between the officials of Russia and North Korea
MATCH (a:Person)-[:OFFICIAL_OF]->(:Country {code: 'RU'})
MATCH (b:Person)-[:OFFICIAL_OF]->(:Country {code: 'KP'})
MATCH (a)-[m:MET]-(b)
RETURN DISTINCT a.name AS russian, b.name AS northKorean, m.date AS date, m.status AS status;

// Which countries deployed troops to Russia, or supplied arms to it, and Russia to whom?
MATCH (src:Country)-[r:DEPLOYED_TROOPS_TO|SUPPLIED_ARMS_TO]->(dst:Country)
WHERE src.code = 'RU' OR dst.code = 'RU'
RETURN src.name AS from, type(r) AS relation, dst.name AS to, r.status AS status, count(r) AS sourceCount;

// Which countries exercised with Japan, in which exercises?
MATCH (jp:Country {code: 'JP'})-[x:JOINT_EXERCISE]-(other:Country)
OPTIONAL MATCH (ev:Event {id: x.eventId})
RETURN other.name AS partner, x.date AS date, x.status AS status, ev.kind AS exercise;

// Who are the officials of South Korea, in which roles?
MATCH (p:Person)-[o:OFFICIAL_OF]->(:Country {code: 'KR'})
RETURN p.name AS official, o.role AS role, count(o) AS sourceCount;

// Everything linking Russia and North Korea, directly or through their officials
MATCH (ru:Country {code: 'RU'}), (kp:Country {code: 'KP'})
OPTIONAL MATCH (pr:Person)-[:OFFICIAL_OF]->(ru)
OPTIONAL MATCH (pk:Person)-[:OFFICIAL_OF]->(kp)
WITH ru, kp, collect(DISTINCT pr) + [ru] AS sideA, collect(DISTINCT pk) + [kp] AS sideB
UNWIND sideA AS x
UNWIND sideB AS y
MATCH (x)-[r:VISITED|MET|DEPLOYED_TROOPS_TO|SUPPLIED_ARMS_TO|JOINT_EXERCISE]-(y)
RETURN x.name AS a, type(r) AS relation, y.name AS b, r.date AS date, r.status AS status;

// Shortest connection paths between two entities, up to 4 hops
MATCH (a:Entity {id: 'person:dan-caine'}), (b:Entity {id: 'person:charles-q-brown'})
MATCH p = allShortestPaths((a)-[:VISITED|MET|DEPLOYED_TROOPS_TO|SUPPLIED_ARMS_TO|JOINT_EXERCISE|OFFICIAL_OF*..4]-(b))
RETURN p LIMIT 10;

// The neighbourhood of Lavrov, depth 2, to draw
MATCH p = (n:Entity {id: 'person:sergey-lavrov'})-[:VISITED|MET|OFFICIAL_OF*1..2]-(m:Entity)
RETURN p LIMIT 200;

// A timeline of Shoigu's facts
MATCH (s:Person {id: 'person:sergei-shoigu'})-[r]-(other:Entity)
WHERE type(r) IN ['VISITED', 'MET', 'OFFICIAL_OF']
RETURN r.date AS date, type(r) AS relation, other.name AS with, r.status AS status
ORDER BY date;

// Search by name in Arabic or English (the arabic full-text index)
CALL db.index.fulltext.queryNodes('entity_names', 'لافروف') YIELD node, score
RETURN node.id AS id, node.name AS name, score LIMIT 10;

// Articles and what each contributed
MATCH (a:Article)
OPTIONAL MATCH ()-[r]->() WHERE r.articleId = a.id
RETURN a.title AS title, a.source AS outlet, a.published AS published, count(r) AS facts
ORDER BY published DESC;
