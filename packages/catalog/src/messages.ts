import { CURRENCIES, defineMessages, registerFieldTexts, UNITS } from '@ayni/core';
import { LOT_CODE_CHARACTERS, LOT_CODE_MAX_LENGTH } from './gs1.js';

/**
 * The catalog's texts, in Spanish, Southern Quechua (Cusco-Collao, terms as in docs/glossary-qu.md;
 * still to be reviewed by a native speaker) and English: `MESSAGES`, the details of its errors and
 * the field messages it builds by hand; `FIELD_TEXTS`, the field messages its schemas write, whose
 * English text is registered so the API says them in the reader's language.
 */
export const MESSAGES = defineMessages({
  'catalog.organisation-not-found': {
    es: 'No existe la organización {orgId}.',
    qu: '{orgId} organizaciónqa mana tarikunchu.',
    en: 'No organisation {orgId}.',
  },
  'catalog.association-not-found': { es: 'No existe la asociación {orgId}.', qu: '{orgId} huñunakuyqa mana tarikunchu.', en: 'No association {orgId}.' },
  'catalog.buyer-not-found': { es: 'No existe el comprador {orgId}.', qu: '{orgId} rantiqqa mana tarikunchu.', en: 'No buyer {orgId}.' },
  'catalog.fund-not-found': { es: 'No existe el fondo {orgId}.', qu: '{orgId} fondoqa mana tarikunchu.', en: 'No fund {orgId}.' },
  'catalog.not-an-active-association': {
    es: 'La organización no es una asociación activa.',
    qu: 'Kay organizaciónqa manam llamk’achkaq huñunakuychu.',
    en: 'The organisation is not an active association.',
  },
  'catalog.member-not-found': {
    es: 'No existe el socio {memberId} en esta organización.',
    qu: 'Kay organizaciónpiqa {memberId} socioqa mana tarikunchu.',
    en: 'No member {memberId} in this organisation.',
  },
  'catalog.product-not-found': {
    es: 'No existe el producto {productId} en esta organización.',
    qu: 'Kay organizaciónpiqa {productId} ruruqa mana tarikunchu.',
    en: 'No product {productId} in this organisation.',
  },
  'catalog.search-no-words': {
    es: 'Escriba al menos una palabra para buscar (se ignoran palabras como «de», «la», «the»).',
    qu: 'Maskanaykipaq huk simillatapas qillqay («de», «la», «the» hina simikunaqa mana qhawakunchu).',
    en: 'Type at least one word to search for (words such as “de”, “la”, “the” are ignored).',
  },
  'catalog.product-not-in-organisation': {
    es: 'El producto no existe en esta organización.',
    qu: 'Kay organizaciónpiqa chay ruruqa manam kanchu.',
    en: 'The product does not exist in this organisation.',
  },
  'catalog.product-not-of-organisation': {
    es: 'Ese producto no es de esta organización.',
    qu: 'Chay ruruqa manam kay organizaciónpachu.',
    en: 'That product is not of this organisation.',
  },
  'catalog.inactive-products-own-people-only': {
    es: 'Solo la gente de la asociación ve sus productos inactivos.',
    qu: 'Huñunakuypa runankunallam mana rantikuq rurunkunata rikunku.',
    en: 'Only the association’s own people see its inactive products.',
  },
  'catalog.lot-not-found': { es: 'No existe el lote {lotId}.', qu: '{lotId} loteqa mana tarikunchu.', en: 'No lot {lotId}.' },
  'catalog.lot-not-in-organisation': {
    es: 'No existe el lote {lotId} en esta organización.',
    qu: 'Kay organizaciónpiqa {lotId} loteqa mana tarikunchu.',
    en: 'No lot {lotId} in this organisation.',
  },
  'catalog.sku-taken': { es: 'El SKU {sku} ya está en uso.', qu: '{sku} SKU-qa ña llamk’achkanñam.', en: 'SKU {sku} is already used.' },
  'catalog.gtin-taken': {
    es: 'El GTIN {gtin} pertenece a otro producto: un GTIN nombra un solo producto en todas partes. Revisa el número, o quítalo primero del otro producto.',
    qu: '{gtin} GTIN-qa huk rurupaqmi: huk GTIN-qa huk rurullapaqmi maypipas. Yupayta qhaway, utaq ñawpaqta huk rurumanta qichuy.',
    en: 'GTIN {gtin} belongs to another product: a GTIN names one product everywhere. Check the number, or remove it from the other product first.',
  },
  'catalog.lot-code-taken': {
    es: 'El código de lote {code} ya lo usa otro lote del GTIN {gtin}: dale otro código a este lote.',
    qu: '{code} lote sutitaqa {gtin} GTIN-pa huk lotenmi llamk’achin: kay loteman huk sutita quy.',
    en: 'Lot code {code} is already used by another lot of GTIN {gtin}: give this lot another code.',
  },
  'catalog.lot-not-enough-available': {
    es: 'El lote no tiene disponible tanta cantidad.',
    qu: 'Loteq kaqninqa mana aypanchu.',
    en: 'The lot does not have that much available.',
  },
  'catalog.product-not-enough-stock': {
    es: 'El producto no tiene tanto stock (parte está reservada por pedidos).',
    qu: 'Ruruq kaqninqa mana aypanchu (wakinqa mañakusqakunapaq waqaychasqam).',
    en: 'The product does not have that much stock (part of it is reserved by orders).',
  },

  // If-Match naming another version (412), one per versioned resource.
  'catalog.organisation-version-changed': {
    es: 'La organización ya está en la versión {version} (ETag {etag}), no en la que indica If-Match: vuelve a leerla, aplica otra vez tu cambio y envía el nuevo ETag.',
    qu: 'Organizaciónqa kunan {version} versiónpiñam (ETag {etag}), manam If-Match nisqanpichu: wakmanta ñawinchay, cambioykita wakmanta ruway, musuq ETag-ta kachamuy.',
    en: 'The organisation is now at version {version} (ETag {etag}), not the one If-Match names: read it again, reapply your change and send the new ETag.',
  },
  'catalog.member-version-changed': {
    es: 'El socio ya está en la versión {version} (ETag {etag}), no en la que indica If-Match: vuelve a leerlo, aplica otra vez tu cambio y envía el nuevo ETag.',
    qu: 'Socioqa kunan {version} versiónpiñam (ETag {etag}), manam If-Match nisqanpichu: wakmanta ñawinchay, cambioykita wakmanta ruway, musuq ETag-ta kachamuy.',
    en: 'The member is now at version {version} (ETag {etag}), not the one If-Match names: read it again, reapply your change and send the new ETag.',
  },
  'catalog.product-version-changed': {
    es: 'El producto ya está en la versión {version} (ETag {etag}), no en la que indica If-Match: vuelve a leerlo, aplica otra vez tu cambio y envía el nuevo ETag.',
    qu: 'Ruruqa kunan {version} versiónpiñam (ETag {etag}), manam If-Match nisqanpichu: wakmanta ñawinchay, cambioykita wakmanta ruway, musuq ETag-ta kachamuy.',
    en: 'The product is now at version {version} (ETag {etag}), not the one If-Match names: read it again, reapply your change and send the new ETag.',
  },
  'catalog.lot-version-changed': {
    es: 'El lote ya está en la versión {version} (ETag {etag}), no en la que indica If-Match: vuelve a leerlo, aplica otra vez tu cambio y envía el nuevo ETag.',
    qu: 'Loteqa kunan {version} versiónpiñam (ETag {etag}), manam If-Match nisqanpichu: wakmanta ñawinchay, cambioykita wakmanta ruway, musuq ETag-ta kachamuy.',
    en: 'The lot is now at version {version} (ETag {etag}), not the one If-Match names: read it again, reapply your change and send the new ETag.',
  },

  // Too many concurrent edits (503 `contended`), one per versioned resource.
  'catalog.organisation-contended': {
    es: 'Otros están cambiando la organización en este momento; vuelve a intentarlo en un momento.',
    qu: 'Organizaciónta hukkuna kunan cambiachkanku; huk ratumanta wakmanta ruway.',
    en: 'The organisation is being changed by others right now; retry shortly.',
  },
  'catalog.member-contended': {
    es: 'Otros están cambiando el socio en este momento; vuelve a intentarlo en un momento.',
    qu: 'Sociota hukkuna kunan cambiachkanku; huk ratumanta wakmanta ruway.',
    en: 'The member is being changed by others right now; retry shortly.',
  },
  'catalog.product-contended': {
    es: 'Otros están cambiando el producto en este momento; vuelve a intentarlo en un momento.',
    qu: 'Rurutaqa hukkuna kunan cambiachkanku; huk ratumanta wakmanta ruway.',
    en: 'The product is being changed by others right now; retry shortly.',
  },
  'catalog.lot-contended': {
    es: 'Otros están cambiando el lote en este momento; vuelve a intentarlo en un momento.',
    qu: 'Loteta hukkuna kunan cambiachkanku; huk ratumanta wakmanta ruway.',
    en: 'The lot is being changed by others right now; retry shortly.',
  },
  'catalog.product-changing': {
    es: 'El producto se está cambiando en este momento; vuelve a intentarlo en un momento.',
    qu: 'Ruruqa kunan cambiachkanmi; huk ratumanta wakmanta ruway.',
    en: 'The product is being changed right now; retry shortly.',
  },

  // Field messages the services write by hand.
  'catalog.field.not-a-product-of-organisation': {
    es: 'no es un producto de esta organización',
    qu: 'manam kay organizaciónpa rurunchu',
    en: 'is not a product of this organisation',
  },
  'catalog.field.not-an-active-member': {
    es: 'no es un socio activo de esta asociación (los socios de otras asociaciones no pueden ser productores)',
    qu: 'manam kay huñunakuypa llamk’achkaq socionchu (huk huñunakuykunapa sociokunanqa manam ruraq kayta atinkuchu)',
    en: 'is not an active member of this association (members of other associations cannot be producers)',
  },
  'catalog.field.not-expressible-in-unit': {
    es: 'no se puede expresar en la unidad {unit}',
    qu: '{unit} unidadpiqa manam qillqayta atikunchu',
    en: 'is not expressible in {unit}',
  },
  'catalog.field.positive-quantity-in-unit': {
    es: 'debe ser una cantidad positiva que se pueda expresar en la unidad {unit}',
    qu: '0-manta aswan hayk’a kanan, {unit} unidadpi qillqana',
    en: 'must be a positive quantity expressible in {unit}',
  },
  'catalog.field.unit-decimals': {
    es: '{unit} admite como máximo {decimals} decimales',
    qu: '{unit} unidadqa {decimals} decimalllata chaskin',
    en: '{unit} allows at most {decimals} decimals',
  },
  'catalog.field.whole-order-multiples': {
    es: 'debe ser un número entero de múltiplos de pedido',
    qu: 'mañakusqa miraynikunapa hunt’asqa yupaynin kanan',
    en: 'must be a whole number of order multiples',
  },
  'catalog.field.lot-code-too-long-for-gtin': {
    es: 'debe tener como máximo {max} caracteres en un producto con GTIN: es el número de lote (GS1 AI 10) de su Digital Link',
    qu: 'GTIN-niyuq rurupiqa aswanpas {max} sanampayuqlla kanan: Digital Link-ninpi lote yupayninmi (GS1 AI 10)',
    en: 'must be at most {max} characters for a product with a GTIN: it is the lot’s batch/lot number (GS1 AI 10) in its Digital Link',
  },
  'catalog.field.expiry-before-production-date': {
    es: 'no debe ser anterior a la fecha de producción ({productionDate})',
    qu: 'manam ruray p’unchawmanta ({productionDate}) ñawpaqchu kanan',
    en: 'must not be before the production date ({productionDate})',
  },
});

/** The symbols a lot code may have besides letters and digits (see gs1.ts). */
const LOT_CODE_SYMBOLS = LOT_CODE_CHARACTERS.replace(/^letters, digits and /, '');

/** Field messages written in the catalog's schemas (their English text is what zod reports). */
export const FIELD_TEXTS = defineMessages({
  'catalog.not-empty': { es: 'no debe estar vacío', qu: 'manam ch’usaqchu kanan', en: 'must not be empty' },
  'catalog.not-removable': {
    es: 'es obligatorio y no se puede quitar (null solo quita campos opcionales)',
    qu: 'kananpunim, manam qichuyta atikunchu (null nisqaqa mana kananpuni willakuykunallatam qichun)',
    en: 'is required and cannot be removed (null removes only optional fields)',
  },
  'catalog.spanish-not-removable': {
    es: 'no se puede quitar: el texto en español es obligatorio (los otros idiomas se pueden quitar con null)',
    qu: 'manam qichuyta atikunchu: castellano qillqaqa kananpunim (huk simikunataqa null nisqawan qichuyta atikun)',
    en: 'cannot be removed: the Spanish text is required (other languages can be removed with null)',
  },
  'catalog.http-url': { es: 'debe ser una URL http(s)', qu: 'http(s) URL kanan', en: 'must be an http(s) URL' },
  'catalog.iso-date': { es: 'debe ser una fecha AAAA-MM-DD', qu: 'p’unchaw kanan, AAAA-MM-DD hina', en: 'must be a date YYYY-MM-DD' },
  'catalog.phone': { es: 'debe ser un número de teléfono', qu: 'teléfono yupay kanan', en: 'must be a phone number' },
  'catalog.tax-id': { es: 'debe ser un RUC/NIT de 8 a 12 dígitos', qu: '8-manta 12-kama yupayniyuq RUC/NIT kanan', en: 'must be a RUC/NIT of 8-12 digits' },
  'catalog.ruc-format': { es: 'un RUC tiene 11 dígitos', qu: 'RUCqa 11 yupayniyuqmi', en: 'a RUC has 11 digits' },
  'catalog.ruc-prefix': {
    es: 'un RUC empieza por 10, 15, 16, 17 o 20',
    qu: 'RUCqa 10, 15, 16, 17 utaq 20 yupaywan qallarin',
    en: 'a RUC starts with 10, 15, 16, 17 or 20',
  },
  'catalog.ruc-check-digit': {
    es: 'el dígito verificador de este RUC no es correcto (revisa los 11 dígitos)',
    qu: 'kay RUCpa qhawana yupaynin mana allinchu (11 yupaykunata qhawaykuy)',
    en: 'the check digit of this RUC is wrong (check the 11 digits)',
  },
  'catalog.nit-format': { es: 'un NIT tiene de 7 a 12 dígitos', qu: 'NITqa 7-manta 12-kama yupayniyuqmi', en: 'a NIT has 7 to 12 digits' },
  'catalog.tax-id-scheme': {
    es: 'en el Perú el número tributario es un RUC; en Bolivia, un NIT',
    qu: 'Perú suyupiqa RUCmi; Bolivia suyupiqa NITmi',
    en: 'in Peru the tax id is a RUC; in Bolivia, a NIT',
  },
  'catalog.tax-reason': {
    es: 'indica la base legal de la exoneración o inafectación',
    qu: 'exoneración utaq inafectación nisqapa kamachiyninta niy',
    en: 'state the legal basis of the exemption',
  },
  'catalog.at-least-one-field': {
    es: 'envía al menos un campo para cambiar',
    qu: 'aschallanpas huk willakuyta kachamuy cambianapaq',
    en: 'send at least one field to change',
  },
  'catalog.document-id': {
    es: 'debe ser un DNI/CI de 6 a 15 letras y dígitos',
    qu: '6-manta 15-kama sanampayuq DNI/CI kanan (sanampakuna, yupaykuna)',
    en: 'must be a DNI/CI of 6-15 letters and digits',
  },
  'catalog.currency': {
    es: `debe ser una de: ${CURRENCIES.join(', ')}`,
    qu: `kaykunamanta huknin kanan: ${CURRENCIES.join(', ')}`,
    en: `must be one of ${CURRENCIES.join(', ')}`,
  },
  'catalog.unit': {
    es: `debe ser una de: ${UNITS.join(', ')}`,
    qu: `kaykunamanta huknin kanan: ${UNITS.join(', ')}`,
    en: `must be one of ${UNITS.join(', ')}`,
  },
  'catalog.decimal': {
    es: 'debe ser un número decimal con 3 decimales como máximo',
    qu: 'decimal yupay kanan, aswanpas 3 decimalniyuq',
    en: 'must be a decimal with at most 3 decimals',
  },
  'catalog.non-negative-decimal': {
    es: 'debe ser un número decimal no negativo con 3 decimales como máximo',
    qu: 'mana negativo decimal yupay kanan, aswanpas 3 decimalniyuq',
    en: 'must be a non-negative decimal with at most 3 decimals',
  },
  'catalog.gtin-format': {
    es: 'debe ser un GTIN de 8, 12, 13 o 14 dígitos',
    qu: '8, 12, 13 utaq 14 yupayniyuq GTIN kanan',
    en: 'must be a GTIN of 8, 12, 13 or 14 digits',
  },
  'catalog.gtin-check-digit': { es: 'tiene un dígito de control incorrecto', qu: 'control yupayninmi mana allinchu', en: 'has a wrong check digit' },
  'catalog.minor-units': {
    es: 'debe ser un número entero de unidades menores (céntimos)',
    qu: 'céntimokunapi hunt’asqa yupay kanan',
    en: 'must be an integer number of minor units (céntimos)',
  },
  'catalog.positive': { es: 'debe ser positivo', qu: '0-manta aswan kanan', en: 'must be positive' },
  'catalog.sku': {
    es: 'debe tener de 2 a 32 letras mayúsculas, dígitos o guiones',
    qu: '2-manta 32-kama hatun sanampakuna, yupaykuna utaq guionkuna kanan',
    en: 'must be 2-32 upper-case letters, digits or dashes',
  },
  'catalog.lot-code': {
    es: `debe tener de 1 a ${LOT_CODE_MAX_LENGTH} caracteres: letras, dígitos y ${LOT_CODE_SYMBOLS}`,
    qu: `1-manta ${LOT_CODE_MAX_LENGTH}-kama sanampayuq kanan: sanampakuna, yupaykuna, ${LOT_CODE_SYMBOLS}`,
    en: `must be 1-${LOT_CODE_MAX_LENGTH} characters: ${LOT_CODE_CHARACTERS}`,
  },
  'catalog.expiry-before-production': {
    es: 'no debe ser anterior a la fecha de producción',
    qu: 'manam ruray p’unchawmanta ñawpaqchu kanan',
    en: 'must not be before the production date',
  },
  'catalog.not-zero': { es: 'no debe ser cero', qu: 'manam 0 kananchu', en: 'must not be zero' },
  'catalog.if-match': {
    es: 'debe ser * o etiquetas de entidad como las envía ETag, p. ej. "3"',
    qu: '* utaq ETag-pa kachasqan hina entity tag kanan, kayhina: "3"',
    en: 'must be * or entity tags as sent in ETag, e.g. "3"',
  },
});
registerFieldTexts(FIELD_TEXTS);
