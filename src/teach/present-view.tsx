import { useEffect, useId, useMemo, useRef, useState } from 'preact/hooks'
import { codeGroups } from '../core/join-code.ts'
import { hostForDisplay } from '../core/punycode.ts'
import { encodeQr, qrSvgPath } from '../core/qr.ts'
import type { Assignment } from './api.ts'
import type { Formats } from './format.ts'
import { printAlone } from './print-alone.ts'
import type { Strings } from './i18n.ts'

/** The quiet zone around the QR code, in modules: the standard's four. */
const QUIET_ZONE = 4

/**
 * "Show to class": a button that opens the assignment full screen for a projector, with what a
 * student needs to open it on a phone: a QR code of the student link, and the short address and the
 * code in letters big enough to read from the back of the room. A modal <dialog>: Escape or the
 * close button closes it, and focus goes back to the button. Print makes a poster of it: the same
 * page on paper, for a classroom wall or a handout.
 */
export function ShowToClass(props: { t: Strings; f: Formats; assignment: Assignment }) {
  const [open, setOpen] = useState(false)
  const opener = useRef<HTMLButtonElement>(null)
  const close = () => {
    setOpen(false)
    opener.current?.focus()
  }
  return (
    <>
      <button type="button" class="secondary" ref={opener} aria-haspopup="dialog" onClick={() => setOpen(true)}>
        {props.t.showToClass}
      </button>
      {open && <PresentView t={props.t} f={props.f} assignment={props.assignment} onClose={close} />}
    </>
  )
}

function PresentView(props: { t: Strings; f: Formats; assignment: Assignment; onClose: () => void }) {
  const { t, f, assignment: a } = props
  const dialog = useRef<HTMLDialogElement>(null)
  const titleId = useId()
  const [fullScreen, setFullScreen] = useState(false)
  const qr = useMemo(() => encodeQr(a.link), [a.link])
  const side = qr.size + QUIET_ZONE * 2
  // What a student types: the host as an address bar shows it (an Arabic domain in Arabic) and /a,
  // where the code is asked for (no scheme, no code).
  const address = `${hostForDisplay(new URL(a.link).host)}/a`
  const code = codeGroups(a.code).join(' ')

  useEffect(() => {
    dialog.current?.showModal()
    const changed = () => setFullScreen(document.fullscreenElement !== null)
    document.addEventListener('fullscreenchange', changed)
    return () => {
      document.removeEventListener('fullscreenchange', changed)
      if (document.fullscreenElement) void document.exitFullscreen().catch(() => {})
    }
  }, [])

  // The page goes full screen (a <dialog> itself may not); the modal dialog covers it there too.
  const toggleFullScreen = () => {
    if (document.fullscreenElement) void document.exitFullscreen().catch(() => {})
    else void document.documentElement.requestFullscreen().catch(() => {})
  }

  return (
    <dialog ref={dialog} class="present" aria-labelledby={titleId} onClose={props.onClose}>
      <div class="present-bar">
        <h2 id={titleId}>
          <bdi>{a.title}</bdi>
        </h2>
        <div class="present-actions">
          {document.fullscreenEnabled && (
            <button type="button" class="secondary" aria-pressed={fullScreen} onClick={toggleFullScreen}>
              {t.fullScreen}
            </button>
          )}
          <button type="button" class="secondary" onClick={() => printAlone('printing-present')}>
            {t.print}
          </button>
          {/* Focused on opening: Enter or Escape goes straight back. */}
          <button type="button" class="secondary" autofocus onClick={() => dialog.current?.close()}>
            {t.closePresent}
          </button>
        </div>
      </div>
      {a.status === 'closed' && <p class="present-status">{t.presentClosed}</p>}
      {a.status === 'not-yet-open' && a.opensAt && <p class="present-status">{t.presentNotYetOpen(f.dateTime(a.opensAt))}</p>}
      <div class="present-body">
        <svg class="present-qr" viewBox={`0 0 ${side} ${side}`} role="img" aria-label={t.qrOfLink} shape-rendering="crispEdges">
          <rect width={side} height={side} fill="#fff" />
          <path d={qrSvgPath(qr, QUIET_ZONE)} fill="#000" />
        </svg>
        <div class="present-join">
          <p>{t.presentScan}</p>
          <p>{t.presentType}</p>
          <p class="present-address" style={`--chars:${address.length}`} data-testid="present-address">
            {address}
          </p>
          <p class="present-code" style={`--chars:${code.length}`} data-testid="present-code">
            {code}
          </p>
        </div>
      </div>
    </dialog>
  )
}
