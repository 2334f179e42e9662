/**
 * Prints one part of the teacher page alone: `part` names it by a class on <body> while the print
 * dialog is open (the print styles show only that part; see styles.ts), removed after printing.
 */
export function printAlone(part: 'printing-class-link' | 'printing-present' | 'printing-roster') {
  document.body.classList.add(part)
  addEventListener('afterprint', () => document.body.classList.remove(part), { once: true })
  print()
}
