import { defineMessages } from '@ayni/core';

/**
 * What the store says to people: details of its errors and field messages of its cursors, in
 * Spanish, Southern Quechua (Cusco-Collao, terms as in docs/glossary-qu.md; still to be reviewed by
 * a native speaker) and English.
 */
export const MESSAGES = defineMessages({
  'store.transaction-contended': {
    es: 'Demasiados cambios a la vez en los mismos datos; vuelve a intentarlo en un momento.',
    qu: 'Kikin willakuykunapi nisyu cambiokuna kuska; huk ratumanta wakmanta kachamuy.',
    en: 'Too many concurrent changes to the same items; retry shortly.',
  },
  'store.database-unavailable': {
    es: 'La base de datos no respondió a tiempo; vuelve a intentarlo en un momento.',
    qu: 'Willakuy waqaychanaqa mana pachallanpi kutichirqanchu; huk ratumanta wakmanta kachamuy.',
    en: 'The database did not answer in time; retry shortly.',
  },
  'store.idempotency-key-reused': {
    es: 'Esta Idempotency-Key ya se usó con otro cuerpo de solicitud u otra ruta.',
    qu: 'Kay Idempotency-Key-qa ñam huk mañakuywan utaq huk ñanwan llamk’achisqaña.',
    en: 'This Idempotency-Key was already used with a different request body or route.',
  },
  'store.cursor-not-issued': {
    es: 'no es un cursor que esta API haya dado para este listado',
    qu: 'manam kay API-q kay listapaq qusqan cursorchu',
    en: 'is not a cursor this API issued for this listing',
  },
  'store.cursor-other-listing': {
    es: 'no pertenece a este listado',
    qu: 'manam kay listapachu',
    en: 'does not belong to this listing',
  },
});
