// Before an article is written again or retracted: its bands, and the band nodes no other article has.
MATCH (:Article {id: $articleId})-[h:HAS_BAND]->(b:MinHashBand)
WITH h, b, COUNT { (b)<-[:HAS_BAND]-() } AS holders
DELETE h
WITH b, holders
WHERE holders = 1
DELETE b
