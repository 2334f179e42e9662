import { own } from './state.ts'

/**
 * The widget's globals (`window.Fahm`, and `FahmFull`, `FahmStrings` between its own scripts) only
 * when a script set them. An element the page names so is a window property too (`<div id="Fahm">`,
 * `<form name="FahmStrings">`: DOM clobbering) but never the window's own: it reads as unset.
 */
export const globalOf = <K extends 'Fahm' | 'FahmFull' | 'FahmStrings'>(name: K): Window[K] => own(window as unknown as Record<K, Window[K]>, name)
