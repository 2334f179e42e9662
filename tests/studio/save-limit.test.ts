import { describe, expect, it } from 'vitest'
import { STRINGS } from '../../src/studio/i18n.ts'

/** What the studio says when a save is refused 429 `rate-limited` (the quiz-writes policy), in each language. */

describe('savesLimited', () => {
  it.each([
    [1, true, 'بلغ الحفظ بمفتاح هذا الصف حدّه في هذه الساعة، فلم يُحفظ الاختبار. احفظ مجددًا بعد دقيقة واحدة؛ تعديلاتك باقية في هذا المتصفح.'],
    [2, false, 'بلغ الحفظ برمز المحرّر حدّه في هذه الساعة، فلم يُحفظ الاختبار. احفظ مجددًا بعد دقيقتين؛ تعديلاتك باقية في هذا المتصفح.'],
    [7, true, 'بلغ الحفظ بمفتاح هذا الصف حدّه في هذه الساعة، فلم يُحفظ الاختبار. احفظ مجددًا بعد ٧ دقائق؛ تعديلاتك باقية في هذا المتصفح.'],
    [45, true, 'بلغ الحفظ بمفتاح هذا الصف حدّه في هذه الساعة، فلم يُحفظ الاختبار. احفظ مجددًا بعد ٤٥ دقيقة؛ تعديلاتك باقية في هذا المتصفح.'],
    [null, false, 'بلغ الحفظ برمز المحرّر حدّه في هذه الساعة، فلم يُحفظ الاختبار. احفظ مجددًا بعد قليل؛ تعديلاتك باقية في هذا المتصفح.'],
  ] as const)('in Arabic, %s minutes (teacher: %s)', (minutes, teacher, text) => {
    expect(STRINGS.ar.savesLimited(minutes, teacher)).toBe(text)
  })

  it.each([
    [
      1,
      true,
      'Saving with this class’s key has reached its limit for the hour, so the quiz was not saved. Save again in 1 minute; your changes stay in this browser.',
    ],
    [
      45,
      false,
      'Saving with the editor token has reached its limit for the hour, so the quiz was not saved. Save again in 45 minutes; your changes stay in this browser.',
    ],
    [
      null,
      true,
      'Saving with this class’s key has reached its limit for the hour, so the quiz was not saved. Save again in a little while; your changes stay in this browser.',
    ],
  ] as const)('in English, %s minutes (teacher: %s)', (minutes, teacher, text) => {
    expect(STRINGS.en.savesLimited(minutes, teacher)).toBe(text)
  })
})
