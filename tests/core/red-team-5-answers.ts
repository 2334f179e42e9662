import { formatNumber, formatQuantity } from '../../src/core/describe.ts'
import { findNumbers } from '../../src/core/numbers.ts'
import type { Question, Quiz } from '../../src/core/quiz-schema.ts'
import { distinctRows, gradeRows, type RedTeamRow } from './red-team-2-answers.ts'
import { frenchWords } from './red-team-3-answers.ts'

type NumericQuestion = Extract<Question, { type: 'numeric' }>
type TextQuestion = Extract<Question, { type: 'text' }>
type BooleanQuestion = Extract<Question, { type: 'boolean' }>

/**
 * The fifth red-team round's generators (grade-red-team-5.test.ts): WRONG answers aimed at the twenty-first and
 * twenty-second readers' sets' newest rules, each a mutation of a right answer the grader accepts (its control): France's
 * French 70–99 off or holding the key as a part (`quatre-vingts` for 4 or 20, `soixante-dix` for 10 or 60), slash-joined
 * alternatives (`1800/2000`, `vrai/faux`, `✓/✗`), two figures one right one wrong, the right figure negated in the
 * readers' dialects (`mish 150`, «مو 150»), the right figure counting another thing (`260 teachers` for pupils), a period
 * close but wrong in short forms (`1800/yr`, `1800 a wk`), «لاء» inside other words («علاء», «ولاء», «هؤلاء») or joined to
 * its opposite, the right name beside another person of the quiz (`X and Y`, `X/Y`), a verdict with a French reason in
 * 70–99 one off. Plain loops over the question's own texts: no randomness.
 */

function texts(q: Question): string {
  return [q.prompt.ar, q.prompt.en, q.explanation.ar, q.explanation.en, q.evidence.quote].filter(Boolean).join(' \n ')
}

/** French numbers that hold the French words of `n` as a part (`quatre-vingts` holds quatre and vingt). */
function frenchHolding(n: number): number[] {
  const holders: number[] = []
  for (let m = 70; m < 100; m++) if (m !== n && frenchWords(m).split(/[- ]/).includes(frenchWords(n))) holders.push(m)
  return holders
}

/** Things a figure may count, in English, French and Arabic; a row uses one only where the texts do not name its family. */
const COUNTED: [root: RegExp, words: string[]][] = [
  [/teach|enseign|معلم|أستاذ|استاذ|prof/i, ['teachers', 'enseignants', 'معلما']],
  [/pupil|student|élève|eleve|تلميذ|طالب|طلاب/i, ['pupils', 'élèves', 'تلميذا']],
  [/car|vehicle|voiture|سيار/i, ['cars', 'voitures', 'سيارة']],
  [/boat|ship|ferr|bateau|navire|باخر|بواخر|سفين|عبار/i, ['boats', 'bateaux', 'باخرة']],
  [/school|école|ecole|مدرس/i, ['schools', 'écoles', 'مدرسة']],
  [/countr|pays|دول|بلد/i, ['countries', 'pays', 'دولة']],
  [/book|livre|كتاب|كتب/i, ['books', 'livres', 'كتابا']],
  [/tree|arbre|شجر/i, ['trees', 'arbres', 'شجرة']],
]

const COMPARISON_IN_QUOTE =
  /more|less|least|most|up to|over|under|above|below|fewer|within|نحو|أكثر|اكثر|أقل|اقل|الأقل|حتى|فوق|تحت|دون|يتجاوز|تتجاوز|أزيد|يزيد|تزيد|يقل|تقل|غضون|حد|تجاوز|exceed|surpass|top|max|plus|moins/i

/** Short period forms and the roots that name their periods in the texts. */
const SHORT_PERIODS: [root: RegExp, forms: string[]][] = [
  [/year|annual|سنو|سنة|سنت|عام(?![ةه])|\bpar an\b|année|\byr/i, ['/yr', ' a yr', ' per yr', '/year', ' yearly', ' p.a.', ' par an', ' في السنة', '/سنة']],
  [/month|شهر|mois|\bmth/i, ['/mth', ' a mth', '/month', ' monthly', ' par mois', '/mois', ' في الشهر', '/شهر']],
  [/\bdays?\b|daily|يوم|jour/i, ['/day', ' a day', ' daily', ' par jour', '/jour', ' في اليوم', '/يوم']],
  [/\bweeks?\b|weekly|أسبوع|اسبوع|semaine|\bwk/i, ['/wk', ' a wk', ' per wk', '/week', ' weekly', ' par semaine', ' في الأسبوع', '/أسبوع']],
]

function numericRows(q: NumericQuestion): RedTeamRow[] {
  const { value: v, unit, tolerance } = q.answer
  if (unit === 'date') return []
  const rows: RedTeamRow[] = []
  const add = (answer: string, control: string, kind: string) => rows.push({ answer, control, kind })
  const digits = formatNumber(v)
  const right = { ar: formatQuantity(v, unit, 'ar'), en: formatQuantity(v, unit, 'en') }
  const off = (n: number) => Math.abs(n - v) > tolerance * 1.001
  const all = texts(q)
  const other = v + Math.max(1, Math.ceil(tolerance * 2 + 1))
  // France's French 70–99: one off, ten off, and a number holding the key's French word as a part.
  if (Number.isInteger(v) && v >= 1 && v < 1e6) {
    const control = frenchWords(v)
    const near = [v + 1, v - 1, v + 10, v - 10, v + 20, v - 20]
    const wrong = [...near, ...frenchHolding(v), ...(v >= 70 && v < 100 ? [60, 70, 80, 90, 4, 20].filter((n) => n !== v) : [])]
    for (const n of [...new Set(wrong)])
      if (n > 0 && n < 1e6 && off(n) && (frenchHolding(n).length || (n % 1000 >= 70 && n % 1000 < 100) || (n % 100 >= 70 && n % 100 < 100) || n < 100)) {
        add(frenchWords(n), control, 'French 70–99 off or holding the key')
        add(frenchWords(n).replace(/-/g, ' '), control, 'French 70–99 off or holding the key')
        add(`environ ${frenchWords(n)}`, `environ ${control}`, 'French 70–99 off or holding the key')
      }
  }
  // A slash between the right figure and another: a hedge between a right and a wrong answer, either way round.
  for (const n of [other, v * 10, v + 100].filter((n) => off(n))) {
    const o = formatNumber(n)
    for (const w of [`${digits}/${o}`, `${o}/${digits}`, `${digits} / ${o}`, `${right.en}/${o}`, `${digits}/${formatQuantity(n, unit, 'en')}`])
      add(w, right.en, 'a slash between two figures')
    add(`${digits}/${o} ${right.ar.replace(digits, '').trim()}`.trim(), right.ar, 'a slash between two figures')
  }
  // Two figures, one right one wrong, in any order and joining.
  const o = formatNumber(other)
  for (const w of [
    `${digits} ${o}`,
    `${o} ${digits}`,
    `${digits}, ${o}`,
    `${o}, ${digits}`,
    `${digits} and ${o}`,
    `${digits} & ${o}`,
    `${digits} et ${o}`,
    `${digits} و ${o}`,
    `${digits} w ${o}`,
    `${digits} wala ${o}`,
    `${digits} aw ${o}`,
    `${digits} ou bien ${o}`,
    `${digits} either ${o}`,
    `${digits} - ${o}`,
    `${digits}~${o}`,
    `${digits} or maybe ${o}`,
    `${digits} or is it ${o}`,
    `${digits}? ${o}?`,
    `${digits} no ${o}`,
    `${digits} la2 ${o}`,
    `${digits} لا ${o}`,
    `${digits} لاء ${o}`,
    `${digits} بل ${o}`,
    `${digits} sorry ${o}`,
  ])
    add(w, digits, 'two figures, one wrong')
  // The right figure negated in a dialect or a short form.
  for (const neg of [
    'mish',
    'msh',
    'mesh',
    'mush',
    'mashi',
    'machi',
    'mu',
    'not',
    'isnt',
    "isn't",
    'never',
    'pas',
    'jamais',
    'مش',
    'مو',
    'مب',
    'ماشي',
    'موش',
    'ما',
    'ليس',
    'ليست',
    'مهوش',
    'مهو',
    'لاء مش',
  ])
    add(`${neg} ${digits}`, digits, 'the figure negated')
  add(`${digits} no`, digits, 'the figure negated')
  add(`${digits} not`, digits, 'the figure negated')
  add(`${digits} لا`, digits, 'the figure negated')
  add(`${digits}? la2`, digits, 'the figure negated')
  add(`${digits} mish`, digits, 'the figure negated')
  add(`${digits} مش`, digits, 'the figure negated')
  // The right figure counting another thing than the texts do.
  if (unit === 'count' || unit === 'person')
    for (const [root, words] of COUNTED) if (!root.test(all)) for (const w of words) add(`${digits} ${w}`, digits, 'the figure counting another thing')
  // A period close but wrong, in short forms and after a slash.
  for (const [root, forms] of SHORT_PERIODS)
    if (!root.test(all))
      for (const f of forms) add(`${f.startsWith('/') ? right.en : digits}${f}`, f.startsWith('/') ? right.en : digits, 'another period, short')
  // «متين» (Levantine 200) with tens after it where the sum is off: «متين وخمسين» for 260.
  if (Number.isInteger(v) && v > 200 && v < 300)
    for (const [tens, word] of [
      [10, 'وعشرة'],
      [20, 'وعشرين'],
      [30, 'وتلاتين'],
      [40, 'وأربعين'],
      [50, 'وخمسين'],
      [60, 'وستين'],
      [70, 'وسبعين'],
      [80, 'وتمانين'],
      [90, 'وتسعين'],
    ] as const)
      if (off(200 + tens)) add(`متين ${word}`, digits, '«متين» with tens off')
  // A comparison in a short form (where the quote makes none): `>150`, `150+`, `150 و فوق`, `≥150`.
  if (!COMPARISON_IN_QUOTE.test(q.evidence.quote))
    for (const w of [
      `>${digits}`,
      `> ${digits}`,
      `<${digits}`,
      `${digits}+`,
      `+${digits}`,
      `≥${digits}`,
      `≤${digits}`,
      `${digits} w fo2`,
      `${digits} و فوق`,
      `aktar men ${digits}`,
      `a2al men ${digits}`,
      `plus que ${digits}`,
    ])
      add(w, digits, 'a comparison, short')
  return rows
}

function textRows(q: TextQuestion, quiz: Quiz): RedTeamRow[] {
  const rows: RedTeamRow[] = []
  // Other people and places of the quiz: the accepted answers of its other text questions.
  const others = quiz.questions
    .filter((o): o is TextQuestion => o.type === 'text' && o.id !== q.id)
    .map((o) => o.answer.accepted[0]!)
    .filter((o) => !q.answer.accepted.some((a) => a.toLowerCase().includes(o.toLowerCase()) || o.toLowerCase().includes(a.toLowerCase())))
    .slice(0, 3)
  for (const accepted of q.answer.accepted.slice(0, 3)) {
    const add = (answer: string, control: string, kind: string) => {
      if (!q.answer.accepted.includes(answer)) rows.push({ answer, control, kind })
    }
    for (const other of others)
      for (const w of [
        `${accepted} and ${other}`,
        `${accepted} & ${other}`,
        `${accepted}/${other}`,
        `${accepted} / ${other}`,
        `${other}/${accepted}`,
        `${accepted} و${other}`,
        `${accepted} w ${other}`,
        `${accepted} et ${other}`,
        `${accepted} or ${other}`,
        `${accepted} wala ${other}`,
        `${other} not ${accepted}`,
        `${other} mish ${accepted}`,
        `${other}, مش ${accepted}`,
        `${accepted}? ${other}?`,
        `${accepted} + ${other}`,
      ])
        add(w, accepted, 'the right name beside another of the quiz')
    for (const neg of ['mish', 'msh', 'mush', 'mashi', 'مش', 'مو', 'مب', 'موش', 'ليس', 'لاء', 'not', 'pas'])
      add(`${neg} ${accepted}`, accepted, 'the name negated')
  }
  return rows
}

/** Words holding «لاء» (or «لا» then a hamza) that say no «no»: Alaa, loyalty, these, affliction. */
const LAA_INSIDE = ['علاء', 'ولاء', 'آلاء', 'الاء', 'هؤلاء', 'هولاء', 'بلاء', 'غلاء', 'خلاء', 'ملاء', 'لاءات', 'الولاء']

function booleanRows(q: BooleanQuestion): RedTeamRow[] {
  const rows: RedTeamRow[] = []
  const add = (answer: string, control: string, kind: string) => rows.push({ answer, control, kind })
  const [en, ar, fr, arabizi] = q.answer ? ['true', 'صح', 'vrai', 'sa7'] : ['false', 'خطأ', 'faux', 'ghalat']
  const [enNo, arNo, frNo, arabiziNo] = q.answer ? ['false', 'خطأ', 'faux', 'ghalat'] : ['true', 'صح', 'vrai', 'sa7']
  // «لاء» inside other words: none is a no.
  if (!q.answer) {
    for (const w of LAA_INSIDE) {
      add(w, 'لاء', '«لاء» inside another word')
      add(`${w}؟`, 'لاء', '«لاء» inside another word')
    }
    for (const w of ['مش لاء', 'لاء صح', 'صح لاء', 'لاء؟ صح', 'لاء/صح', 'لاء ولا صح', 'لاء او صح', 'لاءء صح', 'اه لاء'])
      add(w, 'لاء', '«لاء» joined to its opposite')
  } else {
    for (const w of ['لاء', 'صح لاء', 'لاء صح', 'صح؟ لاء', 'صح/لاء', 'صح ولا لاء', 'ولاء', 'علاء']) add(w, 'صح', '«لاء» joined to its opposite')
  }
  // A verdict joined to its opposite by a slash, a tilde or a hyphen: `true/false`, `✓/✗`, «صح/خطأ».
  const [tick, cross] = q.answer ? ['✓', '✗'] : ['✗', '✓']
  for (const [yes, no] of [
    [en, enNo],
    [ar, arNo],
    [fr, frNo],
    [arabizi, arabiziNo],
    [tick, cross],
    [q.answer ? 'yes' : 'no', q.answer ? 'no' : 'yes'],
    [q.answer ? 'oui' : 'non', q.answer ? 'non' : 'oui'],
    [q.answer ? 'نعم' : 'لا', q.answer ? 'لا' : 'نعم'],
    [q.answer ? '✅' : '❌', q.answer ? '❌' : '✅'],
  ] as [string, string][])
    for (const w of [
      `${yes}/${no}`,
      `${no}/${yes}`,
      `${yes} / ${no}`,
      `${yes}~${no}`,
      `${yes}-${no}`,
      `${yes}|${no}`,
      `${yes}${no}`,
      `${yes}? ${no}?`,
      `${yes}?${no}?`,
    ])
      add(w, yes, 'a verdict and its opposite, short')
  // A mark's hedge beside another mark: `✓?✗`, `✓?✗?`, `✓✗?`.
  for (const w of [`${tick}?${cross}?`, `${tick}${cross}?`, `${tick}? ${cross}?`, `?${tick}${cross}`, `${tick}?!${cross}`])
    add(w, `${tick}?`, 'a mark hedged beside another')
  // A verdict negated in the readers' short forms.
  for (const neg of ['mish', 'msh', 'mashi', 'مش', 'مو', 'مب', 'موش', 'not', 'pas', 'never', 'jamais'])
    for (const w of [en, ar, fr, arabizi]) add(`${neg} ${w}`, w, 'a verdict negated')
  const all = texts(q)
  const statement = q.prompt.en ?? q.prompt.ar ?? ''
  const cited = new Set(findNumbers(all))
  const word = q.answer ? 'vrai' : 'faux'
  // A French reason holding the statement's figure as a part, or 70–99 one off.
  for (const m of statement.matchAll(/\d[\d,.]*/g)) {
    const value = Number(m[0].replace(/,/g, '').replace(/\.$/, ''))
    if (!Number.isInteger(value) || value < 1 || value >= 1e6) continue
    const wrong = [...frenchHolding(value), value + 1, value - 1, value + 10, value - 10].filter(
      (n) => n > 0 && n < 1e6 && ((n % 100 >= 70 && n % 100 < 100) || frenchHolding(value).includes(n)) && ![1, 1e3, 1e6].some((s) => cited.has(n * s)),
    )
    for (const n of wrong) {
      add(`${word}, ${frenchWords(n)}`, `${word}, ${m[0]}`, 'a French reason in 70–99')
      add(`${word} ${frenchWords(n).replace(/-/g, ' ')}`, `${word}, ${m[0]}`, 'a French reason in 70–99')
    }
  }
  // A reason's figure beside a period close but wrong, in short forms and after a slash (`false 1800/yr` for a month).
  for (const m of statement.matchAll(/\d[\d,.]*\d|\d/g)) {
    const figure = m[0]
    for (const w of [en, fr]) {
      const control = `${w} ${figure}`
      for (const [root, forms] of SHORT_PERIODS) if (!root.test(all)) for (const f of forms) add(`${control}${f}`, control, 'a reason in another period, short')
    }
    // The reason's figure beside another after a slash: `false 1800/2000`.
    const value = Number(figure.replace(/,/g, ''))
    if (Number.isFinite(value) && !cited.has(value + 1))
      for (const w of [en, fr, ar]) add(`${w} ${figure}/${formatNumber(value + 1)}`, `${w} ${figure}`, 'a reason with a slash between figures')
  }
  return rows
}

/** Every round-five row of a question (numeric, text or true/false). */
export function redTeam5Rows(question: Question, quiz: Quiz): RedTeamRow[] {
  const rows =
    question.type === 'numeric'
      ? numericRows(question)
      : question.type === 'text'
        ? textRows(question, quiz)
        : question.type === 'boolean'
          ? booleanRows(question)
          : []
  return distinctRows(rows)
}

/** The round's rows of a question, graded (red-team-2-answers.ts's `gradeRows`). */
export function gradeRedTeam5(question: Question, quiz: Quiz): { rows: RedTeamRow[]; accepted: RedTeamRow[] } {
  return gradeRows(question, quiz, redTeam5Rows(question, quiz))
}
