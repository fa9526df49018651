// The stored hash of each article of a write: unchanged ones are skipped, changed ones cleared first.
UNWIND $ids AS id
MATCH (a:Article {id: id})
RETURN a.id AS id, a.hash AS hash
