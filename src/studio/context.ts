import { createContext } from 'preact'
import { useContext } from 'preact/hooks'
import type { Article, Lang } from '../core/quiz-schema.ts'
import type { Content, Edit } from './draft.ts'
import type { Strings } from './i18n.ts'
import type { StudioIssue } from './issues.ts'

/** What every part of the editor reads: the strings, the quiz, its problems, and how to change it. */
export type Studio = {
  t: Strings
  /** The interface language. */
  lang: Lang
  content: Content
  /** The languages the quiz's strings are edited in: its own, and a translation when one is on. */
  langs: Lang[]
  article: Article
  /** Problems by the field they show on (see issues.ts). */
  issues: Map<string, StudioIssue[]>
  edit: (edit: Edit) => void
  /** Announces the result of an action in the live region. */
  say: (text: string) => void
  /** The question being worked on: its evidence is marked in the article and kept in view. */
  active: number | null
  /** Makes a question the active one and opens it; `focus` is the id of an element to focus then. */
  activate: (index: number | null, focus?: string) => void
  /** Makes a question the active one without opening it (focus moved into it). */
  select: (index: number) => void
  /** Opens what a field belongs to and focuses the field (a problem's "go to"). */
  goTo: (field: string) => void
  /** Deletes a question, keeps focus where it was and offers to undo the deletion. */
  removeQuestion: (index: number) => void
  /** Shows a question's evidence in the article and moves focus there. */
  showInArticle: (index: number) => void
  /** Questions whose evidence paragraph changed in the last article edit (ids). */
  stale: ReadonlySet<string>
}

export const StudioContext = createContext<Studio | null>(null)

export function useStudio(): Studio {
  const studio = useContext(StudioContext)
  if (!studio) throw new Error('useStudio outside the editor')
  return studio
}
