import { askToConfirm } from './confirm-dialog.ts'
import { useEffect, useState } from 'preact/hooks'
import { ApiError, call, type Assignment, type SavedClass } from './api.ts'
import type { Formats } from './format.ts'
import { printAlone } from './print-alone.ts'
import { repeatedNames, studentCount } from './roster-names.ts'
import type { Lang } from './i18n.ts'

/**
 * The class list on /teach: the teacher pastes names, each student gets a personal code and, per
 * assignment, a personal link. Without a list, students type a name on their own device.
 */

export type RosterStudent = { studentId: string; name: string; code: string }

const roster = (c: SavedClass) => `/v1/classes/${encodeURIComponent(c.classId)}/students`

export const rosterApi = {
  list: (c: SavedClass) => call<{ students: RosterStudent[] }>(roster(c), {}, c.teacherKey),
  add: (c: SavedClass, names: string[]) => call<{ students: RosterStudent[] }>(roster(c), { method: 'POST', body: JSON.stringify({ names }) }, c.teacherKey),
  remove: (c: SavedClass, studentId: string) => call<void>(`${roster(c)}/${encodeURIComponent(studentId)}`, { method: 'DELETE' }, c.teacherKey),
}

const STRINGS = {
  ar: {
    title: 'قائمة الطلاب (اختيارية)',
    without: 'بلا قائمة يكتب كل طالب اسمه، وتُحسب محاولاته على جهازه: طالبان بالاسم نفسه يظهران منفصلين في النتائج، ولا يستطيع أحد أن يستهلك محاولات زميله.',
    with: 'مع القائمة يحصل كل طالب على رمز شخصي يفتح كل واجبات الصف باسمه؛ تُحسب المحاولات لكل طالب أيًّا كان الاسم أو الجهاز. أعطِ كل طالب رمزه وحده.',
    paste: 'الصق الأسماء، اسمًا في كل سطر',
    add: 'أضف إلى القائمة',
    name: 'الاسم',
    code: 'الرمز الشخصي',
    linkFor: 'الروابط الشخصية للواجب',
    none: 'بلا رابط',
    link: 'الرابط',
    remove: 'احذف',
    confirmRemove: 'سيتوقف رمز هذا الطالب عن العمل (تبقى محاولاته في النتائج). متابعة؟',
    cancel: 'إلغاء',
    addAnyway: 'أضفها',
    print: 'اطبع القائمة',
    printed: (name: string | null) => (name ? `قائمة طلاب الصف: ${name}` : 'قائمة طلاب الصف'),
    printedLinks: 'الروابط الشخصية للواجب: ',
    empty: 'لا قائمة: يكتب الطلاب أسماءهم.',
    tooMany: 'تتّسع القائمة لمئتي طالب على الأكثر.',
    badName: 'اسم غير صالح في السطر ',
    failed: 'تعذّر حفظ القائمة. حاول مرة أخرى.',
    duplicates: (names: string) => `هذه الأسماء في القائمة من قبل أو مكررة فيما لصقته: ${names}. سيحصل كل سطر على رمز خاص به. أضفها رغم ذلك؟`,
  },
  en: {
    title: 'Class list (optional)',
    without:
      "Without a list, each student types their name and their attempts count on their own device: two students with one name show apart in the results, and nobody can use up a classmate's attempts.",
    with: 'With a list, each student gets a personal code that opens every assignment of the class under their name; attempts count per student whatever name or device they use. Give each student their own code only.',
    paste: 'Paste names, one per line',
    add: 'Add to the list',
    name: 'Name',
    code: 'Personal code',
    linkFor: 'Personal links for the assignment',
    none: 'No links',
    link: 'Link',
    remove: 'Remove',
    confirmRemove: "This student's code will stop working (their attempts stay in the results). Continue?",
    cancel: 'Cancel',
    addAnyway: 'Add them',
    print: 'Print the list',
    printed: (name: string | null) => (name ? `Class list: ${name}` : 'Class list'),
    printedLinks: 'Personal links for the assignment: ',
    empty: 'No list: students type their names.',
    tooMany: 'A class list holds at most 200 students.',
    badName: 'A name is not valid on line ',
    failed: "Couldn't save the list. Try again.",
    duplicates: (names: string) =>
      `These names are on the list already, or twice in what you pasted: ${names}. Each line gets a code of its own. Add them anyway?`,
  },
}

/** What went wrong, in the page's language. */
function problemMessage(err: unknown, t: (typeof STRINGS)[Lang], f: Formats, lines: number[]): string {
  const path = err instanceof ApiError ? (err.problem?.errors as { path?: string; message?: string }[] | undefined)?.[0] : undefined
  const line = path?.path?.match(/^names\.(\d+)$/)?.[1]
  if (line !== undefined) return t.badName + f.number(lines[Number(line)] ?? Number(line) + 1)
  if (path?.path === 'names') return t.tooMany
  return t.failed
}

/**
 * The class list section of a class's page. "Print the list" prints this list alone: the class's name,
 * each student's name and code (and personal link, when an assignment is chosen), to hand out.
 */
export function RosterSection(props: { f: Formats; lang: Lang; saved: SavedClass; className: string | null; assignments: readonly Assignment[] }) {
  const { f, lang, saved, assignments } = props
  const t = STRINGS[lang]
  const [students, setStudents] = useState<RosterStudent[] | null>(null)
  const [pasted, setPasted] = useState('')
  const [error, setError] = useState('')
  const [busy, setBusy] = useState(false)
  const [linkCode, setLinkCode] = useState('')
  const [listLoading, setListLoading] = useState(true)

  useEffect(() => {
    let live = true
    setListLoading(true)
    rosterApi
      .list(saved)
      .then(
        ({ students }) => live && setStudents(students),
        (err) => live && setError(problemMessage(err, t, f, [])),
      )
      .finally(() => live && setListLoading(false))
    return () => {
      live = false
    }
  }, [saved.classId])

  const add = async (event: Event) => {
    event.preventDefault()
    // Line numbers of the names sent, so an error names the teacher's line.
    const lines: number[] = []
    const names = pasted.split(/\r?\n/).flatMap((line, i) => (line.trim() ? (lines.push(i + 1), [line.trim()]) : []))
    if (names.length === 0) return
    // The same name twice is often a paste made twice; two students may share a name, so ask.
    const twice = repeatedNames(names, students ?? [])
    if (twice.length > 0) {
      const message = t.duplicates(twice.join(lang === 'ar' ? '، ' : ', '))
      if (!(await askToConfirm({ message, confirm: t.addAnyway, cancel: t.cancel }))) return
    }
    setBusy(true)
    setError('')
    try {
      const added = await rosterApi.add(saved, names)
      setStudents([...(students ?? []), ...added.students])
      setPasted('')
    } catch (err) {
      setError(problemMessage(err, t, f, lines))
    }
    setBusy(false)
  }
  const remove = async (student: RosterStudent) => {
    if (!(await askToConfirm({ message: t.confirmRemove, confirm: t.remove, cancel: t.cancel, danger: true }))) return
    try {
      await rosterApi.remove(saved, student.studentId)
      setStudents((students ?? []).filter((s) => s.studentId !== student.studentId))
    } catch (err) {
      setError(problemMessage(err, t, f, []))
    }
  }
  const link = (student: RosterStudent) => `${location.origin}/a/${linkCode}?student=${student.code}`
  const linked = assignments.find((a) => a.code === linkCode)

  return (
    <section class="roster" aria-labelledby="roster-title">
      <h2 id="roster-title" class="no-print">
        {t.title}
      </h2>
      {/* On paper: whose list it is, and which assignment the links open. */}
      <h2 class="print-only">
        <bdi>{t.printed(props.className)}</bdi>
      </h2>
      {linked && (
        <p class="print-only">
          {t.printedLinks}
          <bdi>{linked.title}</bdi> (<code>{linked.code}</code>)
        </p>
      )}
      <p class="muted no-print">{students?.length ? t.with : t.without}</p>
      {error && (
        <p class="error no-print" role="alert">
          {error}
        </p>
      )}
      {students && students.length > 0 ? (
        <>
          <div class="row no-print">
            <label class="inline">
              {t.linkFor}
              <select value={linkCode} onChange={(e) => setLinkCode((e.currentTarget as HTMLSelectElement).value)}>
                <option value="">{t.none}</option>
                {assignments.map((a) => (
                  <option key={a.code} value={a.code}>
                    {a.title} ({a.code})
                  </option>
                ))}
              </select>
            </label>
            <button type="button" class="secondary" onClick={() => printAlone('printing-roster')}>
              {t.print}
            </button>
            <span class="muted">{studentCount(lang, students.length, f.number(students.length))}</span>
          </div>
          <div class="scroll">
            <table>
              <thead>
                <tr>
                  <th>{t.name}</th>
                  <th>{t.code}</th>
                  {linkCode && <th>{t.link}</th>}
                  <th class="no-print">
                    <span class="sr-only">{t.remove}</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                {students.map((s) => (
                  <tr key={s.studentId}>
                    <td>
                      <bdi>{s.name}</bdi>
                    </td>
                    <td>
                      <code>{s.code.slice(0, 4) + '-' + s.code.slice(4)}</code>
                    </td>
                    {linkCode && (
                      <td>
                        <code>{link(s)}</code>
                      </td>
                    )}
                    <td class="no-print">
                      <button type="button" class="danger" onClick={() => remove(s)} aria-label={`${t.remove}: ${s.name}`}>
                        {t.remove}
                      </button>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      ) : (
        students && <p class="muted">{t.empty}</p>
      )}
      <form class="roster-add no-print" onSubmit={add}>
        <label>
          {t.paste}
          <textarea rows={5} dir="auto" value={pasted} onInput={(e) => setPasted((e.currentTarget as HTMLTextAreaElement).value)} />
        </label>
        {/* Not while the list loads: the list arriving after an addition would hide the names just added. */}
        <button type="submit" disabled={busy || !pasted.trim() || listLoading}>
          {t.add}
        </button>
      </form>
    </section>
  )
}
