declare const __FULL__: boolean | undefined

/**
 * Whether this bundle is the full widget: the classroom flow (names, submitting an attempt) and the
 * article beside the quiz (`show-article`). A news page has the article already and no class, so
 * widget.js leaves both out; given an assignment or `show-article`, it loads widget-full.js, the same
 * entry built with them, which the embed page and the student page load directly.
 * scripts/build-widget.mjs defines `__FULL__`; the minifier drops the code it switches off.
 * Unbundled (tests), everything is in.
 */
export const FULL = typeof __FULL__ != 'boolean' || __FULL__

declare const __EXTERNAL_UI__: boolean | undefined

/**
 * Whether the strings and the quiz's styles come as a separate script per language
 * (public/widget-ui.<lang>.js, src/widget/strings.ts) rather than with the code: true in the
 * bundles, false unbundled (tests).
 */
export const EXTERNAL_UI = typeof __EXTERNAL_UI__ == 'boolean' && __EXTERNAL_UI__
