// Export script: Event, EventReport and Article nodes ({{LABEL}} from the fixed list in code).
UNWIND $rows AS row
MERGE (n:{{LABEL}} {id: row.id})
SET n += row.props
