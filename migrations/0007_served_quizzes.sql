-- What readers are served of a public authored quiz (src/worker/served-quiz-record.ts): its body,
-- ETag and language for every language asked for, and its embed titles, as JSON. The app writes a
-- quiz's record when it serves the quiz; the front Worker answers a reader's first requests from it
-- without the app.
--
-- One row per quiz, the last written. It is read only while `version` is the quiz's current, live
-- version and `build` the reading Worker's (a hash of its code): a new version, a delete, a class's
-- delete or a deploy makes it unread until the app serves the quiz again, so nothing else keeps it
-- in step. No foreign key: a row outlives its quiz, unread, as deleted quizzes' rows do.

CREATE TABLE served_quizzes (
  quiz_id TEXT PRIMARY KEY,
  version INTEGER NOT NULL,
  build TEXT NOT NULL,
  record TEXT NOT NULL
);
