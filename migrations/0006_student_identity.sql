-- Student identity. A class may have a roster: the teacher pastes the students' names, and each
-- student gets a personal code (8 characters of the join-code alphabet) that opens every assignment
-- of the class under their name. With a roster, attempts count per roster student, so nobody can
-- use up a classmate's attempts or get more by renaming. Without one, a student types a name, and
-- the attempt is bound to the device (a random token the student page keeps; only its SHA-256 is
-- stored), so two students with one name are two students and nobody can lock a classmate out.
--
-- attempts.student_key (0002) says who an attempt counts for: `roster:<student id>`,
-- `device:<device hash>:<folded name>`, or the folded name alone for clients that send no device
-- token (and every attempt stored before this migration).

CREATE TABLE students (
  id TEXT PRIMARY KEY,
  class_id TEXT NOT NULL REFERENCES classes (id) ON DELETE CASCADE,
  name TEXT NOT NULL,
  -- The personal code: a credential the teacher hands out; unique across classes.
  code TEXT NOT NULL UNIQUE,
  -- The order the teacher pasted the names in.
  position INTEGER NOT NULL,
  created_at TEXT NOT NULL
);
CREATE INDEX students_by_class ON students (class_id, position);

-- The roster student of an attempt (NULL without a roster). No foreign key: a student removed from
-- the roster keeps their attempts, under the name they had.
ALTER TABLE attempts ADD COLUMN student_id TEXT;
-- SHA-256 (hex) of the device token a free-name attempt was sent with; NULL without one.
ALTER TABLE attempts ADD COLUMN device_hash TEXT;
