import { defineMessages, registerFieldTexts } from '@ayni/core';

/**
 * What the provenance API says to people (error details and field messages; the public page has its
 * own texts in pages/i18n.ts), in Spanish, Southern Quechua (Cusco-Collao, terms as in
 * docs/glossary-qu.md; still to be reviewed by a native speaker) and English.
 */
export const MESSAGES = defineMessages({
  'provenance.lot-not-found': { es: 'No existe el lote {lotId}.', qu: '{lotId} loteqa mana tarikunchu.', en: 'No lot {lotId}.' },
  'provenance.event-already-recorded': {
    es: 'Este evento ya fue registrado.',
    qu: 'Kay eventoqa ñam qillqasqaña.',
    en: 'This event was already recorded.',
  },
  'provenance.event-in-other-batch': {
    es: 'el evento {ref} pertenece a otra tanda de anclaje',
    qu: '{ref} eventoqa huk anclaje tandapam',
    en: 'event {ref} belongs to another batch',
  },
  'provenance.no-lot-with-gtin-and-code': {
    es: 'Ningún lote tiene el GTIN {gtin} y el número de lote {lotCode}.',
    qu: '{gtin} GTIN-yuq, {lotCode} lote número-yuq loteqa mana tarikunchu.',
    en: 'No lot has GTIN {gtin} and batch/lot number {lotCode}.',
  },
  'provenance.lot-not-of-gtin': {
    es: 'No hay un lote {lotId} con el GTIN {gtin}.',
    qu: '{gtin} GTIN-yuq {lotId} loteqa mana tarikunchu.',
    en: 'No lot {lotId} has GTIN {gtin}.',
  },
  'provenance.no-product-with-gtin': {
    es: 'Ningún producto tiene el GTIN {gtin}.',
    qu: '{gtin} GTIN-yuq ruruqa mana tarikunchu.',
    en: 'No product has GTIN {gtin}.',
  },
  'provenance.lot-sealed': {
    es: 'El lote {lot} quedó sellado con su evento {seq}: su historia está completa y ya no se puede registrar nada más en él.',
    qu: '{lot} loteqa {seq} eventonwan wichqasqañam: willakuyninqa hunt’asqañam, manañam imatapas qillqayta atikunchu.',
    en: 'Lot {lot} was sealed by its event {seq}: its story is complete and nothing more can be recorded on it.',
  },
  'provenance.lot-contended': {
    es: 'Se están registrando demasiados eventos a la vez en el lote {lot}; vuelve a intentarlo en un momento.',
    qu: '{lot} lotepi nisyu eventokuna kuska qillqakuchkan; huk ratumanta wakmanta kachamuy.',
    en: 'Too many events are being recorded on lot {lot} at once; retry shortly.',
  },
  'provenance.epcis-query-too-broad': {
    es: 'MATCH_anyEPCClass es obligatorio (o MATCH_epc), salvo que preguntes como asociación con un token bearer: nombra un lote o producto por su clase EPC (GS1 Digital Link o URN EPC, p. ej. https://id.gs1.org/01/07751234000016/10/QA-118)',
    qu: 'MATCH_anyEPCClass (utaq MATCH_epc) kananpunim, huñunakuy hina bearer tokenwan tapukuspaqa manam: lotetapas rurutapas EPC clase-ninwan sutichay (GS1 Digital Link utaq EPC URN, kayhina: https://id.gs1.org/01/07751234000016/10/QA-118)',
    en: 'MATCH_anyEPCClass is required (or MATCH_epc) unless you ask as an association with a bearer token: name a lot or product by its EPC class (GS1 Digital Link or EPC URN, e.g. https://id.gs1.org/01/07751234000016/10/QA-118)',
  },
  // Field messages of checks the service makes (errors[].message).
  'provenance.event-time-in-future': { es: 'no debe estar en el futuro', qu: 'manam hamuq pachapi kananchu', en: 'must not be in the future' },
  'provenance.not-a-member': {
    es: 'no es miembro de esta asociación (no se puede nombrar a miembros de otras asociaciones)',
    qu: 'manam kay huñunakuypa miembronchu (huk huñunakuykunapa miembronkunataqa manam sutichayta atikunchu)',
    en: 'is not a member of this association (members of other associations cannot be named)',
  },
  'provenance.own-input': {
    es: 'un lote no puede ser su propio insumo',
    qu: 'huk loteqa manam kikinpa insumon kayta atinchu',
    en: 'a lot cannot be its own input',
  },
  'provenance.input-repeated': {
    es: 'ya es el insumo {first}: indica cada lote de insumo una sola vez, con toda su cantidad',
    qu: 'ñam {first} insumoña: sapa insumo loteta huk kutilla churay, llapan hayk’anwan',
    en: 'is already input {first}: give each input lot once, with its whole quantity',
  },
  'provenance.unknown-lot': { es: 'no es un lote conocido', qu: 'manam riqsisqa lotechu', en: 'is not a known lot' },
  'provenance.foreign-lot-not-shipped': {
    es: 'es un lote de otra organización que no se envió a la tuya: primero su productor registra un evento de envío (shipping) de ese lote con shipment.buyerId = tu organización',
    qu: 'huk organizaciónpa lotenmi, manam qampaman haypachisqachu: ñawpaqta ruraqnin chay lotepa shipping eventonta qillqan, shipment.buyerId = organizacióniyki nispa',
    en: 'is another organisation’s lot that was not shipped to yours: its producer records a shipping event of it with shipment.buyerId = your organisation first',
  },
  'provenance.unknown-organisation': { es: 'no es una organización conocida', qu: 'manam riqsisqa organizaciónchu', en: 'is not a known organisation' },
  'provenance.not-a-receiver': {
    es: 'es {kind}, no un comprador ni una asociación',
    qu: '{kind}-mi, manam rantiqchu nitaq huñunakuychu',
    en: 'is a {kind}, not a buyer or an association',
  },
  'provenance.not-an-event-of-lot': { es: 'no es un evento de este lote', qu: 'manam kay lotepa eventonchu', en: 'is not an event of this lot' },
  'provenance.required-for-type': {
    es: 'es obligatorio para un evento {type}',
    qu: '{type} eventopaqqa kananpunim',
    en: 'is required for a {type} event',
  },
  // EPCIS query parameters.
  'provenance.epcis-too-many-values': {
    es: 'indica {count} valores; como máximo {max} (separados por |)',
    qu: '{count} valorkunata nin; aswanpas {max}-lla (| nisqawan t’aqasqa)',
    en: 'names {count} values; at most {max} (separated by |)',
  },
  'provenance.epcis-value-empty': { es: 'el valor {n} ({value}) está vacío', qu: '{n} valor ({value}) ch’usaqmi', en: 'value {n} ({value}) is empty' },
  'provenance.epcis-value-not-bizstep': {
    es: 'el valor {n} ({value}) no es un paso de negocio CBV ni una URI',
    qu: '{n} valor ({value}) manam CBV paso de negociochu nitaq URI-chu',
    en: 'value {n} ({value}) is neither a CBV business step nor a URI',
  },
  'provenance.epcis-value-not-epc': {
    es: 'el valor {n} ({value}) no es una URI EPC ni de clase EPC de un lote o producto (GS1 Digital Link /01/{gtin}[/10/{lot}], urn:epc:class:lgtin:…, urn:epc:idpat:sgtin:….*, o {baseUrl}/v1/lots/{lotId})',
    qu: '{n} valor ({value}) manam lotepa utaq rurupa EPC URI-nchu nitaq EPC clase URI-nchu (GS1 Digital Link /01/{gtin}[/10/{lot}], urn:epc:class:lgtin:…, urn:epc:idpat:sgtin:….*, utaq {baseUrl}/v1/lots/{lotId})',
    en: 'value {n} ({value}) is not an EPC or EPC class URI of a lot or product (GS1 Digital Link /01/{gtin}[/10/{lot}], urn:epc:class:lgtin:…, urn:epc:idpat:sgtin:….*, or {baseUrl}/v1/lots/{lotId})',
  },
  'provenance.epcis-time-order': { es: 'debe ser posterior a GE_eventTime', qu: 'GE_eventTime-manta qhipaman kanan', en: 'must be later than GE_eventTime' },
  'provenance.epcis-token-not-issued': {
    es: 'no es un token de página que esta API haya dado para esta consulta',
    qu: 'manam kay API-q kay tapukuypaq qusqan página tokenchu',
    en: 'is not a page token this API issued for this query',
  },
  'provenance.epcis-token-other-query': {
    es: 'pertenece a otra consulta: envía los mismos parámetros (y el token) que la página con la que llegó',
    qu: 'huk tapukuypam: kikin parámetrokunata (tokentawan) kachamuy, paywan hamuq páginapi hina',
    en: 'belongs to another query: send the same parameters (and token) as the page it came with',
  },
});

/** Field messages the provenance schemas write themselves (registered by their English text). */
export const FIELD_TEXTS = defineMessages({
  'provenance.field.not-empty': { es: 'no debe estar vacío', qu: 'manam ch’usaqchu kanan', en: 'must not be empty' },
  'provenance.field.event-id': {
    es: 'debe ser un id de evento de procedencia (pev_...)',
    qu: 'procedencia evento id kanan (pev_...)',
    en: 'must be a provenance event id (pev_...)',
  },
  'provenance.field.decimal': {
    es: 'debe ser un número decimal no negativo con 3 decimales como máximo',
    qu: 'mana negativo decimal yupay kanan, aswanpas 3 decimalniyuq',
    en: 'must be a non-negative decimal with at most 3 decimals',
  },
  'provenance.field.date-time': {
    es: 'debe ser una fecha y hora ISO 8601 con zona horaria',
    qu: 'ISO 8601 p’unchaw hora kanan, zona horarianwan',
    en: 'must be an ISO 8601 date-time with a time zone',
  },
  'provenance.field.lot-code': {
    es: 'debe ser un número de lote (GS1 AI 10) o un id de lote',
    qu: 'lote número (GS1 AI 10) utaq lote id kanan',
    en: 'must be a batch/lot number (GS1 AI 10) or a lot id',
  },
  'provenance.field.inputs-only-transformation': {
    es: 'solo los eventos de transformación tienen lotes de insumo',
    qu: 'transformación eventokunallam insumo lotekunayuq',
    en: 'only transformation events have input lots',
  },
  'provenance.field.quantity-with-unit': {
    es: 'la cantidad y la unidad van juntas',
    qu: 'hayk’awan unidadwan kuska rinku',
    en: 'quantity and unit go together',
  },
});

registerFieldTexts(FIELD_TEXTS);
