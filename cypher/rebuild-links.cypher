// Export script: MENTIONS, PARTICIPATED_IN, HELD_IN and LOCATED_IN ({{FROM}}, {{REL}}, {{TO}} from the fixed lists in code).
UNWIND $rows AS row
MATCH (s:{{FROM}} {id: row.source})
MATCH (o:{{TO}} {id: row.target})
MERGE (s)-[:{{REL}}]->(o)
