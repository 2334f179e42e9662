import type { Lang } from './i18n.ts'
import type { SavedClass } from './api.ts'

/** Classes (with their keys) and the language, kept in this browser's localStorage only. */

const CLASSES = 'fahm.teach.classes'
const LANG = 'fahm.teach.lang'

function read<T>(key: string, fallback: T): T {
  try {
    const text = localStorage.getItem(key)
    return text ? (JSON.parse(text) as T) : fallback
  } catch {
    return fallback
  }
}

function write(key: string, value: unknown): void {
  try {
    localStorage.setItem(key, JSON.stringify(value))
  } catch {
    // Storage full or disabled (private mode): the page still works for this visit.
  }
}

export function loadClasses(): SavedClass[] {
  const list = read<unknown>(CLASSES, [])
  return Array.isArray(list) ? list.filter((c): c is SavedClass => typeof c?.classId === 'string' && typeof c?.teacherKey === 'string') : []
}

export function saveClasses(list: SavedClass[]): void {
  write(CLASSES, list)
}

export function loadLang(fallback: Lang): Lang {
  const lang = read<string>(LANG, fallback)
  return lang === 'en' || lang === 'ar' ? lang : fallback
}

/**
 * The language a page (/teach, /studio) opens in: the one its address asks for (`?lang=`), else the
 * one chosen last time on either page, else the page's own (`rendered`, Arabic by default).
 */
export function pageLang(search: string, rendered: Lang): Lang {
  const asked = new URLSearchParams(search).get('lang')
  return asked === 'en' || asked === 'ar' ? asked : loadLang(rendered)
}

export function saveLang(lang: Lang): void {
  write(LANG, lang)
}
