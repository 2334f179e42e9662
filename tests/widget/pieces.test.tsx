import { render } from 'preact'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { strings } from '../../src/widget/i18n.ts'
import { Feedback, Input, type QuizLang } from '../../src/widget/question.tsx'
import { adoptStyles, css, quizCss } from '../../src/widget/styles.ts'
import type { Question } from '../../src/widget/types.ts'

afterEach(() => vi.unstubAllGlobals())

const box = () => {
  const el = document.createElement('div')
  document.body.appendChild(el)
  return el
}

describe('styles', () => {
  it('falls back to a <style> element with the nonce when constructable stylesheets are missing', () => {
    vi.stubGlobal('CSSStyleSheet', undefined)
    const root = box().attachShadow({ mode: 'open' })
    adoptStyles(root, 'abc123')
    adoptStyles(root, 'abc123')
    const styles = root.querySelectorAll('style')
    expect(styles).toHaveLength(1)
    expect(styles[0]!.nonce).toBe('abc123')
    expect(styles[0]!.textContent).toBe(css + quizCss)
  })

  it('guards the host against the page and follows the dark scheme', () => {
    expect(css).toContain(':host{display:block!important}')
    expect(css).toContain('.w{all:initial;')
    expect(css).toMatch(/@media\(prefers-color-scheme:dark\)\{\.auto\{/)
    // Reduced motion stops the only transition, the progress bar's, in the quiz's stylesheet.
    expect(quizCss).toMatch(/transition:width[^}]*\}@media\(prefers-reduced-motion:reduce\)\{\*\{transition:none!important\}\}/)
    for (const v of ['--fahm-accent', '--fahm-bg', '--fahm-fg', '--fahm-font', '--fahm-radius', '--fahm-border']) expect(css).toContain(v)
  })
})

const AR: QuizLang = { lang: 'ar', dir: 'rtl' }
const EN: QuizLang = { lang: 'en', dir: 'ltr' }

describe('inputs', () => {
  const numeric: Question = { id: 'h', type: 'numeric', skill: 'recall', points: 1, prompt: 'كم؟', unit: 'hour', unitLabel: 'ساعة' }

  it('the numeric field takes free text (words, Arabic digits) and names its unit', () => {
    const el = box()
    const onAnswer = vi.fn()
    render(<Input q={numeric} k="q-h" value="١٥٠ دقيقة" ql={AR} t={strings.ar} onAnswer={onAnswer} />, el)
    const input = el.querySelector('input')!
    expect(input.type).toBe('text')
    expect(input.value).toBe('١٥٠ دقيقة')
    expect(el.querySelector('#q-h-h')!.textContent).toContain('الوحدة: ساعة')
    input.value = 'ساعتان ونصف'
    input.dispatchEvent(new Event('input', { bubbles: true }))
    expect(onAnswer).toHaveBeenCalledWith('ساعتان ونصف')
  })

  it('names the unit in the quiz’s language inside the widget’s own hint', () => {
    const el = box()
    render(<Input q={{ ...numeric, unitLabel: 'ساعة' }} k="q-u" value={undefined} ql={AR} t={strings.en} onAnswer={vi.fn()} />, el)
    const hint = el.querySelector('#q-u-h')!
    expect(hint.textContent).toBe('A number or words — Unit: ساعة')
    expect(hint.getAttribute('lang')).toBeNull()
    expect([hint.querySelector('bdi')!.textContent, hint.querySelector('bdi')!.getAttribute('lang'), hint.querySelector('bdi')!.getAttribute('dir')]).toEqual([
      'ساعة',
      'ar',
      'rtl',
    ])
    expect(el.querySelector('input')!.getAttribute('aria-describedby')).toBe('q-u-h')
  })

  it('true/false answers booleans', () => {
    const el = box()
    const onAnswer = vi.fn()
    render(<Input q={{ ...numeric, type: 'boolean' }} k="q-b" value={false} ql={AR} t={strings.en} onAnswer={onAnswer} />, el)
    const [yes, no] = el.querySelectorAll('input')
    expect(no!.checked).toBe(true)
    yes!.click()
    expect(onAnswer).toHaveBeenCalledWith(true)
  })

  it('names the unit with the label the API sends, in the quiz language, and nothing for a plain count', () => {
    const el = box()
    render(<Input q={{ ...numeric, unit: 'SAR', unitLabel: 'Saudi riyals' }} k="q-m" value="" ql={EN} t={strings.en} onAnswer={vi.fn()} />, el)
    expect(el.querySelector('#q-m-h')!.textContent).toContain('Unit: Saudi riyals')
    render(<Input q={{ ...numeric, unit: 'count', unitLabel: '' }} k="q-c" value="" ql={EN} t={strings.en} onAnswer={vi.fn()} />, el)
    expect(el.querySelector('#q-c-h')!.textContent).not.toContain('Unit:')
  })

  it('marks choice texts with the quiz’s language, not the widget’s own true/false labels', () => {
    const el = box()
    const single: Question = {
      id: 's',
      type: 'single',
      skill: 'recall',
      points: 1,
      prompt: 'أين؟',
      choices: [
        { id: 'b', text: 'بكين' },
        { id: 'm', text: 'موسكو' },
      ],
    }
    render(<Input q={single} k="q-s" value={undefined} ql={AR} t={strings.en} onAnswer={vi.fn()} />, el)
    const labels = [...el.querySelectorAll('label')]
    expect(labels.map((l) => [l.textContent, l.getAttribute('lang'), l.getAttribute('dir')])).toEqual([
      ['بكين', 'ar', 'rtl'],
      ['موسكو', 'ar', 'rtl'],
    ])
    render(<Input q={{ ...single, type: 'boolean' }} k="q-s" value={undefined} ql={AR} t={strings.en} onAnswer={vi.fn()} />, el)
    expect([...el.querySelectorAll('label')].map((l) => [l.textContent, l.getAttribute('lang')])).toEqual([
      ['True', null],
      ['False', null],
    ])
  })

  it('has the same UI strings in both languages', () => {
    expect(Object.keys(strings.ar).sort()).toEqual(Object.keys(strings.en).sort())
    for (const value of Object.values(strings.ar)) expect(value).not.toBe('')
  })
})

describe('feedback', () => {
  it('says partly correct for partial credit, and what was expected', () => {
    const el = box()
    render(
      <Feedback
        r={{
          questionId: 'm',
          answered: true,
          correct: false,
          score: 0.5,
          maxScore: 1,
          parsed: { kind: 'choice', choiceIds: ['a', 'b'], display: 'A, B' },
          expected: { display: 'A, B, C', choiceIds: ['a', 'b', 'c'] },
        }}
        t={strings.en}
        lang="en"
        ql={EN}
      />,
      el,
    )
    expect(el.textContent).toContain('Partly correct')
    // A choice is not echoed: the options carry the marks.
    expect(el.textContent).not.toContain('We read your answer as')
    expect(el.textContent).toContain('Right answer: A, B, C')
  })

  it('labels in the widget’s language, the texts they introduce in the quiz’s', () => {
    const el = box()
    render(
      <Feedback
        r={{
          questionId: 'm',
          answered: true,
          correct: false,
          score: 0,
          maxScore: 1,
          parsed: { kind: 'choice', choiceIds: ['m'], display: 'موسكو' },
          explanation: 'اجتمعا في بكين.',
          expected: { display: 'بكين', choiceIds: ['b'] },
        }}
        t={strings.en}
        lang="en"
        ql={AR}
      />,
      el,
    )
    expect(el.textContent).toContain('Not correct')
    const marked = [...el.querySelectorAll('[lang]')].map((n) => [n.textContent, n.getAttribute('lang'), n.getAttribute('dir')])
    expect(marked).toEqual([
      ['بكين', 'ar', 'rtl'],
      ['اجتمعا في بكين.', 'ar', 'rtl'],
    ])
  })

  it('says when a question was not answered', () => {
    const el = box()
    render(<Feedback r={{ questionId: 'm', answered: false, correct: false, score: 0, maxScore: 1, parsed: null }} t={strings.ar} lang="ar" ql={AR} />, el)
    expect(el.textContent).toContain('إجابة غير صحيحة')
    expect(el.textContent).toContain('لم تُجب')
  })
})

describe('typed answers and marks', () => {
  const result = (parsed: unknown, correct: boolean) =>
    ({ questionId: 't', answered: true, correct, score: correct ? 1 : 0, maxScore: 1, parsed, expected: { display: 'بكين', accepted: ['بكين'] } }) as never

  it('echoes a typed answer as the form the grader accepted, and a wrong text not at all', () => {
    const el = box()
    render(
      <Feedback r={result({ kind: 'text', normalized: 'peking', matched: 'Peking', display: 'Peking → Beijing' }, true)} t={strings.en} lang="en" ql={EN} />,
      el,
    )
    expect(el.textContent).toContain('We read your answer as: Peking → Beijing')
    render(<Feedback r={result({ kind: 'text', normalized: 'moskow', matched: null, display: 'moskow' }, false)} t={strings.en} lang="en" ql={EN} />, el)
    expect(el.textContent).not.toContain('We read your answer as')
    expect(el.textContent).toContain('Right answer: بكين')
  })

  it('writes the numbers of a typed answer in the digits of its language, or Latin when the publisher asks', () => {
    const el = box()
    const number = result({ kind: 'number', value: 2000, unit: 'person', input: { value: 2000, unit: null, text: '2000' }, display: '2000 جندي' }, true)
    render(<Feedback r={number} t={strings.ar} lang="ar" ql={AR} />, el)
    expect(el.textContent).toContain('فهمنا إجابتك هكذا: ٢٠٠٠ جندي')
    expect(el.textContent).toContain('(\u2068١/١\u2069)')
    render(<Feedback r={number} t={strings.ar} lang="ar" ql={AR} numerals="latn" />, el)
    expect(el.textContent).toContain('فهمنا إجابتك هكذا: 2000 جندي')
    expect(el.textContent).toContain('(\u20681/1\u2069)')
  })

  it('marks the chosen and the right options with a sign and a colour class, and locks them', () => {
    const el = box()
    const single: Question = {
      id: 's',
      type: 'single',
      skill: 'recall',
      points: 1,
      prompt: 'أين؟',
      choices: [
        { id: 'b', text: 'بكين' },
        { id: 'm', text: 'موسكو' },
        { id: 'k', text: 'كورسك' },
      ],
    }
    const verdict = { questionId: 's', answered: true, correct: false, score: 0, maxScore: 1, expected: { display: 'بكين', choiceIds: ['b'] } }
    render(<Input q={single} k="q-s" value="m" ql={AR} t={strings.en} onAnswer={vi.fn()} verdict={verdict} locked />, el)
    const labels = [...el.querySelectorAll('label')]
    expect(labels.map((l) => l.className)).toEqual(['o right', 'o wrong', 'o'])
    expect(labels.map((l) => l.querySelector('.mk')?.textContent ?? '')).toEqual(['✓ Right answer', '✗ Your answer', ''])
    expect(labels.map((l) => l.querySelector('.mk')?.getAttribute('lang') ?? '')).toEqual(['en', 'en', ''])
    expect([...el.querySelectorAll('input')].every((i) => i.disabled)).toBe(true)
  })
})
