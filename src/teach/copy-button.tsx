import { useState } from 'preact/hooks'
import type { Strings } from './i18n.ts'

/**
 * Copies `text` to the clipboard and says so on the button. Without a clipboard (an insecure
 * origin, a refused permission) it selects `shown()`, the element showing the text, for Ctrl+C.
 */
export function CopyButton(props: { t: Strings; text: string; shown: () => HTMLElement | null; label?: string }) {
  const [copied, setCopied] = useState(false)
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(props.text)
      setCopied(true)
    } catch {
      const element = props.shown()
      if (element) getSelection()?.selectAllChildren(element)
    }
  }
  return (
    <button type="button" class="secondary" onClick={() => void copy()} aria-label={copied ? undefined : props.label} aria-live="polite">
      {copied ? props.t.copied : props.t.copy}
    </button>
  )
}
