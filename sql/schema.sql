-- The embedded store's schema, version 3 (PRAGMA user_version). A later version adds a migration in
-- database.ts; this file is the schema a new database starts with.

-- Articles as stored, text included (reindex re-reads it). facts_hash tells an unchanged re-ingest
-- (same text, same facts) from one the current rules extract differently.
CREATE TABLE articles (
  rowid INTEGER PRIMARY KEY,
  id TEXT NOT NULL UNIQUE,
  file TEXT NOT NULL,
  url TEXT,
  source TEXT,
  published TEXT,
  title TEXT,
  language TEXT NOT NULL,
  hash TEXT NOT NULL,
  facts_hash TEXT NOT NULL,
  text TEXT NOT NULL,
  ingested_at TEXT NOT NULL,
  -- Near-duplicate group (src/store/resolve/near-duplicates.ts): the id of the article whose story
  -- this one copies, or its own id; minhash is its MinHash signature (uint32 little-endian).
  dup_group TEXT,
  minhash BLOB
);
-- A page of articles, newest first (NULL dates last), read off the index with LIMIT.
CREATE INDEX articles_newest ON articles (published DESC, id);

-- The MinHash bands of each article's signature: a new article is compared only with those sharing a band.
-- Ingest writes thirty rows per article, so no foreign key and no second index: an article's rows are
-- deleted by their keys (its bands, from its minhash) before the article goes (duplicate-finder.ts).
CREATE TABLE article_bands (
  band INTEGER NOT NULL,
  article INTEGER NOT NULL,
  PRIMARY KEY (band, article)
) WITHOUT ROWID;

-- One row per entity any stored article mentions; the scalar fields are the first article's, the
-- aliases are the union of every article's forms (entity_forms). Gone when no article mentions it.
CREATE TABLE entities (
  rowid INTEGER PRIMARY KEY,
  id TEXT NOT NULL UNIQUE,
  type TEXT NOT NULL,
  name TEXT NOT NULL,
  name_ar TEXT,
  code TEXT,
  country_code TEXT,
  role TEXT,
  known INTEGER NOT NULL,
  state INTEGER,
  mentions INTEGER NOT NULL DEFAULT 0
);

-- Surface forms (aliases and Arabic names) with the number of articles that use each, so a retract
-- removes only the forms no other article still gives.
CREATE TABLE entity_forms (
  rowid INTEGER PRIMARY KEY,
  entity INTEGER NOT NULL REFERENCES entities (rowid) ON DELETE CASCADE,
  form TEXT NOT NULL,
  articles INTEGER NOT NULL,
  UNIQUE (entity, form)
);

-- Name search: every form of an entity, normalised as the extractor matches names (phraseKey), one
-- row per entity (rowid = entities.rowid); every query word is matched as a prefix.
CREATE VIRTUAL TABLE entity_search USING fts5 (forms, tokenize = 'unicode61 remove_diacritics 2');

-- The MENTIONS relationships, ordered for "articles mentioning X, newest first" (published '' when
-- unknown). forms: the JSON list of forms this article gave the entity, when it gave any.
CREATE TABLE mentions (
  entity INTEGER NOT NULL REFERENCES entities (rowid),
  published TEXT NOT NULL,
  article TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
  forms TEXT,
  PRIMARY KEY (entity, published DESC, article)
) WITHOUT ROWID;
CREATE INDEX mentions_of_article ON mentions (article);

-- One row per article's report of a meeting or exercise; event is the resolved event it belongs to
-- (src/store/resolve/events.ts: the id of its first report), shared by the reports of one event.
CREATE TABLE events (
  rowid INTEGER PRIMARY KEY,
  id TEXT NOT NULL UNIQUE,
  article INTEGER NOT NULL REFERENCES articles (rowid) ON DELETE CASCADE,
  kind TEXT NOT NULL,
  date TEXT,
  precision TEXT,
  status TEXT NOT NULL,
  place TEXT,
  event TEXT
);
CREATE INDEX events_of_article ON events (article);
CREATE INDEX events_by_event ON events (event);

CREATE TABLE event_participants (
  event INTEGER NOT NULL REFERENCES events (rowid) ON DELETE CASCADE,
  position INTEGER NOT NULL,
  entity TEXT NOT NULL,
  PRIMARY KEY (event, position)
) WITHOUT ROWID;
-- The reports a participant is in: where resolution looks for the event a new report belongs to.
CREATE INDEX event_participants_by_entity ON event_participants (entity);

-- One row per resolved fact (predicate, subject, object, date; date '' when undated): the reports of
-- one triple whose dates are compatible, dated at the most precise (src/store/resolve/fact-dates.ts),
-- with what its sources add up to: the firmest status, the number of supporting articles, the
-- independent sources (distinct stories by distinct outlets), the best confidence. Questions page
-- these rows straight off an index: by either end, by predicate, newest first. The indexes by
-- either end also hold every other column a fact read returns (covering), so a page of a person's
-- or a hub's facts is one index range, not a table row per fact (version 3).
CREATE TABLE facts (
  rowid INTEGER PRIMARY KEY,
  predicate TEXT NOT NULL,
  subject TEXT NOT NULL,
  object TEXT NOT NULL,
  date TEXT NOT NULL,
  precision TEXT,
  status TEXT NOT NULL,
  sources INTEGER NOT NULL,
  confidence REAL NOT NULL,
  independent INTEGER NOT NULL DEFAULT 1
);
CREATE UNIQUE INDEX facts_by_predicate ON facts (predicate, date DESC, subject, object);
CREATE INDEX facts_by_subject ON facts (subject, predicate, date DESC, object, precision, status, sources, independent, confidence);
CREATE INDEX facts_by_object ON facts (object, predicate, date DESC, subject, precision, status, sources, independent, confidence);
-- The facts of one triple, whatever their date: what resolution reads when a report joins or leaves.
CREATE INDEX facts_by_triple ON facts (subject, object, predicate);

-- One article's support for a fact: the provenance every fact relationship carries. evidence is NULL
-- when it is the article text between the offsets (most are), which is read back from the text.
-- date and precision are what the article gave ('' undated), before resolution.
CREATE TABLE fact_sources (
  rowid INTEGER PRIMARY KEY,
  fact INTEGER NOT NULL REFERENCES facts (rowid),
  article INTEGER NOT NULL REFERENCES articles (rowid),
  status TEXT NOT NULL,
  confidence REAL NOT NULL,
  evidence TEXT,
  evidence_start INTEGER NOT NULL,
  evidence_end INTEGER NOT NULL,
  rule TEXT NOT NULL,
  role TEXT,
  event_id TEXT,
  date TEXT NOT NULL DEFAULT '',
  precision TEXT
);
CREATE INDEX fact_sources_of_fact ON fact_sources (fact, article);
CREATE INDEX fact_sources_of_article ON fact_sources (article);

-- Counts kept by the writer in the same transaction as the rows they count (one update per key and
-- transaction, not a trigger per row), so stats and /ready read a few rows at any size.
CREATE TABLE counts (
  name TEXT PRIMARY KEY,
  n INTEGER NOT NULL
) WITHOUT ROWID;
