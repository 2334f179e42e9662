/**
 * The quiz beside its article (widget-full.js): whether the two columns are stacked, and the ways
 * between them when they are. Only widget-full.js calls these (widget.js has no article).
 */

/**
 * Calls `onStacked` with whether the grid `cols` has wrapped to one column (a phone, a narrow column:
 * CSS alone decides, see styles.ts), now and whenever its width changes; returns the observer.
 */
export function watchColumns(cols: HTMLElement, onStacked: (stacked: boolean) => void): ResizeObserver | undefined {
  if (typeof ResizeObserver == 'undefined') return undefined
  const observer = new ResizeObserver(() => onStacked(getComputedStyle(cols).gridTemplateColumns.trim().split(/\s+/).length < 2))
  observer.observe(cols)
  return observer
}

/** Moves the focus, and the page, to `target`. */
function goTo(target: HTMLElement | null | undefined, block: ScrollLogicalPosition) {
  target?.focus({ preventScroll: true })
  target?.scrollIntoView({ block })
}

/** To the article, which takes the focus (its end has the way back). */
export const toArticle = (root: HTMLElement | null) => goTo(root?.querySelector<HTMLElement>('.art'), 'start')

/** From the article's end back to the question being answered, or the score. */
export const toQuiz = (root: HTMLElement | null) => goTo(root?.querySelector<HTMLElement>('.qz .p, .qz #sc'), 'center')
