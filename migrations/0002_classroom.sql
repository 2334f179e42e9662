-- Classroom: a teacher's class, its assignments of quizzes, and students' attempts.
-- Deleting a class deletes its assignments, and deleting an assignment its attempts (D1 enforces
-- foreign keys). Times are ISO 8601 UTC strings unless the column says otherwise.

CREATE TABLE classes (
  id TEXT PRIMARY KEY,
  name TEXT,
  -- SHA-256 of the teacher key, base64url. The key itself is never stored.
  teacher_key_hash TEXT NOT NULL,
  join_code TEXT NOT NULL UNIQUE,
  created_at TEXT NOT NULL
);
CREATE UNIQUE INDEX classes_by_key_hash ON classes (teacher_key_hash);

CREATE TABLE assignments (
  id TEXT PRIMARY KEY,
  class_id TEXT NOT NULL REFERENCES classes (id) ON DELETE CASCADE,
  code TEXT NOT NULL UNIQUE,
  quiz_id TEXT NOT NULL,
  title TEXT NOT NULL,
  opens_at TEXT,
  due_at TEXT,
  max_attempts INTEGER NOT NULL CHECK (max_attempts BETWEEN 1 AND 20),
  reveal_answers TEXT NOT NULL CHECK (reveal_answers IN ('after-submit', 'after-due', 'never')),
  shuffle INTEGER NOT NULL DEFAULT 0 CHECK (shuffle IN (0, 1)),
  created_at TEXT NOT NULL
);
CREATE INDEX assignments_by_class ON assignments (class_id);

CREATE TABLE attempts (
  id TEXT PRIMARY KEY,
  assignment_id TEXT NOT NULL REFERENCES assignments (id) ON DELETE CASCADE,
  -- The client's Idempotency-Key: a retry finds the stored attempt instead of inserting another.
  idempotency_key TEXT NOT NULL,
  -- SHA-256 of the submitted name and answers: the same key with a different body is a conflict.
  request_hash TEXT NOT NULL,
  student_name TEXT NOT NULL,
  -- The name folded for case and spacing; maxAttempts counts per (assignment, student_key).
  student_key TEXT NOT NULL,
  attempt_number INTEGER NOT NULL CHECK (attempt_number >= 1),
  quiz_id TEXT NOT NULL,
  quiz_version INTEGER NOT NULL,
  lang TEXT NOT NULL,
  -- The answers as submitted, JSON.
  answers TEXT NOT NULL,
  -- Per question, JSON [{ questionId, answered, correct, answer }] with `answer` normalised.
  grades TEXT NOT NULL,
  -- The full graded results (with expected answers) as returned when revealed, JSON.
  results TEXT NOT NULL,
  score REAL NOT NULL,
  max_score REAL NOT NULL,
  started_at TEXT,
  submitted_at TEXT NOT NULL,
  UNIQUE (assignment_id, idempotency_key),
  UNIQUE (assignment_id, student_key, attempt_number)
);

-- Fixed-window request counters for rate limiting: one row per key, the window starts at its first hit.
CREATE TABLE rate_limits (
  key TEXT PRIMARY KEY,
  window_start INTEGER NOT NULL, -- epoch seconds
  reset_at INTEGER NOT NULL, -- epoch seconds
  count INTEGER NOT NULL
);
CREATE INDEX rate_limits_by_reset ON rate_limits (reset_at);
