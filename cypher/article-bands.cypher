// Near-duplicates: an article's MinHash bands, one node per band key shared by the articles that have it.
UNWIND $rows AS row
MATCH (a:Article {id: row.id})
UNWIND row.bands AS band
MERGE (b:MinHashBand {key: band})
MERGE (a)-[:HAS_BAND]->(b)
