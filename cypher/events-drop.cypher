// Resolved events about to be formed again from their reports.
UNWIND $ids AS id
MATCH (ev:Event {id: id})
DETACH DELETE ev
