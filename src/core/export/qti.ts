import { strToU8, zipSync } from 'fflate'
import { exactSpellings } from '../describe.ts'
import { unitName } from '../unit-nouns.ts'
import { pickText, quizLangs, servedLang } from '../localized.ts'
import type { Lang, Question, Quiz } from '../quiz-schema.ts'

export type QtiOptions = {
  /** Language of the prompts, choices and feedback when the quiz has it (else, and by default, the quiz's own). */
  lang?: Lang
  /** Fixed modification time for the zip entries, so the same quiz gives the same bytes. */
  mtime?: Date
}

const NS = 'http://www.imsglobal.org/xsd/imsqtiasi_v3p0'
const SCHEMA = 'https://purl.imsglobal.org/spec/qti/v3p0/schema/xsd/imsqti_asiv3p0_v1p0.xsd'
const CP_NS = 'http://www.imsglobal.org/xsd/qti/qtiv3p0/imscp_v1p1'
const CP_SCHEMA = 'https://purl.imsglobal.org/spec/qti/v3p0/schema/xsd/imsqtiv3p0_imscpv1p2_v1p0.xsd'
const LOM_NS = 'http://ltsc.ieee.org/xsd/LOM'
const LOM_SCHEMA = 'https://purl.imsglobal.org/spec/md/v1p3/schema/xsd/imsmd_loose_v1p3p2.xsd'

const DIR: Record<Lang, 'rtl' | 'ltr'> = { ar: 'rtl', en: 'ltr' }
const BOOLEAN_LABEL: Record<Lang, { true: string; false: string }> = {
  ar: { true: 'صح', false: 'خطأ' },
  en: { true: 'True', false: 'False' },
}

/** One file of the package, by its path inside the zip. */
export type QtiFiles = Record<string, string>

/**
 * Builds the files of a QTI 3.0 content package for a quiz: `imsmanifest.xml`, the article as a
 * shared stimulus, one assessment item per question and an assessment test that lists them in order.
 *
 * - single, multiple, boolean → `qti-choice-interaction` (boolean as two choices `true`/`false`),
 *   `shuffle="true"` except for boolean
 * - numeric → `qti-text-entry-interaction` with a float response; scored by `qti-equal` with
 *   `tolerance-mode="absolute"` and the question's tolerance on both sides; the unit's name after
 *   the field. A date is a string entry like text, taking its common spellings (`8 سبتمبر 2023`,
 *   `8 September 2023`, `8/9/2023`, `2023-09-08`), and so is a time in parts (`2:05:42`,
 *   `ساعتان و5 دقائق و42 ثانية`, `2 hours 5 minutes 42 seconds`)
 * - text → `qti-text-entry-interaction` with a string response; every accepted variant is a
 *   case-insensitive `qti-map-entry` scored with the standard map_response template
 *
 * SCORE is the question's points; `multiple` with partial credit maps right picks to +points/n and
 * wrong picks to −points/n, bounded to [0, points], as the grader does.
 */
export function quizToQtiFiles(quiz: Quiz, options: QtiOptions = {}): QtiFiles {
  const lang = servedLang(quizLangs(quiz), options.lang)
  const files: QtiFiles = {}
  const stimulusId = xmlId(`${quiz.id}-article`)
  const stimulusHref = `stimulus/${stimulusId}.xml`
  files[stimulusHref] = stimulusXml(quiz, stimulusId)
  const items = quiz.questions.map((question) => {
    const id = xmlId(`${quiz.id}-${question.id}`)
    const href = `items/${id}.xml`
    files[href] = itemXml(question, { id, lang, fallback: quiz.lang, stimulusId, stimulusHref: `../${stimulusHref}` })
    return { id, href }
  })
  const testId = xmlId(`${quiz.id}-test`)
  const testHref = `tests/${testId}.xml`
  files[testHref] = testXml(quiz, lang, testId, items)
  files['imsmanifest.xml'] = manifestXml(quiz, lang, { testId, testHref, stimulusId, stimulusHref, items })
  return files
}

/** The QTI 3.0 package as zip bytes (see {@link quizToQtiFiles}). */
export function quizToQtiPackage(quiz: Quiz, options: QtiOptions = {}): Uint8Array {
  const files = quizToQtiFiles(quiz, options)
  const mtime = options.mtime ?? new Date('2026-01-01T00:00:00Z')
  const entries: Record<string, [Uint8Array, { mtime: Date }]> = {}
  // The manifest first: some importers only look at the first entry.
  for (const path of ['imsmanifest.xml', ...Object.keys(files).filter((p) => p !== 'imsmanifest.xml')]) {
    entries[path] = [strToU8(files[path]!), { mtime }]
  }
  return zipSync(entries, { level: 6 })
}

type ItemContext = { id: string; lang: Lang; fallback: Lang; stimulusId: string; stimulusHref: string }

function itemXml(question: Question, ctx: ItemContext): string {
  const { lang, fallback } = ctx
  const points = question.points
  const promptText = esc(pickText(question.prompt, lang, fallback))
  // A choice interaction holds its prompt; a text entry is inline, so its prompt is the paragraph before it.
  const prompt = `<qti-prompt>${promptText}</qti-prompt>`
  const promptParagraph = `<p>${promptText}</p>`
  let declaration: string
  let interaction: string
  let processing: string

  switch (question.type) {
    case 'single':
    case 'multiple':
    case 'boolean': {
      const choices =
        question.type === 'boolean'
          ? [
              { id: 'true', text: BOOLEAN_LABEL[lang].true },
              { id: 'false', text: BOOLEAN_LABEL[lang].false },
            ]
          : question.choices.map((c) => ({ id: c.id, text: pickText(c.text, lang, fallback) }))
      const correct = question.type === 'boolean' ? [String(question.answer)] : question.type === 'single' ? [question.answer] : question.answer
      const cardinality = question.type === 'multiple' ? 'multiple' : 'single'
      const values = correct.map((v) => `<qti-value>${esc(choiceId(v))}</qti-value>`).join('')
      let mapping = ''
      if (question.type === 'multiple' && question.partialCredit) {
        const share = points / correct.length
        const right = new Set(correct)
        mapping =
          `<qti-mapping default-value="0" lower-bound="0" upper-bound="${points}">` +
          choices.map((c) => `<qti-map-entry map-key="${esc(choiceId(c.id))}" mapped-value="${num(right.has(c.id) ? share : -share)}"/>`).join('') +
          '</qti-mapping>'
      }
      declaration =
        `<qti-response-declaration identifier="RESPONSE" cardinality="${cardinality}" base-type="identifier">` +
        `<qti-correct-response>${values}</qti-correct-response>${mapping}</qti-response-declaration>`
      interaction =
        // Choices are shuffled by the delivery system (a file may keep the right one first); true/false keep their order.
        `<qti-choice-interaction response-identifier="RESPONSE" shuffle="${question.type === 'boolean' ? 'false' : 'true'}" max-choices="${cardinality === 'multiple' ? 0 : 1}">` +
        prompt +
        choices.map((c) => `<qti-simple-choice identifier="${esc(choiceId(c.id))}">${esc(c.text)}</qti-simple-choice>`).join('') +
        '</qti-choice-interaction>'
      processing = mapping ? mapResponse() : scoreIf(`<qti-match><qti-variable identifier="RESPONSE"/><qti-correct identifier="RESPONSE"/></qti-match>`, points)
      break
    }
    case 'numeric': {
      const { value, tolerance } = question.answer
      // A date or a time in parts (2:05:42) has no one number a student would type: a string entry taking its spellings.
      const spellings = exactSpellings(value, question.answer.unit)
      if (spellings) {
        const label = question.answer.unit === 'date' ? unitName('date', lang) : ''
        ;({ declaration, interaction, processing } = stringEntry(spellings, points, promptParagraph, label))
        break
      }
      declaration =
        '<qti-response-declaration identifier="RESPONSE" cardinality="single" base-type="float">' +
        `<qti-correct-response><qti-value>${num(value)}</qti-value></qti-correct-response></qti-response-declaration>`
      interaction = `${promptParagraph}<p><qti-text-entry-interaction response-identifier="RESPONSE" base="10" expected-length="${Math.max(4, num(value).length + 2)}"/> ${esc(unitName(question.answer.unit, lang))}</p>`
      processing = scoreIf(
        `<qti-equal tolerance-mode="absolute" tolerance="${num(tolerance)} ${num(tolerance)}" include-lower-bound="true" include-upper-bound="true">` +
          '<qti-variable identifier="RESPONSE"/><qti-correct identifier="RESPONSE"/></qti-equal>',
        points,
      )
      break
    }
    case 'text':
      ;({ declaration, interaction, processing } = stringEntry(question.answer.accepted, points, promptParagraph, ''))
      break
  }

  return (
    '<?xml version="1.0" encoding="UTF-8"?>\n' +
    `<qti-assessment-item xmlns="${NS}" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" ` +
    `xsi:schemaLocation="${NS} ${SCHEMA}" identifier="${ctx.id}" title="${esc(question.id)}" ` +
    `adaptive="false" time-dependent="false" xml:lang="${lang}">\n` +
    `${declaration}\n` +
    `<qti-outcome-declaration identifier="SCORE" cardinality="single" base-type="float"><qti-default-value><qti-value>0</qti-value></qti-default-value></qti-outcome-declaration>\n` +
    `<qti-outcome-declaration identifier="MAXSCORE" cardinality="single" base-type="float"><qti-default-value><qti-value>${points}</qti-value></qti-default-value></qti-outcome-declaration>\n` +
    '<qti-outcome-declaration identifier="FEEDBACK" cardinality="single" base-type="identifier"/>\n' +
    `<qti-assessment-stimulus-ref identifier="${ctx.stimulusId}" href="${esc(ctx.stimulusHref)}"/>\n` +
    `<qti-item-body><div dir="${DIR[lang]}" lang="${lang}">${interaction}</div></qti-item-body>\n` +
    // The explanation is shown once the response is processed, right or wrong, as fahm does.
    '<qti-response-processing>' +
    processing +
    '<qti-set-outcome-value identifier="FEEDBACK"><qti-base-value base-type="identifier">explanation</qti-base-value></qti-set-outcome-value>' +
    '</qti-response-processing>\n' +
    `<qti-modal-feedback outcome-identifier="FEEDBACK" show-hide="show" identifier="explanation"><qti-content-body><p dir="${DIR[lang]}">${esc(pickText(question.explanation, lang, fallback))}</p></qti-content-body></qti-modal-feedback>\n` +
    '</qti-assessment-item>\n'
  )
}

/** A string text entry: every accepted answer a case-insensitive map entry worth the points. */
function stringEntry(answers: readonly string[], points: number, prompt: string, label: string) {
  const accepted = [...new Set(answers)]
  const declaration =
    '<qti-response-declaration identifier="RESPONSE" cardinality="single" base-type="string">' +
    `<qti-correct-response><qti-value>${esc(accepted[0]!)}</qti-value></qti-correct-response>` +
    `<qti-mapping default-value="0" lower-bound="0" upper-bound="${points}">` +
    accepted.map((a) => `<qti-map-entry map-key="${esc(a)}" mapped-value="${points}" case-sensitive="false"/>`).join('') +
    '</qti-mapping></qti-response-declaration>'
  const longest = Math.max(...accepted.map((a) => a.length))
  const interaction =
    `${prompt}<p><qti-text-entry-interaction response-identifier="RESPONSE" expected-length="${Math.max(10, longest + 5)}"/>` +
    `${label ? ` ${esc(label)}` : ''}</p>`
  return { declaration, interaction, processing: mapResponse() }
}

function scoreIf(condition: string, points: number): string {
  return (
    '<qti-response-condition><qti-response-if>' +
    condition +
    `<qti-set-outcome-value identifier="SCORE"><qti-base-value base-type="float">${points}</qti-base-value></qti-set-outcome-value>` +
    '</qti-response-if><qti-response-else>' +
    '<qti-set-outcome-value identifier="SCORE"><qti-base-value base-type="float">0</qti-base-value></qti-set-outcome-value>' +
    '</qti-response-else></qti-response-condition>'
  )
}

/** The rule of the standard map_response template, written out so the feedback rule can follow it. */
function mapResponse(): string {
  return (
    '<qti-response-condition><qti-response-if><qti-is-null><qti-variable identifier="RESPONSE"/></qti-is-null>' +
    '<qti-set-outcome-value identifier="SCORE"><qti-base-value base-type="float">0</qti-base-value></qti-set-outcome-value>' +
    '</qti-response-if><qti-response-else>' +
    '<qti-set-outcome-value identifier="SCORE"><qti-map-response identifier="RESPONSE"/></qti-set-outcome-value>' +
    '</qti-response-else></qti-response-condition>'
  )
}

function stimulusXml(quiz: Quiz, id: string): string {
  const body = quiz.article.paragraphs.map((p) => (p.heading ? `<h3>${esc(p.heading)}</h3>` : '') + `<p>${esc(p.text)}</p>`).join('\n')
  const source = quiz.source.url ? `<p><a href="${esc(quiz.source.url)}">${esc(quiz.source.name)}</a></p>` : `<p>${esc(quiz.source.name)}</p>`
  return (
    '<?xml version="1.0" encoding="UTF-8"?>\n' +
    `<qti-assessment-stimulus xmlns="${NS}" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" ` +
    `xsi:schemaLocation="${NS} ${SCHEMA}" identifier="${id}" title="${esc(pickText(quiz.title, quiz.lang))}" xml:lang="${quiz.lang}">\n` +
    `<qti-stimulus-body><div dir="${DIR[quiz.lang]}" lang="${quiz.lang}">\n<h2>${esc(pickText(quiz.title, quiz.lang))}</h2>\n${body}\n${source}\n</div></qti-stimulus-body>\n` +
    '</qti-assessment-stimulus>\n'
  )
}

function testXml(quiz: Quiz, lang: Lang, id: string, items: { id: string; href: string }[]): string {
  const refs = items.map((item) => `<qti-assessment-item-ref identifier="${item.id}" href="../${esc(item.href)}"/>`).join('\n')
  return (
    '<?xml version="1.0" encoding="UTF-8"?>\n' +
    `<qti-assessment-test xmlns="${NS}" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" ` +
    // A QTI 3.0 test takes no xml:lang (its items do); the package's language is in the manifest's metadata.
    `xsi:schemaLocation="${NS} ${SCHEMA}" identifier="${id}" title="${esc(pickText(quiz.title, lang, quiz.lang))}">\n` +
    '<qti-outcome-declaration identifier="SCORE" cardinality="single" base-type="float"/>\n' +
    '<qti-test-part identifier="part-1" navigation-mode="nonlinear" submission-mode="simultaneous">\n' +
    `<qti-assessment-section identifier="section-1" title="${esc(pickText(quiz.title, lang, quiz.lang))}" visible="true">\n${refs}\n</qti-assessment-section>\n` +
    '</qti-test-part>\n' +
    '<qti-outcome-processing><qti-set-outcome-value identifier="SCORE"><qti-sum><qti-test-variables variable-identifier="SCORE"/></qti-sum></qti-set-outcome-value></qti-outcome-processing>\n' +
    '</qti-assessment-test>\n'
  )
}

type ManifestParts = {
  testId: string
  testHref: string
  stimulusId: string
  stimulusHref: string
  items: { id: string; href: string }[]
}

function manifestXml(quiz: Quiz, lang: Lang, parts: ManifestParts): string {
  const itemResources = parts.items
    .map(
      (item) =>
        `<resource identifier="${item.id}" type="imsqti_item_xmlv3p0" href="${esc(item.href)}">` +
        `<file href="${esc(item.href)}"/><dependency identifierref="${parts.stimulusId}"/></resource>`,
    )
    .join('\n')
  return (
    '<?xml version="1.0" encoding="UTF-8"?>\n' +
    `<manifest xmlns="${CP_NS}" xmlns:lom="${LOM_NS}" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" ` +
    `xsi:schemaLocation="${CP_NS} ${CP_SCHEMA} ${LOM_NS} ${LOM_SCHEMA}" identifier="${xmlId(`${quiz.id}-v${quiz.version}-package`)}">\n` +
    '<metadata><schema>QTI Package</schema><schemaversion>3.0.0</schemaversion>' +
    // IEEE LOM: the package's title and the language its prompts are in.
    `<lom:lom><lom:general><lom:title><lom:string language="${lang}">${esc(pickText(quiz.title, lang, quiz.lang))}</lom:string></lom:title>` +
    `<lom:language>${lang}</lom:language></lom:general></lom:lom></metadata>\n` +
    '<organizations/>\n<resources>\n' +
    `<resource identifier="${parts.testId}" type="imsqti_test_xmlv3p0" href="${esc(parts.testHref)}">` +
    `<file href="${esc(parts.testHref)}"/>` +
    parts.items.map((item) => `<dependency identifierref="${item.id}"/>`).join('') +
    '</resource>\n' +
    `<resource identifier="${parts.stimulusId}" type="imsqti_stimulus_xmlv3p0" href="${esc(parts.stimulusHref)}">` +
    `<file href="${esc(parts.stimulusHref)}"/></resource>\n` +
    `${itemResources}\n</resources>\n` +
    '</manifest>\n'
  )
}

/** Choice ids are kebab-case, which is a valid QTI identifier only when it does not start with a digit. */
function choiceId(id: string): string {
  return /^[A-Za-z_]/.test(id) ? id : `c-${id}`
}

/** Quiz and question ids are kebab-case; a QTI identifier must start with a letter or underscore. */
function xmlId(id: string): string {
  const safe = id.replace(/[^A-Za-z0-9_.-]/g, '-')
  return /^[A-Za-z_]/.test(safe) ? safe : `q-${safe}`
}

function num(value: number): string {
  const plain = String(value)
  return plain.includes('e') ? value.toLocaleString('en-US', { useGrouping: false, maximumFractionDigits: 20 }) : plain
}

/** Escapes text and attribute values; also drops characters XML 1.0 cannot carry at all. */
export function esc(value: string): string {
  return value
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '')
    .replace(/[&<>"']/g, (ch) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[ch]!)
}
