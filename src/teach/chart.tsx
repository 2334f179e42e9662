import type { Lang } from './i18n.ts'

export type Bar = { label: string; title: string; value: number }

/**
 * A horizontal bar chart in SVG: one bar per question, its length the share answering correctly
 * (0–1). Right-to-left pages draw bars from the right. Text is text (never HTML), so labels are safe.
 */
export function BarChart(props: { bars: Bar[]; lang: Lang; caption: string }) {
  const { bars, lang, caption } = props
  const rtl = lang === 'ar'
  const row = 26
  // The label column and the value column are equally wide, so the track sits in the same place either way.
  const labelWidth = 56
  const width = 600
  const plot = width - 2 * labelWidth
  const height = Math.max(1, bars.length) * row + 8
  const percent = new Intl.NumberFormat(lang === 'ar' ? 'ar' : 'en', { style: 'percent', maximumFractionDigits: 0 })
  return (
    <figure class="chart">
      <svg viewBox={`0 0 ${width} ${height}`} role="img" aria-label={caption} width="100%">
        {bars.map((bar, i) => {
          const y = 4 + i * row
          const length = Math.max(0, Math.min(1, bar.value)) * plot
          const x = rtl ? width - labelWidth - length : labelWidth
          const colour = bar.value >= 0.75 ? '#2e7d32' : bar.value >= 0.5 ? '#f9a825' : '#c62828'
          return (
            <g key={bar.label}>
              <title>{`${bar.title}: ${percent.format(bar.value)}`}</title>
              <text x={rtl ? width - 4 : 4} y={y + row / 2 + 4} text-anchor="start" direction={rtl ? 'rtl' : 'ltr'} class="chart-label">
                {bar.label}
              </text>
              <rect x={labelWidth} y={y + 3} width={plot} height={row - 8} class="chart-track" />
              <rect x={x} y={y + 3} width={length} height={row - 8} fill={colour} />
              <text
                x={rtl ? width - labelWidth - plot - 6 : labelWidth + plot + 6}
                y={y + row / 2 + 4}
                text-anchor={rtl ? 'end' : 'start'}
                class="chart-value"
              >
                {percent.format(bar.value)}
              </text>
            </g>
          )
        })}
      </svg>
      <figcaption>{caption}</figcaption>
    </figure>
  )
}
