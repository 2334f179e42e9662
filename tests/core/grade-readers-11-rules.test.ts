import { describe, expect, it } from 'vitest'
import { gradeQuestion } from '../../src/core/grade.ts'
import { askNumber as ask, answerRows as rows, type AnswerRow as Row } from './numeric-question.ts'
import { describeRows, verdict as statement } from './rules-table.ts'

/**
 * The rules the eleventh readers' set (grade-readers-11.test.ts) led to, on questions and answers of their own, each
 * beside its wrong neighbours: "a fortnight" is two weeks; `over` or `under` before an article in the quote is no
 * comparison ("talks over a 4.5% pay offer"); a weekday the quote gives its date (for a key without its year too); a
 * share's words without its per cent count what they name (`82 members` for "82% of members"); Iraqi «ميكاواط»; `aye`.
 * Measured on this file's numeric rows (vitest's JSON reporter, `src/core` before this round → after): right answers
 * 32/40 → 40/40 accepted, wrong ones 11/39 → 0/39.
 */

// Its statements are in English.
const verdict = (id: string, answer: boolean, prompt: string, quote: string) => statement(id, answer, prompt, quote, 'en')

describeRows('a fortnight is two weeks', [
  ...rows(
    ask('holiday', 14, 'day', 'The school closes for a fortnight at Easter'),
    ['a fortnight', 'fortnight', 'A Fortnight', 'for a fortnight', 'two weeks', '14 days'],
    ['a week', 'two fortnights', '3 fortnights', 'more than a fortnight', '14 weeks', '7 days'],
  ),
  ...rows(ask('works', 2, 'week', 'Roadworks will last a fortnight'), ['a fortnight', '2 weeks', '14 days'], ['a month', '4 weeks', 'a week']),
  ...rows(ask('wait', 3, 'week', 'Patients wait three weeks for a scan'), ['3 weeks', '21 days'], ['a fortnight', 'fortnight', 'two fortnights']),
])

describeRows('the quote’s `over` or `under` before an article is no comparison', [
  ...rows(
    ask('offer', 4.5, 'percent', 'after talks over a 4.5% pay offer collapsed'),
    ['4.5%', '4.5 per cent', 'a 4.5% pay offer'],
    ['more than 4.5%', 'over 4.5%', 'in excess of 4.5%', 'under 4.5%'],
  ),
  ...rows(
    ask('contract', 2_000_000, 'GBP', 'built under a £2 million contract'),
    ['£2 million', '£2m'],
    ['under £2 million', 'less than £2 million', 'below £2m'],
  ),
  // a comparison the quote makes stays one
  ...rows(
    ask('visitors', 9000, 'person', 'over 9,000 people visited the fair'),
    ['over 9,000', 'more than 9,000 people', '9,000'],
    ['under 9,000', 'about 8,000'],
  ),
])

describeRows('a weekday the quote gives its date', [
  ...rows(
    ask('walkout', 407, 'date', 'will walk out from Monday 7 April'),
    ['Monday 7 April', 'Mon 7 April', '7 April', 'April 7th'],
    ['Tuesday 7 April', 'Sunday 7 April', 'Monday 8 April', 'Monday'],
  ),
  ...rows(
    ask('vote', 20250706, 'date', 'حدد المجلس يوم الأحد 6 تموز 2025 سعر الأمبير', 'ar'),
    ['الأحد 6 تموز 2025', '6 تموز', 'الأحد 6 تموز'],
    ['الاثنين 6 تموز', 'الاثنين 6 تموز 2025', 'السبت 6 تموز'],
  ),
  // a quote without a weekday says nothing of one
  ...rows(ask('opening', 512, 'date', 'The bridge opens on 12 May'), ['12 May', 'Monday 12 May'], ['13 May', 'Monday 13 May']),
])

describeRows('a share’s words without its per cent count what they name', [
  ...rows(
    ask('vote', 82, 'percent', 'The union said 82% of members voted for action'),
    ['82%', '82', '82 per cent', '82% of members', '82 percent of members'],
    ['82 members', '82 voters', '28%'],
  ),
  ...rows(ask('turnout', 71, 'percent', 'on a turnout of 71% of those balloted'), ['71%', '71% of those balloted', '71'], ['17%', '71 balloted']),
])

describeRows('Iraqi «ميكاواط»: ك for the foreign g', [
  ...rows(
    ask('demand', 28000, 'megawatt', 'ما رفع الطلب على الكهرباء إلى 28 ألف ميغاواط', 'ar'),
    ['28 ألف ميكاواط', '28000 ميكاواط', '28 ألف ميكا واط', '28 ألف ميغاواط'],
    ['28 ألف كيلوواط', '28 ميكاواط', '27 ألف ميكاواط', '28 ألف ميكاواط ساعة'],
  ),
])

describe('`aye` is yes', () => {
  const journeys = verdict(
    'journeys',
    true,
    'True or false? The walkout will affect 1.2 million journeys a day.',
    'The walkout is expected to affect around 1.2 million journeys a day.',
  )
  const refused = verdict('refused', false, 'True or false? The union accepted the offer.', 'The union rejected the offer.')
  it.each([
    [journeys, 'aye', true],
    [journeys, 'Aye', true],
    [journeys, 'aye, 1.2 million', true],
    [journeys, 'aye, 2.1 million', false],
    [refused, 'aye', false],
    [refused, 'no', true],
  ] as const)('%#: %j', (question, answer, right) => {
    expect(gradeQuestion(question, answer as string, [question]).correct).toBe(right)
  })
})
