import { Component, type ComponentChildren } from 'preact'
import { ApiError, type Api } from './api.ts'
import { cleanCode, deviceToken, Handover, Identity, linkCode, newStudent as newStudentState, problemText, who } from './classroom.tsx'
import { dirOf, fraction, num, progress } from './format.ts'
import { strings, type Strings } from './i18n.ts'
import { Feedback, Input } from './question.tsx'
import { initial, isAnswered, reducer, type Action, type State } from './state.ts'
import { attemptKey, dropOlderVersions, load, quizKey, save } from './storage.ts'
import type { Assignment, Grade, Lang, Mode, Question, Quiz, Result, Theme } from './types.ts'

export type AppProps = {
  quiz?: string
  assignment?: string
  lang?: Lang
  mode: Mode
  theme: Theme
  showArticle: boolean
  api: Api
  /** Dispatches `fahm:<type>` on the host element. */
  emit: (type: 'ready' | 'answer' | 'complete', detail: object) => void
}

type AppState = {
  quiz?: Quiz
  asg?: Assignment
  err?: ApiError
  s: State
  /** Language chosen with the switch button; the `lang` option until then. */
  lang?: Lang
  busy?: boolean
  /** Text for the aria-live region. */
  say?: string
  /** A failed check or submit, shown with role=alert. */
  msg?: string
}

/** A random UUID v4; crypto.randomUUID needs a secure context, getRandomValues does not. */
const uuid = (): string =>
  '10000000-1000-4000-8000-100000000000'.replace(/[018]/g, (c) => (+c ^ (crypto.getRandomValues(new Uint8Array(1))[0]! & (15 >> (+c / 4)))).toString(16))

const fresh = (asg?: Assignment, name?: string): State =>
  asg ? { ...initial, name, idem: uuid(), started: new Date().toISOString() } : initial

/**
 * The quiz widget: loads a quiz (or an assignment's quiz), keeps progress in localStorage,
 * checks answers one by one, grades the whole quiz, or submits a classroom attempt.
 * A class component: Preact's core has it for free, hooks would add 1.5 KB to the bundle.
 */
export class App extends Component<AppProps, AppState> {
  // Fields are assigned in the constructor: class field syntax costs a helper in the es2020 bundle.
  /** localStorage key of the progress in `state.s`. */
  declare key: string
  /** What is loaded or loading: the target (quiz or assignment) and the language asked for. */
  declare wt: string
  declare wl?: Lang
  declare ctl?: AbortController
  /** Selector of the element to focus after the next render. */
  declare f: string
  declare el: HTMLElement | null

  constructor(p: AppProps) {
    super(p)
    this.state = { s: initial, lang: p.lang }
    this.key = this.wt = this.f = ''
  }

  override componentDidMount() {
    this.fetch()
  }

  override componentDidUpdate(prev: AppProps) {
    const p = this.props
    if (p.lang !== prev.lang) this.setState({ lang: p.lang })
    if (this.target() !== this.wt || (p.lang === prev.lang && this.state.lang !== this.wl && this.state.lang)) this.fetch()
    if (this.f) this.el?.querySelector<HTMLElement>(this.f)?.focus()
    this.f = ''
  }

  override componentWillUnmount() {
    this.ctl?.abort()
  }

  target() {
    return this.props.assignment ? 'a:' + this.props.assignment : this.props.quiz ?? ''
  }

  act(a: Action) {
    this.setState(({ s }) => {
      const next = reducer(s, a)
      save(this.key, next)
      return { s: next }
    })
  }

  async fetch() {
    const { api, emit, assignment } = this.props
    const lang = this.state.lang
    const target = this.target()
    this.ctl?.abort()
    const ctl = (this.ctl = new AbortController())
    if (this.wt !== target) this.setState({ quiz: undefined, asg: undefined })
    this.wt = target
    this.wl = lang
    if (!target) return
    this.setState({ err: undefined })
    try {
      let s = this.state.s
      let first = false
      const restore = (key: string, asg?: Assignment) => {
        if (this.key === key) return
        this.key = key
        first = true
        const saved = load<State>(key)
        s = saved && (!asg || saved.idem || saved.final) ? { ...initial, ...saved } : fresh(asg)
        // A student's own link names them: someone else's work here is not theirs to see.
        const link = asg && linkCode()
        if (link && cleanCode(s.code ?? '') !== link) s = { ...fresh(asg), code: link }
        // Work of someone who was here before (a shared computer): ask before showing or continuing it.
        else if (asg && who(s)) s = { ...s, ask: true }
      }
      const asg = assignment ? await api.assignment(assignment, ctl.signal) : undefined
      if (asg) restore(attemptKey(asg.code), asg)
      // An assignment's quiz comes shuffled by the server when it says so, seeded per attempt.
      const quiz = await (asg ? api.asgQuiz(asg.code, lang, s.idem, ctl.signal) : api.quiz(this.props.quiz!, lang, ctl.signal))
      if (ctl.signal.aborted) return
      if (!asg) {
        restore(quizKey(quiz.id, quiz.version))
        dropOlderVersions(quiz.id, quiz.version)
      }
      if (first) emit('ready', { quizId: quiz.id, version: quiz.version, lang: quiz.lang, questionCount: quiz.questions.length })
      this.setState({ quiz, asg, s })
      if (asg?.identity === 'roster' && s.code && !s.who) this.lookup(cleanCode(s.code), asg)
      // Feedback strings are in the language they were checked in: after a switch, grade again.
      const checked = Object.keys(s.results)
      if (!asg && s.lang && s.lang !== quiz.lang && (checked.length || s.final)) {
        const g = await api.grade(quiz.id, s.answers, quiz.lang)
        const results: Record<string, Result> = {}
        for (const r of g.results) if (checked.includes(r.questionId)) results[r.questionId] = r
        this.act({ t: 'load', s: { ...this.state.s, results, final: s.final && g, lang: quiz.lang } })
      }
    } catch (e) {
      const shown = this.state.quiz
      if (ctl.signal.aborted) return
      if (!shown) return this.setState({ err: e instanceof ApiError ? e : new ApiError(0, String(e)) })
      // A failed language switch keeps the quiz as it is; the switch button tries again.
      this.wl = shown.lang
      this.setState({ lang: shown.lang, msg: strings[shown.lang].loadFail })
    }
  }

  /** Runs a write (check, grade, submit) with the busy flag; a failure shows its message. */
  async send(t: Strings, run: () => Promise<void>) {
    if (this.state.busy) return
    this.setState({ busy: true, msg: '' })
    try {
      await run()
    } catch (e) {
      const known = e instanceof ApiError && problemText(e, t)
      this.setState({ msg: known || (e instanceof ApiError && e.status >= 400 && e.status < 500 && e.message ? e.message : t.sendFail) })
    }
    this.setState({ busy: false })
  }

  check(qid: string) {
    const { quiz, s } = this.state
    const v = s.answers[qid]
    if (!quiz || !isAnswered(v)) return
    const t = strings[this.ui()]
    this.send(t, async () => {
      const r = await this.props.api.check(quiz.id, qid, v, quiz.lang)
      this.act({ t: 'result', r, lang: quiz.lang })
      this.f = '#fb-' + qid
      this.setState({ say: (r.correct ? t.ok : t.no) + (r.parsed ? '. ' + t.readAs + r.parsed.display : '') })
      this.props.emit('answer', { quizId: quiz.id, version: quiz.version, lang: quiz.lang, questionId: qid, answer: v, correct: !!r.correct, score: r.score, maxScore: r.maxScore, parsed: r.parsed ?? null })
    })
  }

  finish() {
    const { quiz, asg, s } = this.state
    if (!quiz) return
    const L = quiz.lang
    const t = strings[this.ui()]
    if (asg && !who(s)) {
      this.f = asg.identity === 'roster' ? '#pc' : '#nm'
      return this.setState({ msg: asg.identity === 'roster' ? t.needCode : t.need })
    }
    this.send(t, async () => {
      let g: Grade
      let hidden = false
      if (asg) {
        const by = asg.identity === 'roster' ? { studentCode: cleanCode(s.code!) } : { name: s.name!.trim(), deviceId: deviceToken() }
        const a = await this.props.api.submit(asg.code, s.idem!, { ...by, answers: s.answers, startedAt: s.started! })
        // While answers are hidden the attempt has no score: none is kept, shown or sent to the page.
        hidden = !a.revealed
        g = { ...a, score: a.score ?? 0, results: a.revealed ? a.results : [] }
        this.act({ t: 'load', s: { ...s, final: g, lang: L, idem: undefined, again: false, sent: { revealed: a.revealed, left: a.attemptsLeft } } })
      } else {
        g = await this.props.api.grade(quiz.id, s.answers, L)
        this.act({ t: 'final', g, lang: L })
      }
      this.f = '#sc'
      this.setState({ say: hidden ? t.sent : t.score + ': ' + fraction(g.score, g.maxScore, this.ui()) })
      this.props.emit('complete', { quizId: quiz.id, score: hidden ? null : g.score, maxScore: g.maxScore })
    })
  }

  /**
   * The widget's own language (buttons, messages): the `lang` option or the switch, else the quiz's.
   * The quiz's texts keep theirs (`quiz.lang`): a quiz in one language is shown in it either way.
   */
  ui(): Lang {
    return this.state.lang ?? this.state.quiz?.lang ?? (document.documentElement.lang.startsWith('en') ? 'en' : 'ar')
  }

  /** Classroom: changes the student's identity fields (and anything else of the attempt in progress). */
  change(patch: Partial<State>) {
    this.act({ t: 'load', s: { ...this.state.s, ...patch } })
    this.setState({ msg: '', say: '' })
  }

  /** Classroom with a roster: the name of a personal code, for "is this you?". */
  lookup(code: string, asg = this.state.asg) {
    if (!asg) return
    this.props.api.student(asg.code, code).then(
      ({ name }) => cleanCode(this.state.s.code ?? '') === code && this.change({ found: name }),
      (e) => this.setState({ msg: (e instanceof ApiError && e.status === 404 ? strings[this.ui()].badCode : strings[this.ui()].sendFail) }),
    )
  }

  go(i: number) {
    this.act({ t: 'go', i })
    this.f = '.p'
  }

  override render(p: AppProps, { quiz, asg, err, s, busy, say, msg }: AppState) {
    const L = this.ui()
    const t = strings[L]
    const wrap = (children: ComponentChildren) => (
      <div class={'w ' + p.theme + (p.showArticle ? ' wa' : '')} ref={(e: HTMLDivElement | null) => void (this.el = e)} lang={L} dir={dirOf(L)} aria-busy={!quiz && !err}>
        {children}
        <p class="sr" aria-live="polite">{say}</p>
      </div>
    )

    if (!quiz) {
      return wrap(
        err ? (
          <div class="err" role="alert">
            <p>{t.loadFail} {err.status >= 400 && err.status < 500 && err.message}</p>
            <button type="button" onClick={() => this.fetch()}>{t.retry}</button>
          </div>
        ) : (
          <>
            <p class="mu">{t.loading}</p>
                        <div class="sk" />
            <div class="sk" />
          </>
        ),
      )
    }

    // Attributes of the quiz's own texts (title, prompts, choices, results): they keep their language
    // and direction inside a widget in the other one.
    const ql = { lang: quiz.lang, dir: quiz.dir }
    const qs = quiz.questions
    const n = qs.length
    const i = Math.min(s.index, n - 1)
    const hl = s.last ? s.results[s.last]?.evidence : undefined
    const header = (
      <>
        <header>
          <h2 {...(asg ? { dir: 'auto' } : ql)}>{asg ? asg.title : quiz.title}</h2>
          {quiz.langs?.[1] && <button type="button" class="s" lang={t.lang} onClick={() => this.setState({ lang: t.lang as Lang })}>{t.switchTo}</button>}
        </header>
        {p.showArticle && <Article quiz={quiz} t={t} l={L} hl={hl} />}
      </>
    )

    if (asg && s.ask) return wrap(<>{header}<Handover s={s} t={t} change={(patch) => this.change(patch)} /></>)
    if (asg && asg.status !== 'open' && !s.final) return wrap(<>{header}<p role="status">{asg.status === 'closed' ? t.closed : t.notOpen}</p></>)

    if (s.final) {
      const byId: Record<string, Result> = {}
      for (const r of s.final.results) byId[r.questionId] = r
      const again = () => {
        // The same student again, said above the questions with a way out: never a silent pre-fill.
        this.act({ t: 'load', s: { ...fresh(asg, s.name), code: s.code, who: s.who, again: true } })
        this.setState({ msg: '' })
        this.f = '.p'
      }
      const hidden = s.sent && !s.sent.revealed
      return wrap(
        <>
          {header}
          {hidden ? (
            <p id="sc" tabIndex={-1}>{asg?.revealAnswers === 'after-due' ? t.hiddenDue : t.hidden}</p>
          ) : (
            <>
              <h3 id="sc" tabIndex={-1}>{t.score}</h3>
              <p class="big">{fraction(s.final.score, s.final.maxScore, L)}</p>
            </>
          )}
          {s.sent && <p role="status">{t.sent} {s.sent.left != null && t.left + num(s.sent.left, L)}</p>}
          {s.final.results.length > 0 && (
            <>
              <h3>{t.review}</h3>
              <ol class="rv">
                {qs.map((q) => ({}).hasOwnProperty.call(byId, q.id) && (
                  <li key={q.id}>
                    <p {...ql}>{q.prompt}</p>
                    <Feedback r={byId[q.id]!} t={t} lang={L} ql={ql} />
                  </li>
                ))}
              </ol>
            </>
          )}
          <div class="row">
            {s.sent?.left !== 0 && <button type="button" onClick={again}>{t.again}</button>}
            {s.sent && <button type="button" class="s" onClick={() => this.change(newStudentState())}>{t.done}</button>}
          </div>
        </>,
      )
    }

    const one = (q: Question, idx: number) => {
      // Own keys only: a question id such as `constructor` would read Object.prototype. (An
      // answer read the same way is a function: isAnswered and the inputs ignore it.)
      const r = ({}).hasOwnProperty.call(s.results, q.id) && s.results[q.id]
      const k = 'q-' + q.id
      const submit = (e: Event) => {
        e.preventDefault()
        if (!asg) this.check(q.id)
        else if (p.mode === 'one' && idx < n - 1) this.go(idx + 1)
      }
      return (
        <form key={q.id} onSubmit={submit}>
          <fieldset aria-labelledby={k + '-p'}>
            <p class="p" id={k + '-p'} tabIndex={-1} {...ql}>
              {p.mode === 'all' && <span class="mu" lang={L}>{progress(idx + 1, n, L)} </span>}
              {q.prompt}
            </p>
            <Input q={q} k={k} value={s.answers[q.id]} ql={ql} t={t} onAnswer={(v) => this.act({ t: 'answer', id: q.id, v })} />
          </fieldset>
          {!asg && (
            <div class="row">
              <button type="submit" disabled={!isAnswered(s.answers[q.id]) || busy}>{t.check}</button>
            </div>
          )}
          {r && <Feedback r={r} t={t} lang={L} ql={ql} id={'fb-' + q.id} />}
        </form>
      )
    }

    const last = (
      <button type="button" onClick={() => this.finish()} disabled={busy}>{asg ? t.submit : t.finish}</button>
    )
    const all = p.mode === 'all'
    const bar = (x: number) => <div class="bar" aria-hidden="true"><i style={{ width: (100 * x) / n + '%' }} /></div>
    return wrap(
      <>
        {header}
        {asg && <Identity asg={asg} s={s} t={t} change={(patch) => this.change(patch)} lookup={(code) => this.lookup(code)} />}
        {all ? bar(Object.keys(s.answers).length) : <><p class="mu">{t.q}{progress(i + 1, n, L)}</p>{bar(i + 1)}</>}
        {all ? qs.map(one) : one(qs[i]!, i)}
        {msg && <p class="err" role="alert">{msg}</p>}
        <div class="row">
          {!all && i > 0 && <button type="button" class="s" onClick={() => this.go(i - 1)}>{t.prev}</button>}
          {!all && i < n - 1 ? <button type="button" onClick={() => this.go(i + 1)}>{t.next}</button> : last}
        </div>
      </>,
    )
  }
}

/** The article; the evidence of the last checked answer is marked and scrolled into view. */
function Article({ quiz, t, l, hl }: { quiz: Quiz; t: Strings; l: Lang; hl?: { paragraph: number; quote: string } }) {
  const a = quiz.article
  const src = quiz.source
  const scroll = (m: HTMLElement | null) => {
    const box = m?.closest<HTMLElement>('.art')
    if (m && box) box.scrollTop = m.offsetTop - box.offsetTop - 16
  }
  return (
    <section class="art" tabIndex={0} aria-label={t.article} lang={a.lang} dir={a.dir}>
      {a.paragraphs.map((para) => {
        const at = hl && hl.paragraph === para.index ? para.text.indexOf(hl.quote) : -1
        return (
          <div key={para.index}>
            {para.heading && <h3>{para.heading}</h3>}
            <p>{at < 0 ? para.text : [para.text.slice(0, at), <mark key={hl!.quote} ref={scroll}>{hl!.quote}</mark>, para.text.slice(at + hl!.quote.length)]}</p>
          </div>
        )
      })}
      <p class="mu" lang={l} dir={dirOf(l)}>
        {t.source}
        {src.url && /^https?:/.test(src.url) ? <a href={src.url} target="_blank" rel="noopener noreferrer">{src.name}</a> : src.name}
      </p>
    </section>
  )
}
