// Event resolution: every report of the given resolved events.
UNWIND $events AS event
MATCH (r:EventReport {event: event})
RETURN r { .* } AS report
