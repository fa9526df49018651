// {{LABEL}} is Country, Person, Organization or Place, from the fixed list in code.
UNWIND $rows AS row
MERGE (n:Entity {id: row.id})
SET n:{{LABEL}}, n.type = row.type, n.name = row.name, n.nameAr = row.nameAr, n.code = row.code,
    n.countryCode = row.countryCode, n.role = coalesce(n.role, row.role), n.known = row.known,
    n.aliases = reduce(acc = coalesce(n.aliases, []), x IN row.aliases | CASE WHEN x IN acc THEN acc ELSE acc + x END)
