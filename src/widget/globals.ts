import { own } from './state.ts'

/**
 * The widget's globals (`window.Fahm`, and `FahmFull`, `FahmStrings` between its own scripts) only
 * when a script set them. An element the page names so is a window property too (`<div id="Fahm">`,
 * `<form name="FahmStrings">`: DOM clobbering) but never the window's own: it reads as unset.
 */
export const globalOf = <K extends 'Fahm' | 'FahmFull' | 'FahmStrings'>(name: K): Window[K] => own(window as unknown as Record<K, Window[K]>, name)

/**
 * `document[name]` as the browser defines it, a method bound to the document. An element the page
 * names after one of the document's properties replaces it (`<img name="body">`, `<form
 * name="createElement">`, `<embed name="head">`: DOM clobbering); the prototypes' never are.
 * (Preact's own `createElementNS` and `createTextNode` calls are made so by scripts/build-widget.mjs.)
 */
export const doc = <K extends keyof Document>(name: K): Document[K] => {
  const value = Reflect.get(Document.prototype, name, document)
  return typeof value == 'function' ? value.bind(document) : value
}
