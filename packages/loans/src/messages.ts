import { defineMessages, type Message, type MessageParams, type MessageTexts, registerFieldTexts } from '@ayni/core';

/**
 * The loans domain's catalog: the details of its errors, the field messages its schemas write, and
 * the words (a loan's state, a lifecycle action, a journal entry's kind) said in each language.
 * Quechua: Southern Quechua, Cusco-Collao, terms as in docs/glossary-qu.md; still to be reviewed by
 * a native speaker. The English texts are what the API said before it spoke other languages, but
 * for money, now written for a person (`S/ 1,200.00`) instead of in raw minor units.
 */
export const MESSAGES = defineMessages({
  'loans.illegal-transition': {
    es: 'No se puede {action} un préstamo que está {state} (solo se permite desde: {allowed}).',
    qu: 'Manukuyqa {state} kachkan: «{action}» manam atikunchu ({allowed} kaqllapim atikun).',
    en: 'Cannot {action} a loan that is {state} (allowed from: {allowed}).',
  },
  'loans.insufficient-funds': {
    es: 'El fondo tiene {available} en caja; se necesitan {needed}.',
    qu: 'Fondopi {available} qullqilla kachkan; {needed} qullqim munakun.',
    en: 'The fund holds {available} in cash; {needed} is needed.',
  },
  'loans.overpayment': {
    es: 'Pagas {amount}, pero lo máximo que se puede pagar hoy es {maxPayable}.',
    qu: '{amount} payllanki; kunanqa {maxPayable}-llatam payllayta atikun.',
    en: 'A payment of {amount} exceeds the {maxPayable} payable on this loan today; overpayments are refused.',
  },
  'loans.maker-checker.recorded': {
    es: 'Tú registraste esta solicitud: otra persona debe aprobarla (separación de funciones).',
    qu: 'Kay mañakuytaqa qammi qillqarqanki: huk runam chaskinan.',
    en: 'You recorded this application, so someone else must approve it (maker-checker).',
  },
  'loans.maker-checker.evaluated': {
    es: 'Tú evaluaste esta solicitud: otra persona debe aprobarla (separación de funciones).',
    qu: 'Kay mañakuytaqa qammi qhawarirqanki: huk runam chaskinan.',
    en: 'You evaluated this application, so someone else must approve it (maker-checker).',
  },
  'loans.maker-checker.proposed': {
    es: 'Tú propusiste esta operación: otra persona con rol de aprobador debe confirmarla (cuatro ojos).',
    qu: 'Kay ruwaytaqa qammi niwarqanki: huk chaskiq runam takyachinan (tawa ñawi).',
    en: 'You proposed this, so another fund approver must confirm it (four eyes).',
  },
  'loans.maker-checker.evaluated-loan': {
    es: 'Tú evaluaste este préstamo: otra persona con rol de aprobador debe confirmar la operación (cuatro ojos).',
    qu: 'Kay manukuytaqa qammi qhawarirqanki: huk chaskiq runam takyachinan (tawa ñawi).',
    en: 'You evaluated this loan, so another fund approver must confirm this (four eyes).',
  },
  'loans.proposal-pending': {
    es: 'Este préstamo ya tiene una propuesta de {kind} de {by} pendiente: confírmala o retírala primero.',
    qu: 'Kay manukuypiqa {by}-pa {kind} nisqanmi suyachkan: ñawpaqta takyachiy utaq qhichuy.',
    en: 'This loan already has a pending {kind} proposal by {by}: confirm or withdraw it first.',
  },
  'loans.no-pending-proposal': {
    es: 'Este préstamo no tiene ninguna propuesta de {kind} pendiente.',
    qu: 'Kay manukuypiqa manam {kind} nisqa suyachkanchu.',
    en: 'This loan has no pending {kind} proposal.',
  },
  'loans.worklist.summary': {
    es: '{association}: {days} días de atraso; vencido {overdue} (capital {principal}, interés {interest}, moras {penalties}).',
    qu: '{association}: {days} p’unchawmi qhipasqa; {overdue} manu payllanapaq (capital {principal}, interés {interest}, mora {penalties}).',
    en: '{association}: {days} days late; {overdue} overdue (principal {principal}, interest {interest}, penalties {penalties}).',
  },
  'loans.worklist.next-installment': {
    es: 'Próxima cuota: {amount} el {dueDate}.',
    qu: 'Qatiq cuota: {amount}, {dueDate} p’unchawpi.',
    en: 'Next installment: {amount} on {dueDate}.',
  },
  'loans.override-needs-reason': {
    es: 'La evaluación recomendó rechazar: para aprobar, escribe el motivo.',
    qu: 'Qhawariyqa «mana chaskiy» nirqan: chaskinaykipaqqa imarayku chaskisqaykita qillqay.',
    en: 'The evaluation recommended rejecting: approving needs a written reason.',
  },
  'loans.approval-needs-evaluation': {
    es: 'Un oficial del fondo debe evaluar la solicitud antes de aprobarla.',
    qu: 'Ñawpaqta fondoq oficialnin mañakuyta qhawarinan; chaymantañam chaskikunman.',
    en: 'The application must be evaluated by a fund officer before it is approved.',
  },
  'loans.loan-id-taken': {
    es: 'Ya existe un préstamo con el id {loanId}.',
    qu: '{loanId} id-yuq manukuyqa ñam kanña.',
    en: 'A loan with id {loanId} exists already.',
  },
  'loans.loan-not-found': {
    es: 'Aquí no hay ningún préstamo {loanId}.',
    qu: 'Kaypiqa {loanId} manukuyqa mana tarikunchu.',
    en: 'No loan {loanId} here.',
  },
  'loans.fund-not-found': {
    es: 'No hay ningún fondo {fundId}.',
    qu: '{fundId} fondoqa mana tarikunchu.',
    en: 'No fund organisation {fundId}.',
  },
  'loans.association-not-found': {
    es: 'No hay ninguna asociación activa {orgId}.',
    qu: '{orgId} huñunakuyqa mana tarikunchu, utaq manañam llamk’anchu.',
    en: 'No active association organisation {orgId}.',
  },
  'loans.entry-not-found': {
    es: 'Este fondo no tiene ningún asiento {entryId} con fecha valor {valueDate} (indica la fecha valor del asiento original).',
    qu: 'Kay fondopiqa {entryId} asientoqa {valueDate} p’unchawniyuq mana tarikunchu (ñawpaq asientoq p’unchawninta niway).',
    en: "No journal entry {entryId} with value date {valueDate} in this fund (give the original entry's value date).",
  },
  'loans.not-an-association': {
    es: '{orgId} no es una asociación de productores activa (la prestataria)',
    qu: '{orgId} manam llamk’aq huñunakuychu (manukuq)',
    en: '{orgId} is not an active producer association (the borrower)',
  },
  'loans.not-a-fund': {
    es: '{orgId} no es un fondo activo (el prestamista)',
    qu: '{orgId} manam llamk’aq fondochu (manuq)',
    en: '{orgId} is not an active fund organisation (the lender)',
  },
  'loans.busy': {
    es: 'El fondo está ocupado con otros cambios a la vez; vuelve a intentarlo en un momento.',
    qu: 'Fondoqa llamk’aypi kachkan; huk ratumanta wakmanta kachamuy.',
    en: 'The fund is busy with concurrent changes; retry shortly.',
  },
  'loans.already-reversed': {
    es: 'El asiento {entryId} ya fue revertido.',
    qu: '{entryId} asientoqa ñam kutichisqaña.',
    en: 'Journal entry {entryId} has already been reversed.',
  },
  'loans.only-capital-reversed': {
    es: 'Así solo se revierten los aportes de capital; {entryId} es un asiento de {kind}.',
    qu: 'Kayhinaqa capital qusqallatam kutichikun; {entryId} asientoqa {kind}mi.',
    en: 'Only capital contributions are reversed this way; {entryId} is a {kind} entry.',
  },
  'loans.value-date-in-future': {
    es: 'La fecha valor {date} está en el futuro (hoy es {today}).',
    qu: '{date} p’unchawqa manaraq chayamunchu (kunan {today}).',
    en: 'The value date {date} is in the future (today is {today}).',
  },
  'loans.value-date-before-last-movement': {
    es: 'La fecha valor {valueDate} es anterior al último movimiento de este préstamo ({earliest}).',
    qu: '{valueDate} p’unchawqa kay manukuypa qhipa kuyuyninmanta ñawpaqmi ({earliest}).',
    en: "The value date {valueDate} is before this loan's last movement ({earliest}).",
  },
  'loans.as-of-in-future': {
    es: 'asOf {date} está en el futuro.',
    qu: 'asOf {date} p’unchawqa manaraq chayamunchu.',
    en: 'asOf {date} is in the future.',
  },
  'loans.no-principal-to-write-off': {
    es: 'El préstamo no tiene capital pendiente que castigar.',
    qu: 'Manukuypiqa manam capital manusqa kanchu pampachanapaq.',
    en: 'The loan has no principal outstanding to write off.',
  },
  'loans.no-principal-to-restructure': {
    es: 'El préstamo no tiene capital pendiente que reestructurar.',
    qu: 'Manukuypiqa manam capital manusqa kanchu musuqmanta churanapaq.',
    en: 'The loan has no principal outstanding to restructure.',
  },
  'loans.export.range-too-long': {
    es: 'el rango de fechas valor puede abarcar como máximo {maxDays} días (este abarca {days}); pide la exportación por partes',
    qu: 'p’unchawkunaqa {maxDays} p’unchawllatam hunt’anan (kayqa {days} p’unchawmi); t’aqa t’aqata mañakuy',
    en: 'the value-date range may span at most {maxDays} days (this one spans {days}); export it in parts',
  },
  'loans.export.range-reversed': {
    es: 'debe ser la misma fecha que from ({from}) o posterior',
    qu: 'from ({from}) p’unchawlla utaq qhipanpi kanan',
    en: 'must be on or after from ({from})',
  },
});

/** Field messages the loans schemas write; registered so they are said in the reader's language. */
export const FIELD_TEXTS = defineMessages({
  'loans.field.loan-id': {
    es: 'debe ser un id de préstamo (loan_ + 26 caracteres)',
    qu: 'manukuypa id-nin kanan (loan_ + 26 sanampa)',
    en: 'must be a loan id (loan_ + 26 characters)',
  },
  'loans.field.entry-id': { es: 'debe ser un id de asiento contable', qu: 'asientopa id-nin kanan', en: 'must be a journal entry id' },
  'loans.field.calendar-date': {
    es: 'debe ser una fecha del calendario AAAA-MM-DD',
    qu: 'p’unchaw kanan, AAAA-MM-DD hina',
    en: 'must be a calendar date YYYY-MM-DD',
  },
  'loans.field.min-one-minor-unit': { es: 'debe ser al menos 1 céntimo', qu: 'aschallanpas 1 céntimo kanan', en: 'must be at least 1 minor unit' },
  'loans.field.grace-leaves-amortising': {
    es: 'la gracia debe dejar al menos una cuota que amortice capital',
    qu: 'gracia nisqaqa aschallanpas huk cuotata saqinan, capitalta payllanapaq',
    en: 'grace must leave at least one amortising installment',
  },
  'loans.field.allocation-order-once-each': {
    es: 'debe nombrar penalty, interest y principal una vez cada uno',
    qu: 'penalty, interest, principal nisqakunata sapankata huk kutilla sutichanan',
    en: 'must name penalty, interest and principal once each',
  },
});
registerFieldTexts(FIELD_TEXTS);

/**
 * Words said in each language that messages are made of. Their English is the code itself, as the
 * English details always wrote it (clients read the code from the problem's extensions too).
 */
export const WORDS = {
  /** A loan's state, after "que está" / "{state} kachkan" / "that is". */
  state: defineMessages({
    submitted: { es: 'en solicitud', qu: 'mañakuypi', en: 'submitted' },
    approved: { es: 'aprobado', qu: 'chaskisqa', en: 'approved' },
    rejected: { es: 'rechazado', qu: 'mana chaskisqa', en: 'rejected' },
    withdrawn: { es: 'retirado', qu: 'saqisqa', en: 'withdrawn' },
    active: { es: 'vigente', qu: 'kawsaq', en: 'active' },
    in_arrears: { es: 'en mora', qu: 'qhipasqa', en: 'in_arrears' },
    closed_repaid: { es: 'pagado por completo', qu: 'llapan payllasqa', en: 'closed_repaid' },
    written_off: { es: 'castigado', qu: 'pampachasqa', en: 'written_off' },
    restructured: { es: 'reestructurado', qu: 'musuqmanta churasqa', en: 'restructured' },
  }),
  /** A lifecycle action, as a verb: "No se puede {action}" / "«{action}» manam atikunchu" / "Cannot {action}". */
  action: defineMessages({
    evaluate: { es: 'evaluar', qu: 'qhawariy', en: 'evaluate' },
    approve: { es: 'aprobar', qu: 'chaskiy', en: 'approve' },
    reject: { es: 'rechazar', qu: 'mana chaskiy', en: 'reject' },
    withdraw: { es: 'retirar', qu: 'saqiy', en: 'withdraw' },
    disburse: { es: 'desembolsar', qu: 'qullqi quy', en: 'disburse' },
    repay: { es: 'pagar', qu: 'payllay', en: 'repay' },
    'write off': { es: 'castigar', qu: 'pampachay', en: 'write off' },
    restructure: { es: 'reestructurar', qu: 'musuqmanta churay', en: 'restructure' },
  }),
  /** What a proposal waiting for a second approver would do: "una propuesta de {kind}" / "{kind} nisqa" / "a {kind} proposal". */
  proposal: defineMessages({
    write_off: { es: 'castigo', qu: 'pampachay', en: 'write-off' },
    restructure: { es: 'reestructuración', qu: 'musuqmanta churay', en: 'restructuring' },
  }),
  /** A journal entry's kind: "un asiento de {kind}" / "asientoqa {kind}mi" / "a {kind} entry". */
  entryKind: defineMessages({
    capital: { es: 'aporte de capital', qu: 'capital qusqa', en: 'capital' },
    disbursement: { es: 'desembolso', qu: 'qullqi qusqa', en: 'disbursement' },
    repayment: { es: 'pago', qu: 'payllasqa', en: 'repayment' },
    recovery: { es: 'recuperación', qu: 'kutimuq qullqi', en: 'recovery' },
    write_off: { es: 'castigo', qu: 'pampachasqa', en: 'write_off' },
    restructure: { es: 'reestructuración', qu: 'musuqmanta churasqa', en: 'restructure' },
    reversal: { es: 'reversión', qu: 'kutichisqa', en: 'reversal' },
  }),
} as const;

type Words = Readonly<Record<string, MessageTexts>>;

/** The word for `code` (the code itself in every language when the list lacks it). */
export function wordOf(words: Words, code: string): MessageTexts {
  return words[code] ?? { es: code, qu: code, en: code };
}

/** Several words of a list, joined with ", " in each language. */
export function wordsOf(words: Words, codes: readonly string[]): MessageTexts {
  const said = codes.map((code) => wordOf(words, code));
  return { es: said.map((w) => w.es).join(', '), qu: said.map((w) => w.qu ?? w.es).join(', '), en: said.map((w) => w.en).join(', ') };
}

const fill = (template: string, words: Readonly<Record<string, MessageTexts>>, lang: 'es' | 'qu' | 'en') =>
  template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const word = words[name];
    return word ? (lang === 'qu' ? (word.qu ?? word.es) : word[lang]) : whole;
  });

/**
 * A message of MESSAGES whose `words` are said in each language (a state, an action): they are
 * filled into each language's text first, then `params` as any message's.
 */
export function messageWithWords(key: keyof typeof MESSAGES, words: Readonly<Record<string, MessageTexts>>, params: MessageParams = {}): Message {
  const texts: MessageTexts = MESSAGES[key];
  return {
    key,
    texts: { es: fill(texts.es, words, 'es'), qu: fill(texts.qu ?? texts.es, words, 'qu'), en: fill(texts.en, words, 'en') },
    params,
  };
}

/**
 * Column headers of the CSV exports (packages/loans/src/service/exports.ts): Spanish by default,
 * English for `?lang=en` / `Accept-Language: en`. Quechua falls back to the Spanish headers: the
 * spreadsheets the funds keep are in Spanish, and the column terms have no reviewed Quechua yet
 * (docs/glossary-qu.md), so a Quechua reader gets the same headers as a Spanish one.
 */
const column = (es: string, en: string) => ({ es, qu: es, en });
export const EXPORT_COLUMNS = defineMessages({
  valueDate: column('fecha valor', 'value date'),
  entryId: column('asiento', 'entry id'),
  kind: column('tipo', 'kind'),
  memo: column('glosa', 'memo'),
  donor: column('donante', 'donor'),
  account: column('cuenta', 'account'),
  debit: column('debe', 'debit'),
  credit: column('haber', 'credit'),
  currency: column('moneda', 'currency'),
  loanId: column('préstamo', 'loan id'),
  associationId: column('id asociación', 'association id'),
  associationName: column('asociación', 'association'),
  status: column('estado', 'status'),
  amountRequested: column('monto solicitado', 'amount requested'),
  principal: column('capital desembolsado', 'principal'),
  principalOutstanding: column('saldo de capital', 'principal outstanding'),
  principalRepaid: column('capital pagado', 'principal repaid'),
  interestPaid: column('interés pagado', 'interest paid'),
  penaltyPaid: column('moras pagadas', 'penalties paid'),
  writtenOff: column('castigado', 'written off'),
  recovered: column('recuperado', 'recovered'),
  daysPastDue: column('días de atraso', 'days past due'),
  disbursedOn: column('fecha de desembolso', 'disbursed on'),
  nextDueDate: column('próximo vencimiento', 'next due date'),
  nextDueAmount: column('monto próxima cuota', 'next installment amount'),
  closedOn: column('fecha de cierre', 'closed on'),
  createdAt: column('registrado el', 'recorded at'),
});
