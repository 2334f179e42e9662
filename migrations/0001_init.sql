-- Placeholder so the migrations folder exists; the classroom schema follows in 0002.
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
