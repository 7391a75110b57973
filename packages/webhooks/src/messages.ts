import { defineMessages, registerFieldTexts } from '@ayni/core';

/**
 * The webhooks domain's catalog. Quechua: Southern Quechua, Cusco-Collao, technical words kept in
 * Spanish as the glossary does (docs/glossary-qu.md); still to be reviewed by a native speaker.
 */
export const MESSAGES = defineMessages({
  'webhooks.endpoint-not-found': {
    es: 'No hay un endpoint de webhook {endpointId} en esta organización.',
    qu: 'Kay organizacionpiqa manam {endpointId} webhook endpointqa kanchu.',
    en: 'There is no webhook endpoint {endpointId} in this organisation.',
  },
  'webhooks.delivery-not-found': {
    es: 'El endpoint {endpointId} no tiene una entrega del evento {eventId} (las entregas se guardan 30 días).',
    qu: '{endpointId} endpointqa manam {eventId} eventopa apachisqanta hap’inchu (apachisqakunaqa 30 p’unchawllam waqaychakun).',
    en: 'Endpoint {endpointId} has no delivery of event {eventId} (deliveries are kept for 30 days).',
  },
  'webhooks.delivery-in-progress': {
    es: 'La entrega del evento {eventId} todavía está en curso: espera a que termine para volver a enviarla.',
    qu: '{eventId} eventopa apachisqanqa manaraqmi tukukunchu: tukukunankama suyay.',
    en: 'The delivery of event {eventId} is still in progress: wait for it to end before redelivering it.',
  },
  'webhooks.endpoint-limit': {
    es: 'Esta organización ya tiene {max} endpoints de webhook, el máximo.',
    qu: 'Kay organizacionqa ñam {max} webhook endpointkunata hap’in, aswan askhataqa manam.',
    en: 'This organisation already has {max} webhook endpoints, the most it may have.',
  },
  'webhooks.endpoint-changed': {
    es: 'El endpoint cambió mientras se guardaba tu cambio: vuelve a leerlo e inténtalo de nuevo.',
    qu: 'Endpointqa huk runaq kamachisqanwan t’ikrakurqan: wakmanta ñawinchay, hinaspa wakmanta ruway.',
    en: 'The endpoint changed while your change was being saved: read it again and retry.',
  },
  'webhooks.endpoint-disabled': {
    es: 'El endpoint está desactivado: actívalo (enabled: true) para enviarle eventos.',
    qu: 'Endpointqa wañuchisqam kachkan: kawsachiy (enabled: true) eventokunata apachinapaq.',
    en: 'The endpoint is disabled: enable it (enabled: true) to send it events.',
  },
});

/** Field messages of the webhooks schemas, said in the reader's language. */
export const FIELD_TEXTS = defineMessages({
  'webhooks.field.https': {
    es: 'debe ser una dirección https:// pública (sin usuario ni contraseña)',
    qu: 'llapanpaq https:// dirección kanan (mana usuarioyuq, mana contraseñayuq)',
    en: 'must be a public https:// address (without user or password)',
  },
  'webhooks.field.public-address': {
    es: 'no puede ser una dirección privada, local, de enlace local ni de metadatos',
    qu: 'manam privada, local, enlace local, metadatos direcciónchu kanan',
    en: 'must not be a private, loopback, link-local or metadata address',
  },
  'webhooks.field.replay-range': {
    es: 'el rango debe empezar antes de terminar (from antes que to, y to es ahora si falta)',
    qu: 'rangoqa manaraq tukukuchkaspa qallarinan (from to nisqamanta ñawpaqta, to mana kaqtinqa kunanmi)',
    en: 'the range must start before it ends (from before to; to is now when absent)',
  },
  'webhooks.field.event-types-unique': {
    es: 'cada tipo de evento debe aparecer una sola vez',
    qu: 'sapanka evento layaqa huk kutillam kanan',
    en: 'each event type must appear once',
  },
});
registerFieldTexts(FIELD_TEXTS);
