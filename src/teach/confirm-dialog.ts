/**
 * An in-page confirmation, in place of the browser's confirm(), whose OK and Cancel are in the
 * browser's language, not the page's. A modal <dialog> (showModal) with the semantics of an alert
 * dialog (role alertdialog, aria-modal): labelled by its title (the action asked about, the go-ahead
 * button's words) and described by its question, each read once, with the page's own words on both
 * buttons; focus starts on Cancel, the safe choice; Escape cancels;
 * on closing, focus goes back to the element that had it (the button that asked), if it is still
 * on the page. Built with the DOM, not inline script or style, so it runs under the pages' CSP;
 * shared by /teach and /studio (styles: `confirmCss` under each page's root selector).
 */
export interface Question {
  /** The question, a full sentence in the page's language. */
  message: string
  /** The button that goes ahead, naming the action ("Delete the class"). */
  confirm: string
  /** The button that goes back. */
  cancel: string
  /** Whether going ahead destroys something (the button is styled as dangerous). */
  danger?: boolean
}

let counter = 0

/**
 * Asks `q` in a modal dialog inside the page's app root (#teach or #studio, where its styles
 * apply); resolves true when the person goes ahead, false on Cancel or Escape.
 */
export function askToConfirm(q: Question): Promise<boolean> {
  const root = document.querySelector<HTMLElement>('#teach, #studio') ?? document.body
  const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null
  const id = `confirm-question-${++counter}`
  const dialog = document.createElement('dialog')
  dialog.className = 'confirm'
  dialog.setAttribute('role', 'alertdialog')
  dialog.setAttribute('aria-modal', 'true')
  dialog.setAttribute('aria-labelledby', `${id}-title`)
  dialog.setAttribute('aria-describedby', id)
  const title = document.createElement('h2')
  title.id = `${id}-title`
  title.className = 'confirm-title'
  title.textContent = q.confirm
  const text = document.createElement('p')
  text.id = id
  text.className = 'confirm-question'
  text.textContent = q.message
  // method="dialog": a button closes the dialog with its value as returnValue; Escape leaves it ''.
  const form = document.createElement('form')
  form.method = 'dialog'
  form.className = 'confirm-buttons'
  const cancel = document.createElement('button')
  cancel.type = 'submit'
  cancel.value = 'cancel'
  cancel.className = 'secondary'
  cancel.textContent = q.cancel
  const go = document.createElement('button')
  go.type = 'submit'
  go.value = 'confirm'
  if (q.danger) go.className = 'danger'
  go.textContent = q.confirm
  form.appendChild(cancel)
  form.appendChild(go)
  dialog.appendChild(title)
  dialog.appendChild(text)
  dialog.appendChild(form)
  root.appendChild(dialog)
  return new Promise((resolve) => {
    dialog.addEventListener(
      'close',
      () => {
        const yes = dialog.returnValue === 'confirm'
        dialog.remove()
        if (opener?.isConnected) opener.focus()
        resolve(yes)
      },
      { once: true },
    )
    dialog.showModal()
    cancel.focus()
  })
}

/** The dialog's styles under a page's root selector: readable at 360 px, either direction. */
export const confirmCss = (root: string) => `
${root} dialog.confirm { box-sizing: border-box; inline-size: min(32rem, calc(100vw - 2rem)); max-block-size: calc(100vh - 2rem); margin: auto; padding: 1.25rem; border: 1px solid #8888; border-radius: .6rem; background: Canvas; color: CanvasText; overflow: auto; }
${root} dialog.confirm::backdrop { background: #0008; }
${root} .confirm-title { margin: 0 0 .5rem; font-size: 1.15rem; overflow-wrap: anywhere; }
${root} .confirm-question { margin: 0 0 1rem; font-size: 1.05rem; overflow-wrap: anywhere; }
${root} .confirm-buttons { display: flex; flex-wrap: wrap; justify-content: flex-end; gap: .5rem; margin: 0; }
${root} .confirm-buttons button { min-height: 2.75rem; }
`
