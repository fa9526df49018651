UNWIND $rows AS row
MATCH (p:Place {id: row.place})
MERGE (c:Entity {id: row.country})
SET c:Country
MERGE (p)-[:LOCATED_IN]->(c)
