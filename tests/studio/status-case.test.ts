import { describe, expect, it } from 'vitest'
import { STRINGS } from '../../src/studio/i18n.ts'
import { STRINGS as TEACH_STRINGS } from '../../src/teach/i18n.ts'

/**
 * The labels that stand alone in the English studio and teacher page (a status, a badge, a verdict on
 * an answer tried, a choice of a list, a chart's key) are in sentence case, as every other label and
 * heading there: "Open", not "open" beside "Students: 2". Labels that continue a sentence ("or open a
 * file", "an editor (…)" after "Sign in as") are not in these lists. The rendered texts:
 * tests/e2e/teach-words.test.ts and tests/e2e/studio-words.test.ts.
 */

const studio = STRINGS.en
const teach = TEACH_STRINGS.en

const LABELS: Record<string, string> = {
  'teach status.open': teach.status.open,
  'teach status.not-yet-open': teach.status['not-yet-open'],
  'teach status.closed': teach.status.closed,
  'teach after-submit': teach['after-submit'],
  'teach after-due': teach['after-due'],
  'teach never': teach.never,
  'teach legendHigh': teach.legendHigh,
  'teach legendMid': teach.legendMid,
  'teach legendLow': teach.legendLow,
  'studio staleBadge': studio.staleBadge,
  'studio fileQuiz': studio.fileQuiz,
  'studio accepted': studio.accepted,
  'studio partlyAccepted': studio.partlyAccepted,
  'studio notAccepted': studio.notAccepted,
  'studio tryFailed': studio.tryFailed,
  'studio unsaved': studio.unsaved,
  'studio savedVersion': studio.savedVersion(2),
  'studio unpublishedChanges': studio.unpublishedChanges(2),
  'studio visibilityName.public': studio.visibilityName.public,
  'studio visibilityName.classroom': studio.visibilityName.classroom,
}

describe('English status labels', () => {
  it.each(Object.entries(LABELS))('%s starts with a capital letter (or a digit)', (_name, text) => {
    expect(text).toMatch(/^[A-Z0-9]/)
  })
})
