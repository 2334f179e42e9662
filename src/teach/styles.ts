/** The teacher page's CSS, injected once by main.tsx. Logical properties, so RTL needs no overrides. */
export const CSS = `
#teach { max-width: 64rem; }
#teach h1 { font-size: 1.4rem; margin: 0; }
#teach header { display: flex; align-items: center; justify-content: space-between; gap: 1rem; margin-block-end: 1rem; }
#teach section { background: Canvas; color: CanvasText; border: 1px solid #ccc8; border-radius: .5rem; padding: 1rem; margin-block: 1rem; }
#teach form { display: grid; gap: .6rem; grid-template-columns: repeat(auto-fill, minmax(14rem, 1fr)); align-items: end; }
#teach label { display: grid; gap: .2rem; font-size: .9rem; }
#teach label.inline { display: flex; align-items: center; gap: .4rem; }
#teach input, #teach select, #teach button { font: inherit; padding: .35rem .5rem; border-radius: .35rem; border: 1px solid #8888; }
#teach button { cursor: pointer; background: #0b5cad; color: #fff; border-color: #0b5cad; }
#teach button.secondary { background: transparent; color: inherit; border-color: #8888; }
#teach button.danger { background: #b3261e; border-color: #b3261e; }
#teach table { border-collapse: collapse; width: 100%; font-size: .95rem; }
#teach th, #teach td { text-align: start; padding: .35rem .5rem; border-block-end: 1px solid #ccc6; vertical-align: top; }
#teach td.num { font-variant-numeric: tabular-nums; }
#teach code, #teach .key { font-family: ui-monospace, monospace; direction: ltr; unicode-bidi: isolate; }
#teach .key { display: block; padding: .5rem; background: #fff3cd; color: #3d2e00; border-radius: .35rem; word-break: break-all; user-select: all; }
#teach .warning { border-color: #e0a800; background: #fff8e1; color: #3d2e00; }
#teach .error { color: #b3261e; }
#teach .muted { opacity: .75; font-size: .9rem; }
#teach .row { display: flex; flex-wrap: wrap; gap: .5rem; align-items: center; }
#teach .chart svg { max-width: 100%; height: auto; }
#teach .chart-label, #teach .chart-value { font-size: 13px; fill: currentColor; }
#teach .chart-track { fill: #8882; }
#teach figure { margin: 0; }
#teach .scroll { overflow-x: auto; }
#teach .roster-add { grid-template-columns: minmax(0, 1fr); }
#teach textarea { font: inherit; padding: .35rem .5rem; border-radius: .35rem; border: 1px solid #8888; }
#teach figcaption { font-size: .9rem; opacity: .8; }
`
