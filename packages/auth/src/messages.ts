import { defineMessages } from '@ayni/core';

/**
 * What authentication and access checks say to people (401/403 details), in Spanish, Southern
 * Quechua (Cusco-Collao, terms as in docs/glossary-qu.md; still to be reviewed by a native speaker)
 * and English.
 */
export const MESSAGES = defineMessages({
  'auth.bearer-header-malformed': {
    es: 'La cabecera Authorization debe ser "Bearer <token>".',
    qu: 'Authorization umaqa "Bearer <token>" kanan.',
    en: 'The Authorization header must be "Bearer <token>".',
  },
  'auth.token-required': {
    es: 'Esta ruta necesita un token bearer.',
    qu: 'Kay ñanpaqqa bearer token kananpunim.',
    en: 'A bearer token is required for this route.',
  },
  'auth.role-required': {
    es: 'Esta ruta necesita uno de estos roles: {roles}.',
    qu: 'Kay ñanqa kay rolkunamanta hukninta munan: {roles}.',
    en: 'This route needs one of the roles: {roles}.',
  },
  'auth.own-organisation-only': {
    es: 'Solo puedes actuar por tu propia organización.',
    qu: 'Organizacióniykipaqllam ruwayta atinki.',
    en: 'You may only act for your own organisation.',
  },
  'auth.token-no-subject': {
    es: 'El token no tiene sujeto (sub).',
    qu: 'Tokenqa mana sujetoyuqchu (sub).',
    en: 'The token has no subject.',
  },
  'auth.token-expired': {
    es: 'El token ha caducado.',
    qu: 'Tokenpa pachanqa tukukunñam.',
    en: 'The token has expired.',
  },
  'auth.claim-not-accepted': {
    es: 'No se acepta el claim "{claim}" del token.',
    qu: 'Tokenpa "{claim}" claim-ninqa mana chaskisqachu.',
    en: 'The token\'s "{claim}" claim is not accepted.',
  },
  'auth.signature-invalid': {
    es: 'La firma del token no es válida.',
    qu: 'Tokenpa firmanqa mana allinchu.',
    en: 'The token signature is not valid.',
  },
  'auth.token-untrusted': {
    es: 'El token está mal formado o no lo firmó una clave de confianza.',
    qu: 'Tokenqa mana allin ruwasqachu, utaq mana confiasqa llavewan firmasqachu.',
    en: 'The token is malformed or not signed by a trusted key.',
  },
});
