import { defineMessages, fieldTextsOf, type Locale, type MessageTexts, renderText } from '@ayni/core';
import type { FieldIssue } from '@ayni/core';

/**
 * The HTTP layer's catalog: the title of every problem code (clients switch on `code`, people read
 * `title` and `detail`), the field messages of validation (by zod issue code), and the details the
 * HTTP layer itself writes. Quechua: Southern Quechua, Cusco-Collao, terms as in docs/glossary-qu.md;
 * still to be reviewed by a native speaker.
 */
export const PROBLEM_TITLES = defineMessages({
  'validation-failed': {
    es: 'Tu solicitud tiene campos no válidos',
    qu: 'Mañakuyniykipi wakin willakuykuna mana allinchu',
    en: 'Your request has invalid fields',
  },
  'epcis-query-too-broad': { es: 'Indica los lotes por los que preguntas', qu: 'Mayqin lotekunamanta tapukusqaykita niway', en: 'Name the lots you ask about' },
  'malformed-body': {
    es: 'El cuerpo de la solicitud no es JSON válido',
    qu: 'Mañakuyniykiq ukhun mana allin JSON-chu',
    en: 'The request body is not valid JSON',
  },
  'malformed-request': { es: 'La solicitud no es HTTP válido', qu: 'Mañakuyniyki mana allin HTTP-chu', en: 'The request is not valid HTTP' },
  unauthenticated: { es: 'Debes identificarte', qu: 'Pi kasqaykita riqsichikuy', en: 'Authentication required' },
  forbidden: { es: 'No puedes hacer esto', qu: 'Kayta mana ruwayta atinkichu', en: 'You may not do this' },
  'not-found': { es: 'No encontrado', qu: 'Mana tarikunchu', en: 'Not found' },
  'request-timeout': {
    es: 'La solicitud tardó demasiado en llegar',
    qu: 'Mañakuyniyki anchata unayarqan chayamunanpaq',
    en: 'The request took too long to arrive',
  },
  conflict: { es: 'No es posible en el estado actual', qu: 'Kunan kachkasqanpi mana atikunchu', en: 'Conflict with the current state' },
  'sku-taken': { es: 'Este SKU ya está en uso', qu: 'Kay SKU-qa ña llamk’achkanñam', en: 'This SKU is already used' },
  'gtin-taken': { es: 'Este GTIN pertenece a otro producto', qu: 'Kay GTIN-qa huk rurupaqmi', en: 'This GTIN belongs to another product' },
  'lot-code-taken': {
    es: 'Este código de lote ya se usa con el GTIN del producto',
    qu: 'Kay lote sutiqa ña kay GTIN-wan llamk’achkanñam',
    en: 'This lot code is already used under the product’s GTIN',
  },
  'insufficient-stock': { es: 'No hay suficiente stock', qu: 'Kaqninqa mana aypanchu', en: 'Not enough stock' },
  'illegal-transition': { es: 'No se permite en el estado actual', qu: 'Kunan kachkasqanpi mana atikunchu', en: 'Not allowed in the current state' },
  'lots-exhausted': { es: 'No quedan lotes de dónde sacar', qu: 'Manañam lotekuna kanchu', en: 'No lots left to draw from' },
  'insufficient-funds': { es: 'El fondo no tiene suficiente dinero', qu: 'Fondopi qullqiqa mana aypanchu', en: 'The fund does not have enough cash' },
  busy: { es: 'Ocupado: vuelve a intentarlo en un momento', qu: 'Llamk’aypi kachkan: huk ratumanta wakmanta kachamuy', en: 'Busy: retry shortly' },
  'already-reversed': { es: 'Ya fue revertido', qu: 'Ñam kutichisqaña', en: 'Already reversed' },
  'idempotency-in-progress': {
    es: 'Una solicitud con esta Idempotency-Key todavía se está procesando',
    qu: 'Kay Idempotency-Key-wan mañakuyqa llamk’achkanraqmi',
    en: 'A request with this Idempotency-Key is still being processed',
  },
  'precondition-failed': {
    es: 'El recurso cambió desde que lo leíste',
    qu: 'Ñawinchasqaykimanta kay cambiarqanña',
    en: 'The resource changed since you read it',
  },
  'payload-too-large': { es: 'El cuerpo de la solicitud es demasiado grande', qu: 'Mañakuyniykiq ukhun nisyu hatunmi', en: 'The request body is too large' },
  'unsupported-media-type': { es: 'Tipo de contenido no admitido', qu: 'Kay contenido nisqata mana chaskinchikchu', en: 'Unsupported content type' },
  unprocessable: {
    es: 'La solicitud no se puede procesar tal como llegó',
    qu: 'Mañakuyniykita kachkasqanman hina mana ruwayta atikunchu',
    en: 'The request cannot be processed as sent',
  },
  'idempotency-key-reused': {
    es: 'Esta Idempotency-Key se usó con otra solicitud',
    qu: 'Kay Idempotency-Key-qa huk mañakuywan llamk’achisqañam',
    en: 'This Idempotency-Key was used with a different request',
  },
  overpayment: { es: 'Más de lo que se debe', qu: 'Manusqamanta aswan askham', en: 'More than is owed' },
  'webhook-endpoint-limit': {
    es: 'La organización ya tiene todos los endpoints de webhook que puede tener',
    qu: 'Organizacionqa webhook endpointkunata llapanta ñam hap’in',
    en: 'The organisation has as many webhook endpoints as it may',
  },
  'nothing-to-reorder': {
    es: 'No se puede volver a pedir nada del pedido',
    qu: 'Mañakusqamantaqa manam imatapas wakmanta mañakuyta atikunchu',
    en: 'Nothing of the order can be ordered again',
  },
  'order-too-large': { es: 'El pedido es demasiado grande', qu: 'Mañakusqaqa nisyu hatunmi', en: 'The order is too large' },
  'credit-exceeds-invoice': {
    es: 'La nota de crédito supera la factura',
    qu: 'Nota de crédito nisqaqa facturamanta aswan hatunmi',
    en: 'The credit exceeds the invoice',
  },
  'invoice-fully-credited': { es: 'La factura ya está acreditada por completo', qu: 'Facturaqa llapanpi acreditasqañam', en: 'The invoice is fully credited' },
  'headers-too-large': {
    es: 'Las cabeceras de la solicitud son demasiado grandes',
    qu: 'Mañakuyniykiq umankuna nisyu hatunmi',
    en: 'The request headers are too large',
  },
  internal: { es: 'Algo falló de nuestro lado', qu: 'Ñuqaykuq ladoykupi imapas pantarqan', en: 'Something went wrong on our side' },
  'service-unavailable': {
    es: 'Un servicio del que dependemos no está disponible',
    qu: 'Huk yanapakuq llamk’ay mana kachkanchu',
    en: 'A dependency is unavailable',
  },
  'database-unavailable': {
    es: 'La base de datos no respondió a tiempo',
    qu: 'Willakuy waqaychanaqa mana pachallanpi kutichirqanchu',
    en: 'The database did not answer in time',
  },
  'lot-sealed': { es: 'Este lote está sellado', qu: 'Kay loteqa wichqasqañam', en: 'This lot is sealed' },
  contended: { es: 'Demasiados cambios a la vez', qu: 'Nisyu cambiokuna kuska', en: 'Too many concurrent changes' },
  'agreement-ended': { es: 'El acuerdo ha terminado', qu: 'Acuerdoqa tukusqañam', en: 'The agreement has ended' },
  'proposal-pending': {
    es: 'Ya hay una propuesta para este préstamo esperando confirmación',
    qu: 'Kay manukuypaqqa ñam huk propuesta takyachinata suyachkan',
    en: 'A proposal for this loan is already waiting for confirmation',
  },
  'no-pending-proposal': {
    es: 'No hay ninguna propuesta así esperando confirmación',
    qu: 'Mana chay hina propuesta suyachkanchu',
    en: 'There is no such proposal waiting for confirmation',
  },
});

/** Details the HTTP layer writes itself. */
export const HTTP_DETAILS = defineMessages({
  sendJson: {
    es: 'Envía el cuerpo como JSON con Content-Type: application/json.',
    qu: 'Ukhuta JSON hina kachamuy, Content-Type: application/json nisqawan.',
    en: 'Send the body as JSON with Content-Type: application/json.',
  },
  mustBeJson: { es: 'debe ser application/json', qu: 'application/json kanan', en: 'must be application/json' },
  sendJsonDocument: {
    es: 'Envía un documento JSON con Content-Type: application/json.',
    qu: 'JSON qillqata kachamuy, Content-Type: application/json nisqawan.',
    en: 'Send a JSON document with Content-Type: application/json.',
  },
  notJson: { es: 'no es JSON válido', qu: 'mana allin JSON-chu', en: 'is not valid JSON' },
  internal: {
    es: 'El error quedó registrado; vuelve a intentarlo más tarde o escribe a los operadores con el id de la solicitud.',
    qu: 'Pantayqa qillqasqañam; qhipaman wakmanta ruway, utaq operadorkunaman mañakuypa id-ninwan willay.',
    en: 'The error was logged; retry later or contact the operators with the request id.',
  },
  idempotencyKeyRequired: { es: 'es obligatoria en esta operación', qu: 'kay ruwaypiqa kananpunim', en: 'is required for this operation' },
  idempotencyKeyMalformed: {
    es: 'debe tener de 1 a 255 caracteres ASCII visibles (un UUID es lo ideal)',
    qu: '1-manta 255-kama rikukuq ASCII sanampakunayuq kanan (UUID aswan allin)',
    en: 'must be 1-255 visible ASCII characters (a UUID is ideal)',
  },
  idempotencyInProgress: {
    es: 'La primera solicitud con esta Idempotency-Key aún no ha terminado; vuelve a intentarlo en un momento.',
    qu: 'Kay Idempotency-Key-wan ñawpaq mañakuyqa manaraq tukunchu; huk ratumanta wakmanta kachamuy.',
    en: 'The first request with this Idempotency-Key has not finished; retry shortly.',
  },
  noRoute: { es: 'No hay ninguna ruta {method} {path}.', qu: '{method} {path} ñanqa mana kanchu.', en: 'No route for {method} {path}.' },
  bodyTooLarge: {
    es: 'Envía como máximo {megabytes} MB en el cuerpo de una solicitud.',
    qu: 'Huk mañakuypi {megabytes} MB-llata kachamuy.',
    en: 'Send at most {megabytes} MB in one request body.',
  },
});

/** Names of zod's expected types, per language. */
const TYPE_NAMES: Readonly<Record<string, MessageTexts>> = {
  string: { es: 'un texto', qu: 'qillqa', en: 'a string' },
  number: { es: 'un número', qu: 'yupay', en: 'a number' },
  int: { es: 'un número entero', qu: 'hunt’asqa yupay', en: 'an integer' },
  boolean: { es: 'verdadero o falso', qu: 'arí utaq manan', en: 'true or false' },
  object: { es: 'un objeto', qu: 'objeto', en: 'an object' },
  array: { es: 'una lista', qu: 'lista', en: 'a list' },
  date: { es: 'una fecha', qu: 'p’unchaw', en: 'a date' },
};

/** Field messages of validation, by issue code (zod's, and the API's own). */
export const FIELD_MESSAGES = defineMessages({
  required: { es: 'es obligatorio', qu: 'kananpunim', en: 'is required' },
  invalid_type: { es: 'debe ser {expected}', qu: '{expected} kanan', en: 'must be {expected}' },
  too_small_string: {
    es: 'debe tener al menos {minimum} caracteres',
    qu: 'aschallanpas {minimum} sanampayuq kanan',
    en: 'must have at least {minimum} characters',
  },
  too_big_string: {
    es: 'debe tener como máximo {maximum} caracteres',
    qu: 'aswanpas {maximum} sanampayuqlla kanan',
    en: 'must have at most {maximum} characters',
  },
  too_small_array: { es: 'debe tener al menos {minimum} elementos', qu: 'aschallanpas {minimum} kaqniyuq kanan', en: 'must have at least {minimum} items' },
  too_big_array: { es: 'debe tener como máximo {maximum} elementos', qu: 'aswanpas {maximum} kaqniyuqlla kanan', en: 'must have at most {maximum} items' },
  too_small_number: { es: 'debe ser como mínimo {minimum}', qu: 'aschallanpas {minimum} kanan', en: 'must be at least {minimum}' },
  too_small_number_exclusive: { es: 'debe ser mayor que {minimum}', qu: '{minimum}-manta aswan kanan', en: 'must be greater than {minimum}' },
  too_big_number: { es: 'debe ser como máximo {maximum}', qu: 'aswanpas {maximum} kanan', en: 'must be at most {maximum}' },
  too_big_number_exclusive: { es: 'debe ser menor que {maximum}', qu: '{maximum}-manta aslla kanan', en: 'must be less than {maximum}' },
  invalid_format: {
    es: 'no tiene el formato esperado ({format})',
    qu: 'mana munasqa hinachu qillqasqa ({format})',
    en: 'does not have the expected format ({format})',
  },
  invalid_format_plain: { es: 'no tiene el formato esperado', qu: 'mana munasqa hinachu qillqasqa', en: 'does not have the expected format' },
  invalid_value: { es: 'debe ser uno de: {values}', qu: 'kaykunamanta huknin kanan: {values}', en: 'must be one of: {values}' },
  not_multiple_of: { es: 'debe ser múltiplo de {divisor}', qu: '{divisor}-pa miraynin kanan', en: 'must be a multiple of {divisor}' },
  unrecognized_keys: { es: 'campos desconocidos: {keys}', qu: 'mana riqsisqa willakuykuna: {keys}', en: 'unknown fields: {keys}' },
  invalid_union: { es: 'no corresponde a ninguna de las formas aceptadas', qu: 'mana chaskisqa hinachu', en: 'matches none of the accepted shapes' },
  invalid_text: {
    es: 'contiene un sustituto UTF-16 sin pareja (no es texto Unicode válido)',
    qu: 'mana allin Unicode qillqachu (UTF-16 sapan kaq)',
    en: 'contains an unpaired UTF-16 surrogate (not valid Unicode text)',
  },
  too_deep: { es: 'anida más de {depth} niveles', qu: '{depth}-manta aswan ukhukamam', en: 'nests deeper than {depth} levels' },
  unknown_parameter: {
    es: 'no es un parámetro de esta operación ({accepted})',
    qu: 'kay ruwaypaq mana parámetrochu ({accepted})',
    en: 'is not a parameter of this operation ({accepted})',
  },
});

const ZOD_ISSUE_CODES = new Set([
  'invalid_type',
  'too_small',
  'too_big',
  'invalid_format',
  'invalid_value',
  'not_multiple_of',
  'unrecognized_keys',
  'invalid_union',
  'invalid_key',
  'invalid_element',
  'custom',
]);
/** How zod's own English messages begin (the ones we say in every language). */
const ZOD_DEFAULT_WORDING = /^(Invalid |Too big|Too small|Unrecognized key|Number must)/;

const list = (value: unknown) => (Array.isArray(value) ? value.map(String).join(', ') : String(value ?? ''));

/** A field issue said in the locale's language: its catalog message, its zod issue code with its values, or (custom checks not yet in a catalog) as written. */
export function fieldMessage(issue: FieldIssue, locale: Locale): string {
  if (issue.msg) return renderText(issue.msg.texts, issue.msg.params, locale);
  const registered = fieldTextsOf(issue.message);
  if (registered) return renderText(registered, {}, locale);
  // A message a schema wrote itself (not zod's own wording) is kept as written until it is in a catalog.
  if (issue.code && ZOD_ISSUE_CODES.has(issue.code) && !ZOD_DEFAULT_WORDING.test(issue.message)) return issue.message;
  const p = issue.params ?? {};
  const say = (key: keyof typeof FIELD_MESSAGES, params: Record<string, string> = {}) => renderText(FIELD_MESSAGES[key], params, locale);
  switch (issue.code) {
    case 'invalid_type': {
      if (p.missing) return say('required');
      const expected = TYPE_NAMES[String(p.expected)];
      return say('invalid_type', { expected: expected ? renderText(expected, {}, locale) : String(p.expected) });
    }
    case 'too_small':
    case 'too_big': {
      const bound = issue.code === 'too_small' ? 'minimum' : 'maximum';
      const origin = p.origin === 'string' || p.origin === 'array' ? p.origin : 'number';
      const exclusive = origin === 'number' && p.inclusive === false ? '_exclusive' : '';
      return say(`${issue.code}_${origin}${exclusive}` as keyof typeof FIELD_MESSAGES, { [bound]: String(p[bound]) });
    }
    case 'invalid_format':
      return p.format && p.format !== 'regex' ? say('invalid_format', { format: String(p.format) }) : say('invalid_format_plain');
    case 'invalid_value':
      return say('invalid_value', { values: list(p.values) });
    case 'not_multiple_of':
      return say('not_multiple_of', { divisor: String(p.divisor) });
    case 'unrecognized_keys':
      return say('unrecognized_keys', { keys: list(p.keys) });
    case 'invalid_union':
      return say('invalid_union');
    case 'unknown_parameter':
      return say('unknown_parameter', { accepted: String(p.accepted ?? '') });
    default:
      return issue.message;
  }
}
