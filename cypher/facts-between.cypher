// The fact relationships between consecutive entities of some paths ($pairs: {a, b}), in one read:
// each edge of a path is then chosen in code, as a question between its two ends would choose it.
// {{RELS}} is the fact types, from the fixed list in code.
UNWIND $pairs AS pair
MATCH (a:Entity {id: pair.a})-[r:{{RELS}}]-(b:Entity {id: pair.b})
RETURN r { .*, predicate: type(r), subject: startNode(r).id, object: endNode(r).id } AS source
