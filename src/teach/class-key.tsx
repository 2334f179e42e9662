import { CopyButton } from './copy-button.tsx'
import { HEADINGS } from './focus.ts'
import type { SavedClass } from './api.ts'
import { classLink } from './class-link.ts'
import type { Formats } from './format.ts'
import type { Strings } from './i18n.ts'
import { printAlone } from './print-alone.ts'
import { saveFile } from './save-file.ts'

/** Prints the class link's card alone, whatever else the page shows. */
const printCard = () => printAlone('printing-class-link')

/**
 * The class link with what it is for, and three ways to keep it: Copy (exactly what the "open a class"
 * field accepts), a text file, and a printout of this card alone. `fresh` right after the class is made.
 */
export function ClassKeyCard(props: { t: Strings; f: Formats; saved: SavedClass; fresh?: boolean; onDone?: () => void }) {
  const { t, f, saved } = props
  const link = classLink(location.origin, saved)
  const heading = props.fresh ? t.classLinkFresh : t.classLink
  // The fresh card is shown beside the class's own (a new key): its heading has an id of its own.
  const headingId = props.fresh ? HEADINGS.freshKey : 'class-key-title'

  const download = () => {
    const lines = [
      t.fileTitle,
      `${t.fileClass}: ${saved.name || saved.classId}`,
      '',
      link,
      '',
      t.classLinkExplained,
      t.classLinkPrivate,
      '',
      `${t.fileCreated}: ${f.dateTime(new Date())}`,
    ]
    const stem = (saved.name || 'class').replace(/[^\p{L}\p{N}]+/gu, '-').replace(/^-|-$/g, '') || 'class'
    saveFile(new Blob(['\uFEFF' + lines.join('\r\n') + '\r\n'], { type: 'text/plain;charset=utf-8' }), `fahm-${stem}.txt`)
  }

  return (
    <section class={`class-key${props.fresh ? ' warning' : ''}`} aria-labelledby={headingId} role={props.fresh ? 'alertdialog' : undefined}>
      <h2 id={headingId} tabIndex={-1}>
        {heading}
      </h2>
      {saved.name && (
        <p class="print-only">
          {t.fileClass}: <bdi>{saved.name}</bdi>
        </p>
      )}
      <p>{t.classLinkExplained}</p>
      <output class="key" data-testid="class-link">
        {link}
      </output>
      <p class="muted">{t.classLinkPrivate}</p>
      <div class="row no-print">
        <CopyButton t={t} text={link} shown={() => document.querySelector<HTMLElement>('[data-testid="class-link"]')} />
        <button type="button" class="secondary" onClick={download}>
          {t.download}
        </button>
        <button type="button" class="secondary" onClick={printCard}>
          {t.print}
        </button>
        {props.onDone && (
          <button type="button" onClick={props.onDone}>
            {t.saved}
          </button>
        )}
      </div>
      {props.fresh && <p class="muted no-print">{t.classLinkSavedHere}</p>}
    </section>
  )
}
