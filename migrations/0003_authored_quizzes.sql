-- Quizzes written through the editor API (POST/PUT/DELETE /v1/quizzes), stored beside the file
-- quizzes of questions/. Every saved version is kept: attempts record the version they answered
-- (attempts.quiz_version), so the row they were graded against never disappears. The current quiz
-- is the row with the highest version; a delete stamps deleted_at on that row.

CREATE TABLE authored_quizzes (
  id TEXT NOT NULL,
  version INTEGER NOT NULL CHECK (version >= 1),
  -- sha256:<hex> of the canonical article text (src/core/quiz-version.ts).
  article_hash TEXT NOT NULL,
  -- What decides whether a save is a new version: questions, title, … and the article hash.
  fingerprint TEXT NOT NULL,
  -- The quiz file as validated by the content checks, JSON.
  quiz TEXT NOT NULL,
  article_text TEXT NOT NULL,
  -- Ids of questions whose evidence paragraph changed under them and await review, JSON array.
  stale TEXT NOT NULL DEFAULT '[]',
  created_at TEXT NOT NULL,
  deleted_at TEXT,
  PRIMARY KEY (id, version)
);
