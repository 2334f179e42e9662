-- The languages an authored quiz can be served in (src/core/localized.ts quizLangs), JSON array,
-- its own language first: the quiz list reads it instead of every quiz body. A quiz has every
-- string in its own language and may translate some, all or none into the other; a translation
-- counts once it is complete. Rows saved before this migration had to have both languages.

ALTER TABLE authored_quizzes ADD COLUMN langs TEXT NOT NULL DEFAULT '["ar","en"]';

-- Their own language first, as quizLangs lists them.
UPDATE authored_quizzes SET langs = '["en","ar"]' WHERE json_extract(quiz, '$.lang') = 'en';
