// Near-duplicates: the stored articles sharing a MinHash band with a new one, with their signature and
// duplicate group; the comparison itself is made in code (src/store/resolve/near-duplicates.ts).
UNWIND $bands AS band
MATCH (:MinHashBand {key: band})<-[:HAS_BAND]-(a:Article)
RETURN DISTINCT a.id AS id, a.duplicateGroup AS duplicateGroup, a.minhash AS minhash
