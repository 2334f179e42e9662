import { EXTERNAL_UI, FULL } from './flags.ts'
import { doc } from './globals.ts'

// The widget's stylesheet, adopted into each shadow root. Colours come from the public --fahm-*
// custom properties (which inherit through the shadow boundary) with defaults here.
const dark =
  '--bg:var(--fahm-bg-dark,#16181b);--fg:var(--fahm-fg-dark,#eceef1);--mu:#aab0b9;--ln:#4a5059;--ac:var(--fahm-accent-dark,#6fd8b2);--on:#000;--ok:#6ddc94;--no:#ff9a90;--mk:#5c4d00;--ti:#22262b;--pt:#f0b45a'

/**
 * What the widget looks like before its strings arrive: the frame, the loading boxes, an error.
 * Lengths here and in `quizCss` are in em of the widget's own font size (--fahm-font-size), never
 * rem: rem is the host page's root font size even inside the shadow root (62.5% on many sites,
 * which made the buttons 30 px tall).
 */
export const css =
  // The host page may style the host element (even `* { all: unset }`); important wins from inside.
  ':host{display:block!important}:host([hidden]){display:none!important}' +
  // `all: initial` cuts every inherited property (color, font, line-height…) coming from the host.
  '.w{all:initial;display:block;position:relative;' +
  '--ac:var(--fahm-accent,#0b6e4f);--on:var(--fahm-on-accent,#fff);--bg:var(--fahm-bg,#fff);--fg:var(--fahm-fg,#1b1d20);' +
  '--mu:#5a6069;--ln:var(--fahm-border,#c9ced6);--ok:#15703a;--no:#b3261e;--pt:#8a5300;--mk:#fff0a6;--ti:#f3f6f5;--r:var(--fahm-radius,10px);' +
  // system-ui is Segoe UI on Windows and San Francisco on Apple systems, both with Arabic; Linux and
  // Android have Arabic in Noto Sans Arabic only, found here by name rather than by font fallback.
  'font:var(--fahm-font-size,16px)/1.6 var(--fahm-font,system-ui,"Noto Sans Arabic",sans-serif);' +
  'color:var(--fg);background:var(--bg);border:1px solid var(--ln);border-radius:var(--r);padding:1em;' +
  // No container-type: size containment gives the widget no width of its own, and in a table cell or
  // a flex row (old CMS layouts, Bootstrap's d-flex) it collapsed to its padding.
  // At most 36em wide, border included (lines of at most about 70 Latin or 80 Arabic letters), on a wide page, at the
  // start of the page's lines, as its paragraphs are; --fahm-max-width changes it (`none`: the container's width).
  'overflow-wrap:anywhere;box-sizing:border-box;max-inline-size:var(--fahm-max-width,36em)}' +
  // With the article (widget-full.js): two such columns and the gap between them.
  (FULL ? '.a{max-inline-size:calc(2*var(--fahm-max-width,36em) + 2em)}' : '') +
  '.dark{' +
  dark +
  '}@media(prefers-color-scheme:dark){.auto{' +
  dark +
  '}}' +
  '*{box-sizing:border-box}' +
  'h2,p{margin:0 0 .7em}h2{font-size:1.25em}' +
  '.bar{height:6px;background:var(--ln);border-radius:3px;margin-bottom:1em}' +
  '.o{display:flex;gap:.6em;padding:.5em .7em;border:1px solid var(--ln);border-radius:var(--r);margin:.4em 0}' +
  // Loading: the boxes of a question, without text, at its height (or --fahm-min-height).
  '.ld{min-height:var(--fahm-min-height,0)}.sk{background:var(--ti);border-color:var(--ti)}.sk.row{min-height:2.75em}' +
  // A title takes two lines at the widget's width (36em); on a phone a choice often takes two lines,
  // and the title wraps above the language switch.
  '.ld h2{height:3.2em}@media(max-width:30em){.sk.o{height:3.6em}.ld h2{height:5.8em}}' +
  '.row{display:flex;flex-wrap:wrap;gap:.5em;margin-top:1em}' +
  'button{font:inherit;cursor:pointer;min-height:2.75em;padding:0 1em;border-radius:8px;border:2px solid var(--ac);background:var(--ac);color:var(--on)}' +
  ':focus-visible{outline:3px solid var(--ac);outline-offset:2px}' +
  '.err{border:1px solid var(--no);border-radius:var(--r);padding:.7em}' +
  '.sr{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0)}'

/**
 * The quiz's own parts. Nothing shows them before the strings, so the bundles load them with the
 * strings (public/widget-ui.<lang>.js, scripts/build-widget.mjs) and widget.js stays small.
 */
export const quizCss =
  '.mu{color:var(--mu)}h3,ol,fieldset,figure{margin:0 0 .7em}' +
  // The title fills its row, so a title in the other direction than the widget's starts at its own side;
  // the language switch stays beside a title of two lines, below it only on a phone.
  'header{display:flex;flex-wrap:wrap;gap:.5em;align-items:center;justify-content:space-between}h2{flex:1 1 12em}' +
  // The only transition is the progress bar's (the frame has none).
  '.bar i{display:block;height:100%;background:var(--ac);border-radius:3px;transition:width .3s}' +
  '@media(prefers-reduced-motion:reduce){*{transition:none!important}}' +
  'fieldset{border:0;padding:0;min-width:0}' +
  // A one-line choice is a 44 px touch target, as the buttons are.
  '.o{min-height:2.75em;cursor:pointer}' +
  'form+form{border-top:1px solid var(--ln);margin-top:1.2em;padding-top:1.2em}' +
  '.p{font-weight:600}' +
  '.o:has(:checked){border-color:var(--ac);background:var(--ti)}.o:has(:disabled){cursor:default}' +
  // Verdict marks on the options: a sign and a colour, never colour alone.
  '.o.right,.o.wrong{border-width:2px}.o.right{border-color:var(--ok)}.o.wrong{border-color:var(--no)}' +
  '.mk{margin-inline-start:auto;font-size:1.1em}.right .mk,.ok i,.ok .v{color:var(--ok)}.wrong .mk,.no i{color:var(--no)}' +
  'i{font-style:normal}.pt{border-color:var(--pt)}.pt i,.pt .v{color:var(--pt)}' +
  'input{accent-color:var(--ac);font:inherit;color:inherit}' +
  '.t{display:block;width:100%;max-width:28em;padding:.5em;background:var(--bg);border:1px solid var(--mu);border-radius:6px}' +
  '.l{display:block}' +
  '.s{background:0;color:var(--fg);border-color:var(--ln)}' +
  ':disabled{opacity:.5}' +
  '.fb{border-inline-start:4px solid var(--no);background:var(--ti);padding:.6em .9em;border-radius:var(--r);margin-top:1em}' +
  '.ok{border-color:var(--ok)}.v{font-weight:700;color:var(--no)}' +
  'blockquote{margin:0;padding-inline-start:.8em;border-inline-start:3px solid var(--ln)}' +
  'mark{background:var(--mk);color:inherit;scroll-margin:5em}' +
  '.ln{background:0;border:0;color:var(--ac);text-decoration:underline;padding:0 .3em;min-height:2em}' +
  // The end: the score, one mark per question in a grid, then the review, right answers folded.
  '.big{font-size:2em;font-weight:700}' +
  '.grid,.rv{list-style:none;padding:0}.grid{display:flex;flex-wrap:wrap;gap:.4em}' +
  '.g{min-width:3.2em;padding:0 .4em;background:var(--bg);color:var(--fg);border-color:var(--ln)}.g i{margin-inline-start:.3em}' +
  '.g.ok{border-color:var(--ok)}.g.no{border-color:var(--no)}' +
  'summary{cursor:pointer;font-weight:600;padding:.5em 0}.rv li{border-top:1px solid var(--ln)}' +
  // The article (widget-full.js) follows the quiz on a phone and sits beside it on a wide screen, in
  // the page's own scroll, never a box scrolling inside the page: "show in the article" scrolls there.
  // Two columns of at least 23em each (the widget 48em wide) without a container query (see .w).
  '.cols{display:grid;grid-template-columns:repeat(auto-fit,minmax(min(23em,100%),1fr));gap:1.5em 2em;align-items:start}' +
  '.art{border-top:1px solid var(--ln);padding-top:1em}' +
  'a{color:inherit}' +
  // Windows high contrast (forced colors) paints every background Canvas and every border one colour:
  // the progress bar gets an outline and a Highlight fill, the chosen option and the verdicts a thicker border.
  '@media(forced-colors:active){.bar{border:1px solid CanvasText}.bar i{forced-color-adjust:none;background:Highlight}' +
  '.o:has(:checked){border:3px solid Highlight}.o.right,.o.wrong{border-style:double;border-width:3px}:disabled{color:GrayText;border-color:GrayText;opacity:1}}' +
  // Printed, the widget keeps its colours (white button text on no background was invisible) and
  // never cuts an option, a button or the feedback across two pages.
  '@media print{.w{-webkit-print-color-adjust:exact;print-color-adjust:exact}.o,.row,.fb,header,button,summary{break-inside:avoid}.p{break-after:avoid}}'

/** The stylesheet as it stands: the quiz's parts join when they arrive (at once when unbundled). */
let styles = EXTERNAL_UI ? css : css + quizCss
const styleElements: HTMLStyleElement[] = []

let sheet: CSSStyleSheet | undefined

/**
 * Styles a shadow root without inline <style> when it can (constructable stylesheets pass a CSP
 * without 'unsafe-inline'); otherwise a <style> element carrying `nonce`.
 */
export function adoptStyles(root: ShadowRoot, nonce?: string): void {
  try {
    sheet ??= new CSSStyleSheet()
    if (!sheet.cssRules.length) sheet.replaceSync(styles)
    if (!root.adoptedStyleSheets.includes(sheet)) root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet]
    return
  } catch {
    // Older engines: fall through to a <style> element.
  }
  if (root.querySelector('style[data-fahm]')) return
  const style = doc('createElement')('style')
  style.dataset.fahm = ''
  if (nonce) style.nonce = nonce
  style.textContent = styles
  styleElements.push(style)
  root.prepend(style)
}

/** Adds the quiz's parts (`quizCss`, loaded with the strings) to every widget's stylesheet, once. */
export function addQuizStyles(quiz: string): void {
  if (styles !== css) return
  styles = css + quiz
  sheet?.replaceSync(styles)
  for (const style of styleElements) style.textContent = styles
}
