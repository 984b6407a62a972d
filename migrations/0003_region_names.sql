-- healthfeed schema v3: every name a region filter may use.

-- The names of the rows of `regions`, one per (name, code), for resolving
-- `query --region NAME`: full and short Chinese names, English/pinyin names and the
-- gazetteer's aliases. Keys are normalised (traditional folded to simplified, Latin in
-- lower case); an ambiguous name (suzhou: 320500 and 341300) has several rows. Filled
-- from the gazetteer together with `regions` (see `meta` key `gazetteer_sha256`).
CREATE TABLE region_names (
    name TEXT NOT NULL,
    code TEXT NOT NULL,
    PRIMARY KEY (name, code)
) WITHOUT ROWID;
INSERT OR IGNORE INTO region_names (name, code)
    SELECT name, code FROM regions
    UNION SELECT short_name, code FROM regions WHERE short_name <> ''
    UNION SELECT lower(name_en), code FROM regions WHERE name_en <> '';
