-- Quizzes owned by a class: a teacher creates them with the class's teacher key (POST /v1/quizzes),
-- and only that key or the editor token may change, delete or read them with their keys; only that
-- class may assign them. NULL: an editor's quiz (every row saved before this migration).
--
-- An id belongs to one owner for good: every version row of an id carries the same owner, a
-- deleted quiz's id can be created again only by its owner, and deleting a class stamps its
-- quizzes deleted (the rows stay, like every deleted quiz's). No foreign key: the rows outlive
-- their class.

ALTER TABLE authored_quizzes ADD COLUMN owner_class_id TEXT;
CREATE INDEX authored_quizzes_by_owner ON authored_quizzes (owner_class_id) WHERE owner_class_id IS NOT NULL;
