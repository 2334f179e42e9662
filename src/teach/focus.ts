/**
 * Moves focus to the element with `id` once the view that holds it is shown (after the render the
 * caller's state change starts). An action that swaps what the page shows (open a class, its results,
 * back, a new class's link) takes away the button that had focus: without this, focus falls to the
 * page and a keyboard or screen-reader user starts over from the top.
 */
export function focusSoon(id: string): void {
  setTimeout(() => document.getElementById(id)?.focus())
}

/** Ids of the headings focus moves to (each `tabIndex={-1}`). */
export const HEADINGS = {
  classes: 'classes-title',
  class: 'class-title',
  results: 'results-title',
  freshKey: 'class-key-fresh-title',
} as const
