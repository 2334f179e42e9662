// Fills this server's origin into the copy-paste snippets of the demo page.
for (const el of document.querySelectorAll('[data-origin]')) {
  el.textContent = el.textContent.replaceAll('https://HOST', location.origin)
}
