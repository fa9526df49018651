CALL () { MATCH (a:Article) RETURN count(a) AS articles }
CALL () { MATCH (e:Entity) RETURN collect({type: e.type, n: 1}) AS entityRows }
CALL () { MATCH (ev:Event) RETURN count(ev) AS events }
CALL () { MATCH ()-[r]->() WHERE type(r) IN $types RETURN collect(DISTINCT {predicate: type(r), key: r.key}) AS factKeys }
RETURN articles, entityRows, events, factKeys
