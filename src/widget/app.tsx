import { Component, type ComponentChildren } from 'preact'
import { ApiError, type Api } from './api.ts'
import { Article } from './article.tsx'
import { toArticle, toQuiz, watchColumns } from './columns.ts'
import { cleanCode, deviceToken, Handover, Identity, linkCode, newStudent, problemText, who } from './classroom.tsx'
import { FULL } from './flags.ts'
import { textLang } from './text-lang.ts'
import { doc } from './globals.ts'
import { digitsOf, dirOf, fraction, num, progress as progressLabel, toDigits, type Digits } from './format.ts'
import type { Strings } from './i18n.ts'
import { Feedback, Input, readAsOf, verdictOf } from './question.tsx'
import { firstTryGrade, initial, isAnswered, own, reducer, type Action, type State } from './state.ts'
import { attemptKey, dropOlderVersions, LANG_KEY, load, quizKey, quizLangKey, save } from './storage.ts'
import { fallback, loadStrings, stringsNow } from './strings.ts'
import { Summary } from './summary.tsx'
import type { Assignment, Grade, Lang, Mode, Question, Quiz, Result, Theme } from './types.ts'

export type AppProps = {
  quiz?: string
  assignment?: string
  lang?: Lang
  mode: Mode
  theme: Theme
  showArticle: boolean
  /** The publisher's digits for Arabic (`data-digits`); Arabic-Indic when unset. */
  digits?: Digits
  api: Api
  /** Where widget.js was served from: its strings are there. */
  base: string
  /** Dispatches `fahm:<type>` on the host element. */
  emit: (type: 'ready' | 'answer' | 'complete', detail: object) => void
}

type AppState = {
  quiz?: Quiz
  assignment?: Assignment
  error?: ApiError
  progress: State
  /** Language chosen with the switch button (remembered across reloads); the `lang` option until then. */
  lang?: Lang
  busy?: boolean
  /** Text for the aria-live region. */
  announcement?: string
  /** A failed check or submit, shown with role=alert. */
  message?: string
  /** Finishing was asked with questions unanswered: the widget asks to confirm. */
  confirming?: boolean
  /** The question whose evidence the reader asked to see in the article. */
  shown?: string
  /** The loading boxes may show (the page has been idle since the mount, see the constructor). */
  boxes?: boolean
  /** The article is under the quiz, not beside it (a phone, a narrow column): "read the article" shows. */
  stacked?: boolean
}

/** A random UUID v4; crypto.randomUUID needs a secure context, getRandomValues does not. */
const uuid = (): string =>
  '10000000-1000-4000-8000-100000000000'.replace(/[018]/g, (c) => (+c ^ (crypto.getRandomValues(new Uint8Array(1))[0]! & (15 >> (+c / 4)))).toString(16))

const fresh = (assignment?: Assignment, name?: string): State =>
  FULL && assignment ? { ...initial, name, idem: uuid(), started: new Date().toISOString() } : initial

/** The language the reader chose last, on any fahm quiz of this site. */
const rememberedLang = (): Lang | undefined => {
  const lang = load<string>(LANG_KEY)
  return lang === 'ar' || lang === 'en' ? lang : undefined
}

/**
 * The quiz widget: loads a quiz (or an assignment's quiz), keeps progress in localStorage, checks
 * answers one by one (the first check of each counts), grades the whole quiz, or submits a
 * classroom attempt. A class component: Preact's core has it for free, hooks would add 1.5 KB.
 */
export class App extends Component<AppProps, AppState> {
  // Fields are assigned in the constructor: class field syntax costs a helper in the es2020 bundle.
  /** localStorage key of the progress in `state.progress`. */
  declare storageKey: string
  /** What is loaded or loading: the target (quiz or assignment) and the language asked for. */
  declare loadedTarget: string
  declare loadedLang?: Lang
  declare controller?: AbortController
  /** Selector of the element to focus after the next render. */
  declare focusNext: string
  declare root: HTMLElement | null

  constructor(props: AppProps) {
    super(props)
    this.state = { progress: initial, lang: props.lang }
    this.storageKey = this.loadedTarget = this.focusNext = ''
    // The quiz and the strings start loading now, before the first render: in a new tab that render
    // compiles most of Preact, tens of milliseconds the requests need not wait for. With a language
    // given, they go out before the first localStorage read too: in a new tab that read is a
    // synchronous call to the browser process, which traces showed taking 3–80 ms while the browser
    // opens the tab. A language the reader chose with the switch (kept there) then replaces them.
    // (Before the mount, setState only sets the state the first render starts from.)
    if (props.lang) this.fetch()
    const chosen = rememberedLang()
    if (!props.lang || (chosen && chosen != props.lang)) this.setState({ lang: chosen }), this.fetch(chosen)
    // The loading boxes wait until the page is first idle: a quiz and strings already here (preloaded)
    // are handled before that, and the first question is laid out without the boxes' layout and paint
    // before it. A quiz still on its way gets them then, at the latest 100 ms in.
    const boxes = () => this.setState({ boxes: true })
    // Safari has no requestIdleCallback: there the boxes come after the tasks already queued.
    if (typeof requestIdleCallback == 'function') requestIdleCallback(boxes, { timeout: 100 })
    else setTimeout(boxes)
    if (FULL)
      this.columnsRef = (cols) => {
        this.columns?.disconnect()
        this.columns = cols ? watchColumns(cols, (stacked) => stacked !== !!this.state.stacked && this.setState({ stacked })) : undefined
      }
  }

  override componentDidUpdate(previous: AppProps) {
    const props = this.props
    if (props.lang !== previous.lang) this.setState({ lang: props.lang })
    const switched = props.lang === previous.lang && this.state.lang && this.state.lang !== this.loadedLang
    if (this.target() !== this.loadedTarget || switched) this.fetch()
    if (this.focusNext) this.root?.querySelector<HTMLElement>(this.focusNext)?.focus()
    this.focusNext = ''
  }

  override componentWillUnmount() {
    this.controller?.abort()
    if (FULL) this.columns?.disconnect()
  }

  declare columns?: ResizeObserver
  /** widget-full.js: the ref of the quiz's and the article's columns (set in the constructor). */
  declare columnsRef?: (cols: HTMLElement | null) => void

  target() {
    return FULL && this.props.assignment ? 'a:' + this.props.assignment : (this.props.quiz ?? '')
  }

  act(action: Action) {
    this.setState(({ progress }) => {
      const next = reducer(progress, action)
      save(this.storageKey, next)
      return { progress: next }
    })
  }

  /** Loads the quiz in `lang` (the language shown, unless the constructor says which). */
  async fetch(lang = this.state.lang) {
    const { api, emit, assignment: code } = this.props
    const target = this.target()
    this.controller?.abort()
    const controller = (this.controller = new AbortController())
    if (this.loadedTarget !== target) this.setState({ quiz: undefined, assignment: undefined })
    this.loadedTarget = target
    this.loadedLang = lang
    if (!target) return
    this.setState({ error: undefined })
    // A quiz's request goes out first: it takes longer than the strings, whose first script element
    // can take a new tab tens of milliseconds to add.
    const quizLoad = FULL && code ? undefined : api.quiz(this.props.quiz!, lang, controller.signal)
    // The widget's strings load beside the quiz: the language asked for, else the one the quiz came
    // in last time in this browser, else both while the quiz's is unknown (a guess from the page's
    // language would make a quiz in the other one wait for its strings). A failure shows when the
    // quiz waits for the strings of its language, below.
    const strings = (language: Lang) =>
      loadStrings(this.props.base, language).then(
        () => this.setState({}),
        () => {},
      )
    const known = lang ?? load<Lang>(quizLangKey(target))
    for (const language of known ? [known] : (['ar', 'en'] as const)) strings(language)
    try {
      let progress = this.state.progress
      let first = false
      const restore = (key: string, assignment?: Assignment) => {
        if (this.storageKey === key) return
        this.storageKey = key
        first = true
        const saved = load<State>(key)
        progress = saved && (!FULL || !assignment || saved.idem || saved.final) ? { ...initial, ...saved } : fresh(assignment)
        if (FULL && assignment) {
          // A student's own link names them: someone else's work here is not theirs to see.
          const link = linkCode()
          if (link && cleanCode(progress.code ?? '') !== link) progress = { ...fresh(assignment), code: link }
          // Work of someone who was here before (a shared computer): ask before showing or continuing it.
          else if (who(progress)) progress = { ...progress, ask: true }
        }
      }
      const assignment = FULL && code ? await api.assignment(code, controller.signal) : undefined
      if (FULL && assignment) restore(attemptKey(assignment.code), assignment)
      // An assignment's quiz comes shuffled by the server when it says so, seeded per attempt.
      const quiz = await (FULL && assignment ? api.asgQuiz(assignment.code, lang, progress.idem, controller.signal) : quizLoad!)
      if (controller.signal.aborted) return
      if (!assignment) {
        restore(quizKey(quiz.id, quiz.version))
        dropOlderVersions(quiz.id, quiz.version)
        save(quizLangKey(target), quiz.lang)
      }
      // Shown as soon as the strings of its language are here, not those of the other.
      await loadStrings(this.props.base, lang ?? quiz.lang)
      if (controller.signal.aborted) return
      if (first) emit('ready', { quizId: quiz.id, version: quiz.version, lang: quiz.lang, questionCount: quiz.questions.length })
      this.setState({ quiz, assignment, progress })
      if (FULL && assignment?.identity === 'roster' && progress.code && !progress.who) lookup(this, cleanCode(progress.code), assignment)
      // Feedback strings are in the language they were checked in: after a switch, grade again.
      const checked = Object.keys(progress.results)
      if (!assignment && progress.lang && progress.lang !== quiz.lang && (checked.length || progress.final)) {
        const graded = await api.grade(quiz.id, progress.answers, quiz.lang)
        const inLang = (ids: string[]) => {
          const results: Record<string, Result> = {}
          for (const result of graded.results) if (ids.includes(result.questionId)) results[result.questionId] = result
          return results
        }
        // The first tries keep their verdicts; only their display strings change language.
        const firstTries = { ...progress.firstTries, ...inLang(Object.keys(progress.firstTries).filter((id) => own(progress.results, id))) }
        const final = progress.final && firstTryGrade(graded, firstTries)
        this.act({ t: 'load', s: { ...this.state.progress, results: inLang(checked), firstTries, final, lang: quiz.lang } })
      }
    } catch (error) {
      const shown = this.state.quiz
      if (controller.signal.aborted) return
      if (!shown) return this.setState({ error: error instanceof ApiError ? error : new ApiError(0, String(error)) })
      // A failed language switch keeps the quiz as it is; the switch button tries again.
      this.loadedLang = shown.lang
      this.setState({ lang: shown.lang, message: (stringsNow(shown.lang) ?? fallback[shown.lang]).loadFail })
    }
  }

  /** Runs a write (check, grade, submit) with the busy flag; a failure shows its message. */
  async send(t: Strings, run: () => Promise<void>) {
    if (this.state.busy) return
    this.setState({ busy: true, message: '' })
    try {
      await run()
    } catch (error) {
      // The reader's own sentence: too many tries, a classroom refusal (no attempts left, unknown
      // personal code…), else "couldn't send". The API's `detail` is for developers, in English.
      const code = (error as ApiError | undefined)?.code
      this.setState({ message: code == 'rate-limited' ? t.slowDown : (FULL && code && problemText(code, t)) || t.sendFail })
    }
    this.setState({ busy: false })
  }

  check(questionId: string) {
    const { quiz, progress } = this.state
    const answer = progress.answers[questionId]
    if (!quiz || !isAnswered(answer)) return
    const t = stringsNow(this.ui())!
    const practice = !!own(progress.firstTries, questionId)
    this.send(t, async () => {
      const result = await this.props.api.check(quiz.id, questionId, answer, quiz.lang)
      this.act({ t: 'result', r: result, lang: quiz.lang })
      this.focusNext = '#fb-' + questionId
      // Said as the feedback shows it: partly right, and the reading only where it is shown.
      const readAs = readAsOf(result)
      this.setState({
        announcement: verdictOf(result, t) + (readAs ? '. ' + t.readAs + toDigits(readAs, digitsOf(quiz.lang, this.props.digits)) : ''),
        shown: undefined,
      })
      if (practice) return
      this.props.emit('answer', {
        quizId: quiz.id,
        version: quiz.version,
        lang: quiz.lang,
        questionId,
        answer,
        correct: !!result.correct,
        score: result.score,
        maxScore: result.maxScore,
        parsed: result.parsed ?? null,
      })
    })
  }

  finish(confirmed?: boolean) {
    const { quiz, assignment, progress } = this.state
    if (!quiz) return
    const lang = quiz.lang
    const ui = this.ui()
    const t = stringsNow(ui)!
    if (FULL && assignment && !who(progress)) {
      const roster = assignment.identity === 'roster'
      this.focusNext = roster ? '#pc' : '#nm'
      return this.setState({ message: roster ? t.needCode : t.need })
    }
    if (!confirmed && quiz.questions.some((question) => !isAnswered(own(progress.answers, question.id)))) {
      this.focusNext = '#cf'
      return this.setState({ confirming: true })
    }
    this.setState({ confirming: false })
    this.send(t, async () => {
      let grade: Grade
      let hidden: boolean | undefined
      if (FULL && assignment) {
        // A roster's student is their personal code; a free name is bound to this browser's device token.
        const by = assignment.identity === 'roster' ? { studentCode: cleanCode(progress.code!) } : { name: progress.name!.trim(), deviceId: deviceToken() }
        const attempt = await this.props.api.submit(assignment.code, progress.idem!, { ...by, answers: progress.answers, startedAt: progress.started! }, lang)
        // While answers are hidden the attempt has no score: none is shown, announced or sent to the page.
        hidden = !attempt.revealed
        grade = { ...attempt, score: attempt.score ?? 0, results: attempt.revealed ? attempt.results : [] }
        this.act({
          t: 'load',
          s: { ...progress, final: grade, lang, idem: undefined, again: false, sent: { revealed: attempt.revealed, left: attempt.attemptsLeft } },
        })
      } else {
        grade = firstTryGrade(await this.props.api.grade(quiz.id, progress.answers, lang), progress.firstTries)
        this.act({ t: 'final', g: grade, lang })
      }
      this.focusNext = '#sc'
      if (FULL && hidden) this.setState({ announcement: t.sent })
      else if (typeof grade.score === 'number')
        this.setState({ announcement: t.score + ': ' + fraction(grade.score, grade.maxScore, ui, digitsOf(ui, this.props.digits)) })
      this.props.emit('complete', { quizId: quiz.id, score: FULL && hidden ? null : grade.score, maxScore: grade.maxScore })
    })
  }

  /**
   * The widget's own language (buttons, messages): the `lang` option or the switch, else the quiz's.
   * The quiz's texts keep theirs (`quiz.lang`): a quiz in one language is shown in it either way.
   */
  ui(): Lang {
    return this.state.lang ?? this.state.quiz?.lang ?? (doc('documentElement').lang.startsWith('en') ? 'en' : 'ar')
  }

  go(index: number) {
    this.act({ t: 'go', i: index })
    this.setState({ confirming: false })
    this.focusNext = '.p'
  }

  switchLang(lang: Lang) {
    save(LANG_KEY, lang)
    this.setState({ lang })
  }

  /** Error: the quiz, or the strings, did not load. */
  failed(error: ApiError) {
    const t = stringsNow(this.ui()) ?? fallback[this.ui()]
    // A quiz that does not exist will not appear on a retry; a network failure or a 5xx may.
    const gone = error.status >= 400 && error.status < 500 && 'notFound' in t
    return (
      <div class="err" role="alert">
        <p>{gone ? (t as Strings).notFound : t.loadFail}</p>
        {!gone && (
          <button type="button" onClick={() => this.fetch()}>
            {t.retry}
          </button>
        )}
      </div>
    )
  }

  override render(props: AppProps, { quiz, assignment, error, progress, busy, announcement, message, confirming, shown }: AppState) {
    const ui = this.ui()
    const t = stringsNow(ui)
    const numerals = props.digits
    const digits = digitsOf(ui, numerals)
    const wrap = (children: ComponentChildren, article?: ComponentChildren) => (
      <div
        class={FULL && props.showArticle ? 'w a ' + props.theme : 'w ' + props.theme}
        ref={(element: HTMLDivElement | null) => void (this.root = element)}
        lang={ui}
        dir={dirOf(ui)}
        aria-busy={!quiz && !error}
      >
        {/* The article is widget-full.js's: widget.js leaves this out. */}
        {FULL && article ? (
          <div class="cols" ref={this.columnsRef}>
            <div class="qz">
              {/* Stacked (a phone, a narrow column), the article comes after the quiz: a way to it and back. */}
              {t && this.state.stacked && (
                <button type="button" class="ln to" onClick={() => toArticle(this.root)}>
                  {t.readArticle}
                </button>
              )}
              {children}
            </div>
            {article}
          </div>
        ) : (
          children
        )}
        <p class="sr" aria-live="polite">
          {announcement}
        </p>
      </div>
    )

    if (error) return wrap(this.failed(error))
    if (!quiz || !t) {
      if (!this.state.boxes) return null
      // The shape of a question, with the same boxes (title, progress, bar, prompt, four choices, the
      // Check row and the Next row): the quiz replaces it with a jump of at most a line or two (the
      // boxes stand for a title and a prompt of two lines each and for choices of one).
      // An Arabic letter, unseen and unread, in each face of a question (the title's, the rest's, the
      // prompt's): a new tab loads and shapes those fonts while the quiz is on its way, not after it
      // arrives. The boxes' spaces do so for Latin text.
      const faces = (
        <span class="sr" aria-hidden="true">
          ب
        </span>
      )
      return wrap(
        <div class="ld">
          <h2>
            {t?.loading}&nbsp;{faces}
          </h2>
          <p>&nbsp;{faces}</p>
          <div class="bar" />
          {/* A prompt of two lines, as most are at the widget's width. */}
          <p class="sk" style="font-weight:600">
            &nbsp;{faces}
            <br />
            &nbsp;
          </p>
          {[1, 2, 3, 4].map((key) => (
            <p key={key} class="o sk">
              &nbsp;
            </p>
          ))}
          <p class="row sk" />
          <p class="row sk" />
        </div>,
      )
    }

    // Attributes of the quiz's own texts (title, prompts, choices, results): they keep their language
    // and direction inside a widget in the other one.
    const ql = { lang: quiz.lang, dir: quiz.dir }
    const quizText = (text: string) => toDigits(text, digitsOf(quiz.lang, numerals))
    const questions = quiz.questions
    const count = questions.length
    const index = Math.min(progress.index, count - 1)
    const highlightOf = (id: string | undefined) =>
      id ? (own(progress.results, id)?.evidence ?? progress.final?.results.find((r) => r.questionId === id)?.evidence) : undefined
    const showInArticle = FULL && props.showArticle ? (id: string) => this.setState({ shown: id }) : undefined
    const article = FULL && props.showArticle && (
      <Article
        quiz={quiz}
        t={t}
        lang={ui}
        digits={digitsOf(quiz.article.lang, numerals)}
        highlight={highlightOf(shown ?? progress.last)}
        scroll={!!shown}
        onEnd={this.state.stacked ? () => toQuiz(this.root) : undefined}
        onBack={
          shown
            ? () => {
                this.focusNext = progress.final ? '#rv-' + shown + ' summary' : '#fb-' + shown
                this.setState({ shown: undefined })
              }
            : undefined
        }
      />
    )
    const header = (
      <header>
        {FULL && assignment ? (
          <h2 dir="auto" lang={textLang(assignment.title)}>
            {assignment.title}
          </h2>
        ) : (
          <h2 {...ql}>{quizText(quiz.title)}</h2>
        )}
        {quiz.langs?.[1] && (
          <button type="button" class="s" lang={t.lang} onClick={() => this.switchLang(t.lang as Lang)}>
            {t.switchTo}
          </button>
        )}
      </header>
    )

    if (FULL && assignment && progress.ask)
      return wrap(
        <>
          {header}
          <Handover s={progress} t={t} change={(patch) => change(this, patch)} />
        </>,
      )

    if (FULL && assignment && assignment.status !== 'open' && !progress.final) {
      const closed = assignment.status === 'closed'
      const date = closed ? assignment.dueAt : assignment.opensAt
      return wrap(
        <>
          {header}
          <div class="err" role="status">
            <p class="v">{closed ? t.closed : t.notOpen}</p>
            {date && (
              <p>
                {closed ? t.closedAt : t.opens}
                <time dateTime={date}>{new Intl.DateTimeFormat(ui + '-u-nu-' + digits, { dateStyle: 'full', timeStyle: 'short' }).format(new Date(date))}</time>
              </p>
            )}
            <p>{closed ? t.closedHelp : t.notOpenHelp}</p>
          </div>
        </>,
      )
    }

    if (progress.final) {
      const again = () => {
        // Classroom: the same student again, said above the questions with a way out, never a silent pre-fill.
        this.act({
          t: 'load',
          s:
            FULL && assignment
              ? { ...fresh(assignment, progress.name), code: progress.code, who: progress.who, again: true }
              : fresh(assignment, progress.name),
        })
        this.setState({ message: '', shown: undefined })
        this.focusNext = '.p'
      }
      const sent = FULL && progress.sent
      // Sent: said first when the answers are hidden (then what comes next), after the score when shown.
      const status = FULL && sent && (
        <p role="status">
          {t.sent} {sent.left != null && t.left + num(sent.left, ui, digits)}
        </p>
      )
      return wrap(
        <>
          {header}
          {FULL && sent && !sent.revealed ? (
            <>
              {status}
              <p id="sc" tabIndex={-1}>
                {assignment?.revealAnswers === 'after-due' ? t.hiddenDue : t.hidden}
              </p>
            </>
          ) : (
            <Summary
              grade={progress.final}
              questions={questions}
              t={t}
              lang={ui}
              ql={ql}
              numerals={numerals}
              onShow={showInArticle}
              answers={FULL && assignment ? progress.answers : undefined}
            />
          )}
          {FULL && sent && sent.revealed && status}
          <div class="row">
            {(!FULL || !sent || sent.left !== 0) && (
              <button type="button" onClick={again}>
                {t.again}
              </button>
            )}
            {FULL && sent && (
              <button type="button" class="s" onClick={() => change(this, newStudent())}>
                {t.done}
              </button>
            )}
          </div>
        </>,
        article,
      )
    }

    const one = (question: Question, position: number) => {
      const result = own(progress.results, question.id)
      const practice = !!result && own(progress.firstTries, question.id) !== result
      const key = 'q-' + question.id
      const locked = !!result
      const submit = (event: Event) => {
        event.preventDefault()
        if (!FULL || !assignment) this.check(question.id)
        else if (props.mode === 'one' && position < count - 1) this.go(position + 1)
      }
      return (
        <form key={question.id} onSubmit={submit}>
          <fieldset aria-labelledby={key + '-p'}>
            <p class="p" id={key + '-p'} tabIndex={-1} {...ql}>
              {props.mode === 'all' && (
                <span class="mu" lang={ui}>
                  {progressLabel(position + 1, count, ui, digits)}{' '}
                </span>
              )}
              {quizText(question.prompt)}
            </p>
            <Input
              q={question}
              k={key}
              value={own(progress.answers, question.id)}
              ql={ql}
              t={t}
              numerals={numerals}
              verdict={result}
              locked={locked}
              onAnswer={(value) => this.act({ t: 'answer', id: question.id, v: value })}
            />
          </fieldset>
          {!assignment && (
            <div class="row">
              {/* Keys: the practice button must not become the submit button while its click is being handled (it would check again). */}
              {locked ? (
                <button
                  key="p"
                  type="button"
                  class="s"
                  onClick={() => {
                    this.act({ t: 'practice', id: question.id })
                    this.focusNext = '#' + key + '-p'
                  }}
                >
                  {t.practice}
                </button>
              ) : (
                <button type="submit" disabled={!isAnswered(own(progress.answers, question.id)) || busy}>
                  {t.check}
                </button>
              )}
            </div>
          )}
          {result && (
            <Feedback
              r={result}
              t={t}
              lang={ui}
              ql={ql}
              id={'fb-' + question.id}
              numerals={numerals}
              practice={practice}
              onShow={showInArticle && result.evidence ? () => showInArticle(question.id) : undefined}
            />
          )}
        </form>
      )
    }

    const all = props.mode === 'all'
    const unanswered = questions.filter((question) => !isAnswered(own(progress.answers, question.id)))
    const bar = (done: number) => (
      <div class="bar" aria-hidden="true">
        <i style={{ width: (100 * done) / count + '%' }} />
      </div>
    )
    // A missing name or code is said under its field, where focus goes, not beside Submit.
    const idError = FULL && assignment && (message == t.need || message == t.needCode) ? message : undefined
    return wrap(
      <>
        {header}
        {FULL && assignment && (
          <Identity
            asg={assignment}
            s={progress}
            t={t}
            change={(patch) => change(this, patch)}
            lookup={(code) => lookup(this, code, assignment)}
            error={idError}
          />
        )}
        {all ? (
          bar(count - unanswered.length)
        ) : (
          <>
            <p class="mu">
              {t.q}
              {progressLabel(index + 1, count, ui, digits)}
            </p>
            {bar(index + 1)}
          </>
        )}
        {all ? questions.map(one) : one(questions[index]!, index)}
        {message && !idError && (
          <p class="err" role="alert">
            {message}
          </p>
        )}
        {confirming && unanswered.length > 0 ? (
          <div class="err" id="cf" tabIndex={-1} role="alertdialog" aria-labelledby="cf-t">
            <p id="cf-t">
              {t.unanswered}
              {num(unanswered.length, ui, digits)}
            </p>
            <div class="row">
              <button type="button" onClick={() => this.finish(true)} disabled={busy}>
                {FULL && assignment ? t.submitAnyway : t.finishAnyway}
              </button>
              <button
                type="button"
                class="s"
                onClick={() => {
                  this.go(questions.indexOf(unanswered[0]!))
                  this.focusNext = '#q-' + unanswered[0]!.id + '-p'
                }}
              >
                {t.backToQuestions}
              </button>
            </div>
          </div>
        ) : (
          <div class="row">
            {!all && index > 0 && (
              <button type="button" class="s" onClick={() => this.go(index - 1)}>
                {t.prev}
              </button>
            )}
            {!all && index < count - 1 ? (
              <button type="button" onClick={() => this.go(index + 1)}>
                {t.next}
              </button>
            ) : (
              <button type="button" onClick={() => this.finish()} disabled={busy}>
                {FULL && assignment ? t.submit : t.finish}
              </button>
            )}
          </div>
        )}
      </>,
      article,
    )
  }
}

/**
 * Classroom: changes the student's identity fields (and anything else of the attempt in progress).
 * Functions beside the class rather than methods: widget.js, which has no classroom, leaves them out.
 */
function change(app: App, patch: Partial<State>) {
  app.act({ t: 'load', s: { ...app.state.progress, ...patch } })
  app.setState({ message: '', announcement: '' })
}

/** Classroom with a roster: the name of a personal code, for "is this you?". */
function lookup(app: App, code: string, assignment: Assignment) {
  const t = () => stringsNow(app.ui())!
  app.props.api.student(assignment.code, code).then(
    ({ name }) => cleanCode(app.state.progress.code ?? '') === code && change(app, { found: name }),
    (error) => app.setState({ message: error instanceof ApiError && error.status === 404 ? t().badCode : t().sendFail }),
  )
}
