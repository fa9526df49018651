// Export script: entity nodes. {{LABEL}} is an entity label from the fixed list in code; the script
// writes the rows as a literal list in place of $rows.
UNWIND $rows AS row
MERGE (n:Entity {id: row.id})
SET n:{{LABEL}}
SET n += row.props
