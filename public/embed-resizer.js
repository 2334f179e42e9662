/*! fahm embed resizer: sizes <iframe data-fahm> embeds to their content and re-dispatches their
 * events (fahm:ready, fahm:answer, fahm:complete) on the iframe element. Messages are accepted only
 * from the iframe's own window and origin, and only in the fahm envelope { source, version }. */
(function () {
  var KEY = typeof Symbol === 'function' ? Symbol.for('fahm.resizer') : '__fahmResizer'
  if (window[KEY]) return
  window[KEY] = true

  function frames() {
    return document.querySelectorAll('iframe[data-fahm]')
  }
  function originOf(frame) {
    try {
      return new URL(frame.src, location.href).origin
    } catch (e) {
      return ''
    }
  }
  function ask(frame) {
    var origin = originOf(frame)
    if (frame.contentWindow && origin && origin !== 'null') {
      frame.contentWindow.postMessage({ source: 'fahm', version: 1, type: 'size?' }, origin)
    }
  }

  window.addEventListener('message', function (e) {
    var d = e.data
    if (!d || d.source !== 'fahm' || d.version !== 1 || typeof d.type !== 'string') return
    var list = frames()
    for (var i = 0; i < list.length; i++) {
      var frame = list[i]
      if (frame.contentWindow !== e.source) continue
      if (originOf(frame) !== e.origin) return
      if (d.type === 'resize') {
        var h = Math.round(Number(d.height))
        if (h > 0 && h < 100000) {
          frame.style.height = h + 'px'
          // As wide as its container, up to the width it was given (oEmbed's maxwidth).
          frame.style.width = '100%'
          var w = Number(frame.getAttribute('width'))
          if (w > 0) frame.style.maxWidth = w + 'px'
          frame.style.border = '0'
          frame.style.display = 'block'
        }
      } else if (/^[a-z]{1,20}$/.test(d.type)) {
        frame.dispatchEvent(new CustomEvent('fahm:' + d.type, { detail: d, bubbles: true }))
      }
      return
    }
  })

  // Frames that loaded before this script ran have already sent their size: ask again.
  function init() {
    var list = frames()
    for (var i = 0; i < list.length; i++) {
      ask(list[i])
      list[i].addEventListener('load', function (e) {
        ask(e.currentTarget)
      })
    }
  }
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', init)
  else init()
})()
