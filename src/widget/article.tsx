import { dirOf, toDigits } from './format.ts'
import type { Strings } from './i18n.ts'
import type { Lang, Quiz } from './types.ts'

export type ArticleProps = {
  quiz: Quiz
  t: Strings
  /** The widget's own language (the source line). */
  lang: Lang
  /** Digits of the article's language. */
  digits: 'arab' | 'latn'
  /** The evidence to mark. */
  highlight?: { paragraph: number; quote: string }
  /** The mark is scrolled into view (with the page: the article is never a scroll box of its own). */
  scroll?: boolean
  /** Goes back from the mark to the question it belongs to. */
  onBack?: () => void
  /** Stacked under the quiz: the article's end goes back to the question being answered. */
  onEnd?: () => void
}

/** The article the quiz is drawn from, in the page's flow, the evidence of one answer marked. */
export function Article({ quiz, t, lang, digits, highlight, scroll, onBack, onEnd }: ArticleProps) {
  const article = quiz.article
  const source = quiz.source
  const reveal = (mark: HTMLElement | null) => {
    if (mark && scroll) mark.scrollIntoView({ block: 'center' })
  }
  return (
    <section class="art" aria-label={t.article} lang={article.lang} dir={article.dir} tabIndex={-1}>
      {article.paragraphs.map((paragraph) => {
        const text = toDigits(paragraph.text, digits)
        const at = highlight && highlight.paragraph === paragraph.index ? paragraph.text.indexOf(highlight.quote) : -1
        const end = at + (highlight?.quote.length ?? 0)
        return (
          <div key={paragraph.index}>
            {paragraph.heading && <h3>{toDigits(paragraph.heading, digits)}</h3>}
            <p>
              {at < 0
                ? text
                : [
                    text.slice(0, at),
                    <mark key={highlight!.quote} ref={reveal} tabIndex={-1}>
                      {text.slice(at, end)}
                    </mark>,
                    onBack && (
                      <button key="b" type="button" class="ln" lang={lang} dir={dirOf(lang)} onClick={onBack}>
                        {t.backToQuestions}
                      </button>
                    ),
                    text.slice(end),
                  ]}
            </p>
          </div>
        )
      })}
      <p class="mu" lang={lang} dir={dirOf(lang)}>
        {t.source}
        {source.url && /^https?:/.test(source.url) ? (
          <a href={source.url} target="_blank" rel="noopener noreferrer">
            {source.name}
          </a>
        ) : (
          source.name
        )}
      </p>
      {onEnd && (
        <button type="button" class="ln" lang={lang} dir={dirOf(lang)} onClick={onEnd}>
          {t.backToQuestions}
        </button>
      )}
    </section>
  )
}
