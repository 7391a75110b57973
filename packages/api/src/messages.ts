import { defineMessages } from '@ayni/core';

/**
 * What the platform routes say to people, in Spanish, Southern Quechua (Cusco-Collao, terms as in
 * docs/glossary-qu.md; still to be reviewed by a native speaker) and English.
 */
export const MESSAGES = defineMessages({
  'api.unknown-problem-code': {
    es: 'Ningún problema tiene el código {code}; consulta /problems.',
    qu: '{code} código-yuq problemaqa mana kanchu; /problems qhaway.',
    en: 'No problem has the code {code}; see /problems.',
  },
});
