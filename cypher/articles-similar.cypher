// Near-duplicates: the stored articles sharing a MinHash band with a new one (the newest few per band,
// so a band every article shares costs no more), with their signature and duplicate group; the
// comparison itself is made in code (src/store/resolve/near-duplicates.ts).
UNWIND $bands AS band
CALL (band) {
  MATCH (:MinHashBand {key: band})<-[:HAS_BAND]-(a:Article)
  RETURN a ORDER BY a.ingestedAt DESC, a.id DESC LIMIT $perBand
}
RETURN DISTINCT a.id AS id, a.duplicateGroup AS duplicateGroup, a.minhash AS minhash
