import { describe, expect, it } from 'vitest'
import { CONTENT_CHECKS, checkQuiz } from '../../src/core/content-checks.ts'
import { formatIssue, formatPath, inCheckOrder, type ContentIssue } from '../../src/core/content-issue.ts'
import { LANGUAGE_CHECKS } from '../../src/core/language-checks.ts'
import { STRUCTURE_CHECKS } from '../../src/core/structure-checks.ts'
import { loadQuiz } from '../../src/core/load-quiz.ts'
import { QuizInvalidError } from '../../src/core/parse-quiz.ts'
import articleText from '../../questions/kim-putin-beijing/article.ar.txt'
import quizJson from '../../questions/kim-putin-beijing/quiz.json'

const FILE = 'questions/kim-putin-beijing/quiz.json'

type Json = Record<string, any>

/** A deep copy of the real quiz, changed by `mutate`, and the issues the checks find in it. */
function issuesAfter(mutate: (quiz: Json) => void): ContentIssue[] {
  const quiz = structuredClone(quizJson) as Json
  mutate(quiz)
  return checkQuiz(quiz, articleText, FILE)
}

function indexOf(quiz: Json, id: string): number {
  const index = (quiz.questions as Json[]).findIndex((q) => q.id === id)
  if (index < 0) throw new Error(`no question ${id}`)
  return index
}

function question(quiz: Json, id: string): Json {
  return quiz.questions[indexOf(quiz, id)]
}

const realIndex = (id: string) => indexOf(quizJson as Json, id)

describe('checkQuiz', () => {
  it('finds nothing wrong with the real quiz', () => {
    expect(checkQuiz(quizJson, articleText, FILE)).toEqual([])
  })

  it('maps schema errors to paths and reports only them', () => {
    const issues = issuesAfter((quiz) => {
      question(quiz, 'meeting-duration').answer.unit = 'hours'
      quiz.questions[0].evidence.quote = 'not in the article'
    })
    expect(issues).toHaveLength(1)
    expect(issues[0]).toMatchObject({
      check: 'schema',
      file: FILE,
      path: `questions[${realIndex('meeting-duration')}].answer.unit`,
    })
  })

  it('reports a non-kebab-case id and a missing explanation as schema issues', () => {
    const issues = issuesAfter((quiz) => {
      quiz.questions[2].id = 'Meeting_City'
      delete quiz.questions[4].explanation
    })
    expect(issues.map((i) => [i.check, i.path])).toEqual([
      ['schema', 'questions[2].id'],
      ['schema', 'questions[4].explanation'],
    ])
  })

  it('unknown-properties: a misspelt optional field is reported, not silently dropped', () => {
    const issues = issuesAfter((quiz) => {
      const q = question(quiz, 'training-areas')
      q.partialcredit = q.partialCredit
      delete q.partialCredit
      quiz.questions[0].choices[1].text.fr = 'x'
    })
    expect(issues.map((i) => [i.check, i.path])).toEqual([
      ['unknown-properties', 'questions[0].choices[1].text.fr'],
      ['unknown-properties', `questions[${realIndex('training-areas')}].partialcredit`],
    ])
  })

  it('duplicate-question-ids names the second occurrence and the first', () => {
    const issues = issuesAfter((quiz) => {
      quiz.questions[5].id = quiz.questions[1].id
    })
    expect(issues).toEqual([
      {
        check: 'duplicate-question-ids',
        file: FILE,
        path: 'questions[5].id',
        message: `"${quizJson.questions[1]!.id}" is already used by questions[1].id`,
      },
    ])
  })

  it('duplicate-choice-ids', () => {
    const issues = issuesAfter((quiz) => {
      quiz.questions[0].choices[3].id = quiz.questions[0].choices[1].id
    })
    expect(issues.map((i) => [i.check, i.path])).toEqual([['duplicate-choice-ids', 'questions[0].choices[3].id']])
  })

  it('answer-choice-exists: single and multiple keys must be choice ids, listed once', () => {
    const single = realIndex('article-main-idea')
    const multiple = realIndex('training-areas')
    const issues = issuesAfter((quiz) => {
      quiz.questions[single].answer = 'growing-aliance'
      quiz.questions[multiple].answer = ['drones', 'lasers', 'drones']
    })
    expect(issues.map((i) => [i.check, i.path])).toEqual([
      ['answer-choice-exists', `questions[${multiple}].answer[1]`],
      ['answer-choice-exists', `questions[${multiple}].answer[2]`],
      ['answer-choice-exists', `questions[${single}].answer`],
    ])
    expect(issues[1]!.message).toContain('listed twice')
    expect(issues[2]!.message).toContain('"growing-aliance" is not a choice id')
  })

  it('choice-texts-distinct: texts that differ only in diacritics or spacing count as the same', () => {
    const issues = issuesAfter((quiz) => {
      const choices = question(quiz, 'treaty-terms').choices
      choices[3].text.ar = `  ${choices[0].text.ar.replace('تعرّض', 'تعرض')} `
      choices[2].text.en = choices[1].text.en.toUpperCase()
    })
    const index = realIndex('treaty-terms')
    expect(issues.map((i) => [i.check, i.path, i.message])).toEqual([
      ['choice-texts-distinct', `questions[${index}].choices[3].text.ar`, `reads the same as questions[${index}].choices[0].text.ar`],
      ['choice-texts-distinct', `questions[${index}].choices[2].text.en`, `reads the same as questions[${index}].choices[1].text.en`],
    ])
  })

  it('choice-texts-distinct: compares only the choices translated into a language', () => {
    const issues = issuesAfter((quiz) => {
      const [first, second] = question(quiz, 'treaty-terms').choices as Json[]
      // Two choices without English, the others translated: nothing to compare them with in English.
      delete first!.text.en
      delete second!.text.en
    })
    expect(issues).toEqual([])
  })

  describe('strings-in-quiz-language', () => {
    const own = (mutate: (quiz: Json) => void) => issuesAfter(mutate).filter((i) => i.check === 'strings-in-quiz-language')

    it('accepts a quiz without any translation, or translated in part', () => {
      expect(
        issuesAfter((quiz) => {
          delete quiz.title.en
          for (const q of quiz.questions as Json[]) {
            delete q.prompt.en
            if (q.id !== 'treaty-terms') delete q.explanation.en
            for (const c of (q.choices as Json[] | undefined) ?? []) delete c.text.en
          }
        }),
      ).toEqual([])
    })

    it('names each string missing the quiz’s own language, with its path', () => {
      const treaty = realIndex('treaty-terms')
      const issues = own((quiz) => {
        delete quiz.questions[3].prompt.ar
        delete question(quiz, 'treaty-terms').choices[2].text.ar
      })
      expect(issues.map((i) => i.path)).toEqual(['questions[3].prompt.ar', `questions[${treaty}].choices[2].text.ar`])
      expect(issues[0]).toMatchObject({
        file: FILE,
        message: 'missing the Arabic text: the quiz is in Arabic (lang "ar"), so every string needs "ar"; other languages are optional',
      })
    })

    it('follows the quiz’s lang: an English quiz needs every string in English', () => {
      const issues = own((quiz) => {
        quiz.lang = 'en'
        delete quiz.title.en
        delete quiz.questions[0].explanation.en
      })
      expect(issues.map((i) => i.path)).toEqual(['title.en', 'questions[0].explanation.en'])
      expect(issues[0]!.message).toContain('the quiz is in English (lang "en")')
    })
  })

  it('refuses a string in no language ({}) as a schema issue naming the languages', () => {
    const issues = issuesAfter((quiz) => {
      quiz.title = {}
      quiz.questions[1].choices[0].text = {}
    })
    expect(issues.map((i) => [i.check, i.path])).toEqual([
      ['schema', 'title'],
      ['schema', 'questions[1].choices[0].text'],
    ])
    expect(issues[0]!.message).toBe('needs its text in at least one language: "ar" (Arabic) or "en" (English)')
  })

  it('answer-position-varies: every single-choice key in the same place is found', () => {
    const issues = issuesAfter((quiz) => {
      for (const q of quiz.questions as Json[]) {
        if (q.type !== 'single') continue
        const key = (q.choices as Json[]).find((c) => c.id === q.answer)!
        q.choices = [key, ...(q.choices as Json[]).filter((c) => c !== key)]
      }
    })
    expect(issues.map((i) => [i.check, i.path])).toEqual([['answer-position-varies', 'questions']])
    expect(issues[0]!.message).toMatch(/all \d+ single-choice answers are choice 1/)
  })

  it('evidence-paragraph-exists', () => {
    const issues = issuesAfter((quiz) => {
      quiz.questions[3].evidence.paragraph = 9
    })
    expect(issues).toHaveLength(1)
    expect(issues[0]).toMatchObject({ check: 'evidence-paragraph-exists', path: 'questions[3].evidence.paragraph' })
    expect(issues[0]!.message).toContain('the article has 9 paragraphs')
  })

  describe('evidence-quote-verbatim', () => {
    const at = realIndex('first-public-trilateral')
    const verbatim = (mutate: (evidence: Json) => void) =>
      issuesAfter((quiz) => mutate(quiz.questions[at].evidence)).filter((i) => i.check === 'evidence-quote-verbatim')

    it('says where a quote is when it is in another paragraph', () => {
      const issues = verbatim((evidence) => {
        evidence.paragraph = 2
      })
      expect(issues).toEqual([
        {
          check: 'evidence-quote-verbatim',
          file: FILE,
          path: `questions[${at}].evidence.quote`,
          message: 'not in paragraph 2, but found verbatim in paragraph 1',
        },
      ])
    })

    it('tells a retyped quote (no diacritics, straight quotes) from a missing one', () => {
      const retyped = verbatim((evidence) => {
        evidence.paragraph = 0
        evidence.quote = 'باعتباره "واجبا أخويا"'
      })
      expect(retyped).toHaveLength(1)
      expect(retyped[0]!.message).toContain('matches paragraph 0 only when diacritics, quotation marks and spacing are ignored')

      const missing = verbatim((evidence) => {
        evidence.quote = 'أول اجتماع سري'
      })
      expect(missing.map((i) => i.message)).toEqual(['not found in paragraph 1 nor anywhere else in the article'])
    })

    it('does not accept a section heading as the quote', () => {
      const issues = verbatim((evidence) => {
        evidence.quote = 'اجتماع ثلاثي مع شي جين بينغ'
      })
      expect(issues.map((i) => i.message)).toEqual(['found in the heading of paragraph 1; quote the paragraph text instead'])
    })
  })

  describe('numeric-answer-in-evidence', () => {
    const numeric = (mutate: (quiz: Json) => void) => issuesAfter(mutate).filter((i) => i.check === 'numeric-answer-in-evidence')

    it('fires when the answer is not the number in the quote', () => {
      const at = realIndex('soldiers-killed')
      const issues = numeric((quiz) => {
        quiz.questions[at].answer.value = 2500
      })
      expect(issues).toHaveLength(1)
      expect(issues[0]).toMatchObject({ path: `questions[${at}].answer.value`, file: FILE })
      expect(issues[0]!.message).toContain('numbers read in it: 2000')
    })

    it('reads numbers written in words and converts units (ساعتين ونصف = 150 minutes)', () => {
      const at = realIndex('meeting-duration')
      expect(numeric((quiz) => Object.assign(quiz.questions[at].answer, { value: 150, unit: 'minute' }))).toEqual([])
      expect(numeric((quiz) => Object.assign(quiz.questions[at].answer, { value: 9000, unit: 'second' }))).toEqual([])
      expect(numeric((quiz) => Object.assign(quiz.questions[at].answer, { value: 3, unit: 'hour' }))).toHaveLength(1)
      expect(numeric((quiz) => Object.assign(quiz.questions[at].answer, { value: 90, unit: 'minute' }))).toHaveLength(1)
    })

    it('accepts a sum of numbers in the quote only for an inference question', () => {
      const at = realIndex('kursk-workers-total')
      expect((quizJson.questions[at] as Json).skill).toBe('inference')
      const asRecall = numeric((quiz) => {
        quiz.questions[at].skill = 'recall'
      })
      expect(asRecall).toHaveLength(1)
      expect(asRecall[0]!.message).toContain('make the question an inference question')
      // Not every number is a sum: 1000 + 5000 ≠ 7000.
      const wrongTotal = numeric((quiz) => {
        quiz.questions[at].answer.value = 7000
      })
      expect(wrongTotal.map((i) => i.path)).toEqual([`questions[${at}].answer.value`])
    })

    // Answers of the new units against quotes a drafter would pick (only this check is looked at).
    it.each<[number, string, string, boolean]>([
      [1.5e9, 'SAR', 'وقّعت الشركة صفقة بقيمة 1.5 مليار ريال سعودي', true],
      [1.5e9, 'SAR', 'بقيمة مليار ونصف ريال', true],
      [1.5e9, 'SAR', 'بقيمة 1.5 مليون ريال', false],
      [3e8, 'USD', 'Washington announced $300m in aid', true],
      [3e8, 'USD', 'أعلنت واشنطن عن مساعدات بقيمة ٣٠٠ مليون دولار', true],
      [2e9, 'USD', 'a $2bn loan', true],
      [12, 'percent', 'ارتفع التضخم إلى 12 في المئة', true],
      [12, 'percent', 'inflation reached 12%', true],
      [12, 'percent', 'ارتفع التضخم إلى اثني عشر بالمئة', true],
      [13, 'percent', 'inflation reached 12%', false],
      [5, 'kilometre', 'على بعد 5000 متر من الحدود', true],
      [5, 'kilometre', 'على بعد خمسة كيلومترات', true],
      [5, 'kilometre', 'على بعد 5 أميال', true], // the check reads numbers, not their units (as for time)
      [3000, 'kilogram', 'وصلت 3 أطنان من المساعدات', true],
      // A compound of units, each smaller than the one before, is one quantity.
      [60 + 41 / 60, 'minute', 'won the wheelchair race in 60 minutes 41 seconds', true],
      [2 + 16 / 60 + 34 / 3600, 'hour', 'took the title in 2 hours 16 minutes 34 seconds', true],
      [2.5, 'hour', 'waited 2 hours while 30 people left', false],
      [2.5, 'hour', 'waited 30 minutes, then 2 hours', false],
      [20230908, 'date', 'ضرب زلزال المغرب ليل الجمعة 8 سبتمبر 2023', true],
      [20230908, 'date', 'في الثامن من أيلول الماضي', true], // the quote may leave the year out
      [20230908, 'date', 'On 8/9/2023 the quake struck', true],
      [20230908, 'date', 'ضرب الزلزال في 9 سبتمبر 2023', false],
      [20230908, 'date', 'ضرب الزلزال في 8 سبتمبر 2022', false],
      [20230900, 'date', 'في سبتمبر 2023', true],
      [19000000, 'date', 'تأسست المدينة عام 1900', true],
      [19000000, 'date', 'founded in 1900', true],
      [19000000, 'date', 'تأسست المدينة عام 1901', false],
      [19000000, 'date', 'تأسست المدينة في 1 يناير 1900', true],
    ])('%d %s in %j: %s', (value, unit, quote, found) => {
      const at = realIndex('soldiers-killed')
      const issues = numeric((quiz) => {
        Object.assign(quiz.questions[at].answer, { value, unit })
        quiz.questions[at].evidence.quote = quote
      })
      expect(issues).toHaveLength(found ? 0 : 1)
    })

    it('names the dates it read in a quote without the key', () => {
      const at = realIndex('soldiers-killed')
      const issues = numeric((quiz) => {
        Object.assign(quiz.questions[at].answer, { value: 20230908, unit: 'date' })
        quiz.questions[at].evidence.quote = 'ضرب الزلزال في 9 سبتمبر 2023'
      })
      expect(issues[0]!.message).toContain('20230908 (8 September 2023) is not in the evidence quote (dates read in it: 9 September 2023)')
    })
  })

  it('schema: a date answer must encode a date', () => {
    const at = realIndex('soldiers-killed')
    const issues = issuesAfter((quiz) => Object.assign(quiz.questions[at].answer, { value: 20231308, unit: 'date' }))
    expect(issues.map((i) => [i.check, i.path])).toEqual([['schema', `questions[${at}].answer.value`]])
    expect(issues[0]!.message).toContain('YYYYMMDD')
  })

  it('names every check it can report', () => {
    expect(CONTENT_CHECKS).toEqual([
      'schema',
      'unknown-properties',
      'strings-in-quiz-language',
      'duplicate-question-ids',
      'duplicate-choice-ids',
      'answer-choice-exists',
      'choice-texts-distinct',
      'answer-position-varies',
      'evidence-paragraph-exists',
      'evidence-quote-verbatim',
      'numeric-answer-in-evidence',
      'answer-not-given-away',
      'arabic-quotation-marks',
    ])
  })

  // The app Worker runs the structure checks and asks the grader Worker for the language checks: the
  // two halves are every check but the schema, each in the order the whole reports.
  it('splits its checks into the structure checks and the language checks, in one order', () => {
    const structure = Object.keys(STRUCTURE_CHECKS)
    const language = Object.keys(LANGUAGE_CHECKS)
    expect(inCheckOrder([...language, ...structure].map((check) => ({ check }))).map(({ check }) => check)).toEqual(CONTENT_CHECKS.slice(1))
    expect(structure).toEqual(CONTENT_CHECKS.filter((check) => structure.includes(check)))
    expect(language).toEqual(CONTENT_CHECKS.filter((check) => language.includes(check)))
  })

  it('reports the language checks’ issues among the structure checks’, in check order', () => {
    const issues = issuesAfter((quiz) => {
      // A key given away in the title (a language check), a curly quote in it (a structure check after
      // it) and a duplicate question id (a structure check before it).
      quiz.title.ar = '“لقاء” كيم وبوتين في بكين'
      quiz.questions[1].id = quiz.questions[0].id
    })
    const checks = issues.map((issue) => issue.check)
    expect(checks).toContain('answer-not-given-away')
    expect(checks).toEqual([...checks].sort((a, b) => CONTENT_CHECKS.indexOf(a) - CONTENT_CHECKS.indexOf(b)))
    expect(checks.indexOf('duplicate-question-ids')).toBeLessThan(checks.indexOf('answer-not-given-away'))
    expect(checks.indexOf('answer-not-given-away')).toBeLessThan(checks.indexOf('arabic-quotation-marks'))
  })
})

describe('answer-not-given-away', () => {
  const at = (id: string) => `questions[${realIndex(id)}]`
  const givenAway = (mutate: (quiz: Json) => void) =>
    issuesAfter(mutate)
      .filter((i) => i.check === 'answer-not-given-away')
      .map((i) => [i.path, i.message])

  it.each([
    // [what the title or a prompt is made to say, the question whose key it shows, what it shows]
    ['a name in the title', (q: Json): void => void (q.title.ar = 'لقاء كيم وبوتين في بكين'), 'title.ar', 'meeting-city', 'بكين'],
    ['a name with a clitic and tashkeel', (q: Json): void => void (q.title.ar = 'زعماء ثلاثة وبِكِينَ'), 'title.ar', 'meeting-city', 'بكين'],
    ['an English name in any case', (q: Json): void => void (q.title.en = 'KIM AND PUTIN IN BEIJING'), 'title.en', 'meeting-city', 'Beijing'],
    [
      'an accepted answer of two words',
      (q: Json): void => void (question(q, 'first-public-trilateral').prompt.en = 'They met in the capital of China.'),
      `${at('first-public-trilateral')}.prompt.en`,
      'meeting-city',
      'the capital of China',
    ],
    [
      'a place with the article and a preposition',
      (q: Json): void => void (question(q, 'treaty-terms').prompt.ar = 'ماذا يحدث للكورسك؟'),
      `${at('treaty-terms')}.prompt.ar`,
      'workers-destination',
      'كورسك',
    ],
    [
      'a number in digits',
      (q: Json): void => void (question(q, 'meeting-duration').prompt.ar = 'كم ساعة اجتمع القادة بعد إرسال 9500 جندي؟'),
      `${at('meeting-duration')}.prompt.ar`,
      'trained-soldiers',
      '9500',
    ],
    [
      'a number in Eastern Arabic digits',
      (q: Json): void => void (question(q, 'meeting-duration').prompt.ar = 'كم ساعة مرت بعد مقتل ٢٠٠٠ جندي؟'),
      `${at('meeting-duration')}.prompt.ar`,
      'soldiers-killed',
      '2000',
    ],
    [
      'a number in words',
      (q: Json): void => void (question(q, 'soldiers-killed').prompt.ar = 'كم جنديًا قُتل من بين تسعة آلاف وخمسمائة؟'),
      `${at('soldiers-killed')}.prompt.ar`,
      'trained-soldiers',
      '9500',
    ],
    [
      'a number with a thousands separator',
      (q: Json): void => void (question(q, 'soldiers-killed').prompt.en = 'How many of the 9,500 soldiers were killed?'),
      `${at('soldiers-killed')}.prompt.en`,
      'trained-soldiers',
      '9500',
    ],
    [
      'hours in words',
      (q: Json): void => void (question(q, 'meeting-ended-coldly').prompt.ar = 'انتهى اللقاء بعد ساعتين ونصف بمصافحة فاترة.'),
      `${at('meeting-ended-coldly')}.prompt.ar`,
      'meeting-duration',
      '2.5',
    ],
    [
      'a number among the choices',
      (q: Json): void => void (question(q, 'treaty-terms').choices[3].text.ar = '1000 عامل'),
      `${at('treaty-terms')}.choices[3].text.ar`,
      'kursk-demining-workers',
      '1000',
    ],
    [
      'a right choice’s text',
      (q: Json): void => void (question(q, 'article-main-idea').choices[0].text.ar = 'ذكرى استسلام اليابان في الحرب العالمية الثانية'),
      `${at('article-main-idea')}.choices[0].text.ar`,
      'parade-occasion',
      'ذكرى استسلام اليابان في الحرب العالمية الثانية',
    ],
  ] as const)('finds %s', (_, mutate, path, id, shown) => {
    const found = givenAway(mutate as (quiz: Json) => void)
    expect(found.map(([p]) => p)).toContain(path)
    const message = found.find(([p]) => p === path)![1]
    expect(message).toContain(`questions[${realIndex(id)}] ("${id}")`)
    expect(message).toContain(JSON.stringify(shown).slice(0, 6))
  })

  it('finds a question whose own prompt states its answer', () => {
    const found = givenAway((q) => (question(q, 'meeting-city').prompt.ar = 'في أي مدينة اجتمعوا؟ في بكين؟'))
    expect(found).toEqual([[`${at('meeting-city')}.prompt.ar`, expect.stringContaining('its own answer')]])
  })

  it.each([
    ['a longer word that holds the name', (q: Json): void => void (question(q, 'treaty-terms').prompt.ar = 'ما الذي تنص عليه المعاهدة البكينية؟')],
    ['a small count in words', (q: Json): void => void (question(q, 'meeting-duration').prompt.ar = 'كم ساعة استمر اجتماع الزعيمين الاثنين؟')],
    ['part of a key phrase only', (q: Json): void => void (question(q, 'article-main-idea').choices[0].text.ar = 'الصين احتفلت بذكرى استسلام اليابان')],
    ['a key in an explanation (shown once answered)', (q: Json): void => void (question(q, 'treaty-terms').explanation.ar = 'العمال في كورسك، والقتلى 2000.')],
    ['a key in evidence', (q: Json): void => void (question(q, 'meeting-city').evidence = { paragraph: 1, quote: 'على هامش عرض عسكري ضخم في بكين' })],
    [
      'a common word of an accepted answer',
      (q: Json): void => void (question(q, 'treaty-terms').prompt.en = 'What does the treaty in the capital provide for?'),
    ],
  ] as const)('does not count %s', (_, mutate) => {
    expect(givenAway(mutate as (quiz: Json) => void)).toEqual([])
  })
})

describe('arabic-quotation-marks', () => {
  it('finds “ ” and " in Arabic titles, prompts, choices and explanations, not in evidence or English', () => {
    const issues = issuesAfter((quiz) => {
      quiz.title.ar = 'لقاء “ثلاثي”'
      question(quiz, 'propaganda-victory').prompt.ar = 'لماذا عُدّ اللقاء "انتصارًا دعائيًا"؟'
      question(quiz, 'treaty-terms').choices[1].text.ar = 'إرسال „عمال“'
      question(quiz, 'meeting-city').explanation.ar = 'اجتمعوا في ”بكين“.'
      question(quiz, 'meeting-city').prompt.en = 'In which “city” did they meet?'
    }).filter((i) => i.check === 'arabic-quotation-marks')
    expect(issues.map((i) => i.path)).toEqual([
      'title.ar',
      `questions[${realIndex('meeting-city')}].explanation.ar`,
      `questions[${realIndex('propaganda-victory')}].prompt.ar`,
      `questions[${realIndex('treaty-terms')}].choices[1].text.ar`,
    ])
    expect(issues[0]!.message).toMatch(/« »/)
  })
})

describe('formatting', () => {
  it('writes paths the way a reader would type them', () => {
    expect(formatPath(['questions', 3, 'evidence', 'quote'])).toBe('questions[3].evidence.quote')
    expect(formatPath([])).toBe('')
    expect(formatPath(['$schema'])).toBe('$schema')
    expect(formatPath(['a', 'b-c'])).toBe('a["b-c"]')
  })

  it('prints one line per issue, file first', () => {
    const issue = { check: 'evidence-quote-verbatim', file: FILE, path: 'questions[3].evidence.quote', message: 'm' }
    expect(formatIssue(issue)).toBe(`${FILE}: questions[3].evidence.quote: [evidence-quote-verbatim] m`)
    expect(formatIssue({ ...issue, path: '' })).toBe(`${FILE}: [evidence-quote-verbatim] m`)
  })
})

describe('loadQuiz', () => {
  it('returns the quiz with defaults applied and the article split into paragraphs', () => {
    const quiz = loadQuiz(quizJson, articleText)
    expect(quiz.id).toBe('kim-putin-beijing')
    expect(quiz.article.paragraphs).toHaveLength(9)
    expect(quiz.questions.every((q) => q.points === 1)).toBe(true)
    expect('$schema' in quiz).toBe(false)
    const evidence = quiz.questions.find((q) => q.id === 'meeting-duration')!.evidence
    expect(quiz.article.paragraphs[evidence.paragraph]!.text).toContain(evidence.quote)
  })

  it('throws QuizInvalidError carrying every issue, named with the given file', () => {
    const broken = structuredClone(quizJson) as Json
    broken.questions[0].evidence.paragraph = 12
    broken.questions[1].id = broken.questions[0].id
    let caught: unknown
    try {
      loadQuiz(broken, articleText, { fileName: 'posted.json' })
    } catch (error) {
      caught = error
    }
    expect(caught).toBeInstanceOf(QuizInvalidError)
    const error = caught as QuizInvalidError
    expect(error.issues.map((i) => [i.check, i.file, i.path])).toEqual([
      ['duplicate-question-ids', 'posted.json', 'questions[1].id'],
      ['evidence-paragraph-exists', 'posted.json', 'questions[0].evidence.paragraph'],
    ])
    expect(error.message).toContain('posted.json: questions[1].id: [duplicate-question-ids]')
  })

  it('rejects something that is not a quiz at all', () => {
    expect(() => loadQuiz('nope', articleText)).toThrow(QuizInvalidError)
    expect(() => loadQuiz(null, articleText)).toThrow(/\[schema\]/)
  })
})
