/**
 * The English words that make a run of capitalised words a body's name (Ministry, Holdings, Airlines): the
 * drafter's names (`entities.ts`) and its quantities (`mentions.ts`: `40 MW Holdings` is no power) read them.
 */

export const EN_ORG_WORDS = new Set(
  (
    'Ministry Agency Bank University Council Company Corporation Corp Inc Ltd Organization Organisation Union Association Club ' +
    'Party Army Police Committee Federation FC United Group Institute Foundation Fund Court Parliament Assembly Authority ' +
    'Commission Service News Times Post Reuters Airlines Airways Motors Museum Hospital School College Academy Department ' +
    'Office Centre Center Board League Network Forces Command Guard Press Journal Television Radio Festival Exchange Confederation ' +
    'Resorts Holdings Holding Industries Enterprises Entertainment Partners Technologies Systems Brands Foods Pharmaceuticals ' +
    'Telecom Media Properties Insurance Investments Ventures Logistics Mining Petroleum Hotels Casinos Stores Labs Studios ' +
    'Communications Electric Steel Chemicals Plc PLC LLC AG SA NV Co Administration Society Trust Alliance Coalition Institution ' +
    'Consortium Cooperative Charity'
  ).split(' '),
)

// Plurals of a body's word that are family names as often (Tyra Banks, Margaret Courts): no body by their ending.
const EN_PLURAL_SURNAMES = new Set('Banks Courts Posts Guards Boards'.split(' '))

/** Whether a word is a body's (Council, Networks, Agencies): a body's word, or its plural. */
export function isEnOrgWord(word: string): boolean {
  if (EN_ORG_WORDS.has(word)) return true
  if (EN_PLURAL_SURNAMES.has(word)) return false
  if (/ies$/u.test(word)) return EN_ORG_WORDS.has(`${word.slice(0, -3)}y`)
  return /[^s]s$/u.test(word) && EN_ORG_WORDS.has(word.slice(0, -1))
}
