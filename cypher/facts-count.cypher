// Distinct facts (keys) of one type; {{REL}} is a fact relationship type from the fixed list in code.
MATCH ()-[r:{{REL}}]->()
RETURN count(DISTINCT r.key) AS n
