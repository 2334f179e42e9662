import type { Strings } from './i18n.ts'

export type Bar = {
  /** The question's number, in the page's digits. */
  number: string
  /** The question's text, in the quiz's language (`lang`). */
  text: string
  lang: string
  /** The share answering correctly, 0–1, and how it reads. */
  value: number
  valueText: string
}

/** The colour band of a share, named in the legend: at least 75 %, 50 % to 75 %, under 50 %. */
export function level(value: number): 'high' | 'mid' | 'low' {
  return value >= 0.75 ? 'high' : value >= 0.5 ? 'mid' : 'low'
}

/**
 * A bar chart of the share of correct answers per question, in HTML: each row is the question's
 * number and text (wrapping, so labels never overlap at any width), its bar, and its percentage as
 * text; a legend names the three colours, so colour never carries the meaning alone. The bars follow
 * the page's direction (logical properties).
 */
export function BarChart(props: { bars: Bar[]; t: Strings; caption: string }) {
  const { bars, t } = props
  return (
    <figure class="chart" aria-labelledby="chart-caption">
      <figcaption id="chart-caption">{props.caption}</figcaption>
      <ul class="legend" aria-label={t.legend}>
        <li>
          <span class="swatch level-high" aria-hidden="true" />
          {t.legendHigh}
        </li>
        <li>
          <span class="swatch level-mid" aria-hidden="true" />
          {t.legendMid}
        </li>
        <li>
          <span class="swatch level-low" aria-hidden="true" />
          {t.legendLow}
        </li>
      </ul>
      <ol class="bars">
        {bars.map((bar) => (
          <li key={bar.number} class="bar-row">
            <span class="bar-label">
              <span class="bar-number">{bar.number}.</span>{' '}
              <span lang={bar.lang} dir={bar.lang === 'ar' ? 'rtl' : 'ltr'}>
                {bar.text}
              </span>
            </span>
            <span class="bar-track" aria-hidden="true">
              <span class={`bar-fill level-${level(bar.value)}`} style={`inline-size:${Math.max(0, Math.min(1, bar.value)) * 100}%`} />
            </span>
            <span class="bar-value">{bar.valueText}</span>
          </li>
        ))}
      </ol>
    </figure>
  )
}
