import type { Strings } from './i18n.ts'
import type { State } from './state.ts'
import { load, save } from './storage.ts'
import type { Assignment } from './types.ts'

/**
 * Who is answering an assignment, on the student page and any classroom embed.
 * - With a roster (`identity: roster`) the student types their personal code (or it comes in their
 *   link) and confirms the name the class list gives for it: "Sara Ali: is this you?".
 * - Without, the student types a name; the attempt is bound to this browser's device token, so a
 *   classmate typing the same name elsewhere neither blocks nor uses this student's attempts.
 * - On a shared computer, whoever finds a previous student's work here is asked whether they are
 *   that student; "no" starts clean, with a new device token. "Try again" says whose attempt it is.
 */

const DEVICE = 'fahm:device'

/** 128 random bits as 32 hex digits. */
const randomToken = () => [...crypto.getRandomValues(new Uint8Array(16))].map((b) => b.toString(16).padStart(2, '0')).join('')

/** This browser's device token, made on first use; `renew` makes a new one (a new student here). */
export function deviceToken(renew?: boolean): string {
  let token = renew ? null : load<string>(DEVICE)
  if (!token) save(DEVICE, (token = randomToken()))
  return token
}

/** A personal code as the server keeps it: upper case, without spaces and dashes. */
export const cleanCode = (code: string) => code.replace(/[\s-]/g, '').toUpperCase()

/** The personal code of a student's own link (`/a/CODE?student=K7MX3QPA`), if the page has one. */
export const linkCode = () => cleanCode(new URLSearchParams(location.search).get('student') ?? '')

/** Who the state says is answering: the roster name confirmed for the code, or the typed name. */
export const who = (s: State) => (s.code ? s.who : s.name?.trim()) || ''

/** A student's message for a failed submission, in the page's language; undefined for failures without one. */
export function problemText(code: string, t: Strings): string | undefined {
  const byCode: Record<string, string> = {
    'max-attempts-reached': t.noneLeft,
    'assignment-closed': t.closed,
    'assignment-not-open': t.notOpen,
    'student-code-unknown': t.badCode,
    'student-code-required': t.needCode,
    'idempotency-conflict': t.sendFail,
  }
  return byCode[code]
}

/** A name inside a sentence of the other direction, isolated and quoted in the page's style. */
export const Named = ({ name, t }: { name: string; t: Strings }) => (
  <>
    {t.open}
    <bdi>{name}</bdi>
    {t.close}
  </>
)

type Change = (patch: Partial<State>) => void

/**
 * Shown before anything else when this browser holds a previous student's work on the assignment
 * (answers, or a submission with its score): "«Sara» worked here. Is this you?".
 */
export function Handover({ s, t, change }: { s: State; t: Strings; change: Change }) {
  return (
    <div role="group" aria-labelledby="ho">
      <p id="ho">
        {s.final ? t.usedBy : t.startedBy}
        <Named name={who(s)} t={t} />.
      </p>
      <p>{t.isYou}</p>
      <div class="row">
        <button type="button" id="me" onClick={() => change({ ask: false })}>
          {t.yesMe}
        </button>
        <button type="button" class="s" onClick={() => change(newStudent())}>
          {t.notMe}
        </button>
      </div>
    </div>
  )
}

/** A clean start for the next student on this browser: nothing of the previous one, a new device token. */
export function newStudent(): Partial<State> {
  deviceToken(true)
  return {
    answers: {},
    results: {},
    firstTries: {},
    last: undefined,
    index: 0,
    final: null,
    sent: undefined,
    name: '',
    code: undefined,
    found: undefined,
    who: undefined,
    ask: false,
    again: false,
    idem: randomToken(),
    started: new Date().toISOString(),
  }
}

/** The student's name, or personal code with its "is this you?", above the questions. */
export function Identity({
  asg,
  s,
  t,
  change,
  lookup,
  error,
}: {
  asg: Assignment
  s: State
  t: Strings
  change: Change
  lookup: (code: string) => void
  /** What is missing (the name, the code): said under the field, which names it as its description. */
  error?: string
}) {
  const invalid = error ? { 'aria-invalid': true, 'aria-describedby': 'ie' } : {}
  const said = error && (
    <p class="err" id="ie" role="alert">
      {error}
    </p>
  )
  if (s.again && who(s)) {
    return (
      <p role="status">
        {t.againAs} <Named name={who(s)} t={t} />{' '}
        <button type="button" class="s" onClick={() => change(newStudent())}>
          {t.notMe}
        </button>
      </p>
    )
  }
  if (asg.identity !== 'roster') {
    return (
      <>
        <p>
          <label class="l" for="nm">
            {t.name}
          </label>
          <input
            id="nm"
            class="t"
            type="text"
            dir="auto"
            maxLength={60}
            autocomplete="off"
            value={s.name ?? ''}
            {...invalid}
            onInput={(e) => change({ name: (e.currentTarget as HTMLInputElement).value })}
          />
        </p>
        {said}
      </>
    )
  }
  const typed = s.code ?? ''
  return (
    <div>
      <label class="l" for="pc">
        {t.code}
      </label>
      <input
        id="pc"
        class="t"
        type="text"
        dir="ltr"
        maxLength={12}
        autocomplete="off"
        autocapitalize="characters"
        spellcheck={false}
        value={typed}
        {...invalid}
        readOnly={!!s.who}
        onInput={(e) => {
          const code = (e.currentTarget as HTMLInputElement).value
          change({ code, who: undefined, found: undefined })
          if (cleanCode(code).length === 8) lookup(cleanCode(code))
        }}
      />
      {said}
      {s.found && !s.who && (
        <div role="group" aria-labelledby="fd">
          <p id="fd">
            <Named name={s.found} t={t} />
            {t.q2}
          </p>
          <div class="row">
            <button type="button" id="me" onClick={() => change({ who: s.found })}>
              {t.yesMe}
            </button>
            <button type="button" class="s" onClick={() => change({ code: '', found: undefined })}>
              {t.notMe}
            </button>
          </div>
        </div>
      )}
      {s.who && (
        <p role="status">
          {t.as} <Named name={s.who} t={t} />
        </p>
      )}
    </div>
  )
}
