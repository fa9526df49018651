// A report (or the resolved event named after it) with every report of its event: merged in code.
MATCH (r:EventReport {id: $id})
MATCH (o:EventReport {event: r.event})
RETURN r.event AS event, collect(o { .* }) AS reports
