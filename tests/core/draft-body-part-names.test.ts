import { describe, expect, it } from 'vitest'
import { draftQuiz } from '../../src/core/draft/index.ts'
import { keysOf, namesIn } from './draft-test-helpers.ts'

/**
 * A common noun of an organisation asked as a person's name (found by engineers drafting unseen articles): a drafted name
 * question had the answer «فرع» ("branch"). Why: after a title («مدير فرع الشركة»), the words the name finder passes are
 * the title's qualifiers and the body it heads (a closed list: «مجلس هيئة لجنة إدارة مكتب قسم …»); «فرع» was neither, so it
 * was taken as a one-word name. Before: «وقال مدير فرع الشركة في عمان إن …» gave the person «فرع»; «رئيس وحدة المشتريات»
 * «وحدة»; «رئيس شعبة التحقيق العميد سامي الحربي» «شعبة» beside the real name; «مدير مصنع الشركة» «مصنع». Now, as a body
 * a title heads is: a word between a title in construct (indefinite: مدير، رئيسة) and a body's head (الشركة، شركة، البنك،
 * الجمعية) is a part of that body, whatever it is called (فرع، مصنع، …), and the common words for a part of a body (فرع،
 * وحدة، شعبة، مصلحة) are among the body words a title heads, so never a name. A person after them is still found; a
 * preposition or a quoted body after a title is no part, nor a name after a definite title (الرئيس تبون المنتخب).
 */

describe('a part of a body after a title is no person', () => {
  const rows: { text: string; names: string[] }[] = [
    { text: 'وقال مدير فرع الشركة في عمان إن المبيعات ارتفعت هذا العام.', names: ['place:عمان'] },
    // (Irbid is a town of the table since the twentieth review, as Amman is.)
    { text: 'وقالت مديرة فرع الجمعية في إربد إن المشروع انطلق.', names: ['place:إربد'] },
    { text: 'وقال مدير مصنع الشركة إن الإنتاج ارتفع هذا العام.', names: [] },
    { text: 'وقال مدير فرع عمان إن المبيعات ارتفعت هذا العام.', names: ['place:عمان'] },
    { text: 'وقال رئيس وحدة المشتريات في البنك إن الأسعار ارتفعت.', names: [] },
    { text: 'وقال رئيس شعبة التحقيق العميد سامي الحربي إن التحقيق مستمر.', names: ['person:سامي الحربي'] },
    { text: 'وقال مدير مصلحة الضرائب إن الإيرادات ارتفعت.', names: [] },
    // Wrong neighbours: the person after the body and its part, after a body alone, and after a preposition and a quoted body.
    // (A definite body with its adjective is a body's name since the eleventh review: البنك العربي.)
    { text: 'وقال مدير فرع البنك العربي أحمد خالد إن المبيعات ارتفعت.', names: ['person:أحمد خالد', 'organisation:البنك العربي'] },
    { text: 'وقال مدير فرع الشركة في عمان خالد العلي إن المبيعات ارتفعت.', names: ['person:خالد العلي', 'place:عمان'] },
    { text: 'وقال مدير الشركة أحمد خالد إن المبيعات ارتفعت.', names: ['person:أحمد خالد'] },
    { text: 'وقال المحلل في «بنك الكويت الوطني» دان سترويفن إن الاتفاق متشدد.', names: ['organisation:بنك الكويت الوطني'] },
    { text: 'وقال الوزير خالد العلي إن المبيعات ارتفعت.', names: ['person:خالد العلي'] },
    // A definite title stands beside its name, whatever body follows it (its object).
    { text: 'وهنأ الرئيس تبون المنتخب الوطني بالفوز في المباراة.', names: ['person:تبون'] },
    { text: 'وهنأ الرئيس تبون منتخب الجزائر بالفوز في المباراة.', names: ['person:تبون', 'organisation:منتخب الجزائر'] },
  ]
  it.each(rows)('$text', ({ text, names }) => {
    expect(namesIn(text, 'ar')).toEqual(names)
  })

  it('a draft asks no part of a body as a name', () => {
    const article = [
      'البنك العربي يفتتح فرعا جديدا في إربد',
      'وقال مدير فرع البنك في إربد إن الفرع الجديد سيخدم 20 ألف عميل في المحافظة خلال عامه الأول.',
      'وأضاف أن البنك وظف 45 موظفا في الفرع، وأن رئيس وحدة التسهيلات سيشرف على القروض الصغيرة.',
      'وقالت مديرة فرع الجمعية في المدينة إن الجمعية ستقدم 300 منحة للطلاب هذا العام.',
    ].join('\n\n')
    const keys = draftQuiz(article).quiz.questions.flatMap((q) => (/^(?:who|which|where)-/u.test(q.id) ? keysOf(q) : []))
    for (const part of ['فرع', 'وحدة', 'فرع البنك']) expect(keys).not.toContain(part)
  })
})
