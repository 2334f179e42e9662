import type { Lang } from './types.ts'

/** UI strings. Keys are short on purpose: every byte ships in widget.js. */
const ar = {
  loading: 'جارٍ التحميل…',
  loadFail: 'تعذّر تحميل الاختبار.',
  sendFail: 'تعذّر الإرسال. إجاباتك محفوظة.',
  retry: 'إعادة المحاولة',
  check: 'تحقّق',
  next: 'التالي',
  prev: 'السابق',
  finish: 'النتيجة',
  ok: 'إجابة صحيحة',
  no: 'إجابة غير صحيحة',
  part: 'إجابة صحيحة جزئيًا',
  readAs: 'فهمنا إجابتك هكذا: ',
  expected: 'الإجابة الصحيحة: ',
  quote: 'من النص:',
  score: 'نتيجتك',
  again: 'أعد الاختبار',
  review: 'المراجعة',
  yes: 'صح',
  nope: 'خطأ',
  answer: 'إجابتك',
  numHint: 'رقم أو كلمات',
  unit: 'الوحدة: ',
  q: 'السؤال ',
  article: 'النص',
  source: 'المصدر: ',
  name: 'اسمك',
  submit: 'أرسل الإجابات',
  sent: 'أُرسلت إجاباتك.',
  left: 'المحاولات المتبقية: ',
  notOpen: 'لم يُفتح هذا الواجب بعد.',
  closed: 'أُغلق هذا الواجب.',
  none: 'لم تُجب',
  switchTo: 'English',
  lang: 'en',
  need: 'اكتب اسمك أولًا.',
}
export type Strings = typeof ar

const en: Strings = {
  loading: 'Loading…',
  loadFail: "Couldn't load the quiz.",
  sendFail: "Couldn't send. Your answers are saved.",
  retry: 'Retry',
  check: 'Check',
  next: 'Next',
  prev: 'Previous',
  finish: 'See score',
  ok: 'Correct',
  no: 'Not correct',
  part: 'Partly correct',
  readAs: 'We read your answer as: ',
  expected: 'Right answer: ',
  quote: 'From the article:',
  score: 'Your score',
  again: 'Try again',
  review: 'Review',
  yes: 'True',
  nope: 'False',
  answer: 'Your answer',
  numHint: 'A number or words',
  unit: 'Unit: ',
  q: 'Question ',
  article: 'Article',
  source: 'Source: ',
  name: 'Your name',
  submit: 'Submit answers',
  sent: 'Your answers were submitted.',
  left: 'Attempts left: ',
  notOpen: 'This assignment is not open yet.',
  closed: 'This assignment is closed.',
  none: 'Not answered',
  switchTo: 'العربية',
  lang: 'ar',
  need: 'Enter your name first.',
}

export const strings: Record<Lang, Strings> = { ar, en }

const units: Record<string, [string, string]> = {
  second: ['ثانية', 'seconds'],
  minute: ['دقيقة', 'minutes'],
  hour: ['ساعة', 'hours'],
  day: ['يوم', 'days'],
  week: ['أسبوع', 'weeks'],
  month: ['شهر', 'months'],
  year: ['سنة', 'years'],
  person: ['شخص', 'people'],
  count: ['عدد', 'count'],
}

/** The unit's name in `lang`, or the unit id when it is not one we know. */
export function unitName(unit: string, lang: Lang): string {
  return units[unit]?.[lang === 'ar' ? 0 : 1] ?? unit
}
