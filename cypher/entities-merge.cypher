// {{LABEL}} is Country, Person, Organization or Place, from the fixed list in code. Aliases and the
// search keys grow with each article that names the entity; no aliases is no property (as in the
// exports: Neo4j has no null, and an empty list would differ from a graph imported from them).
UNWIND $rows AS row
MERGE (n:Entity {id: row.id})
WITH n, row,
     reduce(acc = coalesce(n.aliases, []), x IN row.aliases | CASE WHEN x IN acc THEN acc ELSE acc + x END) AS aliases,
     reduce(acc = coalesce(n.searchKeys, []), x IN row.searchKeys | CASE WHEN x IN acc THEN acc ELSE acc + x END) AS searchKeys
SET n:{{LABEL}}, n.type = row.type, n.name = row.name, n.nameAr = row.nameAr, n.code = row.code,
    n.countryCode = row.countryCode, n.role = coalesce(n.role, row.role), n.known = row.known,
    n.aliases = CASE WHEN size(aliases) = 0 THEN null ELSE aliases END, n.searchKeys = searchKeys
