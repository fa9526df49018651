MATCH (ev:Event {id: $id})
OPTIONAL MATCH (p:Entity)-[:PARTICIPATED_IN]->(ev)
WITH ev, collect(p.id) AS participants
OPTIONAL MATCH (ev)-[:HELD_IN]->(pl:Entity)
RETURN ev { .* } AS event, participants, pl.id AS place
