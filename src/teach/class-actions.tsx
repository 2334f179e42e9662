import { askToConfirm } from './confirm-dialog.ts'
import { useState } from 'preact/hooks'
import { api, type ClassInfo, type SavedClass } from './api.ts'
import { ErrorLine } from './error-line.tsx'
import { errorText } from './errors.ts'
import type { Formats } from './format.ts'
import type { Strings } from './i18n.ts'

/**
 * What a teacher does to the class itself: rename it, replace its link (its teacher key) when someone
 * else has seen it, forget it on this device, or delete it.
 */
export function ClassActions(props: {
  t: Strings
  f: Formats
  saved: SavedClass
  /** The class renamed: as the API returns it. */
  onRenamed: (info: ClassInfo) => void
  /** A new teacher key: the class as it is saved now, whose link the teacher must keep. */
  onNewKey: (saved: SavedClass) => void
  onForget: () => void
}) {
  const { t, f, saved } = props
  const [renaming, setRenaming] = useState(false)
  const [name, setName] = useState(saved.name ?? '')
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<string | null>(null)

  const run = async (action: () => Promise<void>) => {
    setBusy(true)
    setError(null)
    try {
      await action()
    } catch (err) {
      setError(errorText(err, t, f.number))
    } finally {
      setBusy(false)
    }
  }
  const rename = (e: Event) => {
    e.preventDefault()
    void run(async () => {
      props.onRenamed(await api.renameClass(saved, name.trim()))
      setRenaming(false)
    })
  }
  const newKey = async () => {
    if (!(await askToConfirm({ message: t.confirmNewKey, confirm: t.newKey, cancel: t.cancel }))) return
    void run(async () => {
      const { teacherKey } = await api.replaceTeacherKey(saved)
      props.onNewKey({ ...saved, teacherKey })
    })
  }
  const remove = async () => {
    if (!(await askToConfirm({ message: t.confirmDeleteClass, confirm: t.deleteClass, cancel: t.cancel, danger: true }))) return
    void run(async () => {
      await api.deleteClass(saved)
      props.onForget()
    })
  }

  return (
    <section aria-label={t.rename}>
      {renaming && (
        <form onSubmit={rename}>
          <label>
            {t.newName}
            <input value={name} maxLength={100} autoFocus onInput={(e) => setName(e.currentTarget.value)} />
          </label>
          <button type="submit" disabled={busy}>
            {t.saveName}
          </button>
          <button type="button" class="secondary" onClick={() => setRenaming(false)}>
            {t.cancel}
          </button>
        </form>
      )}
      <div class="row">
        {!renaming && (
          <button
            type="button"
            class="secondary"
            onClick={() => {
              setName(saved.name ?? '')
              setRenaming(true)
            }}
          >
            {t.rename}
          </button>
        )}
        <button type="button" class="secondary" disabled={busy} aria-describedby="new-key-why" onClick={newKey}>
          {t.newKey}
        </button>
        <button type="button" class="secondary" onClick={props.onForget}>
          {t.forget}
        </button>
        <button type="button" class="danger" disabled={busy} onClick={remove}>
          {t.deleteClass}
        </button>
      </div>
      <p class="muted" id="new-key-why">
        {t.newKeyWhy}
      </p>
      <ErrorLine error={error} />
    </section>
  )
}
