import { confirmCss } from '../teach/confirm-dialog.ts'
import { skipLinkCss } from '../teach/skip-link.tsx'
/**
 * The studio's CSS, adopted as a constructed stylesheet by main.tsx (no <style> element, so the
 * page's CSP needs no 'unsafe-inline'). Logical properties, so right-to-left needs no overrides;
 * colours as custom properties with a dark scheme; focus always visible.
 */
export const CSS = `
body { margin: 0; font-family: system-ui, "Segoe UI", Tahoma, "Noto Sans Arabic", "Noto Sans", sans-serif; line-height: 1.5; background: #f7f7f5; color: #1d1d1b; }
@media (prefers-color-scheme: dark) { body { background: #161615; color: #ecece8; } }
#studio {
  --bg: #f7f7f5; --panel: #fff; --fg: #1d1d1b; --muted: #55595f; --line: #c7cad0; --accent: #0b5cad; --on-accent: #fff;
  --danger: #b3261e; --warn-bg: #fff4d6; --warn-fg: #5c3b00; --ok: #15703a; --mark: #fff0a6; --mark-on: #ffc93c; --focus: #0b5cad;
  --tint: #eef4fb;
  max-width: 84rem; margin: 0 auto; padding: 1rem; color: var(--fg);
}
@media (prefers-color-scheme: dark) {
  #studio {
    --bg: #161615; --panel: #202124; --fg: #ecece8; --muted: #b3b7bd; --line: #4a4d52; --accent: #8ab4f8; --on-accent: #0b1a2e;
    --danger: #ff8a80; --warn-bg: #3d3000; --warn-fg: #ffe08a; --ok: #7fd99c; --mark: #5c4d00; --mark-on: #8a6d00; --focus: #8ab4f8;
    --tint: #1e2a38;
  }
}
#studio *, #studio *::before, #studio *::after { box-sizing: border-box; }
#studio h1 { font-size: 1.4rem; margin: 0; }
#studio h2 { font-size: 1.2rem; margin: 0 0 .6rem; }
#studio h3 { font-size: 1.05rem; margin: 0 0 .5rem; }
#studio h4 { font-size: 1rem; margin: .8rem 0 .4rem; }
#studio p { margin: .3rem 0; }
#studio .top { display: flex; flex-wrap: wrap; align-items: center; justify-content: space-between; gap: .6rem 1rem; margin-block-end: 1rem; }
#studio .who { font-size: .9rem; color: var(--muted); }
#studio section, #studio details.notes, #studio details.problem-list {
  background: var(--panel); border: 1px solid var(--line); border-radius: .6rem; padding: 1rem; margin-block: 1rem; min-width: 0;
}
#studio input, #studio select, #studio textarea, #studio button, #studio .button {
  font: inherit; color: inherit; padding: .4rem .6rem; border-radius: .4rem; border: 1px solid var(--line); background: var(--panel);
  max-width: 100%;
}
#studio input[type=checkbox], #studio input[type=radio] { accent-color: var(--accent); width: 1.1rem; height: 1.1rem; padding: 0; margin: 0; flex: none; }
#studio textarea { width: 100%; line-height: 1.6; resize: vertical; }
#studio input[type=text], #studio input[type=url], #studio input[type=password], #studio input:not([type]), #studio select { width: 100%; }
#studio button, #studio .button {
  cursor: pointer; background: var(--accent); color: var(--on-accent); border-color: var(--accent); text-decoration: none;
  display: inline-block; line-height: 1.4; min-height: 2.25rem;
}
#studio button.secondary, #studio .button.secondary { background: transparent; color: var(--fg); border-color: var(--line); }
#studio button.danger { background: var(--danger); border-color: var(--danger); color: #fff; }
@media (prefers-color-scheme: dark) { #studio button.danger { color: #1d1d1b; } }
#studio button.warn { background: var(--warn-bg); color: var(--warn-fg); border-color: #c99a2e; }
#studio button.small { padding: .15rem .5rem; min-height: 2rem; font-size: .9rem; }
#studio button.link { background: none; border: 0; padding: 0; min-height: 0; color: var(--accent); text-decoration: underline; }
#studio button:is(:disabled, [aria-disabled="true"]) { opacity: .55; cursor: not-allowed; }
/* A field that takes focus (Tab, Shift+Tab, an error) scrolls into view with its label above it, not cut off at a phone's top edge. */
#studio :is(input, select, textarea) { scroll-margin-block: 3.5rem 1rem; }
#studio a { color: var(--accent); }
#studio :focus-visible { outline: 3px solid var(--focus); outline-offset: 2px; }
#studio [tabindex="-1"]:focus { outline: 3px solid var(--focus); outline-offset: 2px; }
#studio .sr-only { position: absolute; width: 1px; height: 1px; overflow: hidden; clip-path: inset(50%); white-space: nowrap; }
#studio .row { display: flex; flex-wrap: wrap; gap: .5rem; align-items: end; }
#studio .row > .field { flex: 1 1 9rem; }
#studio fieldset.answer .row, #studio .qbody > .row { align-items: start; }
#studio .grid { display: grid; gap: .6rem 1rem; grid-template-columns: repeat(auto-fill, minmax(min(100%, 16rem), 1fr)); align-items: start; }
#studio .field { display: grid; gap: .25rem; margin-block: .5rem; min-width: 0; }
#studio .field > label, #studio legend { font-weight: 600; font-size: .95rem; }
#studio .field.bad input, #studio .field.bad textarea, #studio .field.bad select, #studio :is(input, textarea, select)[aria-invalid="true"] { border-color: var(--danger); border-width: 2px; }
#studio fieldset { border: 1px solid var(--line); border-radius: .5rem; padding: .6rem .8rem; margin: .8rem 0; min-width: 0; }
#studio fieldset.inline-group { border: 0; padding: 0; display: flex; flex-wrap: wrap; gap: .3rem 1rem; align-items: center; }
#studio fieldset.inline-group legend { float: inline-start; margin-inline-end: .6rem; padding: 0; }
#studio label.inline { display: inline-flex; align-items: center; gap: .4rem; margin-block: .3rem; font-weight: normal; }
#studio .hint, #studio .muted { color: var(--muted); font-size: .9rem; }
#studio fieldset.date-time { grid-column: 1 / -1; margin: .5rem 0; }
#studio .date-parts { display: flex; flex-wrap: wrap; gap: .5rem; align-items: end; }
#studio .date-parts label { display: grid; gap: .2rem; font-size: .9rem; }
#studio .date-parts select { width: auto; }
#studio .issues { color: var(--danger); font-size: .92rem; margin: .2rem 0; padding-inline-start: 1.2rem; }
#studio .error { color: var(--danger); font-weight: 600; }
#studio .warn-text { color: var(--warn-fg); background: var(--warn-bg); padding: .1rem .4rem; border-radius: .3rem; }
#studio .ok-text { color: var(--ok); font-weight: 600; }
#studio .notice { background: var(--warn-bg); color: var(--warn-fg); padding: .5rem .7rem; border-radius: .4rem; }
#studio .badge { display: inline-block; font-size: .8rem; padding: 0 .45rem; border-radius: 1rem; border: 1px solid var(--line); margin-inline-start: .3rem; white-space: nowrap; font-weight: normal; }
#studio .badge.warn { background: var(--warn-bg); color: var(--warn-fg); border-color: #c99a2e; }
#studio .badge.stale { background: var(--tint); }
#studio code, #studio pre { font-family: ui-monospace, "Cascadia Mono", Menlo, monospace; direction: ltr; unicode-bidi: isolate; }
/* Snippets wrap between attributes, breaking a word (a long URL) only when it is wider than the box: not </scrip|t>. */
#studio pre { white-space: pre-wrap; overflow-wrap: anywhere; background: var(--bg); border: 1px solid var(--line); border-radius: .4rem; padding: .5rem; margin: .2rem 0; font-size: .85rem; }

/* The toolbar stays at the top while editing on wide screens (on a phone it would hide the page). */
#studio .toolbar {
  display: flex; flex-wrap: wrap; gap: .4rem; align-items: center;
  background: var(--bg); padding: .5rem 0; border-block-end: 1px solid var(--line);
}
@media (min-width: 64rem) {
  #studio .toolbar { position: sticky; top: 0; z-index: 5; }
  /* Whatever gets focus or is scrolled to stays clear of the sticky toolbar. */
  html { scroll-padding-block-start: 4.5rem; }
}
#studio .toolbar .status { font-size: .9rem; color: var(--muted); margin-inline: .3rem; }

/* Article beside the questions on wide screens, stacked on phones. */
#studio .workbench { display: grid; gap: 0 1rem; grid-template-columns: minmax(0, 1fr); }
@media (min-width: 64rem) {
  #studio .workbench { grid-template-columns: minmax(0, 1fr) minmax(0, 1.1fr); align-items: start; }
  #studio .article-pane { position: sticky; top: 3.6rem; max-height: calc(100vh - 4.6rem); overflow: auto; }
}
#studio .pane-head { display: flex; justify-content: space-between; align-items: center; gap: .5rem; flex-wrap: wrap; }
#studio .article-body { line-height: 1.9; }
#studio .para { position: relative; padding-inline-start: 2.6rem; margin-block: .6rem; border-radius: .3rem; }
#studio .para:focus { background: var(--tint); }
#studio .pnum { position: absolute; inset-inline-start: 0; top: .15rem; font-size: .8rem; color: var(--muted); user-select: none; }
#studio .phead { font-size: 1rem; margin: .2rem 0; user-select: none; }
#studio .para p { margin: 0; }
#studio mark { background: var(--mark); color: inherit; border-radius: .15rem; cursor: pointer; }
#studio mark.on { background: var(--mark-on); outline: 2px solid #8a6100; }
#studio .selbar {
  position: sticky; bottom: 0; background: var(--panel); border: 2px solid var(--accent); border-radius: .5rem;
  padding: .5rem .7rem; margin-block-start: .6rem; display: grid; gap: .4rem; box-shadow: 0 -2px 10px #0002;
}
#studio .selbar .dismiss { position: absolute; inset-inline-end: .4rem; top: .4rem; }
#studio .selbar p { padding-inline-end: 2.5rem; }
#studio .selbar select { width: auto; }
#studio .back { margin-block: .4rem; }

/* Questions */
#studio .qcard { padding: 0; overflow: hidden; }
#studio .qcard.active { border-color: var(--accent); box-shadow: 0 0 0 1px var(--accent); }
#studio .qhead, #studio .details-head { margin: 0; }
#studio .details-head button { background: none; border: 0; color: var(--fg); padding: 0; font-weight: 700; font-size: 1.2rem; display: flex; gap: .5rem; align-items: center; }
#studio .details-head button::before, #studio .qhead button::before { content: "▸"; display: inline-block; transition: transform .15s; color: var(--muted); }
#studio [dir=rtl] .details-head button::before, #studio [dir=rtl] .qhead button::before, [dir=rtl] #studio .details-head button::before, [dir=rtl] #studio .qhead button::before { content: "◂"; }
#studio .details-head button[aria-expanded=true]::before, #studio .qhead button[aria-expanded=true]::before { transform: rotate(90deg); }
[dir=rtl] #studio .details-head button[aria-expanded=true]::before, [dir=rtl] #studio .qhead button[aria-expanded=true]::before { transform: rotate(-90deg); }
#studio .summary-line { color: var(--muted); font-size: .9rem; margin: .3rem 0 0; }
#studio .qhead button {
  width: 100%; display: flex; flex-wrap: wrap; gap: .3rem .6rem; align-items: baseline; text-align: start;
  background: transparent; color: var(--fg); border: 0; border-radius: 0; padding: .7rem 1rem; font-weight: normal;
}
#studio .qhead button[aria-expanded=true] { background: var(--tint); }
#studio .qnum { font-weight: 700; }
#studio .qprompt { flex: 1 1 12rem; min-width: 0; }
#studio .qbody { padding: .4rem 1rem 1rem; }
#studio .tools { display: flex; flex-wrap: wrap; gap: .3rem; margin-block: .4rem; }
#studio .choices ol, #studio fieldset.answer ol { padding: 0; margin: 0; list-style: none; }
#studio .choices li { display: grid; grid-template-columns: auto minmax(0, 1fr); gap: 0 .6rem; border-block-end: 1px dashed var(--line); padding-block: .3rem; }
#studio .choices li .tools { grid-column: 2; margin: 0; }
#studio .choices li.correct .key { color: var(--ok); font-weight: 600; }
#studio .choice-text .field { margin-block: .2rem; }
#studio li.accepted { display: flex; gap: .4rem; align-items: end; }
#studio li.accepted .field { flex: 1; margin-block: .2rem; }
#studio .evidence { background: var(--bg); }
#studio .try { border-block-start: 1px solid var(--line); margin-block-start: .8rem; padding-block-start: .4rem; }
#studio .try form { align-items: end; }
#studio .try form .field { flex: 1 1 12rem; margin: 0; }
#studio .tries { list-style: none; padding: 0; margin: .5rem 0 0; display: grid; gap: .4rem; }
#studio .tries li { border-inline-start: 4px solid var(--line); padding: .3rem .6rem; background: var(--bg); border-radius: .3rem; }
#studio .tries li.ok { border-color: var(--ok); }
#studio .tries li.no, #studio .tries li.err { border-color: var(--danger); }
#studio .add-question { border: 1px dashed var(--line); border-radius: .6rem; padding: .8rem; margin-block: 1rem; }
#studio .problem-list ul, #studio .notes ul { margin: .4rem 0 0; padding-inline-start: 1.2rem; }
#studio summary { cursor: pointer; font-weight: 600; }

/* Publishing */
#studio .done { border-block-start: 2px solid var(--ok); margin-block-start: 1rem; padding-block-start: .6rem; }
#studio .conflict { border: 2px solid var(--danger); border-radius: .5rem; padding: .7rem; margin-block: .8rem; }
#studio .snippet { margin-block: .6rem; }
#studio .snippet-name { font-weight: 600; margin: 0; }
#studio .code { font-size: 1.3rem; font-weight: 700; letter-spacing: .1em; }
#studio .preview-host { margin-block-start: .8rem; }
#studio .table-wrap { overflow-x: auto; }
#studio .file-pick { position: relative; display: flex; flex-wrap: wrap; align-items: center; gap: .5rem; min-width: 0; }
#studio .file-pick .file-input { position: absolute; inset-inline-start: 0; width: 1px; height: 1px; padding: 0; border: 0; margin: 0; overflow: hidden; opacity: 0; }
#studio .file-pick .file-input:focus-visible + .button { outline: 3px solid var(--focus); outline-offset: 2px; }
/* On a phone each quiz of the list is a block, its cells labelled. */
@media (max-width: 40rem) {
  #studio .quiz-list thead { position: absolute; width: 1px; height: 1px; overflow: hidden; clip-path: inset(50%); }
  #studio .quiz-list tr, #studio .quiz-list td { display: block; }
  #studio .quiz-list tr { border-block-end: 1px solid var(--line); padding-block: .4rem; }
  #studio .quiz-list td { border: 0; padding: .1rem 0; }
  #studio .quiz-list td[data-label]::before { content: attr(data-label) ": "; color: var(--muted); }
}
#studio table { border-collapse: collapse; width: 100%; }
#studio th, #studio td { text-align: start; padding: .4rem .5rem; border-block-end: 1px solid var(--line); vertical-align: top; }
#studio td.num { font-variant-numeric: tabular-nums; }
#studio .drop.dropping textarea { border: 2px dashed var(--accent); background: var(--tint); }
${skipLinkCss('#studio')}
${confirmCss('#studio')}`
