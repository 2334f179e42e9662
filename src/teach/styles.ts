import { confirmCss } from './confirm-dialog.ts'
import { skipLinkCss } from './skip-link.tsx'

/** The teacher page's CSS, injected once by main.tsx. Logical properties, so RTL needs no overrides. */
export const CSS = `
#teach { max-width: 64rem; margin-inline: auto; }
/* Names the teacher types (a class's, an assignment's title) wrap on a phone, a long word included,
   rather than widen the page; tables keep their words whole and scroll instead. */
#teach :is(h1, h2, h3, p, li, dd, label, legend, summary, .class-list button) { overflow-wrap: anywhere; }
#teach h1 { font-size: 1.4rem; margin: 0; }
#teach h2 { font-size: 1.2rem; }
#teach h3 { font-size: 1.05rem; }
#teach header { display: flex; flex-wrap: wrap; align-items: center; justify-content: space-between; gap: .5rem 1rem; margin-block-end: 1rem; }
#teach section { background: Canvas; color: CanvasText; border: 1px solid #ccc8; border-radius: .5rem; padding: 1rem; margin-block: 1rem; min-width: 0; }
#teach form { display: grid; gap: .6rem; grid-template-columns: repeat(auto-fill, minmax(min(14rem, 100%), 1fr)); align-items: end; }
#teach form.wide { grid-template-columns: minmax(0, 1fr) auto; }
#teach label { display: grid; gap: .2rem; font-size: .9rem; min-width: 0; }
#teach label.inline { display: flex; align-items: center; gap: .4rem; }
/* A field that takes focus (Tab, Shift+Tab, an error) scrolls into view with its label above it, not cut off at a phone's top edge. */
#teach :is(input, select, textarea) { scroll-margin-block: 3.5rem 1rem; }
/* One height for the controls of a row (the page's own style gives inputs and buttons 2.75rem, not
   selects; an input's padding came on top of it): a select beside a text field lines up with it. */
#teach input, #teach select, #teach button { font: inherit; padding: .35rem .5rem; border-radius: .35rem; border: 1px solid #8888; min-width: 0; max-width: 100%; box-sizing: border-box; }
#teach select, #teach input:not([type="checkbox"], [type="radio"]) { min-height: 2.75rem; }
/* Focus shows as a ring outside the control, on the page's background: the browser's thin dark ring
   hardly showed on a blue button. */
#teach :focus-visible { outline: 3px solid #0b5cad; outline-offset: 2px; }
@media (prefers-color-scheme: dark) { #teach :focus-visible { outline-color: #8ab4f8; } }
#teach button { cursor: pointer; background: #0b5cad; color: #fff; border-color: #0b5cad; }
#teach button.secondary { background: transparent; color: inherit; border-color: #8888; }
#teach button.danger { background: #b3261e; border-color: #b3261e; }
#teach button.link { background: transparent; color: inherit; border: 0; padding: .35rem 0; min-height: 2.75rem; text-decoration: underline; text-align: start; }
#teach .student-answers { margin: 0; padding-inline-start: 0; list-style: none; display: grid; gap: .5rem; white-space: normal; max-width: min(60rem, calc(100vw - 5rem)); position: sticky; inset-inline-start: 0; }
#teach .student-answers .right strong { color: #15703a; }
#teach .student-answers .wrong strong { color: #b3261e; }
@media (prefers-color-scheme: dark) { #teach .student-answers .right strong { color: #6ddc94; } #teach .student-answers .wrong strong { color: #ff9a90; } }
#teach .scroll { overflow-x: auto; max-width: 100%; }
#teach .scroll:focus-visible { outline: 2px solid #0b5cad; outline-offset: 2px; }
#teach table { border-collapse: collapse; width: 100%; font-size: .95rem; }
#teach th, #teach td { text-align: start; padding: .35rem .5rem; border-block-end: 1px solid #ccc6; vertical-align: top; }
/* A wrong answer's count stays with its sign: not «… ×» above a lone «٢». */
#teach .times { white-space: nowrap; }
#teach td.num { font-variant-numeric: tabular-nums; white-space: nowrap; }
/* A sortable column's header: a button that reads as the header it is, its arrow beside the words. */
#teach th button.sort { display: inline-flex; align-items: center; gap: .3rem; min-height: 2.75rem; padding: 0; border: 0; background: transparent; color: inherit; font-weight: 700; text-align: start; }
#teach th button.sort:hover { text-decoration: underline; }
#teach th button.sort:focus-visible { outline: 2px solid #0b5cad; outline-offset: 2px; }
#teach .sort-mark { font-size: .75em; }
#teach .sort-mark.unsorted { opacity: .55; }
#teach code, #teach .key { font-family: ui-monospace, monospace; direction: ltr; unicode-bidi: isolate; overflow-wrap: anywhere; }
#teach .key { display: block; padding: .5rem; background: #fff3cd; color: #3d2e00; border-radius: .35rem; word-break: break-all; user-select: all; }
#teach .warning { border-color: #e0a800; background: #fff8e1; color: #3d2e00; }
#teach .warning-box { margin-block-start: .8rem; padding: .6rem .8rem; border: 1px solid #e0a800; background: #fff8e1; color: #3d2e00; border-radius: .35rem; }
#teach .warning-box p { margin-block: 0 .5rem; }
#teach .error { color: #b3261e; }
#teach .muted { opacity: .8; font-size: .9rem; }
#teach fieldset.date-time { grid-column: 1 / -1; border: 1px solid #8888; border-radius: .35rem; padding: .5rem .7rem; margin: 0; min-width: 0; }
#teach fieldset.date-time legend { font-size: .9rem; padding-inline: .2rem; }
#teach .date-parts { display: flex; flex-wrap: wrap; gap: .5rem; align-items: end; }
#teach fieldset.date-time .hint { margin: .4rem 0 0; font-size: .9rem; }
#teach [role="status"]:empty { margin: 0; }
#teach .row { display: flex; flex-wrap: wrap; gap: .5rem; align-items: center; }
#teach .class-list { padding: 0; list-style: none; display: flex; flex-wrap: wrap; gap: .5rem; }
#teach .cards { list-style: none; padding: 0; margin: 0; display: grid; gap: .8rem; grid-template-columns: repeat(auto-fill, minmax(min(18rem, 100%), 1fr)); }
#teach .card { border: 1px solid #ccc8; border-radius: .5rem; padding: .8rem; display: grid; gap: .4rem; align-content: start; min-width: 0; }
#teach .card h3 { margin: 0; }
#teach .card p { margin: 0; }
#teach .card dl { display: grid; grid-template-columns: auto minmax(0, 1fr); gap: .2rem .6rem; margin: 0; font-size: .9rem; }
#teach .card dd { margin: 0; min-width: 0; }
#teach .status { font-weight: 600; }
#teach details.class-key-details > summary { cursor: pointer; padding: .5rem 0; }
#teach figure { margin: 0; }
#teach .scroll { overflow-x: auto; }
#teach .roster-add { grid-template-columns: minmax(0, 1fr); }
#teach textarea { font: inherit; padding: .35rem .5rem; border-radius: .35rem; border: 1px solid #8888; }
#teach figcaption { font-weight: 600; margin-block-end: .4rem; }
#teach .question-order { margin-block-end: .8rem; }
#teach .legend { list-style: none; padding: 0; margin: 0 0 .8rem; display: flex; flex-wrap: wrap; gap: .3rem 1rem; font-size: .9rem; }
#teach .legend li { display: flex; align-items: center; gap: .35rem; }
#teach .swatch { display: inline-block; inline-size: 1rem; block-size: .8rem; border-radius: .15rem; }
#teach .level-high { background: #2e7d32; }
#teach .level-mid { background: #f9a825; }
#teach .level-low { background: #c62828; }
#teach .bars { list-style: none; padding: 0; margin: 0; display: grid; gap: .6rem; }
#teach .bar-row { display: grid; grid-template-columns: minmax(0, 1fr) 3.5rem; grid-template-areas: "label label" "track value"; gap: .2rem .5rem; align-items: center; }
#teach .bar-label { grid-area: label; font-size: .9rem; overflow-wrap: anywhere; }
#teach .bar-number { font-weight: 600; }
#teach .bar-track { grid-area: track; display: block; block-size: .9rem; background: #8882; border-radius: .2rem; overflow: hidden; }
#teach .bar-fill { display: block; block-size: 100%; }
#teach .bar-value { grid-area: value; font-variant-numeric: tabular-nums; font-size: .9rem; }
@media (min-width: 48rem) {
  #teach .bar-row { grid-template-columns: minmax(0, 2fr) minmax(0, 3fr) 3.5rem; grid-template-areas: "label track value"; }
}
/* "Show to class": the whole screen, for a projector at the front of a room or a phone. The code and
   the address scale to the width they have (--chars: their length, set inline) and the height. */
#teach dialog.present { position: fixed; inset: 0; box-sizing: border-box; inline-size: 100%; block-size: 100%; max-inline-size: none; max-block-size: none; margin: 0; border: 0; padding: clamp(.75rem, 2.5vmin, 2.5rem); background: Canvas; color: CanvasText; overflow: auto; }
#teach dialog.present[open] { display: flex; flex-direction: column; gap: clamp(.5rem, 2vmin, 1.5rem); }
html:has(#teach dialog.present[open]) { overflow: hidden; }
#teach .present-bar { display: flex; flex-wrap: wrap; align-items: center; gap: .5rem 1rem; }
#teach .present-actions { display: flex; gap: .5rem; margin-inline-start: auto; }
#teach .present-bar h2 { flex: 1 1 10rem; margin: 0; font-size: clamp(1.25rem, 4.5vmin, 3.25rem); line-height: 1.2; overflow-wrap: anywhere; }
#teach .present-status { margin: 0; padding: .3em .6em; border: 1px solid #e0a800; border-radius: .35rem; background: #fff8e1; color: #3d2e00; font-size: clamp(1rem, 3vmin, 2rem); font-weight: 600; }
#teach .present-body { flex: 1 0 auto; display: grid; gap: clamp(1rem, 4vmin, 4rem); align-content: center; align-items: center; justify-items: center; }
/* One above the other (a phone, a portrait screen): the QR code leaves the height the text needs. */
#teach .present-qr { display: block; inline-size: min(100%, calc(100vh - 5rem - 72vmin)); min-inline-size: min(100%, 12rem); block-size: auto; aspect-ratio: 1; border-radius: 2%; }
#teach .present-join { container-type: inline-size; inline-size: 100%; text-align: center; }
#teach .present-join p { margin: 0 0 .3em; font-size: clamp(1rem, 3.4vmin, 2.4rem); }
#teach .present-join .present-address, #teach .present-join .present-code { margin-block: .1em .4em; font-family: ui-monospace, "Noto Sans Mono", "DejaVu Sans Mono", monospace; font-weight: 700; line-height: 1.1; direction: ltr; unicode-bidi: isolate; white-space: nowrap; }
#teach .present-join .present-address { font-size: min(8vmin, 100cqi / (var(--chars) * .62)); }
#teach .present-join .present-code { font-size: min(16vmin, 100cqi / (var(--chars) * .7)); letter-spacing: .06em; word-spacing: -.3em; }
/* Side by side on a landscape screen (a projector, 16:9 or 4:3): the QR code as tall as it can be. */
@media (min-aspect-ratio: 1/1) and (min-width: 40rem) {
  #teach .present-body { grid-template-columns: auto minmax(0, 1fr); justify-items: stretch; }
  #teach .present-qr { inline-size: min(calc(100vh - 10rem), 46vw); }
  #teach .present-join { text-align: start; }
  #teach .present-join .present-code { font-size: min(20vmin, 100cqi / (var(--chars) * .7)); }
}
#teach .print-only { display: none; }
#teach .sr-only { position: absolute; inline-size: 1px; block-size: 1px; overflow: hidden; clip-path: inset(50%); white-space: nowrap; }
@media print {
  #teach .no-print, #teach summary { display: none !important; }
  #teach .print-only { display: block; }
  /* The table prints in the order it is sorted in, the arrow saying which; the other arrows go. */
  #teach .sort-mark.unsorted { display: none; }
  /* Results on paper: tables whole (no scrolling box to clip them), rows and bars not cut between
     pages, and the chart's colours printed (browsers drop backgrounds unless told). */
  #teach .scroll { overflow: visible; }
  #teach tr, #teach .bar-row, #teach .student-answers li { break-inside: avoid; }
  #teach .swatch, #teach .bar-track, #teach .bar-fill { print-color-adjust: exact; -webkit-print-color-adjust: exact; }
  /* Printing the class link prints its card alone. */
  body.printing-class-link #teach > :not(.class-key):not(.class-key-details):not(#teach-content),
  body.printing-class-link #teach-content > :not(.class-key):not(.class-key-details) { display: none !important; }
  body.printing-class-link #teach .class-key { border: 0; background: none; }
  /* "Print the list" prints the class list alone (its controls are .no-print). */
  body.printing-roster #teach > :not(#teach-content),
  body.printing-roster #teach-content > :not(.roster) { display: none !important; }
  body.printing-roster #teach .roster { border: 0; padding: 0; }
  /* Print in "Show to class": the dialog alone, as a poster on one page (every branch of the page
     that does not hold it is left out; its ancestors hold nothing else). */
  body.printing-present :not(:has(dialog.present[open]), dialog.present[open], dialog.present[open] *) { display: none !important; }
  body.printing-present #teach dialog.present { position: absolute; inset: 0 0 auto; block-size: auto; padding: 0; overflow: visible; background: #fff; color: #000; }
  body.printing-present #teach dialog.present::backdrop { display: none; }
  body.printing-present #teach .present-actions { display: none; }
  body.printing-present #teach .present-bar h2 { font-size: 24pt; text-align: center; }
  body.printing-present #teach .present-body { display: flex; flex-direction: column; gap: 1cm; }
  body.printing-present #teach .present-qr { inline-size: 12cm; min-inline-size: 0; }
  body.printing-present #teach .present-join { text-align: center; }
  body.printing-present #teach .present-join p { font-size: 16pt; }
  body.printing-present #teach .present-join .present-address { font-size: min(30pt, 100cqi / (var(--chars) * .62)); }
  body.printing-present #teach .present-join .present-code { font-size: min(60pt, 100cqi / (var(--chars) * .7)); }
}
${skipLinkCss('#teach')}
${confirmCss('#teach')}`
