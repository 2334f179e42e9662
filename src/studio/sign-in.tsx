import { useState } from 'preact/hooks'
import { ApiError, studioApi } from './api.ts'
import { apiErrorText, type Strings } from './i18n.ts'
import { savedClasses, saveSession, type Session } from './session.ts'

/**
 * Signing in: an editor with the site's editor token, or a teacher with a class key (a class saved
 * on /teach is offered). The API says who the key belongs to (`GET /v1/me`) before it is kept.
 */
/**
 * `focusAfter` is the heading that stays once signed in: the form (and its button, which had focus)
 * goes away, so focus moves there instead of falling to the page.
 */
export function SignIn({
  t,
  onSession,
  idPrefix = 'signin',
  focusAfter,
}: {
  t: Strings
  onSession: (session: Session) => void
  idPrefix?: string
  focusAfter: string
}) {
  const classes = savedClasses()
  const [role, setRole] = useState<'editor' | 'teacher'>('editor')
  const [token, setToken] = useState('')
  const [remember, setRemember] = useState(false)
  const [picked, setPicked] = useState(classes[0]?.classId ?? '')
  const [classId, setClassId] = useState('')
  const [key, setKey] = useState('')
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<string | null>(null)
  const id = (name: string) => `${idPrefix}-${name}`
  // A missing or refused token or key is about its fields: they say so and point to the message.
  const [keyError, setKeyError] = useState(false)
  const keyField = keyError ? { 'aria-invalid': 'true' as const, 'aria-describedby': id('error') } : {}
  const fail = (message: string | null, aboutKey: boolean) => {
    setError(message)
    setKeyError(aboutKey)
  }

  // A refusal is about the other role's fields: choosing a role starts without it.
  const chooseRole = (chosen: 'editor' | 'teacher') => {
    setRole(chosen)
    fail(null, false)
  }

  const submit = async (e: Event) => {
    e.preventDefault()
    fail(null, false)
    let session: Session
    if (role === 'editor') {
      if (!token.trim()) return fail(t.tokenRequired, true)
      session = { role: 'editor', token: token.trim() }
    } else {
      const typed = classId.trim() && key.trim()
      const saved = classes.find((c) => c.classId === picked)
      if (!typed && !saved) return fail(t.classRequired, true)
      session = typed
        ? { role: 'teacher', classId: classId.trim(), teacherKey: key.trim(), className: null }
        : { role: 'teacher', classId: saved!.classId, teacherKey: saved!.teacherKey, className: saved!.name }
    }
    setBusy(true)
    let refused = false
    try {
      const me = await studioApi.me(session)
      if (me.role !== session.role || (me.role === 'teacher' && session.role === 'teacher' && me.classId !== session.classId)) {
        throw new ApiError(401, 'unauthorized')
      }
      const accepted: Session = me.role === 'teacher' && session.role === 'teacher' ? { ...session, className: me.className } : session
      saveSession(accepted, remember)
      document.getElementById(focusAfter)?.focus()
      onSession(accepted)
    } catch (err) {
      const refusedKey = err instanceof ApiError && (err.status === 401 || err.status === 403 || err.status === 404)
      fail(refusedKey ? (role === 'editor' ? t.tokenRejected : t.keyRejected) : apiErrorText(err instanceof ApiError ? err : null, t), refusedKey)
      refused = true
    } finally {
      setBusy(false)
    }
    // The button was disabled while the key was checked: back to the field to correct, once enabled.
    if (refused) setTimeout(() => document.getElementById(role === 'editor' ? id('token') : id(classId.trim() && key.trim() ? 'key' : 'class'))?.focus())
  }

  return (
    <form class="signin" onSubmit={submit} aria-busy={busy}>
      <fieldset class="inline-group">
        <legend>{t.signInAs}</legend>
        <label class="inline">
          <input type="radio" name={id('role')} value="editor" checked={role === 'editor'} onChange={() => chooseRole('editor')} />
          {t.roleEditor}
        </label>
        <label class="inline">
          <input type="radio" name={id('role')} value="teacher" checked={role === 'teacher'} onChange={() => chooseRole('teacher')} />
          {t.roleTeacher}
        </label>
      </fieldset>
      {role === 'editor' ? (
        <div class="grid">
          <div class="field">
            <label for={id('token')}>{t.editorToken}</label>
            <input id={id('token')} type="password" autocomplete="off" dir="ltr" value={token} {...keyField} onInput={(e) => setToken(e.currentTarget.value)} />
          </div>
          <label class="inline">
            <input type="checkbox" checked={remember} onChange={(e) => setRemember(e.currentTarget.checked)} />
            {t.rememberToken}
          </label>
        </div>
      ) : (
        <div class="grid">
          {classes.length > 0 && (
            <div class="field">
              <label for={id('class')}>{t.savedClass}</label>
              <select id={id('class')} value={picked} {...keyField} onChange={(e) => setPicked(e.currentTarget.value)}>
                {classes.map((c) => (
                  <option key={c.classId} value={c.classId}>
                    {c.name || c.classId}
                  </option>
                ))}
              </select>
            </div>
          )}
          <div class="field">
            <label for={id('class-id')}>{classes.length > 0 ? t.orClassId : t.classId}</label>
            <input id={id('class-id')} dir="ltr" autocomplete="off" value={classId} {...keyField} onInput={(e) => setClassId(e.currentTarget.value)} />
          </div>
          <div class="field">
            <label for={id('key')}>{t.teacherKey}</label>
            <input id={id('key')} type="password" dir="ltr" autocomplete="off" value={key} {...keyField} onInput={(e) => setKey(e.currentTarget.value)} />
          </div>
        </div>
      )}
      <div class="row">
        <button type="submit" disabled={busy}>
          {busy ? t.signingIn : t.signIn}
        </button>
        {role === 'teacher' && (
          <a href="/teach" class="muted">
            {t.noClassYet}
          </a>
        )}
      </div>
      {error && (
        <p class="error" role="alert" id={id('error')}>
          {error}
        </p>
      )}
    </form>
  )
}
