import { useEffect, useMemo, useState } from 'preact/hooks'
import { api, type SavedClass } from './api.ts'
import { ClassKeyCard } from './class-key.tsx'
import { parseClassLink } from './class-link.ts'
import { ClassView } from './class-view.tsx'
import { ErrorLine } from './error-line.tsx'
import { errorText } from './errors.ts'
import { focusSoon, HEADINGS } from './focus.ts'
import { formats, type Formats } from './format.ts'
import { STRINGS, type Lang, type Strings } from './i18n.ts'
import { SkipLink } from './skip-link.tsx'
import { loadClasses, saveClasses, saveLang } from './store.ts'

/** Where the skip link leads: what follows the header. */
const CONTENT = 'teach-content'
/** The id of a class's button in the list of classes (focus returns to it from the class). */
const classButtonId = (classId: string) => `class-button-${classId}`

/** The teacher page: saved classes → one class and its assignments → one assignment's results. */
export function App(props: { initialLang: Lang }) {
  const [lang, setLang] = useState<Lang>(props.initialLang)
  const [classes, setClasses] = useState<SavedClass[]>(loadClasses)
  const [current, setCurrent] = useState<string | null>(null)
  const [fresh, setFresh] = useState<SavedClass | null>(null)
  // A class link opened in the address bar (`/teach#cls_….KEY`), on load or pasted into an open
  // page (only the hash changes then): handed to the "open" form.
  const [linkInUrl, setLinkInUrl] = useState(() => (location.hash.length > 1 ? location.hash : ''))
  const t = STRINGS[lang]
  const f = useMemo(() => formats(lang, t), [lang])

  useEffect(() => {
    document.documentElement.lang = lang
    document.documentElement.dir = lang === 'ar' ? 'rtl' : 'ltr'
    document.title = t.title
    saveLang(lang)
  }, [lang])

  useEffect(() => {
    // The key must not linger in the address bar or the history once read.
    const forgetHash = () => history.replaceState(null, '', location.pathname + location.search)
    if (linkInUrl) forgetHash()
    const pasted = () => {
      if (location.hash.length <= 1) return
      setLinkInUrl(location.hash)
      setCurrent(null)
      forgetHash()
    }
    addEventListener('hashchange', pasted)
    return () => removeEventListener('hashchange', pasted)
  }, [])

  const update = (list: SavedClass[]) => {
    setClasses(list)
    saveClasses(list)
  }
  const add = (saved: SavedClass) => update([saved, ...classes.filter((c) => c.classId !== saved.classId)])
  const forget = (classId: string) => {
    update(classes.filter((c) => c.classId !== classId))
    setCurrent(null)
    focusSoon(HEADINGS.classes)
  }
  const openClass = (classId: string) => {
    setCurrent(classId)
    focusSoon(HEADINGS.class)
  }
  // A class link is shown once, in a card that asks to be kept (an alertdialog): focus goes to it.
  const showFresh = (saved: SavedClass) => {
    setFresh(saved)
    focusSoon(HEADINGS.freshKey)
  }
  const selected = classes.find((c) => c.classId === current) ?? null

  return (
    <>
      <nav class="skip-links no-print" aria-label={t.skipLinks}>
        <SkipLink to={CONTENT}>{t.skipToContent}</SkipLink>
      </nav>
      <header>
        <h1>{t.title}</h1>
        <button type="button" class="secondary no-print" lang={lang === 'ar' ? 'en' : 'ar'} onClick={() => setLang(lang === 'ar' ? 'en' : 'ar')}>
          {t.switchTo}
        </button>
      </header>
      <div id={CONTENT} tabIndex={-1} class="content">
        {fresh && (
          <ClassKeyCard
            t={t}
            f={f}
            saved={fresh}
            fresh
            onDone={() => {
              setFresh(null)
              focusSoon(current ? HEADINGS.class : HEADINGS.classes)
            }}
          />
        )}
        {selected ? (
          <ClassView
            t={t}
            f={f}
            lang={lang}
            saved={selected}
            onBack={() => {
              setCurrent(null)
              // Back where the teacher was: the class's own button in the list, as Results' Back does.
              focusSoon(classButtonId(selected.classId))
            }}
            onForget={() => forget(selected.classId)}
            onSaved={(changed, newKey) => {
              update(classes.map((c) => (c.classId === changed.classId ? changed : c)))
              // The old link no longer opens the class: the new one must be kept now.
              if (newKey) showFresh(changed)
            }}
          />
        ) : (
          <ClassList
            t={t}
            f={f}
            classes={classes}
            linkInUrl={linkInUrl}
            onOpen={openClass}
            onCreated={(saved) => {
              add(saved)
              showFresh(saved)
            }}
            onAdded={(saved) => {
              add(saved)
              openClass(saved.classId)
            }}
          />
        )}
      </div>
    </>
  )
}

function ClassList(props: {
  t: Strings
  f: Formats
  classes: SavedClass[]
  linkInUrl: string
  onOpen: (classId: string) => void
  onCreated: (saved: SavedClass) => void
  onAdded: (saved: SavedClass) => void
}) {
  const { t, f } = props
  const [name, setName] = useState('')
  const [link, setLink] = useState(props.linkInUrl)
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<string | null>(null)
  const [openError, setOpenError] = useState<string | null>(null)

  const create = async (e: Event) => {
    e.preventDefault()
    setBusy(true)
    setError(null)
    try {
      const created = await api.createClass(name.trim())
      props.onCreated({ classId: created.classId, teacherKey: created.teacherKey, name: created.name, joinCode: created.joinCode })
      setName('')
    } catch (err) {
      setError(errorText(err, t, f.number))
    } finally {
      setBusy(false)
    }
  }

  const open = async (text: string) => {
    setOpenError(null)
    // Sent empty: said in the page's language (a `required` field would have the browser say it, in its own).
    if (!text.trim()) {
      setOpenError(t.errors.linkRequired)
      document.getElementById('open-link')?.focus()
      return
    }
    const parsed = parseClassLink(text)
    if (!parsed.ok) {
      setOpenError(parsed.reason === 'not-a-link' ? t.errors.notALink : parsed.reason === 'key-missing' ? t.errors.keyMissing : t.errors.keyWrong)
      return
    }
    const saved: SavedClass = { classId: parsed.classId, teacherKey: parsed.teacherKey, name: null }
    try {
      const info = await api.getClass(saved)
      props.onAdded({ ...saved, name: info.name, joinCode: info.joinCode })
      setLink('')
    } catch (err) {
      setOpenError(errorText(err, t, f.number))
    }
  }

  useEffect(() => {
    if (!props.linkInUrl) return
    setLink(props.linkInUrl)
    void open(props.linkInUrl)
  }, [props.linkInUrl])

  return (
    <>
      <section>
        <h2 id={HEADINGS.classes} tabIndex={-1}>
          {t.classes}
        </h2>
        {props.classes.length === 0 ? (
          <p class="muted">{t.noClasses}</p>
        ) : (
          <ul class="class-list">
            {props.classes.map((c) => (
              <li key={c.classId}>
                <button type="button" id={classButtonId(c.classId)} class="secondary" onClick={() => props.onOpen(c.classId)}>
                  <bdi>{c.name || c.classId}</bdi>
                </button>
              </li>
            ))}
          </ul>
        )}
      </section>
      <section>
        <h2>{t.newClass}</h2>
        <form onSubmit={create}>
          <label>
            {t.className}
            <input value={name} maxLength={100} onInput={(e) => setName(e.currentTarget.value)} />
          </label>
          <button type="submit" disabled={busy}>
            {t.create}
          </button>
        </form>
        <ErrorLine error={error} />
      </section>
      <section>
        <h2>{t.openOther}</h2>
        <form
          class="wide"
          onSubmit={(e) => {
            e.preventDefault()
            void open(link)
          }}
        >
          <label>
            {t.classLink}
            <input
              id="open-link"
              value={link}
              dir="ltr"
              autocomplete="off"
              spellcheck={false}
              aria-invalid={openError ? 'true' : undefined}
              aria-describedby={openError ? 'open-hint open-error' : 'open-hint'}
              onInput={(e) => setLink(e.currentTarget.value)}
            />
          </label>
          <button type="submit">{t.open}</button>
        </form>
        <p class="muted" id="open-hint">
          {t.openOtherHint}
        </p>
        <ErrorLine error={openError} id="open-error" />
      </section>
    </>
  )
}
