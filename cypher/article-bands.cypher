// Near-duplicates: an article's MinHash bands (each once), one node per band key shared by the
// articles that have it. The article has no bands left (new, or cleared in the same transaction).
UNWIND $rows AS row
MATCH (a:Article {id: row.id})
UNWIND row.bands AS band
MERGE (b:MinHashBand {key: band})
CREATE (a)-[:HAS_BAND]->(b)
