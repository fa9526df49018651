// Applied at start, idempotently. One uniqueness constraint per label; :Entity is on every entity node.
CREATE CONSTRAINT entity_id IF NOT EXISTS FOR (n:Entity) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT country_id IF NOT EXISTS FOR (n:Country) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT person_id IF NOT EXISTS FOR (n:Person) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT organization_id IF NOT EXISTS FOR (n:Organization) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT place_id IF NOT EXISTS FOR (n:Place) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT event_id IF NOT EXISTS FOR (n:Event) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT article_id IF NOT EXISTS FOR (n:Article) REQUIRE n.id IS UNIQUE;
CREATE FULLTEXT INDEX entity_names IF NOT EXISTS FOR (n:Country|Person|Organization|Place) ON EACH [n.name, n.nameAr, n.aliases] OPTIONS { indexConfig: { `fulltext.analyzer`: 'arabic' } };
CREATE INDEX visited_article IF NOT EXISTS FOR ()-[r:VISITED]-() ON (r.articleId);
CREATE INDEX met_article IF NOT EXISTS FOR ()-[r:MET]-() ON (r.articleId);
CREATE INDEX deployed_article IF NOT EXISTS FOR ()-[r:DEPLOYED_TROOPS_TO]-() ON (r.articleId);
CREATE INDEX supplied_article IF NOT EXISTS FOR ()-[r:SUPPLIED_ARMS_TO]-() ON (r.articleId);
CREATE INDEX exercise_article IF NOT EXISTS FOR ()-[r:JOINT_EXERCISE]-() ON (r.articleId);
CREATE INDEX official_article IF NOT EXISTS FOR ()-[r:OFFICIAL_OF]-() ON (r.articleId);
CREATE FULLTEXT INDEX entity_search IF NOT EXISTS FOR (n:Entity) ON EACH [n.searchKeys] OPTIONS { indexConfig: { `fulltext.analyzer`: 'standard-no-stop-words' } };
