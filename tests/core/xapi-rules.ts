/**
 * The xAPI 1.0.3 rules a statement of fahm's must follow (Data part, §2.4), checked the way an LRS
 * and Learning Locker's validator check them: required and allowed properties, IRIs, language maps
 * keyed by RFC 5646 tags, one inverse functional identifier per agent, the score's bounds, ISO 8601
 * timestamps, and `result.response` in the format of the interaction type (§2.4.1.2 / SCORM's
 * cmi.interaction). Returns the broken rules, empty for a valid statement.
 */

type Json = Record<string, any>

const IRI = /^[a-z][a-z0-9+.-]*:[^\s<>"{}|\\^`]+$/i
const LANGUAGE_TAG = /^[a-z]{2,3}(-[A-Za-z0-9]{1,8})*$/
const ISO_8601 = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/
const NUMBER = /^-?(\d+(\.\d*)?|\.\d+)$/
const INTERACTION_TYPES = ['true-false', 'choice', 'fill-in', 'long-fill-in', 'matching', 'performance', 'sequencing', 'likert', 'numeric', 'other']

function only(errors: string[], where: string, value: Json, allowed: string[]): void {
  for (const key of Object.keys(value)) if (!allowed.includes(key)) errors.push(`${where}.${key} is not an xAPI property`)
}

function languageMap(errors: string[], where: string, map: unknown): void {
  if (!map || typeof map !== 'object' || Array.isArray(map)) return void errors.push(`${where} is not a language map`)
  for (const [tag, text] of Object.entries(map)) {
    if (!LANGUAGE_TAG.test(tag)) errors.push(`${where}: "${tag}" is not an RFC 5646 tag`)
    if (typeof text !== 'string') errors.push(`${where}.${tag} is not a string`)
  }
}

function extensions(errors: string[], where: string, value: unknown): void {
  if (value === undefined) return
  if (!value || typeof value !== 'object' || Array.isArray(value)) return void errors.push(`${where} is not an object`)
  for (const key of Object.keys(value)) if (!IRI.test(key)) errors.push(`${where}: key "${key}" is not an IRI`)
}

function agent(errors: string[], where: string, actor: Json): void {
  only(errors, where, actor, ['objectType', 'name', 'mbox', 'mbox_sha1sum', 'openid', 'account'])
  if (actor.objectType !== undefined && actor.objectType !== 'Agent') errors.push(`${where}.objectType must be Agent`)
  const ifis = ['mbox', 'mbox_sha1sum', 'openid', 'account'].filter((key) => actor[key] !== undefined)
  if (ifis.length !== 1) errors.push(`${where} must have exactly one inverse functional identifier, has ${ifis.length}`)
  if (actor.mbox !== undefined && !/^mailto:[^@\s]+@[^@\s]+$/.test(actor.mbox)) errors.push(`${where}.mbox must be a mailto: IRI`)
  if (actor.account) {
    only(errors, `${where}.account`, actor.account, ['homePage', 'name'])
    if (!IRI.test(actor.account.homePage ?? '')) errors.push(`${where}.account.homePage must be an IRL`)
    if (typeof actor.account.name !== 'string' || !actor.account.name) errors.push(`${where}.account.name is required`)
  }
}

function activity(errors: string[], where: string, object: Json): void {
  only(errors, where, object, ['objectType', 'id', 'definition'])
  if (object.objectType !== undefined && object.objectType !== 'Activity') errors.push(`${where}.objectType must be Activity`)
  if (!IRI.test(object.id ?? '')) errors.push(`${where}.id must be an IRI`)
  const definition = object.definition as Json | undefined
  if (!definition) return
  only(errors, `${where}.definition`, definition, [
    'name',
    'description',
    'type',
    'moreInfo',
    'interactionType',
    'correctResponsesPattern',
    'choices',
    'scale',
    'source',
    'target',
    'steps',
    'extensions',
  ])
  if (definition.name !== undefined) languageMap(errors, `${where}.definition.name`, definition.name)
  if (definition.description !== undefined) languageMap(errors, `${where}.definition.description`, definition.description)
  if (definition.type !== undefined && !IRI.test(definition.type)) errors.push(`${where}.definition.type must be an IRI`)
  if (definition.interactionType !== undefined && !INTERACTION_TYPES.includes(definition.interactionType)) {
    errors.push(`${where}.definition.interactionType "${definition.interactionType}" is not an interaction type`)
  }
  if (definition.choices !== undefined) {
    if (!['choice', 'sequencing'].includes(definition.interactionType)) errors.push(`${where}.definition.choices only belong to choice and sequencing`)
    for (const [i, choice] of (definition.choices as Json[]).entries()) {
      only(errors, `${where}.definition.choices[${i}]`, choice, ['id', 'description'])
      if (typeof choice.id !== 'string' || !choice.id) errors.push(`${where}.definition.choices[${i}].id is required`)
      languageMap(errors, `${where}.definition.choices[${i}].description`, choice.description)
    }
  }
  extensions(errors, `${where}.definition.extensions`, definition.extensions)
}

/** Whether `response` is in the format of `interactionType` (xAPI 1.0.3 §2.4.1.2, "Response Pattern"). */
function responseErrors(interactionType: string | undefined, response: string, choices: Json[] | undefined): string[] {
  switch (interactionType) {
    case 'true-false':
      return ['true', 'false'].includes(response) ? [] : [`a true-false response is "true" or "false", not "${response}"`]
    case 'choice': {
      if (response === '') return []
      const ids = response.split('[,]')
      const known = choices?.map((c) => c.id)
      return ids.flatMap((id) =>
        !id ? ['a choice response lists choice ids'] : known && !known.includes(id) ? [`"${id}" is not a choice of the activity`] : [],
      )
    }
    case 'numeric': {
      const range = response.split('[:]')
      if (range.length > 2) return [`a numeric response is a number or a min[:]max range, not "${response}"`]
      if (range.length === 1) return NUMBER.test(response) ? [] : [`a numeric response is a number, not "${response}"`]
      const [min, max] = range as [string, string]
      if ((min && !NUMBER.test(min)) || (max && !NUMBER.test(max)) || (!min && !max)) return [`"${response}" is not a numeric range`]
      return min && max && Number(min) > Number(max) ? [`the range "${response}" ends before it starts`] : []
    }
    default:
      return []
  }
}

export function xapiErrors(statement: Json): string[] {
  const errors: string[] = []
  only(errors, 'statement', statement, ['id', 'actor', 'verb', 'object', 'result', 'context', 'timestamp', 'stored', 'authority', 'version', 'attachments'])
  if (statement.id !== undefined && !/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(statement.id)) errors.push('id must be a UUID')
  if (!statement.actor) errors.push('actor is required')
  else agent(errors, 'actor', statement.actor)
  if (!statement.verb) errors.push('verb is required')
  else {
    only(errors, 'verb', statement.verb, ['id', 'display'])
    if (!IRI.test(statement.verb.id ?? '')) errors.push('verb.id must be an IRI')
    if (statement.verb.display !== undefined) languageMap(errors, 'verb.display', statement.verb.display)
  }
  if (!statement.object) errors.push('object is required')
  else activity(errors, 'object', statement.object)

  const result = statement.result as Json | undefined
  if (result) {
    only(errors, 'result', result, ['score', 'success', 'completion', 'response', 'duration', 'extensions'])
    for (const key of ['success', 'completion'])
      if (result[key] !== undefined && typeof result[key] !== 'boolean') errors.push(`result.${key} must be a boolean`)
    if (result.response !== undefined) {
      if (typeof result.response !== 'string') errors.push('result.response must be a string')
      else
        errors.push(
          ...responseErrors(statement.object?.definition?.interactionType, result.response, statement.object?.definition?.choices).map(
            (e) => `result.response: ${e}`,
          ),
        )
    }
    const score = result.score as Json | undefined
    if (score) {
      only(errors, 'result.score', score, ['scaled', 'raw', 'min', 'max'])
      if (score.scaled !== undefined && !(score.scaled >= -1 && score.scaled <= 1)) errors.push('result.score.scaled must be in [-1, 1]')
      if (score.min !== undefined && score.max !== undefined && !(score.min < score.max)) errors.push('result.score.min must be less than max')
      if (score.raw !== undefined && ((score.min !== undefined && score.raw < score.min) || (score.max !== undefined && score.raw > score.max))) {
        errors.push('result.score.raw must lie between min and max')
      }
    }
    extensions(errors, 'result.extensions', result.extensions)
  }

  const context = statement.context as Json | undefined
  if (context) {
    only(errors, 'context', context, ['registration', 'instructor', 'team', 'contextActivities', 'revision', 'platform', 'language', 'statement', 'extensions'])
    if (context.language !== undefined && !LANGUAGE_TAG.test(context.language)) errors.push('context.language must be an RFC 5646 tag')
    for (const [kind, list] of Object.entries((context.contextActivities ?? {}) as Record<string, Json[]>)) {
      if (!['parent', 'grouping', 'category', 'other'].includes(kind)) errors.push(`context.contextActivities.${kind} is not a context kind`)
      for (const [i, item] of (Array.isArray(list) ? list : [list]).entries()) activity(errors, `context.contextActivities.${kind}[${i}]`, item)
    }
    extensions(errors, 'context.extensions', context.extensions)
  }
  if (statement.timestamp !== undefined && !ISO_8601.test(statement.timestamp)) errors.push('timestamp must be ISO 8601 with a time zone')
  return errors
}
