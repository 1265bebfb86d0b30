-- The curated part of the public schema (docs/schema.md). Rebuilt from data/ by `astropol build` in one transaction.
CREATE TABLE source (
  id VARCHAR PRIMARY KEY, kind VARCHAR, title VARCHAR NOT NULL, authors VARCHAR, publisher VARCHAR,
  date VARCHAR, url VARCHAR, doi VARCHAR, accessed VARCHAR, document VARCHAR, file VARCHAR, line INTEGER);
CREATE TABLE entity (
  id VARCHAR PRIMARY KEY, type VARCHAR NOT NULL, kind VARCHAR NOT NULL, name VARCHAR, country VARCHAR,
  valid_from VARCHAR, valid_until VARCHAR, from_day DATE, until_day DATE,
  iso2 VARCHAR, region VARCHAR, subregion VARCHAR, symbol VARCHAR, summary VARCHAR,
  file VARCHAR, line INTEGER);
CREATE TABLE entity_attribute (entity_id VARCHAR NOT NULL, key VARCHAR NOT NULL, value VARCHAR);
CREATE TABLE entity_name (entity_id VARCHAR NOT NULL, name VARCHAR NOT NULL, lang VARCHAR, name_kind VARCHAR NOT NULL, ordinal INTEGER NOT NULL);
CREATE TABLE event_participant (event_id VARCHAR NOT NULL, participant VARCHAR NOT NULL, ordinal INTEGER NOT NULL);
CREATE TABLE event_capability (event_id VARCHAR NOT NULL, capability VARCHAR NOT NULL);
CREATE TABLE property (id VARCHAR PRIMARY KEY, value_type VARCHAR NOT NULL, units VARCHAR, subjects VARCHAR, label VARCHAR);
CREATE TABLE statement (
  id VARCHAR PRIMARY KEY, subject VARCHAR NOT NULL, property VARCHAR NOT NULL, value_type VARCHAR NOT NULL,
  value_text VARCHAR, value_number DECIMAL(38, 6), value_max DECIMAL(38, 6), value_entity VARCHAR, value_date VARCHAR,
  unit VARCHAR, currency VARCHAR, ref_year INTEGER,
  valid_from VARCHAR, valid_until VARCHAR, from_day DATE, until_day DATE,
  status VARCHAR NOT NULL, note VARCHAR, file VARCHAR, line INTEGER);
-- Every record (entity, statement, relationship) cites one or more sources.
CREATE TABLE citation (record_id VARCHAR NOT NULL, record_kind VARCHAR NOT NULL, ordinal INTEGER NOT NULL,
  source_id VARCHAR NOT NULL, locator_kind VARCHAR NOT NULL, locator VARCHAR);
CREATE TABLE membership (id VARCHAR PRIMARY KEY, member VARCHAR NOT NULL, group_id VARCHAR NOT NULL, role VARCHAR,
  agent_for VARCHAR, stage VARCHAR NOT NULL, status VARCHAR NOT NULL, since VARCHAR, "until" VARCHAR, since_day DATE, until_day DATE, file VARCHAR, line INTEGER);
CREATE TABLE party_action (id VARCHAR PRIMARY KEY, party VARCHAR NOT NULL, instrument VARCHAR NOT NULL,
  action VARCHAR NOT NULL, date VARCHAR NOT NULL, day DATE, file VARCHAR, line INTEGER);
CREATE TABLE partnership (id VARCHAR PRIMARY KEY, kind VARCHAR, label VARCHAR, instrument VARCHAR,
  since VARCHAR, "until" VARCHAR, since_day DATE, until_day DATE, file VARCHAR, line INTEGER);
CREATE TABLE partnership_party (partnership_id VARCHAR NOT NULL, party VARCHAR NOT NULL, ordinal INTEGER NOT NULL);
CREATE TABLE affiliation (id VARCHAR PRIMARY KEY, person VARCHAR NOT NULL, organisation VARCHAR NOT NULL, role VARCHAR,
  since VARCHAR, "until" VARCHAR, since_day DATE, until_day DATE, file VARCHAR, line INTEGER);
CREATE TABLE parent_link (id VARCHAR PRIMARY KEY, child VARCHAR NOT NULL, parent VARCHAR NOT NULL, relation VARCHAR,
  since VARCHAR, "until" VARCHAR, since_day DATE, until_day DATE, file VARCHAR, line INTEGER);
CREATE TABLE build_info (key VARCHAR PRIMARY KEY, value VARCHAR);

-- Convenience views for analysts.
CREATE VIEW statement_cited AS
  SELECT s.*, c.source_id, src.title AS source_title, c.locator_kind, c.locator
  FROM statement s JOIN citation c ON c.record_id = s.id JOIN source src ON src.id = c.source_id;
CREATE VIEW member_state AS
  SELECT m.group_id, m.member, e.name AS member_name, m.role, m.since, m."until", m.since_day, m.until_day
  FROM membership m JOIN entity e ON e.id = m.member WHERE e.type = 'state';
CREATE VIEW state AS SELECT id, name, iso2, region, subregion, kind, valid_from, valid_until FROM entity WHERE type = 'state';
