// Distinct facts (keys) of one type between the given ends. A key names its subject and object, so
// every relationship of a key lies between one pair: counting the pairs a write touched before and
// after it gives the change of the whole count. {{REL}} is a fact type from the fixed list in code.
UNWIND $pairs AS p
MATCH (s:Entity {id: p.subject})-[r:{{REL}}]->(o:Entity {id: p.object})
RETURN count(DISTINCT r.key) AS n
