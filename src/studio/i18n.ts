import type { DraftErrorCode } from '../core/draft/index.ts'
import type { NoteCode } from '../core/draft/notes.ts'
import type { Lang, QuestionType, Skill, Visibility } from '../core/quiz-schema.ts'
import type { Dimension } from '../core/units.ts'
import type { ApiError, DraftNote } from './api.ts'
import type { Change } from './changes.ts'
import type { StudioIssue } from './issues.ts'
import type { SelectionEvidence } from './evidence.ts'
import type { SnippetKind } from './snippets.ts'
import { isDirty, type Workspace } from './workspace.ts'

/** The studio's strings, Arabic first; functions where a number or a name goes inside. */

type Refusal = Extract<SelectionEvidence, { ok: false }>['reason']

const arNumber = new Intl.NumberFormat('ar-u-nu-arab')
const n = (x: number) => arNumber.format(x)
/** A long text cut for a one-line mention (a deleted question's prompt). */
const clip = (text: string, max = 80) => (text.length > max ? text.slice(0, max - 1) + '…' : text)

/**
 * A counted Arabic noun: واحد and اثنان have their own forms, 3–10 take the plural, 11 and up (and
 * 0) the singular accusative or singular: «مشكلة واحدة»، «مشكلتان»، «٣ مشكلات»، «١٢ مشكلة».
 */
function count(c: number, forms: { one: string; two: string; few: string; many: string }): string {
  if (c === 1) return forms.one
  if (c === 2) return forms.two
  const rest = c % 100
  // None and 3–10 take the plural (٠ أسئلة، ٥ أسئلة); 11–99 the singular with tanwin (١٢ سؤالًا);
  // 100, 101, 102… the singular without it (١٠٠ سؤال).
  if (c === 0 || (rest >= 3 && rest <= 10)) return `${n(c)} ${forms.few}`
  return `${n(c)} ${rest >= 11 ? forms.many : forms.many.replace(/ًا$/u, '')}`
}
const PROBLEMS = { one: 'مشكلة واحدة', two: 'مشكلتان', few: 'مشكلات', many: 'مشكلة' }
const QUESTIONS = { one: 'سؤال واحد', two: 'سؤالان', few: 'أسئلة', many: 'سؤالًا' }
const WORDS = { one: 'كلمة واحدة', two: 'كلمتان', few: 'كلمات', many: 'كلمة' }
const PARAGRAPHS = { one: 'فقرة واحدة', two: 'فقرتان', few: 'فقرات', many: 'فقرة' }
const TEXTS = { one: 'نص واحد', two: 'نصان', few: 'نصوص', many: 'نصًا' }
// After «بعد»: the dual in the genitive.
const MINUTES = { one: 'دقيقة واحدة', two: 'دقيقتين', few: 'دقائق', many: 'دقيقة' }

const ar = {
  pageTitle: 'فهم — استوديو الاختبارات',
  number: (x: number) => n(x),
  switchTo: 'English',
  skipLinks: 'روابط التخطّي',
  skipToContent: 'انتقل إلى المحتوى',
  skipToQuestions: 'انتقل إلى الأسئلة',
  langName: { ar: 'العربية', en: 'الإنجليزية' } as Record<Lang, string>,
  loading: 'جارٍ التحميل…',

  // Signing in
  signInAs: 'الدخول بصفتك',
  roleEditor: 'محرّرًا (رمز المحرّر للموقع)',
  roleTeacher: 'معلّمًا (مفتاح صفّك)',
  editorToken: 'رمز المحرّر',
  rememberToken: 'تذكّر الرمز على هذا الجهاز',
  savedClass: 'صفّ محفوظ على هذا الجهاز',
  classId: 'رقم الصف',
  orClassId: 'أو رقم صفّ آخر',
  teacherKey: 'مفتاح المعلّم',
  signIn: 'ادخل',
  signingIn: 'جارٍ التحقق…',
  signOut: 'اخرج',
  signedOut: 'خرجت من الاستوديو.',
  signedInEditor: 'داخل بصفتك محرّرًا',
  signedInTeacher: (name: string) => `داخل بصفتك معلّم صفّ «${name}»`,
  tokenRequired: 'اكتب رمز المحرّر.',
  classRequired: 'اختر صفًا أو اكتب رقمه ومفتاحه.',
  tokenRejected: 'لم يُقبل رمز المحرّر. تحقّق منه وحاول مجددًا.',
  keyRejected: 'لم يُقبل مفتاح الصف. تحقّق من رقم الصف ومفتاحه.',
  noClassYet: 'لا صفّ لديك؟ أنشئه في صفحة المعلّم',
  signInToList: 'ادخل لترى اختباراتك وتعدّلها. يمكنك صياغة مسودة جديدة دون دخول.',
  signInToPublish: 'ادخل لتنشر الاختبار: المحرّر برمز المحرّر، والمعلّم بمفتاح صفّه.',

  // Start
  continueTitle: 'مسودتك الحالية',
  continueEditing: 'تابع التحرير',
  discardDraft: 'تخلَّ عن المسودة',
  confirmDiscard: 'ستُحذف المسودة وتعديلاتها غير المحفوظة من هذا الجهاز. متابعة؟',
  discarded: 'حُذفت المسودة.',
  replaceDraft: 'لديك مسودة لم تُحفظ، وستحلّ هذه محلّها. متابعة؟',
  replaceDraftButton: 'استبدل المسودة',
  cancel: 'إلغاء',
  newQuiz: 'اختبار جديد من مقال',
  articleToDraft: 'نص المقال',
  articleHint: 'الصق نص المقال أو نصًا منسوخًا من صفحة ويب، أو أفلت هنا ملف ‎.txt‎ أو ‎.html‎.',
  wordCount: (c: number) => (c === 0 ? 'لا كلمات بعد' : count(c, WORDS)),
  openFile: 'أو افتح ملفًا',
  chooseFile: 'اختر ملفًا…',
  noFileChosen: 'لم تختر ملفًا بعد',
  titleOptional: 'العنوان (اختياري)',
  sourceUrlOptional: 'رابط المصدر (اختياري)',
  sourceNameOptional: 'اسم المصدر (اختياري؛ يراه القرّاء)',
  placeholderSource: (name: string) => `سيرى القرّاء المصدر «${name}». اكتب اسم المصدر الحقيقي في خانة «اسم المصدر» إن كان للمقال مصدر.`,
  articleLanguage: 'لغة المقال',
  detectLanguage: 'تُكتشف تلقائيًا',
  draftQuestions: 'صُغ الأسئلة',
  drafting: 'تُصاغ الأسئلة…',
  articleRequired: 'الصق نص المقال أولًا.',
  sourceUrlInvalid: 'اكتب رابط المصدر كاملًا يبدأ بـ http:// أو https://، أو اتركه فارغًا.',
  articleTooLong: 'المقال أطول من الحد (نحو ٢٠٬٠٠٠ كلمة). قسّمه أو اختصره.',
  unsupportedFile: 'هذا الملف ليس نصًا: استخدم ملف ‎.txt‎ أو ‎.html‎.',
  emptyFile: 'لم نجد نصًا في هذا الملف.',
  draftRefused: {
    'article-empty': 'النص فارغ: الصق نص المقال.',
    'article-binary': 'هذا لا يبدو نصًا مقروءًا (ملف ثنائي قُرئ نصًا).',
    'article-no-sentences': 'لا جمل في هذا النص يمكن السؤال عنها: الصق المقال نفسه، لا قائمة كلمات أو أرقام.',
    'language-unsupported': 'لغة هذا النص ليست العربية ولا الإنجليزية، وهما اللغتان اللتان يصوغ فهم أسئلتهما.',
    'language-mismatch': 'النص ليس باللغة المختارة: اختر لغته أو «تُكتشف تلقائيًا».',
    'article-too-long': 'المقال أطول من الحد (نحو ٢٠٬٠٠٠ كلمة). قسّمه أو اختصره.',
  } as Record<DraftErrorCode, string>,
  draftFailed: 'تعذّرت صياغة أسئلة من هذا النص.',
  noteText: {
    label: 'عدد يُستخدم تسمية أو جزءًا من اسم (مادة، طريق، طراز)، لا كمية: لم يُسأل عنه.',
    'year-in-name': 'سنة داخل اسم (حدث، خطة): لم يُسأل عنها.',
    'repeated-fact': 'المعلومة نفسها مذكورة مرة أخرى: سُئل عنها مرة واحدة.',
    'not-a-quantity':
      'كلمة عدد لا تدل هنا على كمية يُسأل عنها («إحدى المدن»، «مرة واحدة»، «التذكرة الواحدة»، «نصف السكان»، «الربع الأول»): لم يُسأل عنها. أما جزء العملة («٤٥ بنسًا»، «نصف دينار») فمبلغ يُسأل عنه.',
    'time-of-day': 'وقت من اليوم: لم يُسأل عنه.',
    range: 'مدى بين قيمتين، لا قيمة واحدة: لم يُسأل عنه.',
    'number-in-heading': 'عدد لا يرد إلا في عنوان: لم يُسأل عنه (الاقتباسات من نص الفقرات).',
    'unread-number': 'عدد لم يستطع المُصيغ قراءته كمية: لم يُسأل عنه؛ أضف سؤالًا بنفسك إن كان مهمًا.',
    'currency-unknown':
      'مبلغ بعملة تحمل اسمها أكثر من دولة (دينار، ريال، درهم، دولار، جنيه) في مقال لا يذكر أيًا منها ولا مدينة فيها، أو بعملة ليست من عملات الاختبارات (شلن، نايرا، راند): سُئل عنه بكلمات المقال فقط (اختيار أو صواب وخطأ)، لا رقمًا يُكتب، لأن عملته تخمين؛ حدد عملته إن أردت أن يُكتب رقمًا.',
    'given-away': 'معلومة يكشفها العنوان أو سؤال آخر، أو عدد تسرد جملته ما يعدّه واحدا واحدا (فتنكشف إجابتها): لم يُسأل عنها.',
    opinion:
      'رقم في رأي الكاتب نفسه («في رأيي»، «في تقديري»، «أعتقد») أو في رأي ينقله عن غيره («يرى كثيرون أن»، «يعتقد مسؤولون أن»): رأي لا معلومة ينقلها المقال، فلم يُسأل عنه.',
    'few-facts': 'في المقال معلومات لأقل من عشرة أسئلة.',
    'question-limit': 'في المقال معلومات أكثر مما يتسع له اختبار بطوله: سُئل عن أهمها موزعة على المقال.',
  } as Record<NoteCode, string>,
  draftReady: (c: number) => `المسودة جاهزة: ${count(c, QUESTIONS)}.`,
  yourQuizzes: 'اختباراتك',
  noQuizzes: 'لا اختبارات بعد.',
  noClassQuizzes: 'لم ينشر صفّك اختبارات بعد.',
  questionsColumn: 'الأسئلة',
  versionColumn: 'النسخة',
  open: 'افتح',
  openQuiz: (title: string) => `افتح «${title}»`,
  fileQuiz: 'ملف في المستودع',
  staleCount: (count: number) => `${n(count)} للمراجعة`,

  // Editor
  toolbar: 'أدوات التحرير',
  allQuizzes: 'كل الاختبارات',
  undo: 'تراجع',
  redo: 'أعد',
  undone: 'تراجعت عن آخر تعديل.',
  redone: 'أُعيد التعديل.',
  unsaved: 'مسودة محفوظة في هذا المتصفح، لم تُنشر',
  unpublishedChanges: (version: number) => `تعديلات لم تُنشر (المنشور: النسخة ${n(version)})`,
  savedVersion: (version: number) => `محفوظ، النسخة ${n(version)}`,
  problems: (c: number) => count(c, PROBLEMS),
  noProblems: 'لا مشكلات',
  problemList: (c: number) => `${count(c, PROBLEMS)} يجب إصلاحها`,
  theQuiz: 'الاختبار',
  editing: (title: string) => `تحرير «${title}»`,
  draftNotes: (count: number) => `ملاحظات الصياغة (${n(count)})`,
  quizDetails: 'بيانات الاختبار',
  title: 'العنوان',
  sourceName: 'اسم المصدر',
  sourceUrl: 'رابط المصدر',
  sourceNote: 'ملاحظة عن المصدر',
  alsoIn: (lang: Lang): string => (lang === 'en' ? 'اكتب الاختبار بالإنجليزية أيضًا' : 'اكتب الاختبار بالعربية أيضًا'),
  translationOff: (lang: Lang) => `يُعرض الاختبار بلغته وحدها. يمكنك إضافة ترجمة ${lang === 'en' ? 'إنجليزية' : 'عربية'} اختيارية.`,
  translationMissing: (lang: Lang, c: number) => `تُعرض الترجمة ${lang === 'en' ? 'الإنجليزية' : 'العربية'} للقرّاء حين يكتمل كل نص: بقي ${count(c, TEXTS)}.`,
  translationComplete: (lang: Lang) => `الترجمة ${lang === 'en' ? 'الإنجليزية' : 'العربية'} كاملة: يستطيع القرّاء التبديل إليها.`,
  translationRemoved: (lang: Lang) => `حُذفت الترجمة ${lang === 'en' ? 'الإنجليزية' : 'العربية'}. تراجع بـ Ctrl+Z.`,

  article: 'المقال',
  articleText: 'نص المقال',
  articleFolded: (c: number) => `${count(c, PARAGRAPHS)}. افتحه لتقرأه وتحدّد منه الأدلة.`,
  editArticle: 'عدّل النص',
  doneEditingArticle: 'انتهيت من تعديل النص',
  articleEditHint: 'فقرة في كل كتلة، تفصل بين الكتل سطور فارغة؛ في كتلة من سطرين أو أكثر يكون السطر الأول عنوانًا. الأسئلة التي تغيّر دليلها تظهر عليها مشكلة.',
  selectHint: 'حدّد نصًا في فقرة لتجعله دليل سؤال، أو لتسأل عنه.',
  // Paragraphs are numbered from 0 in the quiz file (0 = the lead); people count from 1.
  paragraphShort: (index: number) => `¶${n(index + 1)}`,
  showParagraph: (index: number) => `أظهر الفقرة ${n(index + 1)} في المقال`,
  backToQuestion: (number: number) => `عُد إلى السؤال ${n(number)}`,
  selection: 'النص المحدَّد',
  selectionRefused: {
    empty: 'لم يُحدَّد نص.',
    'across-paragraphs': 'حدّد نصًا من فقرة واحدة.',
    'outside-text': 'حدّد من نص الفقرة، لا من عنوانها.',
    'too-long': 'النص المحدَّد أطول من ١٠٠٠ حرف: حدّد الجملة التي تثبت الإجابة.',
  } as Record<Refusal, string>,
  forQuestion: 'للسؤال',
  useAsEvidence: 'اجعله الدليل',
  askAboutThis: 'اسأل عن هذا',
  dismiss: 'أغلق',
  evidenceSet: (number: number) => `صار النص المحدَّد دليل السؤال ${n(number)}.`,
  questionAdded: (number: number) => `أُضيف السؤال ${n(number)}.`,

  questionsTitle: (count: number) => `الأسئلة (${n(count)})`,
  questionN: (number: number) => `السؤال ${n(number)}`,
  noPrompt: '(بلا نص بعد)',
  questionTools: (number: number) => `أدوات السؤال ${n(number)}`,
  moveUp: 'انقله لأعلى',
  moveDown: 'انقله لأسفل',
  duplicate: 'كرّره',
  deleteQuestion: 'احذفه',
  showInArticle: 'أظهره في المقال',
  movedQuestion: (number: number) => `صار السؤال رقم ${n(number)}.`,
  duplicated: (number: number) => `نُسخ السؤال؛ النسخة هي السؤال ${n(number)}.`,
  deleted: (number: number) => `حُذف السؤال ${n(number)}. تراجع بـ Ctrl+Z.`,
  deletedNotice: (number: number, prompt: string) => `حُذف السؤال ${n(number)}${prompt ? ` «${clip(prompt)}»` : ''}.`,
  undoDelete: 'تراجع عن الحذف',
  questionRestored: (number: number) => `أُعيد السؤال ${n(number)}.`,
  typeChanged: (type: string) => `صار نوع السؤال: ${type}.`,
  staleBadge: 'راجِعه',
  staleNotice: 'تغيّرت فقرة دليل هذا السؤال في آخر تعديل للمقال: تأكّد أن الإجابة ما زالت صحيحة. أي تعديل على السؤال يعدّ مراجعة.',
  prompt: 'نص السؤال',
  type: 'النوع',
  typeName: {
    single: 'اختيار واحد',
    multiple: 'اختيارات متعددة',
    boolean: 'صح أو خطأ',
    numeric: 'عدد',
    text: 'إجابة نصية',
  } as Record<QuestionType, string>,
  skill: 'المهارة',
  skillName: { recall: 'تذكّر', inference: 'استنتاج', vocabulary: 'مفردات', 'main-idea': 'الفكرة الرئيسية' } as Record<Skill, string>,
  points: 'الدرجات',
  questionId: 'المعرّف',
  questionIdHint: 'حروف لاتينية صغيرة وأرقام وشرطات. لا تغيّره بعد النشر: الإجابات محفوظة به.',
  explanation: 'الشرح',
  answerKey: 'الإجابة الصحيحة',
  true: 'صح',
  false: 'خطأ',
  value: 'القيمة',
  date: 'التاريخ',
  year: 'السنة',
  month: 'الشهر',
  day: 'اليوم',
  dateHint: 'اترك ما لا يذكره المقال فارغًا: سنة وحدها، أو شهرًا من سنة، أو يومًا من شهر.',
  notADate: 'هذا ليس تاريخًا: تحقّق من الشهر واليوم.',
  toleranceDateHint: 'الفرق المقبول بأصغر جزء في التاريخ (أيام أو أشهر أو سنوات).',
  dimensionName: {
    count: 'أعداد',
    time: 'مُدد',
    percent: 'نسب',
    length: 'أطوال',
    mass: 'كتل',
    area: 'مساحات',
    volume: 'أحجام',
    speed: 'سرعات',
    data: 'سعات تخزين',
    charge: 'سعات بطاريات',
    power: 'قدرات كهربائية',
    energy: 'طاقة كهربائية',
    temperature: 'درجات حرارة',
    money: 'عملات',
    date: 'تواريخ',
  } as Record<Dimension, string>,
  unit: 'الوحدة',
  noUnit: 'بلا وحدة (عدد)',
  tolerance: 'السماحية',
  toleranceHint: 'الفرق المقبول عن القيمة، بالوحدة نفسها.',
  notANumber: 'اكتب عددًا، مثل 2.5 أو ٢٫٥.',
  wholeNumber: 'اكتب عددًا صحيحًا.',
  choicesSingle: 'الخيارات (حدّد الإجابة الصحيحة)',
  choicesMultiple: 'الخيارات (حدّد كل الإجابات الصحيحة)',
  correct: 'صحيحة',
  choiceN: (number: number) => `الخيار ${n(number)}`,
  choiceTools: (number: number) => `أدوات الخيار ${n(number)}`,
  moveChoiceUp: (number: number) => `انقل الخيار ${n(number)} لأعلى`,
  moveChoiceDown: (number: number) => `انقل الخيار ${n(number)} لأسفل`,
  removeChoice: (number: number) => `احذف الخيار ${n(number)}`,
  movedChoice: (number: number) => `صار الخيار رقم ${n(number)}.`,
  removedChoice: (number: number) => `حُذف الخيار ${n(number)}.`,
  addChoice: 'أضف خيارًا',
  partialCredit: 'درجة جزئية لبعض الإجابات الصحيحة',
  acceptedAnswers: 'الإجابات المقبولة',
  acceptedHint: 'اكتب الإجابة وصيغها الشائعة بالعربية والإنجليزية (بكين، Beijing). تُقارن بعد التطبيع مع تسامح في الأخطاء الإملائية الصغيرة.',
  acceptedN: (number: number) => `الإجابة المقبولة ${n(number)}`,
  removeAccepted: (number: number) => `احذف الإجابة المقبولة ${n(number)}`,
  removedAccepted: (number: number) => `حُذفت الإجابة المقبولة ${n(number)}.`,
  addAccepted: 'أضف إجابة مقبولة',
  evidence: 'الدليل من المقال',
  evidenceHint: 'الجملة التي تثبت الإجابة، منقولة حرفيًا. حدّدها في المقال بالفأرة، أو اخترها هنا ثم اختصرها.',
  evidenceSentence: 'جملة من المقال',
  partOfSentence: (paragraph: number) => `جزء من جملة في الفقرة ${n(paragraph + 1)}`,
  quote: (paragraph: number) => `الاقتباس (الفقرة ${n(paragraph + 1)})`,
  quoteHint: 'يمكنك حذف كلمات من طرفي الاقتباس؛ لا يُقبل إلا نص موجود في المقال.',
  quoteNotInArticle: 'هذا النص ليس في المقال حرفيًا، فلم يُعتمد. حدّده في المقال أو اختر جملة.',

  tryTitle: 'جرّب إجابة',
  tryAnswer: 'إجابة لتجربتها',
  tryIt: 'جرّب',
  trying: 'يُصحَّح…',
  tryHint: 'يصحّحها المصحّح الحقيقي على هذه المسودة دون أن يحفظ شيئًا، ويُظهر كيف فهمها.',
  tries: 'الإجابات المجرَّبة',
  accepted: 'مقبولة',
  partlyAccepted: 'مقبولة جزئيًا',
  notAccepted: 'غير مقبولة',
  tryFailed: 'تعذّر التصحيح',
  tryNeedsValid: 'أصلح مشكلات هذا السؤال المعلَّمة أولًا: لا يُصحَّح إلا سؤال سليم البنية.',
  understoodAs: 'فهمها المصحّح هكذا:',
  unreadable: 'لم يفهمها',
  expected: 'الإجابة الصحيحة:',
  changedSinceTry: 'تغيّر السؤال بعد هذه التجربة.',
  tryAgain: 'جرّبها مجددًا',

  addQuestionTitle: 'سؤال جديد',
  askSentence: 'عن أي جملة؟',

  // Preview
  preview: 'معاينة',
  previewHint: 'المسودة في الأداة نفسها التي يراها القرّاء، قبل حفظها. تُصحَّح الإجابات على المسودة ولا يُحفظ شيء.',
  previewMode: 'طريقة العرض',
  modeOne: 'سؤال في كل مرة',
  modeAll: 'كل الأسئلة',
  previewLang: 'اللغة',
  showPreview: 'اعرض المعاينة',
  refreshPreview: 'حدّث المعاينة',
  previewShown: 'ظهرت المعاينة.',
  previewStale: 'تغيّرت المسودة بعد هذه المعاينة: حدّثها.',
  previewBlocked: 'أصلح المشكلات المعلَّمة أولًا: لا تُعرض إلا مسودة سليمة البنية.',
  widgetMissing: 'لم تُحمَّل أداة الاختبار (widget.js): أعد تحميل الصفحة.',

  // Publish
  publish: 'النشر',
  publishAsEditor: 'تنشر بصفتك محرّرًا.',
  publishAsTeacher: (name: string) => `تنشر اختبارًا خاصًا بصفّ «${name}».`,
  quizId: 'معرّف الاختبار',
  quizIdHint: 'يظهر في روابط التضمين: حروف لاتينية صغيرة وأرقام وشرطات، مثل kim-putin-beijing.',
  quizIdIs: 'المعرّف:',
  readOnlyQuiz: (id: string) => `«${id}» اختبار من ملفات المستودع ولا يُعدَّل هنا: احفظ نسختك باختبار جديد بمعرّف آخر.`,
  visibility: 'الظهور',
  visibilityName: { public: 'عام', classroom: 'للصفوف فقط' } as Record<Visibility, string>,
  visibilityHint: {
    public: 'يُعرض لأي قارئ ويمكن تضمينه في أي صفحة.',
    classroom: 'لا يُعرض إلا من خلال الواجبات، فتبقى الإجابات مخفية حتى يكشفها المعلّم.',
  } as Record<Visibility, string>,
  classroomQuiz: 'اختبار للصف',
  teacherVisibilityHint: 'يُحفظ اختبارًا خاصًا بصفّك: لا يراه الطلاب إلا من خلال واجب.',
  assignNow: 'أنشئ واجبًا به الآن',
  assignmentTitleHint: 'يراه الطلاب؛ يُستخدم عنوان الاختبار إن تركته فارغًا.',
  attemptsInvalid: (min: number, max: number) => `اكتب عدد المحاولات عددًا صحيحًا من ${n(min)} إلى ${n(max)}.`,
  publishNew: 'انشر',
  publishAndAssign: 'انشر وأنشئ الواجب',
  saveNewVersion: 'احفظ نسخة جديدة',
  publishing: 'يُنشر…',
  goToFirstProblem: 'انتقل إلى المشكلة الأولى',
  fixFirst: (c: number) => (c === 1 ? 'أصلح المشكلة قبل النشر.' : `أصلح المشكلات قبل النشر (${count(c, PROBLEMS)}).`),
  publishedVersion: (version: number) => `نُشر: النسخة ${n(version)}.`,
  nothingChanged: (version: number) => `لا جديد للحفظ: الاختبار كما هو في النسخة ${n(version)}.`,
  staleAfterSave: (c: number) => `تغيّرت فقرات أدلة ${count(c, QUESTIONS)}: راجعها.`,
  idTaken: (id: string) => `المعرّف «${id}» مستخدم لاختبار آخر: اختر غيره.`,
  idYours: (id: string) => `لديك اختبار منشور بالمعرّف «${id}» ومحتواه مختلف: افتحه من «اختباراتك» لتعدّله، أو اختر معرّفًا آخر لتنشر هذا اختبارًا جديدًا.`,
  serverRejected: (details: string) => `رفض الخادم الاختبار: ${details}`,
  notYours: 'لا يوجد هذا الاختبار، أو ليس لك أن تعدّله.',
  savesLimited: (minutes: number | null, teacher: boolean) =>
    `بلغ الحفظ ${teacher ? 'بمفتاح هذا الصف' : 'برمز المحرّر'} حدّه في هذه الساعة، فلم يُحفظ الاختبار. ${
      minutes ? `احفظ مجددًا بعد ${count(minutes, MINUTES)}` : 'احفظ مجددًا بعد قليل'
    }؛ تعديلاتك باقية في هذا المتصفح.`,
  conflict: (version: number) => `حفظ شخص آخر النسخة ${n(version)} بعد أن فتحت الاختبار، فلم تُحفظ تعديلاتك بعد. تبقى تعديلاتك هنا حتى تختار.`,
  theirChanges: (version: number) => `ما تغيّر في النسخة ${n(version)}`,
  yourChanges: 'تعديلاتك التي لم تُحفظ',
  noVisibleChanges: 'لا فرق في المحتوى.',
  overwrite: (version: number) => `احفظ نسختي فوق النسخة ${n(version)}`,
  loadTheirs: (version: number) => `افتح النسخة ${n(version)}`,
  loadTheirsHint: 'فتحها لا يضيّع تعديلاتك: يعيدها «تراجع».',
  loadedTheirs: (version: number) => `فُتحت النسخة ${n(version)}. تعديلاتك مذكورة هنا، ويعيدها «تراجع».`,
  bringMineBack: 'أعد تعديلاتي',
  assigned: (code: string) => `أُنشئ الواجب، رمزه ${code}.`,
  assignFailed: (detail: string) => `نُشر الاختبار لكن تعذّر إنشاء الواجب: ${detail}`,
  assignNowButton: 'أنشئ واجبًا به',
  assignmentCode: 'رمز الواجب:',
  assignmentLink: 'رابط الطلاب:',
  resultsOnTeach: 'تظهر النتائج في صفحة المعلّم:',
  classroomEmbedHint: (id: string) => `اختبار للصفوف لا يُضمَّن في الصفحات العامة: أنشئ به واجبًا (معرّفه ${id}).`,
  embedTitle: 'التضمين',
  snippetName: {
    script: 'وسم script',
    element: 'عنصر مخصّص',
    iframe: 'إطار iframe',
    oembed: 'رابط oEmbed',
    'assignment-script': 'وسم script للواجب',
    'assignment-link': 'رابط الواجب',
  } as Record<SnippetKind, string>,
  copy: 'انسخ',
  copied: 'نُسخ',
  copiedName: (name: string) => `نُسخ ${name}.`,
  selectedToCopy: 'حُدّد النص: انسخه بـ Ctrl+C.',

  // Errors from the API
  network: 'تعذّر الاتصال بالخادم. تحقّق من الشبكة وحاول مجددًا.',
  rateLimited: (seconds: number | null) => (seconds ? `طلبات كثيرة: حاول بعد ${n(seconds)} ثانية.` : 'طلبات كثيرة: حاول بعد قليل.'),
  serverError: 'حدث خطأ في الخادم. حاول مجددًا.',
  tooLarge: 'الاختبار أكبر مما يُحفظ (١ ميغابايت): اختصر المقال أو الأسئلة.',
  requestFailed: (status: number) => `تعذّر الطلب (${n(status)}).`,
}

export type Strings = typeof ar

const en: Strings = {
  pageTitle: 'fahm — quiz studio',
  number: (x: number) => String(x),
  switchTo: 'العربية',
  skipLinks: 'Skip links',
  skipToContent: 'Skip to content',
  skipToQuestions: 'Skip to the questions',
  langName: { ar: 'Arabic', en: 'English' },
  loading: 'Loading…',

  signInAs: 'Sign in as',
  roleEditor: 'an editor (the site’s editor token)',
  roleTeacher: 'a teacher (your class key)',
  editorToken: 'Editor token',
  rememberToken: 'Remember the token on this device',
  savedClass: 'A class saved on this device',
  classId: 'Class id',
  orClassId: 'or another class id',
  teacherKey: 'Teacher key',
  signIn: 'Sign in',
  signingIn: 'Checking…',
  signOut: 'Sign out',
  signedOut: 'Signed out of the studio.',
  signedInEditor: 'Signed in as an editor',
  signedInTeacher: (name: string) => `Signed in as the teacher of “${name}”`,
  tokenRequired: 'Enter the editor token.',
  classRequired: 'Choose a class, or enter its id and key.',
  tokenRejected: 'The editor token was not accepted. Check it and try again.',
  keyRejected: 'The class key was not accepted. Check the class id and its key.',
  noClassYet: 'No class yet? Create one on the teacher page',
  signInToList: 'Sign in to see and edit your quizzes. You can draft a new one without signing in.',
  signInToPublish: 'Sign in to publish: editors with the editor token, teachers with their class key.',

  continueTitle: 'Your current draft',
  continueEditing: 'Continue editing',
  discardDraft: 'Discard the draft',
  confirmDiscard: 'The draft and its unsaved changes will be removed from this device. Continue?',
  discarded: 'Draft discarded.',
  replaceDraft: 'You have an unsaved draft; this one will replace it. Continue?',
  replaceDraftButton: 'Replace the draft',
  cancel: 'Cancel',
  newQuiz: 'A new quiz from an article',
  articleToDraft: 'Article text',
  articleHint: 'Paste the article’s text or text copied from a web page, or drop a .txt or .html file here.',
  wordCount: (count: number) => (count === 0 ? 'No words yet' : `${count.toLocaleString('en')} ${count === 1 ? 'word' : 'words'}`),
  openFile: 'or open a file',
  chooseFile: 'Choose a file…',
  noFileChosen: 'No file chosen yet',
  titleOptional: 'Title (optional)',
  sourceUrlOptional: 'Source URL (optional)',
  sourceNameOptional: 'Source name (optional; readers see it)',
  placeholderSource: (name: string) => `Readers will see the source as “${name}”. Write the real source in the “Source name” field if the article has one.`,
  articleLanguage: 'Article language',
  detectLanguage: 'Detect automatically',
  draftQuestions: 'Draft questions',
  drafting: 'Drafting questions…',
  articleRequired: 'Paste the article’s text first.',
  sourceUrlInvalid: 'Write the source URL in full, starting with http:// or https://, or leave it empty.',
  articleTooLong: 'The article is over the limit (about 20,000 words). Split or shorten it.',
  unsupportedFile: 'This file is not text: use a .txt or .html file.',
  emptyFile: 'No text found in this file.',
  draftRefused: {
    'article-empty': 'The text is empty: paste the article’s text.',
    'article-binary': 'This does not look like readable text (a binary file read as text).',
    'article-no-sentences': 'This text has no sentences to ask about: paste the article itself, not a list of words or numbers.',
    'language-unsupported': 'This text is in neither Arabic nor English, the languages fahm drafts in.',
    'language-mismatch': 'The text is not in the language chosen: choose its language, or “Detect automatically”.',
    'article-too-long': 'The article is over the limit (about 20,000 words). Split or shorten it.',
  },
  draftFailed: 'No questions could be drafted from this text.',
  noteText: {
    label: 'A number used as a label or part of a name (an article, a route, a model), not a quantity: not asked.',
    'year-in-name': 'A year inside a name (an event, a plan): not asked.',
    'repeated-fact': 'The same fact stated again: asked once.',
    'not-a-quantity':
      'A number word that is no quantity to ask about here (“one of the largest”, “once”, “half the people”, “the first quarter”): not asked. A part of a currency (“45p”, “half a dinar”) is an amount, and is asked.',
    'time-of-day': 'A time of day: not asked.',
    range: 'A range, not one value: not asked.',
    'number-in-heading': 'A number only a heading gives: not asked (quotes come from paragraph text).',
    'unread-number': 'A number the drafter could not read as a quantity: not asked; add a question yourself if it matters.',
    'currency-unknown':
      'Money in a currency several countries name alike (dinars, riyals, dollars, pounds) in an article that names none of them nor a town of theirs, or in a currency quizzes do not have (shillings, naira, rand): asked only in the article’s words (a choice or true or false), not as a number to type, since its currency would be a guess; set its currency to ask it so.',
    'given-away': 'A fact the title or another question shows, or a count its own sentence lists item by item (its answer would be given away): not asked.',
    opinion:
      'A figure in the writer’s own view (“in my view”, “I think”) or in a view others hold (“the firm thinks”, “critics say”): an opinion, not a fact the article reports: not asked.',
    'few-facts': 'The article holds the facts for fewer than ten questions.',
    'question-limit': 'The article holds more facts than a quiz of its length can take: the best ones, spread over the article, are asked.',
  },
  draftReady: (count: number) => `The draft is ready: ${count} ${count === 1 ? 'question' : 'questions'}.`,
  yourQuizzes: 'Your quizzes',
  noQuizzes: 'No quizzes yet.',
  noClassQuizzes: 'Your class has not published quizzes yet.',
  questionsColumn: 'Questions',
  versionColumn: 'Version',
  open: 'Open',
  openQuiz: (title: string) => `Open “${title}”`,
  fileQuiz: 'File in the repository',
  staleCount: (count: number) => `${count} to review`,

  toolbar: 'Editing tools',
  allQuizzes: 'All quizzes',
  undo: 'Undo',
  redo: 'Redo',
  undone: 'Undid the last change.',
  redone: 'Redid the change.',
  unsaved: 'Draft kept in this browser, not published',
  unpublishedChanges: (version: number) => `Changes not published (published: version ${version})`,
  savedVersion: (version: number) => `Saved, version ${version}`,
  problems: (count: number) => `${count} ${count === 1 ? 'problem' : 'problems'}`,
  noProblems: 'No problems',
  problemList: (count: number) => `${count} ${count === 1 ? 'problem' : 'problems'} to fix`,
  theQuiz: 'The quiz',
  editing: (title: string) => `Editing “${title}”`,
  draftNotes: (count: number) => `Drafting notes (${count})`,
  quizDetails: 'Quiz details',
  title: 'Title',
  sourceName: 'Source name',
  sourceUrl: 'Source URL',
  sourceNote: 'Note on the source',
  alsoIn: (lang: Lang) => (lang === 'en' ? 'Also write the quiz in English' : 'Also write the quiz in Arabic'),
  translationOff: (lang: Lang) => `The quiz is shown in its own language only. You can add an optional ${lang === 'en' ? 'English' : 'Arabic'} translation.`,
  translationMissing: (lang: Lang, count: number) =>
    `Readers get the ${lang === 'en' ? 'English' : 'Arabic'} translation once every text has it: ${count} ${count === 1 ? 'text' : 'texts'} to go.`,
  translationComplete: (lang: Lang) => `The ${lang === 'en' ? 'English' : 'Arabic'} translation is complete: readers can switch to it.`,
  translationRemoved: (lang: Lang) => `The ${lang === 'en' ? 'English' : 'Arabic'} translation was removed. Undo with Ctrl+Z.`,

  article: 'Article',
  articleText: 'Article text',
  articleFolded: (count: number) => `${count} ${count === 1 ? 'paragraph' : 'paragraphs'}. Open it to read it and select evidence.`,
  editArticle: 'Edit the text',
  doneEditingArticle: 'Done editing the text',
  articleEditHint:
    'One paragraph per block, blocks separated by blank lines; in a block of two lines or more the first line is a heading. Questions whose evidence changes show a problem.',
  selectHint: 'Select text in a paragraph to make it a question’s evidence, or to ask about it.',
  paragraphShort: (index: number) => `¶${index + 1}`,
  showParagraph: (index: number) => `Show paragraph ${index + 1} in the article`,
  backToQuestion: (number: number) => `Back to question ${number}`,
  selection: 'Selected text',
  selectionRefused: {
    empty: 'Nothing is selected.',
    'across-paragraphs': 'Select text within one paragraph.',
    'outside-text': 'Select from the paragraph’s text, not its heading.',
    'too-long': 'The selection is over 1,000 characters: select the sentence that proves the answer.',
  },
  forQuestion: 'For question',
  useAsEvidence: 'Use as evidence',
  askAboutThis: 'Ask about this',
  dismiss: 'Close',
  evidenceSet: (number: number) => `The selection is now the evidence of question ${number}.`,
  questionAdded: (number: number) => `Question ${number} added.`,

  questionsTitle: (count: number) => `Questions (${count})`,
  questionN: (number: number) => `Question ${number}`,
  noPrompt: '(no text yet)',
  questionTools: (number: number) => `Question ${number} tools`,
  moveUp: 'Move up',
  moveDown: 'Move down',
  duplicate: 'Duplicate',
  deleteQuestion: 'Delete',
  showInArticle: 'Show in the article',
  movedQuestion: (number: number) => `The question is now number ${number}.`,
  duplicated: (number: number) => `Question duplicated; the copy is question ${number}.`,
  deleted: (number: number) => `Question ${number} deleted. Undo with Ctrl+Z.`,
  deletedNotice: (number: number, prompt: string) => `Question ${number} deleted${prompt ? ` (“${clip(prompt)}”)` : ''}.`,
  undoDelete: 'Undo the deletion',
  questionRestored: (number: number) => `Question ${number} restored.`,
  typeChanged: (type: string) => `The question is now: ${type}.`,
  staleBadge: 'Review',
  staleNotice:
    'The paragraph of this question’s evidence changed in the last article edit: make sure the answer still holds. Any change to the question counts as reviewing it.',
  prompt: 'Question text',
  type: 'Type',
  typeName: { single: 'Single choice', multiple: 'Multiple choice', boolean: 'True or false', numeric: 'Number', text: 'Text answer' },
  skill: 'Skill',
  skillName: { recall: 'Recall', inference: 'Inference', vocabulary: 'Vocabulary', 'main-idea': 'Main idea' },
  points: 'Points',
  questionId: 'Id',
  questionIdHint: 'Lower-case Latin letters, digits and hyphens. Do not change it once published: answers are stored under it.',
  explanation: 'Explanation',
  answerKey: 'Right answer',
  true: 'True',
  false: 'False',
  value: 'Value',
  date: 'Date',
  year: 'Year',
  month: 'Month',
  day: 'Day',
  dateHint: 'Leave empty what the article does not give: a year alone, a month of a year, or a day of a month.',
  notADate: 'This is not a date: check the month and the day.',
  toleranceDateHint: 'How far off an answer may be, in the date’s finest part (days, months or years).',
  dimensionName: {
    count: 'Counts',
    time: 'Durations',
    percent: 'Percentages',
    length: 'Lengths',
    mass: 'Masses',
    area: 'Areas',
    volume: 'Volumes',
    speed: 'Speeds',
    data: 'Data sizes',
    charge: 'Battery capacities',
    power: 'Power',
    energy: 'Energy',
    temperature: 'Temperatures',
    money: 'Currencies',
    date: 'Dates',
  },
  unit: 'Unit',
  noUnit: 'No unit (a count)',
  tolerance: 'Tolerance',
  toleranceHint: 'How far from the value an answer may be, in the same unit.',
  notANumber: 'Enter a number, such as 2.5 or ٢٫٥.',
  wholeNumber: 'Enter a whole number.',
  choicesSingle: 'Choices (mark the right one)',
  choicesMultiple: 'Choices (mark every right one)',
  correct: 'Correct',
  choiceN: (number: number) => `Choice ${number}`,
  choiceTools: (number: number) => `Choice ${number} tools`,
  moveChoiceUp: (number: number) => `Move choice ${number} up`,
  moveChoiceDown: (number: number) => `Move choice ${number} down`,
  removeChoice: (number: number) => `Remove choice ${number}`,
  movedChoice: (number: number) => `The choice is now number ${number}.`,
  removedChoice: (number: number) => `Choice ${number} removed.`,
  addChoice: 'Add a choice',
  partialCredit: 'Partial credit for some of the right answers',
  acceptedAnswers: 'Accepted answers',
  acceptedHint:
    'Write the answer and its common forms in Arabic and English (بكين, Beijing). They are compared after normalisation, with a small allowance for typos.',
  acceptedN: (number: number) => `Accepted answer ${number}`,
  removeAccepted: (number: number) => `Remove accepted answer ${number}`,
  removedAccepted: (number: number) => `Accepted answer ${number} removed.`,
  addAccepted: 'Add an accepted answer',
  evidence: 'Evidence from the article',
  evidenceHint: 'The sentence that proves the answer, quoted exactly. Select it in the article with the mouse, or pick it here and shorten it.',
  evidenceSentence: 'A sentence of the article',
  partOfSentence: (paragraph: number) => `Part of a sentence in paragraph ${paragraph + 1}`,
  quote: (paragraph: number) => `Quote (paragraph ${paragraph + 1})`,
  quoteHint: 'You can delete words at either end of the quote; only text that is in the article is accepted.',
  quoteNotInArticle: 'This text is not in the article word for word, so it was not taken. Select it in the article or pick a sentence.',

  tryTitle: 'Try an answer',
  tryAnswer: 'An answer to try',
  tryIt: 'Try',
  trying: 'Grading…',
  tryHint: 'The real grader grades it against this draft, stores nothing, and shows what it understood.',
  tries: 'Answers tried',
  accepted: 'Accepted',
  partlyAccepted: 'Partly accepted',
  notAccepted: 'Not accepted',
  tryFailed: 'Could not be graded',
  tryNeedsValid: 'Fix the problems marked on this question first: only a well-formed question can be graded.',
  understoodAs: 'The grader read it as:',
  unreadable: 'not understood',
  expected: 'Right answer:',
  changedSinceTry: 'The question changed since this try.',
  tryAgain: 'Try it again',

  addQuestionTitle: 'New question',
  askSentence: 'About which sentence?',

  preview: 'Preview',
  previewHint: 'The draft in the same widget readers see, before it is saved. Answers are graded against the draft and nothing is stored.',
  previewMode: 'Display',
  modeOne: 'One question at a time',
  modeAll: 'All questions',
  previewLang: 'Language',
  showPreview: 'Show the preview',
  refreshPreview: 'Refresh the preview',
  previewShown: 'The preview is shown.',
  previewStale: 'The draft changed since this preview: refresh it.',
  previewBlocked: 'Fix the problems marked first: only a well-formed draft can be shown.',
  widgetMissing: 'The quiz widget (widget.js) did not load: reload the page.',

  publish: 'Publish',
  publishAsEditor: 'You publish as an editor.',
  publishAsTeacher: (name: string) => `You publish a classroom quiz of “${name}”.`,
  quizId: 'Quiz id',
  quizIdHint: 'Shown in embed links: lower-case Latin letters, digits and hyphens, such as kim-putin-beijing.',
  quizIdIs: 'Id:',
  readOnlyQuiz: (id: string) => `“${id}” is a quiz from the repository’s files and cannot be changed here: save your version as a new quiz under another id.`,
  visibility: 'Visibility',
  visibilityName: { public: 'Public', classroom: 'Classroom only' },
  visibilityHint: {
    public: 'Shown to any reader and can be embedded on any page.',
    classroom: 'Shown only through assignments, so its answers stay hidden until the teacher reveals them.',
  },
  classroomQuiz: 'Classroom quiz',
  teacherVisibilityHint: 'Saved as a quiz of your class: students see it only through an assignment.',
  assignNow: 'Assign it now',
  assignmentTitleHint: 'Students see it; the quiz title is used when left empty.',
  attemptsInvalid: (min: number, max: number) => `Attempts allowed must be a whole number from ${min} to ${max}.`,
  publishNew: 'Publish',
  publishAndAssign: 'Publish and assign',
  saveNewVersion: 'Save a new version',
  publishing: 'Publishing…',
  goToFirstProblem: 'Go to the first problem',
  fixFirst: (count: number) => `Fix ${count === 1 ? 'the problem' : `the ${count} problems`} before publishing.`,
  publishedVersion: (version: number) => `Published: version ${version}.`,
  nothingChanged: (version: number) => `Nothing new to save: the quiz is as in version ${version}.`,
  staleAfterSave: (count: number) => `${count} ${count === 1 ? 'question’s' : 'questions’'} evidence paragraphs changed: review them.`,
  idTaken: (id: string) => `The id “${id}” is taken by another quiz: choose another.`,
  idYours: (id: string) =>
    `You already published a different quiz under “${id}”: open it from Your quizzes to change it, or choose another id to publish this one as a new quiz.`,
  serverRejected: (details: string) => `The server refused the quiz: ${details}`,
  notYours: 'This quiz does not exist, or is not yours to edit.',
  savesLimited: (minutes: number | null, teacher: boolean) =>
    `Saving with ${teacher ? 'this class’s key' : 'the editor token'} has reached its limit for the hour, so the quiz was not saved. Save again ${
      minutes ? `in ${minutes} ${minutes === 1 ? 'minute' : 'minutes'}` : 'in a little while'
    }; your changes stay in this browser.`,
  conflict: (version: number) =>
    `Someone else saved version ${version} after you opened the quiz, so your changes are not saved yet. They stay here until you choose.`,
  theirChanges: (version: number) => `What changed in version ${version}`,
  yourChanges: 'Your unsaved changes',
  noVisibleChanges: 'No difference in content.',
  overwrite: (version: number) => `Save mine over version ${version}`,
  loadTheirs: (version: number) => `Open version ${version}`,
  loadTheirsHint: 'Opening it does not lose your changes: Undo brings them back.',
  loadedTheirs: (version: number) => `Version ${version} opened. Your changes are listed here; Undo brings them back.`,
  bringMineBack: 'Bring my changes back',
  assigned: (code: string) => `Assignment created, code ${code}.`,
  assignFailed: (detail: string) => `The quiz is published but the assignment could not be created: ${detail}`,
  assignNowButton: 'Assign it',
  assignmentCode: 'Assignment code:',
  assignmentLink: 'Students’ link:',
  resultsOnTeach: 'Results show on the teacher page:',
  classroomEmbedHint: (id: string) => `A classroom quiz is not embedded on public pages: assign it (its id is ${id}).`,
  embedTitle: 'Embed',
  snippetName: {
    script: 'Script tag',
    element: 'Custom element',
    iframe: 'Iframe',
    oembed: 'oEmbed URL',
    'assignment-script': 'Script tag of the assignment',
    'assignment-link': 'Assignment link',
  },
  copy: 'Copy',
  copied: 'Copied',
  copiedName: (name: string) => `${name} copied.`,
  selectedToCopy: 'The text is selected: copy it with Ctrl+C.',

  network: 'Could not reach the server. Check the network and try again.',
  rateLimited: (seconds: number | null) => (seconds ? `Too many requests: try again in ${seconds} s.` : 'Too many requests: try again shortly.'),
  serverError: 'The server had a problem. Try again.',
  tooLarge: 'The quiz is larger than can be saved (1 MiB): shorten the article or the questions.',
  requestFailed: (status: number) => `The request failed (${status}).`,
}

export const STRINGS: Record<Lang, Strings> = { ar, en }

/** A failed API call in the reader's language (the API's `detail` is for developers). */
export function apiErrorText(err: ApiError | null, t: Strings): string {
  if (!err || err.status === 0) return t.network
  if (err.status === 429) return t.rateLimited(err.retryAfter)
  if (err.status === 413) return t.tooLarge
  if (err.status >= 500) return t.serverError
  return t.requestFailed(err.status)
}

/** The field a path names, as a person says it: "Prompt (Arabic)", "Choice 2". */
function fieldLabel(rest: string, t: Strings): string {
  const lang = /\.(ar|en)$/.exec(rest)?.[1] as Lang | undefined
  const suffix = lang ? ` (${t.langName[lang]})` : ''
  const base = rest.replace(/\.(ar|en)$/, '')
  const choice = /^choices\[(\d+)\]/.exec(base)
  if (choice) return t.choiceN(Number(choice[1]) + 1) + suffix
  const accepted = /^answer\.accepted\[(\d+)\]/.exec(base)
  if (accepted) return t.acceptedN(Number(accepted[1]) + 1)
  const names: Record<string, string> = {
    prompt: t.prompt,
    explanation: t.explanation,
    evidence: t.evidence,
    answer: t.answerKey,
    'answer.value': t.value,
    'answer.unit': t.unit,
    'answer.tolerance': t.tolerance,
    'answer.accepted': t.acceptedAnswers,
    choices: t.choicesSingle.replace(/ \(.*\)$/, ''),
    partialCredit: t.partialCredit,
    points: t.points,
    skill: t.skill,
    type: t.type,
    id: t.questionId,
    title: t.title,
    'source.name': t.sourceName,
    'source.url': t.sourceUrl,
    'source.note': t.sourceNote,
    visibility: t.visibility,
    articleText: t.articleText,
    questions: t.questionsTitle(0).replace(/ ?\(.*\)$/, ''),
  }
  return (names[base] ?? '') + (names[base] ? suffix : '')
}

/** The problem of a field as a message in the reader's language; the check's English message otherwise. */
export function issueText(issue: Pick<StudioIssue, 'check' | 'path' | 'message' | 'schema'>, t: Strings): string {
  const ar = t === STRINGS.ar
  const num = (x: number) => (ar ? n(x) : String(x))
  const s = issue.schema
  if (issue.check === 'schema') {
    if (issue.path === 'articleText') return ar ? 'نص المقال مطلوب.' : 'The article text is required.'
    if (issue.path === 'id' || /\.id$/.test(issue.path) || /^questions\[\d+\]\.id$/.test(issue.path)) {
      if (s?.code === 'too_small' || s?.code === 'invalid_type') return ar ? 'المعرّف مطلوب.' : 'The id is required.'
      return ar
        ? 'استخدم حروفًا لاتينية صغيرة وأرقامًا وشرطة واحدة بين الكلمات (kebab-case).'
        : 'Use lower-case Latin letters, digits and single hyphens (kebab-case).'
    }
    if (s?.format === 'url' || /source\.url$/.test(issue.path))
      return ar ? 'يجب أن يكون رابطًا يبدأ بـ http:// أو https://.' : 'Must be a link starting with http:// or https://.'
    if (s?.code === 'too_small') {
      if (s.origin === 'string')
        return s.minimum === 1
          ? ar
            ? 'هذا الحقل مطلوب.'
            : 'This field is required.'
          : ar
            ? `${num(s.minimum ?? 1)} أحرف على الأقل.`
            : `At least ${s.minimum} characters.`
      if (s.origin === 'array') {
        if (/choices$/.test(issue.path)) return ar ? `خياران على الأقل.` : `At least ${s.minimum} choices.`
        if (/accepted$/.test(issue.path)) return ar ? 'أضف إجابة مقبولة واحدة على الأقل.' : 'Add at least one accepted answer.'
        if (issue.path === 'questions') return ar ? 'أضف سؤالًا واحدًا على الأقل.' : 'Add at least one question.'
        if (/answer$/.test(issue.path)) return ar ? 'حدّد إجابة صحيحة واحدة على الأقل.' : 'Mark at least one right answer.'
        return ar ? `${num(s.minimum ?? 1)} على الأقل.` : `At least ${s.minimum}.`
      }
      return ar ? `لا تقلّ القيمة عن ${num(s.minimum ?? 0)}.` : `At least ${s.minimum}.`
    }
    if (s?.code === 'too_big') {
      if (s.origin === 'string') return ar ? `${num(s.maximum ?? 0)} حرف على الأكثر.` : `At most ${s.maximum} characters.`
      if (s.origin === 'array') return ar ? `${num(s.maximum ?? 0)} على الأكثر.` : `At most ${s.maximum}.`
      return ar ? `لا تزيد القيمة على ${num(s.maximum ?? 0)}.` : `At most ${s.maximum}.`
    }
    if (s?.code === 'invalid_type') {
      if (s.expected === 'int') return t.wholeNumber
      if (s.expected === 'number') return t.notANumber
      return ar ? 'هذا الحقل مطلوب.' : 'This field is required.'
    }
    if (s?.code === 'invalid_value' || s?.code === 'invalid_union') return ar ? 'اختر قيمة من القائمة.' : 'Choose a value from the list.'
    return ar ? 'قيمة غير صالحة.' : 'Not a valid value.'
  }
  const paragraph = /paragraph (\d+)/.exec(issue.message)?.[1]
  switch (issue.check) {
    case 'duplicate-question-ids':
      return ar ? 'سؤال آخر يحمل هذا المعرّف.' : 'Another question has this id.'
    case 'duplicate-choice-ids':
      return ar ? 'خياران يحملان المعرّف نفسه.' : 'Two choices have the same id.'
    case 'answer-choice-exists':
      return /twice/.test(issue.message)
        ? ar
          ? 'إجابة مكرّرة.'
          : 'An answer is listed twice.'
        : ar
          ? 'الإجابة الصحيحة ليست من الخيارات.'
          : 'The right answer is not one of the choices.'
    case 'choice-texts-distinct':
      return ar ? 'هذا الخيار يطابق خيارًا آخر.' : 'This choice reads the same as another.'
    case 'answer-position-varies':
      return ar
        ? 'الإجابة الصحيحة في الموضع نفسه في كل أسئلة الاختيار الواحد: غيّر ترتيب الخيارات كي لا تُخمَّن.'
        : 'Every single-choice answer is in the same position: reorder the choices so it cannot be guessed.'
    case 'evidence-paragraph-exists':
      return ar ? 'هذه الفقرة ليست في المقال.' : 'This paragraph is not in the article.'
    case 'evidence-quote-verbatim':
      if (/heading/.test(issue.message)) return ar ? 'الاقتباس من عنوان الفقرة: اقتبس من نصها.' : 'The quote is from the paragraph’s heading: quote its text.'
      if (/found verbatim in paragraph/.test(issue.message) && paragraph) {
        return ar
          ? `الاقتباس ليس في هذه الفقرة بل في الفقرة ${num(Number(/in paragraph (\d+)$/.exec(issue.message)?.[1] ?? paragraph) + 1)}.`
          : `The quote is not in this paragraph but in paragraph ${Number(/in paragraph (\d+)$/.exec(issue.message)?.[1] ?? paragraph) + 1}.`
      }
      return ar ? 'الاقتباس ليس في المقال حرفيًا: حدّده من جديد في المقال.' : 'The quote is not in the article word for word: select it again in the article.'
    case 'numeric-answer-in-evidence': {
      // The check says which numbers it read in the quote: shown, so the key can be corrected to one.
      const read = /numbers read in it: ([^)]*)\)/.exec(issue.message)?.[1]
      const numbers = read ? read.split(', ').map(Number).filter(Number.isFinite) : []
      const inference = /nor is it a sum of them/.test(issue.message)
      const list = numbers.map((x) => (ar ? n(x) : x.toLocaleString('en'))).join(ar ? '، ' : ', ')
      const has = numbers.length === 0 ? (ar ? 'لا عدد في الاقتباس' : 'the quote has no number') : ar ? `أعداده: ${list}` : `its numbers: ${list}`
      if (inference)
        return ar ? `القيمة ليست من أعداد الاقتباس ولا مجموعًا لها (${has}).` : `The value is not one of the quote’s numbers, nor a sum of them (${has}).`
      return ar
        ? `القيمة ليست من أعداد الاقتباس (${has}). إن كانت مستنتجة منها فاجعل المهارة «استنتاج».`
        : `The value is not one of the quote’s numbers (${has}). If it is derived from them, make the skill “Inference”.`
    }
    case 'strings-in-quiz-language':
      return ar ? 'النص بلغة الاختبار مطلوب (الترجمة وحدها لا تكفي).' : 'The text in the quiz’s own language is required (a translation alone is not enough).'
    case 'unknown-properties':
      return ar ? 'حقل غير معروف.' : 'Unknown field.'
    case 'answer-not-given-away': {
      const other = /questions\[(\d+)\]/.exec(issue.message)?.[1]
      const shown = /: (".*"); /.exec(issue.message)?.[1]
      const what = shown ? (JSON.parse(shown) as string) : ''
      if (other === undefined) {
        return ar
          ? `هذا النص يكشف إجابة السؤال نفسه${what ? ` («${what}»)` : ''}: أعد صياغته.`
          : `This text gives away the question’s own answer${what ? ` (“${what}”)` : ''}: reword it.`
      }
      return ar
        ? `هذا النص يكشف إجابة السؤال ${num(Number(other) + 1)}${what ? ` («${what}»)` : ''}: أعد صياغته أو اختر خيارات أخرى.`
        : `This text gives away the answer of question ${Number(other) + 1}${what ? ` (“${what}”)` : ''}: reword it or choose other choices.`
    }
    case 'arabic-quotation-marks':
      return ar ? 'استخدم علامتي التنصيص « » في النص العربي.' : 'Use « » quotation marks in Arabic text.'
    default:
      return issue.message
  }
}

/**
 * Where the work stands, as the status line says it: a draft never published is kept in this
 * browser (a reload loses nothing), so it is not called "unsaved"; changes to a published quiz
 * say which version readers still get.
 */
export function workStatus(ws: Workspace, t: Strings): string {
  if (!ws.saved || ws.base === null) return t.unsaved
  return isDirty(ws) ? t.unpublishedChanges(ws.saved.version) : t.savedVersion(ws.saved.version)
}

/** A drafter's note in the reader's language, by its code; its English message for a code this studio does not know. */
export function noteText(note: DraftNote, t: Strings): string {
  return (t.noteText as Record<string, string>)[note.code] ?? note.message
}

/** One change between versions, for the conflict view. */
export function changeText(change: Change, t: Strings, quizLang: Lang): string {
  const ar = t === STRINGS.ar
  const prompt = 'prompt' in change ? (change.prompt[quizLang] ?? change.id) : ''
  switch (change.kind) {
    case 'title':
      return ar ? 'تغيّر العنوان.' : 'The title changed.'
    case 'source':
      return ar ? 'تغيّر المصدر.' : 'The source changed.'
    case 'visibility':
      return ar ? 'تغيّر الظهور.' : 'The visibility changed.'
    case 'article':
      return ar ? 'تغيّر نص المقال.' : 'The article text changed.'
    case 'order':
      return ar ? 'تغيّر ترتيب الأسئلة.' : 'The questions were reordered.'
    case 'question-added':
      return ar ? `أُضيف سؤال: «${prompt}».` : `A question was added: “${prompt}”.`
    case 'question-removed':
      return ar ? `حُذف سؤال: «${prompt}».` : `A question was removed: “${prompt}”.`
    case 'question-changed': {
      const fields = change.fields.map((f) => fieldLabel(f, t) || f).join(ar ? '، ' : ', ')
      return ar ? `تغيّر في «${prompt}»: ${fields}.` : `Changed in “${prompt}”: ${fields}.`
    }
  }
}

/** The name of a field key's part after `questions[i].` (or of a quiz field), for lists of problems. */
export function fieldNames(rest: string, t: Strings): string {
  return fieldLabel(rest, t)
}
