import { normalizeText } from './normalize.ts'
import { findNumbers, parseNumber } from './numbers.ts'
import { lookupWord } from './numbers-lexicon.ts'
import { stanceMarks } from './stance-marks.ts'

/**
 * True/false answers written as words, in MSA, the dialects and English: what the grader accepts
 * for a boolean question and what an xAPI statement reports as `true` / `false`.
 *
 * An answer is one verdict (`صح`, `مش صحيح`, `yes`), or several that all say the same thing with
 * words that add nothing (`نعم صحيح`, `هذا صحيح`, `العبارة خاطئة`, `لا، خطأ`, `yes, true`), and may
 * go on after a comma or "because" with a statement that holds no verdict, negation or doubt
 * (`خطأ، تبادلا العناق`, `No, it was signed last year`). Words that disagree (`صح لا`), a negated
 * emphasis (`not sure`, `مش أكيد`) or doubt (`لا أعتقد`) leave the answer unreadable.
 */

const words = (list: readonly string[]) => new Set(list.map(normalizeText))

// Whole verdicts, one or more words.
const TRUE_WORDS = words([
  // aye: yes in Scotland, Ireland and the north of England
  ...['true', 'yes', 'yeah', 'yea', 'yep', 'yup', 'ya', 'aye', 'correct', 'right', 'that s right', 'yes sir', 't'],
  // two letters swapped on a phone keyboard
  ...['ture', 'treu', 'yse', 'corect'],
  // a chat's shortening, as students type in class: tru (true)
  ...['tru'],
  ...['صح', 'صحيح', 'صحيحة', 'نعم', 'صواب', 'بلى', 'اجل', 'يس', 'يب'],
  // the accusative's tanwin written out as its alef, as learners of Arabic write it (صحيحاً)
  ...['صحيحًا'],
  // Egyptian and Gulf أيوه / ايوا, Egyptian آه and إيه, Levantine and Iraqi إي, Levantine and Egyptian مزبوط
  ...['أيوه', 'أيوة', 'ايوا', 'آه', 'إيه', 'إي', 'مزبوط', 'مظبوط', 'مضبوط'],
  // Moroccan واه, and the French Maghrebi readers answer a quiz in (vrai, oui)
  ...['واه', 'vrai', 'oui'],
  // Moroccan بصح (truly: it is so)
  ...['بصح'],
  // Sudanese صاح (right; ما صاح, wrong); Kuwaiti, Bahraini and Qatari صج (صدق, true; مو صج, wrong), also written
  // صچ with the Persian letter Kuwaiti writers give the sound
  ...['صاح', 'صج', 'صچ'],
  // Libyan هيه (yes); Swahili ndio / ndiyo, as Kenyan and Tanzanian readers answer in English
  ...['هيه', 'ndio', 'ndiyo'],
  // Twi aane (yes), as Ghanaian readers answer in English
  ...['aane'],
  // Urdu in Latin letters, as Pakistani readers answer in English: ji, haan, ji haan (yes), sahi (right)
  ...['ji', 'jee', 'haan', 'ji haan', 'jee haan', 'haan ji', 'sahi'],
  // Australian "nah yeah": the last word is the verdict (yes)
  ...['nah yeah'],
])
const FALSE_WORDS = words([
  ...['false', 'no', 'nope', 'nah', 'incorrect', 'wrong', 'untrue', 'no way', 'not at all', 'f'],
  ...['flase', 'fasle', 'fales', 'worng', 'wrnog'],
  // a chat's shortening, its vowels left out: fls (false)
  ...['fls'],
  ...['خطأ', 'خطا', 'خطئ', 'خطء', 'خاطئ', 'خاطئة', 'خاطيء', 'خطاء', 'لا', 'كلا', 'غلط', 'نو'],
  ...['خاطئًا'],
  // Egyptian لأ as phones type it, its hamza on the line (لاء)
  ...['لاء'],
  // Maghrebi غالط (mistaken), and French (faux, non)
  ...['غالط', 'غالطة', 'faux', 'fausse', 'non', 'pas du tout'],
  // Swahili hapana (no)
  ...['hapana'],
  // Twi dabi (no)
  ...['dabi'],
  // Maghrebi ما…ش around the adjective: ماصحيحش, ما صحيحش (not right)
  ...['ماصحيحش', 'ما صحيحش', 'ماشي صحيحة'],
  // Urdu nahi, nahin, ji nahi (no), ghalat, galat (wrong)
  ...['nahi', 'nahin', 'ji nahi', 'ji nahin', 'jee nahi', 'ghalat', 'galat'],
  // Australian "yeah nah": the last word is the verdict (no)
  ...['yeah nah'],
])
// Adjectives a negation turns over: مش صح, ليست صحيحة, not true are false; مش غلط, not false are true.
const TRUE_ADJECTIVES = words([
  'صح',
  'صاح',
  'صج',
  'صچ',
  'sahi',
  'صحيح',
  'صحيحة',
  'صحيحًا',
  'صواب',
  'مزبوط',
  'مظبوط',
  'مضبوط',
  'vrai',
  'true',
  'correct',
  'right',
])
const FALSE_ADJECTIVES = words(['خطأ', 'خطا', 'خاطئ', 'خاطئة', 'خاطئًا', 'غلط', 'غالط', 'faux', 'false', 'wrong', 'incorrect', 'ghalat', 'galat'])
// MSA ليس, Egyptian and Levantine مش, Tunisian موش and ماهوش, ماهيش (ما…ش around the pronoun: ماهوش صحيح), Gulf
// مو، موب، مب, ماهو, مانو, ما, Maghrebi ماشي (ماشي صحيح: only before the adjective; alone, Egyptian ماشي is "okay");
// غير صحيح; French pas, n'est pas (c'est pas vrai, ce n'est pas vrai).
// "So", "like that": a verdict only after a negation (Libyan مش هكي, Levantine مش هيك, Egyptian مش كده: it is not
// so, false); alone, or after a verdict (صحيح هكي), it says nothing of its own.
// Iraqi هيج, هيچ (مو هيج) too.
const SO = words(['هكي', 'هكا', 'هيك', 'هيكي', 'كده', 'كدا', 'هكذا', 'كذا', 'هيج', 'هيچ'])
const NEGATIONS = words([
  ...['ليس', 'ليست', 'غير', 'مش', 'موش', 'ماهوش', 'ماهيش', 'مو', 'موب', 'مب', 'ماهو', 'ماهي', 'مانو', 'مانه', 'ما', 'مهو', 'ماشي'],
  ...['not', 'isn t', 'is not', 'pas', 'n est pas'],
])
// Emphasis: alone it answers (طبعًا, of course: yes; أبدًا, never: no); beside a verdict it only
// stresses it (لأ طبعًا is no; Urdu bilkul, "absolutely": bilkul sahi, bilkul nahi). A positive one may stress either verdict, a negative one only "no".
const YES_EMPHASIS = words([
  'طبعا',
  'أكيد',
  'بالتأكيد',
  'بالطبع',
  'قطعا',
  'sure',
  'of course',
  'certainly',
  'absolutely',
  'definitely',
  'indeed',
  'والله',
  'bilkul',
  // Tunisian بالطبيعة, "naturally": of course
  'بالطبيعة',
])
const NO_EMPHASIS = words(['أبدا', 'ابدا', 'never', 'no way'])
const NO_WAY = [...words(['no way'])][0]!
// Words that add nothing to a verdict: the statement, a copula, intensifiers.
const FILLER = words([
  ...['هذا', 'هذه', 'هاد', 'هادا', 'هذا الكلام', 'الكلام', 'كلامك', 'العبارة', 'الجملة', 'المعلومة', 'الإجابة', 'الجواب', 'هو', 'هي'],
  // إنه, إنها (it is), as learners of Arabic open a sentence the English way (إنه صحيح, written انه)
  ...['إنه', 'إنها'],
  // French c'est, ce (c'est vrai, ce n'est pas vrai), and c as a phone writes it (c vrai)
  ...['c est', 'ce', 'c'],
  ...['تماما', 'جدا', 'مية بالمية', '100', 'بالمرة', 'خالص', 'كليا'],
  // Iraqi عيني, عيوني (my dear), said to whoever asks: اي عيني صح, لا عيني غلط
  ...['عيني', 'عيوني'],
  ...[
    'it',
    'it s',
    'it is',
    'that',
    'that s',
    // it's, that's as speech-to-text and quick typing write them, without the apostrophe
    'its',
    'thats',
    'that is',
    'this',
    'this is',
    'the',
    'statement',
    'answer',
    'is',
    'totally',
    'completely',
    'very',
    'quite',
    'entirely',
    '100',
  ],
])
// Words that start a statement after the verdict: خطأ لأنهم تعانقوا, false because they hugged.
const BECAUSE = words(['لأن', 'لان', 'لأنه', 'لأنها', 'لأنهم', 'لانه', 'لانها', 'لانهم', 'because', 'since', 'as'])
// Doubt, negation and contrast: a statement holding one of these is no clean statement of fact
// (لا، أعتقد أنها صحيحة; صح، لم ينتهِ بمصافحة; true, but …).
const UNCLEAR = words([
  ...['أعتقد', 'اعتقد', 'أظن', 'اظن', 'ربما', 'يمكن', 'ممكن', 'بعرف', 'أعرف', 'اعرف', 'أدري', 'ادري', 'متأكد', 'متاكد'],
  ...['think', 'maybe', 'perhaps', 'probably', 'guess', 'sure', 'know', 'unsure', 'believe', 'idea', 'clue', 'بأس'],
  // the formal "I don't know", as older readers write it (لا علم لي; لا أعلم below)
  'علم',
  // the chat's "I don't know", as students type it (true idk)
  ...['idk', 'dunno', 'idek'],
  // a verdict only in part (صح تقريبًا، partly true)
  ...['تقريبا', 'جزئيا', 'نوعا', 'نص', 'نصف', 'almost', 'partly', 'partially', 'mostly', 'half', 'sort', 'kind'],
  // … and in French (`vrai en partie`, `vrai à moitié`, `presque vrai`)
  ...['partiellement', 'partie', 'moitié', 'presque', 'quasiment', 'quasi'],
  // … and the chat's hedges (`true-ish`, `true kinda`, `sorta true`)
  ...['ish', 'kinda', 'sorta'],
  ...['لم', 'لن', 'لما', 'بدون', 'لكن', 'لكنه', 'لكنها', 'بس', 'بل', 'إلا', 'غير', 'عدا'],
  ...[
    'didn',
    'doesn',
    'don',
    'wasn',
    'weren',
    'isn',
    'aren',
    'won',
    'hasn',
    'haven',
    'cannot',
    'can t',
    'but',
    'however',
    'although',
    'though',
    'except',
    'rather',
  ],
])
// Moroccan وخا / واخا and the Sudanese and Egyptian تمام, "okay": it agrees with what follows, so it opens a verdict
// (وخا صحيح, واخا غلط, تمام صاح; the Libyan and Tunisian باهي, "good", too: باهي صحيح) and says nothing alone or before anything else (وخا, وخا 84 ألف stay unreadable);
// before a bare "no" it is a yes and a no at once (وخا لا).
const OKAY = words(['وخا', 'واخا', 'وخّا', 'تمام', 'باهي'])
const BARE_NO = words(['لا', 'لأ', 'لاء', 'كلا', 'نو', 'no', 'nope', 'nah', 'non'])
// A verdict more or less (`vrai plus ou moins`, `true, more or less`), as `partly true`: phrases of words each said plainly
// elsewhere (`more than 90`, `plus de 90`).
const MORE_OR_LESS = words(['more or less', 'plus ou moins', 'أكثر أو أقل'])
const MAX_PHRASE = 3
// Separators between a verdict and what follows: commas, full stops, colons, dashes, exclamation.
const SEPARATORS = /[,،.;؛:!…\u2013\u2014]|\s-\s/

type Unit = { verdict: boolean } | { emphasis: boolean } | { filler: true }

/** The unit of words at `words[i …]`, longest first, and how many words it takes; null when none. */
function unitAt(words: readonly string[], i: number): { unit: Unit; length: number } | null {
  for (let n = Math.min(MAX_PHRASE, words.length - i); n >= 1; n--) {
    const phrase = words.slice(i, i + n).join(' ')
    if (NEGATIONS.has(phrase) && i + n < words.length) {
      const adjective = words[i + n]!
      if (TRUE_ADJECTIVES.has(adjective)) return { unit: { verdict: false }, length: n + 1 }
      if (FALSE_ADJECTIVES.has(adjective)) return { unit: { verdict: true }, length: n + 1 }
      if (SO.has(adjective)) return { unit: { verdict: false }, length: n + 1 }
    }
    // `never false`, «أبدا غلط» say "never wrong", a yes as much as a no: no verdict
    if (NO_EMPHASIS.has(phrase) && phrase !== NO_WAY && FALSE_ADJECTIVES.has(words[i + n] ?? '')) return null
    if (NO_EMPHASIS.has(phrase)) return { unit: { emphasis: false }, length: n }
    if (TRUE_WORDS.has(phrase)) return { unit: { verdict: true }, length: n }
    if (FALSE_WORDS.has(phrase)) return { unit: { verdict: false }, length: n }
    if (YES_EMPHASIS.has(phrase)) return { unit: { emphasis: true }, length: n }
    if (FILLER.has(phrase)) return { unit: { filler: true }, length: n }
  }
  // Lengthened or doubled on the keyboard: لاا, nooo, لالا, yesyes.
  const w = words[i]!
  const shortened = w.replace(/(.)\1+/gu, '$1')
  const half = w.length % 2 === 0 ? w.slice(0, w.length / 2) : ''
  for (const candidate of [shortened, half === w.slice(w.length / 2) ? half : '']) {
    if (candidate === '' || candidate === w) continue
    if (TRUE_WORDS.has(candidate)) return { unit: { verdict: true }, length: 1 }
    if (FALSE_WORDS.has(candidate)) return { unit: { verdict: false }, length: 1 }
  }
  return null
}

type Reading = { verdicts: Set<boolean>; emphasis: Set<boolean> }

/** Reads every word of `words` as verdicts, emphasis and filler into `into`; false when one is none of them. */
function readUnits(words: readonly string[], into: Reading): boolean {
  for (let i = 0; i < words.length; ) {
    const found = unitAt(words, i)
    if (found === null) return false
    const { unit, length } = found
    if ('verdict' in unit) into.verdicts.add(unit.verdict)
    else if ('emphasis' in unit) into.emphasis.add(unit.emphasis)
    i += length
  }
  return true
}

/** The verdict of what was read, or null when it is none or words disagree. */
function verdictOf({ verdicts, emphasis }: Reading): boolean | null {
  if (verdicts.size > 1) return null
  if (verdicts.size === 1) {
    const [verdict] = verdicts
    // أبدًا, never only stress a "no": صح أبدًا says nothing clear.
    return emphasis.has(false) && verdict ? null : verdict!
  }
  return emphasis.size === 1 ? [...emphasis][0]! : null
}

const isNumber = (w: string | undefined) => w !== undefined && parseNumber(w) !== null
// A dual noun is a number of its own (أسبوعين, ساعتين): «ثلاثة أسابيع لا أسبوعين» corrects one.
const isNumberOrDual = (w: string | undefined) => w !== undefined && (parseNumber(w) !== null || findNumbers(w).length > 0)
// A fraction with its article is a number after a negation that corrects one (الثلثين مش النص).
const ARTICLE = '\u0627\u0644'
const LA = '\u0644\u0627'
// The sign of a number below zero, a word of its own (ناقص 180, minus 180).
const SIGNS = words(['minus', 'ناقص', 'سالب', '-', '−'])
const isCorrection = (w: string | undefined) => isNumber(w) || (w !== undefined && w.startsWith(ARTICLE) && lookupWord(w.slice(2))?.k === 'frac')

// «أعلم» (I know), the formal «لا أعلم», «لست أعلم»: doubt, but in «والله أعلم», «الله أعلم» (God knows best) modesty, which the
// grader reads past as it does for a figure.
const I_KNOW = words(['أعلم', 'اعلم'])
const GOD = words(['الله', 'والله'])

/**
 * True when a statement after the verdict holds a verdict, a negation, a contrast or doubt, which would make it unclear.
 * `before`: the verdict's last word (`والله` of «خطأ والله أعلم»).
 */
function unclearStatement(words: readonly string[], before = ''): boolean {
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!
    // A correction of the statement's number, «خمس ساعات مش أربعة», "52 not 62", «الثلثين مش النص»: a
    // fact, not a negation; the number it corrects is no verdict in part (نص صح).
    // Also «لا» between the two, as MSA corrects (ثلاثة أسابيع لا أسبوعين); the first may have its unit written onto
    // it (300km not 200).
    if ((NEGATIONS.has(w) || w === LA) && words.slice(0, i).some(isNumberOrDual) && (isCorrection(words[i + 1]) || isNumberOrDual(words[i + 1]))) {
      i++
      continue
    }
    // … or a number below zero, «ناقص 180 مش ناقص 130», "minus 180 not minus 130".
    if (NEGATIONS.has(w) && words.slice(0, i).some(isNumber) && SIGNS.has(words[i + 1]!) && isNumber(words[i + 2])) {
      i += 2
      continue
    }
    // a scale's letter after a number (18°F, -8°C: «18 f»), no verdict's
    if (/^[a-z]$/.test(w) && i > 0 && isNumber(words[i - 1])) continue
    if (I_KNOW.has(w) && !GOD.has(i > 0 ? words[i - 1]! : before)) return true
    if (UNCLEAR.has(w) || NEGATIONS.has(w) || MORE_OR_LESS.has(words.slice(i, i + 3).join(' '))) return true
    // a verdict behind و (نعم ولا, yes and no)
    if (w.startsWith('\u0648') && w.length > 1 && unitAt([w.slice(1)], 0) !== null) return true
    const found = unitAt(words, i)
    if (found !== null && !('filler' in found.unit)) return true
  }
  return false
}

/**
 * The verdict of the longest run of verdict words that opens `head` when a statement with no
 * verdict, negation or doubt follows it (`rest`: the parts after it); null otherwise.
 */
function verdictThenStatement(head: readonly string[], rest: readonly string[]): boolean | null {
  for (let k = Math.min(head.length - 1, MAX_PHRASE); k >= 1; k--) {
    const reading: Reading = { verdicts: new Set(), emphasis: new Set() }
    if (!readUnits(head.slice(0, k), reading) || reading.verdicts.size === 0) continue
    const statement = [...head.slice(k), ...rest]
    return unclearStatement(statement, head[k - 1]) ? null : verdictOf(reading)
  }
  return null
}

/**
 * A boolean written as a word (صح، خطأ، true, نعم, أيوه …) or a few that agree (نعم صحيح، لا، خطأ), or as a stance mark
 * (✅, 👎), alone or beside words that agree with it (`true ✅`, «خطأ ❌»); null otherwise: a mark against the words (`true
 * ❌`, «❌ صح»), a tick and a cross together, or another emoji (🤔, 😂), which may say either.
 */
export function parseBooleanWord(text: string): boolean | null {
  const marks = stanceMarks(text)
  if (marks === null) return verdictOfWords(text)
  if (marks.other || marks.yes === marks.no) return null
  // A mark alone, or with the full stop or exclamation of a sentence (`✓.`, `❌!`), as a verdict word may have them; or
  // with the reader's question mark (`✓?`, «✓؟»), a hedge as in `true?`, which stays the verdict.
  if (/^[.!?؟]*$/u.test(marks.text)) return marks.yes
  return verdictOfWords(marks.text) === marks.yes ? marks.yes : null
}

/** The verdict of an answer in words (no stance marks), or null. */
function verdictOfWords(text: string): boolean | null {
  const trimmed = text.trim()
  const whole = normalizeText(trimmed)
  const okay = whole.split(' ')[0]!
  if (OKAY.has(okay)) {
    const rest = trimmed.slice(trimmed.search(/\s|[,،]/u) >>> 0).replace(/^[\s,،]+/u, '')
    const restWords = normalizeText(rest).split(' ')
    const opening = unitAt(restWords, 0)
    const verdict = opening !== null && 'verdict' in opening.unit && !BARE_NO.has(restWords[0]!)
    return whole !== okay && verdict ? verdictOfWords(rest) : null
  }
  if (TRUE_WORDS.has(whole)) return true
  if (FALSE_WORDS.has(whole)) return false
  // The parts between separators; a word of "because" starts a statement too.
  const parts = trimmed
    .split(SEPARATORS)
    .map((part) => normalizeText(part))
    .filter((part) => part !== '')
    .map((part) => part.split(' '))
  const reading: Reading = { verdicts: new Set(), emphasis: new Set() }
  for (let p = 0; p < parts.length; p++) {
    const part = parts[p]!
    const because = part.findIndex((w) => BECAUSE.has(w))
    const head = because < 0 ? part : part.slice(0, because)
    const read = head.length > 0 && readUnits(head, reading)
    if (read && because < 0) continue
    // A verdict that opens the answer, then a statement with no separator (صح 312 حالة غش, خطأ
    // استمرت 5 ساعات, no it followed 1800 adults).
    if (!read && p === 0 && because < 0) return verdictThenStatement(head, parts.slice(1).flat())
    // What follows is a statement, read from the verdict before it when it holds none of its own:
    // after a separator (a part that is no verdict), or after "because" right behind a verdict.
    const statementStarts = because < 0 ? p > 0 : read || (head.length === 0 && p > 0)
    if (!statementStarts) return null
    const statement = [...(because < 0 ? part : part.slice(because + 1)), ...parts.slice(p + 1).flat()]
    if (statement.length === 0 || reading.verdicts.size === 0 || unclearStatement(statement)) return null
    return verdictOf(reading)
  }
  return verdictOf(reading)
}
