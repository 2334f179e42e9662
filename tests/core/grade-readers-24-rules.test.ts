import { describe, expect, it } from 'vitest'
import { gradeQuestion } from '../../src/core/grade.ts'
import { READERS_21_QUIZZES } from './grade-readers-21-articles.ts'
import { frozenQuizzes } from './reader-answer-table.ts'

/**
 * The twenty-fourth set's rules (docs/grading.md), each beside its wrong neighbours: Arabic in a scholar's romanization
 * (ALA-LC, IJMES: `ṣaḥīḥ`, `khaṭaʾ`, `tisʿūn daqīqa`, `15 fī l-miʾa`, `2 Aghusṭus 2025`) and its plain ASCII (`sahih`,
 * `khata'`, `tis'un daqiqa`) read as the Arabic it spells; a spelling two words share in ASCII (`alfan`, `sa'atan`) read
 * only in an answer in the library's letters; the quote's «مسافر» as a traveller or a passenger; a figure's unit
 * glossed in brackets in the other language (`320 يورو (euros)`); `min`, `aw`, `lā` only beside another word read; in an English quiz, only an
 * answer with a scholar's letter or a word no English reader types (`khata'`, `Sibtambir`); ʿ and ʾ in a Latin name; a
 * name glossed in brackets in the other script.
 */
const quizOf = frozenQuizzes(READERS_21_QUIZZES)
const MARHABA = 'marhaba-tanger-med-ar'
const MONTREAL = 'weekend-school-montreal-en'

const ROWS: [article: string, id: string, answer: string, right: boolean][] = [
  // verdicts in the library's letters and in ASCII, for a true and a false statement
  [MARHABA, 'true-time-1-day', 'ṣaḥīḥ', true],
  [MARHABA, 'true-time-1-day', 'sahih', true],
  [MARHABA, 'true-time-1-day', 'naʿam', true],
  [MARHABA, 'true-time-1-day', 'khaṭaʾ', false],
  [MARHABA, 'true-time-1-day', 'ghayr ṣaḥīḥ', false],
  [MARHABA, 'true-time-1-day', 'laysa ṣaḥīḥan', false],
  [MARHABA, 'true-time-1-day', 'ṣaḥīḥ aw khaṭaʾ', false],
  [MARHABA, 'true-time-1-day', 'lā aʿrif', false],
  [MARHABA, 'true-time-1-day', "la a'rif", false],
  [MARHABA, 'false-time-90', "khata'", true],
  [MARHABA, 'false-time-90', 'khata', true],
  [MARHABA, 'false-time-90', 'lā', true],
  [MARHABA, 'false-time-90', 'laysa khaṭaʾ', false],
  [MARHABA, 'false-time-90', "la a'rif", false],
  [MARHABA, 'false-time-90', 'lā adrī', false],
  [MARHABA, 'false-time-90', 'lā, khaṭaʾ', true],
  [MARHABA, 'false-time-90', 'sahih', false],
  // a reason in romanized words is checked as an Arabic one
  [MARHABA, 'false-time-90', 'khaṭaʾ, tisʿūn daqīqa', true],
  [MARHABA, 'false-time-90', 'khaṭaʾ, sittūn daqīqa', true],
  [MARHABA, 'false-time-90', 'khaṭaʾ, sabʿūn daqīqa', false],
  [MARHABA, 'false-time-90', "khata', tis'un sa'a", false],
  // figures, units and counted things
  [MARHABA, 'time-90-minute', 'tisʿūn daqīqa', true],
  [MARHABA, 'time-90-minute', "tis'un daqiqa", true],
  [MARHABA, 'time-90-minute', 'tisʿ daqāʾiq', false],
  [MARHABA, 'time-90-minute', 'tisʿūn sāʿa', false],
  [MARHABA, 'time-90-minute', 'sāʿa wa-niṣf', true],
  [MARHABA, 'time-90-minute', 'sāʿa wa-rubʿ', false],
  [MARHABA, 'count-12', 'ithnatā ʿashrata bākhira', true],
  [MARHABA, 'count-12', 'ithnā ʿashar', true],
  [MARHABA, 'count-12', 'iḥdā ʿashrata bākhira', false],
  [MARHABA, 'count-12', 'ithnatā ʿashrata sayyāra', false],
  [MARHABA, 'money-320', 'thalāthumiʾa wa-ʿishrūn yūrū', true],
  [MARHABA, 'money-320', 'thalāthumiʾa wa-ʿishrūn dirham', false],
  [MARHABA, 'money-320', 'arbaʿumiʾa wa-ʿishrūn yūrū', false],
  [MARHABA, 'people-3200000', 'thalātha malāyīn wa-miʾatā alf', true],
  [MARHABA, 'people-3200000', 'thalātha malāyīn wa-miʾatā alf shakhṣ', true],
  [MARHABA, 'people-3200000', 'thalātha malāyīn wa-thalāthumiʾa alf', false],
  [MARHABA, 'people-3200000', 'thalātha milyārāt', false],
  // the article and the particles before a word: al-, l- after fī, bi-, bil-, bi-l-, a sun letter's as-
  [MARHABA, 'percent-15', '15 fī l-miʾa', true],
  [MARHABA, 'percent-15', '15 bil-miʾa', true],
  [MARHABA, 'percent-15', 'khamsata ʿashara bi-l-miʾa', true],
  [MARHABA, 'percent-15', '15 fī l-alf', false],
  [MARHABA, 'percent-15', 'khamsa wa-ʿishrūn fī l-miʾa', false],
  [MARHABA, 'date-20250802', 'as-sabt 2 Aghusṭus 2025', true],
  [MARHABA, 'date-20250802', 'al-sabt 2 Aghustus 2025', true],
  [MARHABA, 'date-20250802', 'as-sabt 2 Sibtambir 2025', false],
  [MARHABA, 'date-20250802', 'baʿd 2 Aghusṭus 2025', false],
  [MARHABA, 'date-20250802', 'qabl al-sabt 2 Aghustus 2025', false],
  // a spelling two words share in ASCII is read only in an answer in the library's letters: alfan (a thousand, its
  // accusative) and alfān (two thousand); sāʿatan (an hour) and sāʿatān (two hours)
  [MARHABA, 'count-48000', 'thamāniyata wa-arbaʿīna alfan', true],
  [MARHABA, 'count-48000', 'thamāniya wa-arbaʿūn alfān', false],
  [MARHABA, 'count-48000', "thamaniya wa arba'un alfan", false],
  [MARHABA, 'time-90-minute', 'sāʿatān', false],
  [MARHABA, 'time-90-minute', "sa'atan", false],
  [MARHABA, 'time-90-minute', 'sāʿatan wa-niṣf', true],
  // a final ʾ or ʿ left out only from a word of more than four letters (`khata`; `sab`, `tis`, `rub` are not read)
  [MARHABA, 'time-90-minute', 'sāʿa wa rub', false],
  [MARHABA, 'count-12', 'sab bawakhir', false],
  // `min`, `aw`, `lā` only beside another romanized word: `90 min` stays minutes
  [MARHABA, 'time-90-minute', '90 min', true],
  [MONTREAL, 'score-15', 'khamsata ʿashar min ʿishrīn', true],
  [MONTREAL, 'score-15', 'khamsata ʿashar min thalāthīn', false],
  [MONTREAL, 'score-15', 'sittata ʿashar min ʿishrīn', false],
  // Arabizi keeps its digits: `sab3a` is read by arabizi.ts, not split into a romanized `sab`
  [MARHABA, 'count-12', 'tna3sh', false],
  // in an English quiz: only with a scholar's letter or a word no English reader types
  [MONTREAL, 'false-time-4', "khata'", true],
  [MONTREAL, 'false-time-4', 'khaṭaʾ, arbaʿ sāʿāt', true],
  [MONTREAL, 'false-time-4', 'khaṭaʾ, khams sāʿāt', false],
  [MONTREAL, 'false-time-4', 'ṣaḥīḥ', false],
  [MONTREAL, 'false-time-4', 'la', false],
  [MONTREAL, 'time-4-hour', 'arbaʿ sāʿāt', true],
  [MONTREAL, 'time-4-hour', 'arbaʿ daqāʾiq', false],
  [MONTREAL, 'time-4-hour', 'arbaʿūn sāʿa', false],
  [MONTREAL, 'date-20260900', 'Sibtambir 2026', true],
  [MONTREAL, 'date-20260900', 'Sibtambir 2025', false],
  [MONTREAL, 'date-20260900', 'Uktubar 2026', false],
  [MONTREAL, 'count-35', 'khamsa wa-thalāthūn', true],
  [MONTREAL, 'count-35', 'khamsa wa-thalāthūn ṭālib', false],
  [MONTREAL, 'count-35', 'khamsa wa-arbaʿūn', false],
  // a figure's unit glossed in brackets in the other language: the same unit as the figure's, or a bare figure's key's
  [MARHABA, 'money-320', '320 يورو (euros)', true],
  [MARHABA, 'money-320', '€320 (yūrū)', true],
  [MARHABA, 'money-320', '320 يورو (dollars)', false],
  [MARHABA, 'money-320', '320 دولار (euros)', false],
  [MARHABA, 'money-320', '320 يورو (dirhams)', false],
  [MARHABA, 'time-90-minute', '90 دقيقة (minutes)', true],
  [MARHABA, 'time-90-minute', '90 (minutes)', true],
  [MARHABA, 'time-90-minute', '1.5 hours (ساعة)', true],
  [MARHABA, 'time-90-minute', '90 دقيقة (hours)', false],
  [MARHABA, 'time-90-minute', '90 (hours)', false],
  [MARHABA, 'time-90-minute', '90 minutes (ساعة)', false],
  [MARHABA, 'time-90-minute', '1.5 hours (دقيقة)', false],
  [MARHABA, 'percent-15', '15 (euros)', false],
  [MONTREAL, 'time-4-hour', '4 hours (ساعات)', true],
  [MONTREAL, 'time-4-hour', '٤ ساعات (minutes)', false],
  [MONTREAL, 'time-4-hour', '4 hours (أيام)', false],
  // the quote's «مسافر» in English and French: a traveller, a passenger
  [MARHABA, 'count-48000', '48 thousand passengers', true],
  [MARHABA, 'count-48000', '48 ألف travellers', true],
  [MARHABA, 'count-48000', '48 000 voyageurs', true],
  [MARHABA, 'count-48000', '48 thousand cars', false],
  [MARHABA, 'count-48000', '48 thousand passengers a week', false],
  [MARHABA, 'count-48000', '84 thousand passengers', false],
  [MARHABA, 'count-12', '12 passengers', false],
  // ʿ and ʾ in a Latin name are written as nothing
  [MARHABA, 'where-1', 'al-Jazīra al-Khaḍrāʾ', true],
  [MARHABA, 'where-1', 'al-Khaḍrāʾ', false],
  [MARHABA, 'where-1', 'al-Jazīra', false],
  [MARHABA, 'who-1', 'Saʿīd al-Wazzānī', false],
  // a name glossed in brackets in the other script: both must name the person
  [MARHABA, 'who-1', 'Rashid al-Wazzani (رشيد الوزاني)', true],
  [MARHABA, 'who-1', 'رشيد الوزاني (Rashid al-Wazzani)', true],
  [MARHABA, 'who-1', 'Rashid al-Wazzani (سعيد الوزاني)', false],
  [MARHABA, 'who-1', 'رشيد الوزاني (Tanger)', false],
  [MARHABA, 'who-1', 'Rashid al-Wazzani (Rachida)', false],
  [MARHABA, 'where-1', 'الجزيرة الخضراء (Algeciras)', true],
  [MARHABA, 'where-1', 'Algeciras (طنجة)', false],
  [MONTREAL, 'who-1', 'Nadia Haddad (نادية حداد)', true],
  [MONTREAL, 'who-1', 'Nadia Haddad (نادين حداد)', false],
  [MONTREAL, 'who-1', 'Mr Haddad (نادية حداد)', false],
  [MONTREAL, 'where-1', 'Laval (لافال)', true],
  [MONTREAL, 'where-1', 'Laval (مونتريال)', false],
]

describe('the twenty-fourth set’s rules, each beside its wrong neighbours', () => {
  it.each(ROWS)('%s %s: %j is right: %s', (article, id, answer, right) => {
    const quiz = quizOf(article)
    const question = quiz.questions.find((q) => q.id === id)
    expect(question, id).toBeDefined()
    expect(gradeQuestion(question!, answer, quiz.questions).correct).toBe(right)
  })
})
