// The widget's only stylesheet, adopted into each shadow root. Colours come from the public
// --fahm-* custom properties (which inherit through the shadow boundary) with defaults here.
const dark =
  '--bg:var(--fahm-bg-dark,#16181b);--fg:var(--fahm-fg-dark,#eceef1);--mu:#aab0b9;--ln:#4a5059;--ac:var(--fahm-accent-dark,#6fd8b2);--on:#000;--ok:#6ddc94;--no:#ff9a90;--mk:#5c4d00;--ti:#22262b'

export const css =
  // The host page may style the host element (even `* { all: unset }`); important wins from inside.
  ':host{display:block!important}:host([hidden]){display:none!important}' +
  // `all: initial` cuts every inherited property (color, font, line-height…) coming from the host.
  '.w{all:initial;display:block;position:relative;' +
  '--ac:var(--fahm-accent,#0b6e4f);--on:var(--fahm-on-accent,#fff);--bg:var(--fahm-bg,#fff);--fg:var(--fahm-fg,#1b1d20);' +
  '--mu:#5a6069;--ln:var(--fahm-border,#c9ced6);--ok:#15703a;--no:#b3261e;--mk:#fff0a6;--ti:#f3f6f5;--r:var(--fahm-radius,10px);' +
  'font:var(--fahm-font-size,16px)/1.6 var(--fahm-font,system-ui,"Segoe UI",Tahoma,sans-serif);' +
  'color:var(--fg);background:var(--bg);border:1px solid var(--ln);border-radius:var(--r);padding:1rem;' +
  'min-height:var(--fahm-min-height,42rem);overflow-wrap:anywhere}' +
  // The article box (at most 22rem + its margin) comes on top of the question.
  '.wa{min-height:calc(var(--fahm-min-height,42rem) + 23rem)}' +
  '.dark{' + dark + '}@media(prefers-color-scheme:dark){.auto{' + dark + '}}' +
  '*{box-sizing:border-box}' +
  // The title fills its row, so a title in the other direction than the widget's starts at its own side.
  'h2,h3,p,ol,fieldset,figure{margin:0 0 .7rem}h2{font-size:1.25em;flex:auto}' +
  'header{display:flex;flex-wrap:wrap;gap:.5rem;align-items:center;justify-content:space-between}' +
  '.mu{color:var(--mu)}' +
  '.bar{height:6px;background:var(--ln);border-radius:3px;margin-bottom:1rem}' +
  '.bar i{display:block;height:100%;background:var(--ac);border-radius:3px;transition:width .3s}' +
  'fieldset{border:0;padding:0;min-width:0}' +
  'form+form{border-top:1px solid var(--ln);margin-top:1.2rem;padding-top:1.2rem}' +
  '.p{font-weight:600}' +
  '.o{display:flex;gap:.6em;padding:.5em .7em;border:1px solid var(--ln);border-radius:var(--r);margin:.4rem 0;cursor:pointer}' +
  '.o:has(:checked){border-color:var(--ac);background:var(--ti)}' +
  'input{accent-color:var(--ac);font:inherit;color:inherit}' +
  '.t{display:block;width:100%;max-width:28rem;padding:.5em;background:var(--bg);border:1px solid var(--mu);border-radius:6px}' +
  '.l{display:block}' +
  '.row{display:flex;flex-wrap:wrap;gap:.5rem;margin-top:1rem}' +
  'button{font:inherit;cursor:pointer;min-height:2.75rem;padding:0 1em;border-radius:8px;border:2px solid var(--ac);background:var(--ac);color:var(--on)}' +
  '.s{background:0;color:var(--fg);border-color:var(--ln)}' +
  ':disabled{opacity:.5}' +
  ':focus-visible{outline:3px solid var(--ac);outline-offset:2px}' +
  '.fb{border-inline-start:4px solid var(--no);background:var(--ti);padding:.6rem .9rem;border-radius:var(--r);margin-top:1rem}' +
  '.ok{border-color:var(--ok)}.v{font-weight:700;color:var(--no)}.ok .v{color:var(--ok)}' +
  'blockquote{margin:0;padding-inline-start:.8rem;border-inline-start:3px solid var(--ln)}' +
  'mark{background:var(--mk);color:inherit}' +
  '.art{max-height:22rem;overflow:auto;border:1px solid var(--ln);border-radius:var(--r);padding:0 1rem;margin-bottom:1rem}' +
  '.big{font-size:2em;font-weight:700}' +
  '.err{border:1px solid var(--no);border-radius:var(--r);padding:.7rem}' +
  '.sr{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0)}' +
  'a{color:inherit}' +
  '@media(prefers-reduced-motion:reduce){*{transition:none!important}}'

let sheet: CSSStyleSheet | undefined

/**
 * Styles a shadow root without inline <style> when it can (constructable stylesheets pass a CSP
 * without 'unsafe-inline'); otherwise a <style> element carrying `nonce`.
 */
export function adoptStyles(root: ShadowRoot, nonce?: string): void {
  try {
    sheet ??= new CSSStyleSheet()
    if (!sheet.cssRules.length) sheet.replaceSync(css)
    if (!root.adoptedStyleSheets.includes(sheet)) root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet]
    return
  } catch {
    // Older engines: fall through to a <style> element.
  }
  if (root.querySelector('style[data-fahm]')) return
  const style = document.createElement('style')
  style.dataset.fahm = ''
  if (nonce) style.nonce = nonce
  style.textContent = css
  root.prepend(style)
}
