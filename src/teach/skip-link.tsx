import type { ComponentChildren } from 'preact'

/**
 * A link past the page's header and toolbars to `to` (an element id), the first thing a keyboard
 * reaches; hidden until focused (`.skip-link` in each page's styles). Focus moves to the target
 * (given `tabIndex={-1}`), not only the scroll position, so the next Tab continues from there.
 */
export function SkipLink(props: { to: string; children: ComponentChildren }) {
  return (
    <a
      class="skip-link"
      href={`#${props.to}`}
      onClick={(e) => {
        const target = document.getElementById(props.to)
        if (!target) return
        e.preventDefault()
        target.focus()
        target.scrollIntoView({ block: 'start' })
      }}
    >
      {props.children}
    </a>
  )
}

/** The skip links' styles under a page's root selector: off-screen until focused, then at the top. */
export const skipLinkCss = (root: string) => `
${root} .skip-links { position: absolute; inset-inline-start: .5rem; top: .5rem; z-index: 10; display: flex; gap: .5rem; }
${root} .skip-link { position: absolute; width: 1px; height: 1px; overflow: hidden; clip-path: inset(50%); white-space: nowrap; }
${root} .skip-link:focus { position: static; width: auto; height: auto; overflow: visible; clip-path: none; padding: .5rem .8rem; border-radius: .4rem;
  background: #0b5cad; color: #fff; font-weight: 600; text-decoration: underline; outline: 3px solid #1d1d1b; outline-offset: 2px; }
`
