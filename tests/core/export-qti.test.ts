import { strFromU8, unzipSync } from 'fflate'
import { Window } from 'happy-dom'
import { describe, expect, it } from 'vitest'
import { esc, quizToQtiPackage } from '../../src/core/export/qti.ts'
import { pickText } from '../../src/core/localized.ts'
import { arabicOnlyQuizFile, ENGLISH_ARTICLE, englishOnlyQuizFile, quizOf, SAMPLE_ARTICLE, sampleQuiz, sampleQuizWithUnits } from './export-fixture.ts'

const NS = 'http://www.imsglobal.org/xsd/imsqtiasi_v3p0'
const parser = new new Window().DOMParser()

/** Parses XML strictly: a well-formedness error fails the test. */
function xml(text: string) {
  const doc = parser.parseFromString(text, 'application/xml')
  const error = doc.querySelector('parsererror')
  if (error) throw new Error(`not well-formed XML: ${error.textContent}\n${text.slice(0, 500)}`)
  return doc
}

function all(root: { getElementsByTagName(name: string): ArrayLike<Element> }, name: string): Element[] {
  return Array.from(root.getElementsByTagName(name))
}

function one(root: { getElementsByTagName(name: string): ArrayLike<Element> }, name: string): Element {
  const found = all(root, name)
  if (found.length !== 1) throw new Error(`expected one <${name}>, found ${found.length}`)
  return found[0]!
}

/**
 * The prompt a student reads: a choice interaction's `qti-prompt`; for a text entry (an inline
 * interaction, which QTI 3 gives no prompt) the paragraph before the one holding the field.
 */
function prompt(doc: { getElementsByTagName(name: string): ArrayLike<Element> }): string {
  const prompts = all(doc, 'qti-prompt')
  if (prompts.length > 0) return one(doc, 'qti-prompt').textContent!
  const field = one(doc, 'qti-text-entry-interaction').parentElement!
  expect(field.previousElementSibling!.localName).toBe('p')
  return field.previousElementSibling!.textContent!
}

describe('QTI 3.0 export', () => {
  const quiz = sampleQuiz()
  const files = unzipSync(quizToQtiPackage(quiz))
  const text = (path: string) => strFromU8(files[path]!)

  it('is a zip with the manifest first, a stimulus, a test and one item per question', () => {
    const paths = Object.keys(files)
    expect(paths[0]).toBe('imsmanifest.xml')
    expect(paths.filter((p) => p.startsWith('items/'))).toHaveLength(quiz.questions.length)
    expect(paths).toContain('stimulus/sample-quiz-article.xml')
    expect(paths).toContain('tests/sample-quiz-test.xml')
  })

  it('has a manifest listing every file as a QTI 3 resource', () => {
    const manifest = xml(text('imsmanifest.xml'))
    expect(one(manifest, 'schemaversion').textContent).toBe('3.0.0')
    // IEEE LOM metadata: the title and the language of the package.
    const title = one(one(manifest, 'lom:title'), 'lom:string')
    expect([title.getAttribute('language'), title.textContent]).toEqual(['ar', pickText(quiz.title, 'ar')])
    expect(one(manifest, 'lom:language').textContent).toBe('ar')
    const resources = all(manifest, 'resource')
    const items = resources.filter((r) => r.getAttribute('type') === 'imsqti_item_xmlv3p0')
    expect(items).toHaveLength(quiz.questions.length)
    expect(resources.filter((r) => r.getAttribute('type') === 'imsqti_test_xmlv3p0')).toHaveLength(1)
    expect(resources.filter((r) => r.getAttribute('type') === 'imsqti_stimulus_xmlv3p0')).toHaveLength(1)
    for (const resource of resources) {
      const href = resource.getAttribute('href')!
      expect(files[href], href).toBeDefined()
      expect(one(resource, 'file').getAttribute('href')).toBe(href)
    }
    const ids = new Set(resources.map((r) => r.getAttribute('identifier')))
    for (const dep of all(manifest, 'dependency')) expect(ids.has(dep.getAttribute('identifierref'))).toBe(true)
  })

  it('lists the items in quiz order in the assessment test', () => {
    const test = xml(text('tests/sample-quiz-test.xml'))
    const refs = all(test, 'qti-assessment-item-ref').map((r) => r.getAttribute('href'))
    expect(refs).toEqual(quiz.questions.map((q) => `../items/sample-quiz-${q.id}.xml`))
  })

  it('puts the whole article, escaped, in the stimulus', () => {
    const stimulus = xml(text('stimulus/sample-quiz-article.xml'))
    const body = one(stimulus, 'qti-stimulus-body').textContent!
    for (const p of quiz.article.paragraphs) expect(body).toContain(p.text)
    expect(body).toContain('"خاصة" & <مبنية>')
  })

  const item = (id: string) => {
    const doc = xml(text(`items/sample-quiz-${id}.xml`))
    expect(doc.documentElement.localName).toBe('qti-assessment-item')
    expect(doc.documentElement.namespaceURI).toBe(NS)
    return doc
  }

  it('exports single choice as a choice interaction with the right identifier', () => {
    const doc = item('meeting-place')
    const interaction = one(doc, 'qti-choice-interaction')
    expect(interaction.getAttribute('max-choices')).toBe('1')
    // The delivery system shuffles: a file may keep the right choice first.
    expect(interaction.getAttribute('shuffle')).toBe('true')
    expect(all(interaction, 'qti-simple-choice').map((c) => [c.getAttribute('identifier'), c.textContent])).toEqual([
      ['beijing', 'العاصمة الصينية'],
      ['moscow', 'موسكو'],
      // A QTI identifier cannot start with a digit.
      ['c-3-pyongyang', 'بيونغ يانغ = العاصمة'],
    ])
    const declaration = one(doc, 'qti-response-declaration')
    expect(declaration.getAttribute('cardinality')).toBe('single')
    expect(all(one(declaration, 'qti-correct-response'), 'qti-value').map((v) => v.textContent)).toEqual(['beijing'])
    expect(one(doc, 'qti-prompt').textContent).toBe('أين اجتمع كيم وبوتين؟')
    expect(one(doc, 'qti-response-processing').getElementsByTagName('qti-match')).toHaveLength(1)
    expect(one(doc, 'qti-modal-feedback').textContent).toContain('اجتمعا في بكين.')
  })

  it('exports multiple with partial credit as a bounded mapping of ±points/n', () => {
    const doc = item('kursk-workers')
    expect(one(doc, 'qti-choice-interaction').getAttribute('max-choices')).toBe('0')
    expect(one(doc, 'qti-choice-interaction').getAttribute('shuffle')).toBe('true')
    const declaration = one(doc, 'qti-response-declaration')
    expect(declaration.getAttribute('cardinality')).toBe('multiple')
    expect(all(declaration, 'qti-value').map((v) => v.textContent)).toEqual(['c5000', 'c1000'])
    const mapping = one(declaration, 'qti-mapping')
    expect([mapping.getAttribute('lower-bound'), mapping.getAttribute('upper-bound')]).toEqual(['0', '2'])
    expect(all(mapping, 'qti-map-entry').map((e) => [e.getAttribute('map-key'), e.getAttribute('mapped-value')])).toEqual([
      ['c5000', '1'],
      ['c1000', '1'],
      ['c3000', '-1'],
    ])
    expect(all(doc, 'qti-map-response')).toHaveLength(1)
  })

  it('exports strict multiple as an exact match of the set', () => {
    const doc = item('strict-multiple')
    expect(all(doc, 'qti-mapping')).toHaveLength(0)
    expect(all(doc, 'qti-match')).toHaveLength(1)
  })

  it('exports boolean as a two-choice interaction, true before false (not shuffled)', () => {
    const doc = item('relations-special')
    expect(one(doc, 'qti-choice-interaction').getAttribute('shuffle')).toBe('false')
    expect(all(doc, 'qti-simple-choice').map((c) => [c.getAttribute('identifier'), c.textContent])).toEqual([
      ['true', 'صح'],
      ['false', 'خطأ'],
    ])
    expect(all(one(doc, 'qti-correct-response'), 'qti-value').map((v) => v.textContent)).toEqual(['true'])
  })

  it('exports numeric as a float text entry scored with an absolute tolerance', () => {
    const doc = item('meeting-duration')
    expect(all(doc, 'qti-text-entry-interaction')).toHaveLength(1)
    const declaration = one(doc, 'qti-response-declaration')
    expect(declaration.getAttribute('base-type')).toBe('float')
    expect(one(declaration, 'qti-value').textContent).toBe('2.5')
    const equal = one(doc, 'qti-equal')
    expect(equal.getAttribute('tolerance-mode')).toBe('absolute')
    expect(equal.getAttribute('tolerance')).toBe('0.25 0.25')
    expect(one(doc, 'qti-item-body').textContent).toContain('ساعة')
    const exact = item('soldiers-killed')
    expect(one(exact, 'qti-equal').getAttribute('tolerance')).toBe('0 0')
    expect(one(one(exact, 'qti-correct-response'), 'qti-value').textContent).toBe('2000')
  })

  it('exports text as a string text entry mapping every accepted answer, case-insensitively', () => {
    const doc = item('meeting-city')
    expect(all(doc, 'qti-text-entry-interaction')).toHaveLength(1)
    const declaration = one(doc, 'qti-response-declaration')
    expect(declaration.getAttribute('base-type')).toBe('string')
    expect(one(one(declaration, 'qti-correct-response'), 'qti-value').textContent).toBe('بكين')
    expect(all(declaration, 'qti-map-entry').map((e) => [e.getAttribute('map-key'), e.getAttribute('mapped-value'), e.getAttribute('case-sensitive')])).toEqual(
      [
        ['بكين', '1', 'false'],
        ['Beijing', '1', 'false'],
        ['a#b~c=d:e', '1', 'false'],
      ],
    )
    expect(all(doc, 'qti-prompt')).toHaveLength(0)
    expect(prompt(doc)).toBe('اكتب اسم المدينة: {مدينة}')
  })

  it('exports money as a float named by its currency, and a date as a string entry taking its spellings', () => {
    const zipped = unzipSync(quizToQtiPackage(sampleQuizWithUnits()))
    const doc = (id: string) => xml(strFromU8(zipped[`items/sample-quiz-${id}.xml`]!))
    const deal = doc('deal-value')
    expect(one(deal, 'qti-response-declaration').getAttribute('base-type')).toBe('float')
    expect(one(one(deal, 'qti-correct-response'), 'qti-value').textContent).toBe('1500000000')
    expect(one(deal, 'qti-item-body').textContent).toContain('ريال سعودي')
    const quake = doc('quake-date')
    const declaration = one(quake, 'qti-response-declaration')
    expect(declaration.getAttribute('base-type')).toBe('string')
    expect(all(declaration, 'qti-map-entry').map((e) => e.getAttribute('map-key'))).toEqual(['8 سبتمبر 2023', '8 September 2023', '8/9/2023', '2023-09-08'])
    expect(all(quake, 'qti-map-response')).toHaveLength(1)
    expect(one(quake, 'qti-item-body').textContent).toContain('تاريخ')
    expect(all(doc('founding-year'), 'qti-map-entry').map((e) => e.getAttribute('map-key'))).toEqual(['عام 1900', '1900'])
  })

  it('exports power and energy as floats named by their unit', () => {
    const rows = [
      { lang: 'ar', id: 'plant-capacity', value: '8', name: 'ميغاواط', other: 'ميغاواط ساعة' },
      { lang: 'ar', id: 'battery-storage', value: '500', name: 'كيلوواط ساعة', other: null },
      { lang: 'en', id: 'plant-capacity', value: '8', name: 'megawatts', other: 'megawatt-hours' },
      { lang: 'en', id: 'battery-storage', value: '500', name: 'kilowatt-hours', other: null },
    ] as const
    for (const row of rows) {
      const zipped = unzipSync(quizToQtiPackage(sampleQuizWithUnits(), { lang: row.lang }))
      const item = xml(strFromU8(zipped[`items/sample-quiz-${row.id}.xml`]!))
      expect(one(item, 'qti-response-declaration').getAttribute('base-type')).toBe('float')
      expect(one(one(item, 'qti-correct-response'), 'qti-value').textContent).toBe(row.value)
      const body = one(item, 'qti-item-body').textContent
      expect(body).toContain(row.name)
      if (row.other) expect(body).not.toContain(row.other)
    }
  })

  it('escapes hostile text so every file stays well-formed', () => {
    const hostile = sampleQuiz()
    const evil = '</qti-prompt><x a="\'">&amp;\u0001\uD800 ]]> <!-- --> "'
    hostile.questions = hostile.questions.map((q) => ({ ...q, prompt: { ar: evil, en: evil } }))
    hostile.title = { ar: evil, en: evil }
    const zipped = unzipSync(quizToQtiPackage(hostile))
    for (const [path, bytes] of Object.entries(zipped)) xml(strFromU8(bytes))
    const doc = xml(strFromU8(zipped['items/sample-quiz-meeting-place.xml']!))
    expect(one(doc, 'qti-prompt').textContent).toBe('</qti-prompt><x a="\'">&amp; ]]> <!-- --> "')
  })

  it('escapes the five XML special characters', () => {
    expect(esc(`<a href="x">'&'</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;&apos;&amp;&apos;&lt;/a&gt;')
  })

  it('gives the same bytes for the same quiz', () => {
    expect(quizToQtiPackage(quiz)).toEqual(quizToQtiPackage(sampleQuiz()))
  })

  describe('a quiz in one language', () => {
    it.each([
      ['Arabic only, asked in English', quizOf(arabicOnlyQuizFile(), SAMPLE_ARTICLE), 'en', 'ar', 'rtl', 'sample-quiz'],
      ['English only, asked in Arabic', quizOf(englishOnlyQuizFile(), ENGLISH_ARTICLE), 'ar', 'en', 'ltr', 'english-quiz'],
    ] as const)('%s: every file well-formed, in the quiz’s language, with no empty text', (_name, quizInOneLang, asked, lang, dir, id) => {
      const unzipped = unzipSync(quizToQtiPackage(quizInOneLang, { lang: asked }))
      const docs = Object.fromEntries(Object.entries(unzipped).map(([path, bytes]) => [path, xml(strFromU8(bytes))]))
      expect(Object.keys(docs).filter((p) => p.startsWith('items/'))).toHaveLength(quizInOneLang.questions.length)
      const test = docs[`tests/${id}-test.xml`]!
      expect(test.documentElement.getAttribute('title')).toBe(pickText(quizInOneLang.title, lang))
      // The package says its language in the manifest's LOM metadata (a QTI 3.0 test takes no xml:lang).
      const manifest = docs['imsmanifest.xml']!
      expect(one(manifest, 'lom:language').textContent).toBe(lang)
      expect(one(manifest, 'lom:string').getAttribute('language')).toBe(lang)
      expect(one(manifest, 'lom:string').textContent).toBe(pickText(quizInOneLang.title, lang))
      for (const q of quizInOneLang.questions) {
        const doc = docs[`items/${id}-${q.id}.xml`]!
        expect(doc.documentElement.getAttribute('xml:lang')).toBe(lang)
        expect(one(doc, 'qti-item-body').firstElementChild!.getAttribute('dir')).toBe(dir)
        expect(prompt(doc)).toBe(pickText(q.prompt, lang))
        for (const name of ['qti-prompt', 'qti-simple-choice', 'qti-modal-feedback']) {
          for (const el of all(doc, name)) expect(el.textContent!.trim(), `${q.id} <${name}>`).not.toBe('')
        }
      }
    })
  })
})
