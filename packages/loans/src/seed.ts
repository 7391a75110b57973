import type { Runtime } from '@ayni/http';
import type { TaxId } from '@ayni/core';
import { catalog, createOrganisation, OrganisationRepository } from '@ayni/catalog';
import { GetCommand, PutCommand } from '@aws-sdk/lib-dynamodb';
import { isConditionalCheckFailed, type Store } from '@ayni/store';
import { addDays, addMonths, businessDateOf, type BusinessDate } from './dates.js';
import { buildSchedule } from './schedule.js';
import { loanKeys } from './keys.js';
import type { LoanTerms } from './model.js';
import { approveApplication, evaluateApplication, submitApplication } from './service/applications.js';
import { loansContext, type Actor, type LoansContext } from './service/context.js';
import { disburseLoan } from './service/disbursement.js';
import { contributeCapital } from './service/funds.js';
import { confirmWriteOff, proposeWriteOff } from './service/lifecycle.js';
import { recordRepayment } from './service/repayments.js';

/**
 * The seed's fund staff, acting for the fund organisation `fundId`. Two approvers: a write-off is
 * proposed by one and confirmed by the other (four eyes where money leaves the book).
 */
const staff = (fundId: string): Record<'officer' | 'evaluator' | 'approver' | 'secondApprover', Actor> => ({
  officer: { sub: 'seed-oficial-credito', roles: ['fund_officer'], org: fundId },
  evaluator: { sub: 'seed-comite-evaluacion', roles: ['fund_officer'], org: fundId },
  approver: { sub: 'seed-aprobador', roles: ['fund_approver'], org: fundId },
  secondApprover: { sub: 'seed-aprobador-segundo', roles: ['fund_approver'], org: fundId },
});

/** A short story in Spanish and Southern Quechua (terms of docs/glossary-qu.md). */
interface SeedStory {
  readonly es: string;
  readonly qu: string;
}

/** The fund as a catalog organisation. */
const FUND = {
  kind: 'fund',
  name: 'Fondo FREES (Fundación Codespa)',
  country: 'PE',
  region: 'Cusco',
  province: 'Cusco',
  taxId: { scheme: 'RUC', number: '20605098127' },
  story: {
    mission: {
      es: 'Fondo rotatorio de Fundación Codespa que presta a organizaciones de productores que los bancos no atienden; lo que ellas devuelven financia los préstamos siguientes.',
      qu: 'Fundación Codespap fondonmi, bancokuna mana uyarisqan ruraq huñunakuykunaman qullqita manun; payllasqanku qullqiwanmi qhipa manukuykunata qun.',
    },
  },
} as const;

interface Place {
  readonly country: 'PE' | 'BO';
  readonly region: string;
  readonly province: string;
  readonly district?: string;
}
const quispicanchi = (district: string): Place => ({ country: 'PE', region: 'Cusco', province: 'Quispicanchi', district });
const condorcanqui = (district: string): Place => ({ country: 'PE', region: 'Amazonas', province: 'Condorcanqui', district });
const elAlto: Place = { country: 'BO', region: 'La Paz', province: 'Murillo', district: 'El Alto' };

export interface SeedFundOrganisation {
  readonly name: string;
  readonly producers: number;
  readonly purpose: string;
  readonly place: Place;
  /** What the organisation makes, in one word (cheese, maize, textiles, cacao...): what its picture shows. */
  readonly produce: string;
  /** Who the producers are (the story's `producers` section). */
  readonly story: SeedStory;
  /** RUC (Peru, with its SUNAT check digit) or NIT (Bolivia). */
  readonly taxId: TaxId;
}

/** 16 organisations grouping 1,332 producers (name and place for the ones the seed has to create). */
const ORGANISATIONS: readonly SeedFundOrganisation[] = [
  {
    name: 'Asociación Sumaq Ausangate',
    producers: 30,
    purpose: 'Tina de cuajado y prensa para queso andino',
    place: quispicanchi('Ocongate'),
    produce: 'cheese',
    taxId: { scheme: 'RUC', number: '20527184933' },
    story: {
      es: 'Treinta familias lecheras de Ocongate, al pie del Ausangate, que elaboran quesos con la leche de cada mañana.',
      qu: 'Ocongate llaqtamanta kimsa chunka ayllukuna, Ausangate apup chakinpi, sapa paqarin lichiwan kisuta ruranku.',
    },
  },
  {
    name: 'Asociación Huaroq Sara',
    producers: 11,
    purpose: 'Semilla certificada de maíz chullpi',
    place: quispicanchi('Huaro'),
    produce: 'maize',
    taxId: { scheme: 'RUC', number: '20604872155' },
    story: {
      es: 'Once agricultores de Huaro que cultivan maíz blanco gigante y maíz chullpi de semilla propia.',
      qu: 'Huaro llaqtamanta chunka hukniyuq chakra llamk’aqkuna, kikinkup muhunwan hatun yuraq sarata chullpi saratapas tarpunku.',
    },
  },
  {
    name: 'Tejedoras de Quispicanchi — Awana Wasi',
    producers: 64,
    purpose: 'Fibra de alpaca y tintes naturales',
    place: quispicanchi('Cusipata'),
    produce: 'textiles',
    taxId: { scheme: 'RUC', number: '20539146271' },
    story: {
      es: 'Sesenta y cuatro tejedoras de Cusipata que hilan fibra de alpaca y la tiñen con plantas de la zona.',
      qu: 'Cusipata llaqtamanta suqta chunka tawayuq awaq warmikuna, paqochap millmanta puchkanku, qurakunawan tullpunku.',
    },
  },
  {
    name: 'Tejedoras de Ccatcca',
    producers: 58,
    purpose: 'Telares de pedal',
    place: quispicanchi('Ccatcca'),
    produce: 'textiles',
    taxId: { scheme: 'RUC', number: '20602941583' },
    story: {
      es: 'Cincuenta y ocho tejedoras de Ccatcca que suman el telar de pedal al de cintura para atender pedidos más grandes.',
      qu: 'Ccatcca llaqtamanta pichqa chunka pusaqniyuq awaq warmikuna; hatun mañakusqakunata haypachinankupaq chaki awanawanpas awanku.',
    },
  },
  {
    name: 'Asociación de Mujeres Tejedoras de Ocongate',
    producers: 72,
    purpose: 'Capital de trabajo para pedidos de exportación',
    place: quispicanchi('Ocongate'),
    produce: 'knitwear',
    taxId: { scheme: 'RUC', number: '20490362810' },
    story: {
      es: 'Setenta y dos mujeres de Ocongate que tejen prendas de alpaca para tiendas de comercio justo en el extranjero.',
      qu: 'Ocongate llaqtamanta qanchis chunka iskayniyuq warmikuna, hawa suyukunapi chanin qhatu rantiqkunapaq paqocha p’achakunata awanku.',
    },
  },
  {
    name: 'Cooperativa Cacaotera Awajún de Nieva',
    producers: 140,
    purpose: 'Fermentadoras y secadores solares de cacao',
    place: condorcanqui('Nieva'),
    produce: 'cacao',
    taxId: { scheme: 'RUC', number: '20607159361' },
    story: {
      es: 'Ciento cuarenta familias awajún del río Nieva que fermentan su cacao nativo y lo secan al sol.',
      qu: 'Nieva mayu patamanta pachak tawa chunkayuq awajún ayllukuna, kakawninkuta puquchinku, intipi ch’akichinku.',
    },
  },
  {
    name: 'Productores de Plátano del Cenepa',
    producers: 118,
    purpose: 'Acopio y transporte fluvial',
    place: condorcanqui('El Cenepa'),
    produce: 'plantain',
    taxId: { scheme: 'RUC', number: '20603582749' },
    story: {
      es: 'Ciento dieciocho familias del Cenepa que cultivan plátano y lo llevan juntas por el río hasta el mercado.',
      qu: 'Cenepa mayu patamanta pachak chunka pusaqniyuq ayllukuna plátanota tarpunku, kuska mayunta qhatuman apanku.',
    },
  },
  {
    name: 'Artesanas Awajún de Condorcanqui',
    producers: 85,
    purpose: 'Insumos para artesanía',
    place: condorcanqui('Nieva'),
    produce: 'crafts',
    taxId: { scheme: 'RUC', number: '20522764192' },
    story: {
      es: 'Ochenta y cinco artesanas awajún que hacen collares y adornos con semillas del bosque.',
      qu: 'Pusaq chunka pichqayuq awajún warmikuna, sach’a-sach’ap muhunkunawan walqakunata ruranku.',
    },
  },
  {
    name: 'Consorcio Textil Alpaquero de El Alto',
    producers: 56,
    purpose: 'Máquinas remalladoras',
    place: elAlto,
    produce: 'knitwear',
    taxId: { scheme: 'NIT', number: '2154876013' },
    story: {
      es: 'Cincuenta y seis tejedores de El Alto que confeccionan chompas y chalinas de alpaca en talleres familiares.',
      qu: 'El Alto llaqtamanta pichqa chunka suqtayuq awaqkuna, ayllup llamk’ana wasinkunapi paqocha chompakunata chalinakunatapas ruranku.',
    },
  },
  {
    name: 'Consorcio de Calzado de Cuero de El Alto',
    producers: 60,
    purpose: 'Cuero y hormas',
    place: elAlto,
    produce: 'leather',
    taxId: { scheme: 'NIT', number: '1876543016' },
    story: {
      es: 'Sesenta zapateros de El Alto que fabrican calzado de cuero a mano, en talleres de cuatro personas.',
      qu: 'El Alto llaqtamanta suqta chunka zapatero runakuna, tawa runayuq llamk’ana wasikunapi, qaramanta zapatokunata makinkuwan ruranku.',
    },
  },
  {
    name: 'Consorcio de Cerámica de El Alto',
    producers: 52,
    purpose: 'Horno a gas',
    place: elAlto,
    produce: 'ceramics',
    taxId: { scheme: 'NIT', number: '3345127015' },
    story: {
      es: 'Cincuenta y dos ceramistas de El Alto que modelan y hornean vajilla y piezas decorativas de arcilla.',
      qu: 'El Alto llaqtamanta pichqa chunka iskayniyuq mank’a ruraqkuna, llinkimanta mank’akunata p’ukukunatapas ruranku.',
    },
  },
  {
    name: 'Productores Lecheros de Ccarhuayo',
    producers: 96,
    purpose: 'Tanque de enfriamiento de leche',
    place: quispicanchi('Ccarhuayo'),
    produce: 'milk',
    taxId: { scheme: 'RUC', number: '20609315874' },
    story: {
      es: 'Noventa y seis familias de Ccarhuayo que juntan y enfrían su leche para venderla fresca a las queserías.',
      qu: 'Ccarhuayo llaqtamanta isqun chunka suqtayuq ayllukuna lichinkuta huñunku, chiriyachinku, kisu ruraqkunaman qhatunankupaq.',
    },
  },
  {
    name: 'Asociación Agroecológica de Andahuaylillas',
    producers: 104,
    purpose: 'Riego tecnificado',
    place: quispicanchi('Andahuaylillas'),
    produce: 'vegetables',
    taxId: { scheme: 'RUC', number: '20600427637' },
    story: {
      es: 'Ciento cuatro familias de Andahuaylillas que cultivan hortalizas y papas nativas sin químicos.',
      qu: 'Andahuaylillas llaqtamanta pachak tawayuq ayllukuna, mana químicowan, yuyukunata kay suyup papankunatapas tarpunku.',
    },
  },
  {
    name: 'Cooperativa de Café de San Juan de Oro',
    producers: 150,
    purpose: 'Despulpadoras',
    place: { country: 'PE', region: 'Puno', province: 'Sandia', district: 'San Juan del Oro' },
    produce: 'coffee',
    taxId: { scheme: 'RUC', number: '20487201597' },
    story: {
      es: 'Ciento cincuenta familias cafetaleras de San Juan del Oro, en la selva de Sandia, que despulpan y secan su café.',
      qu: 'Sandia yunkapi, San Juan del Oro llaqtamanta pachak pichqa chunkayuq ayllukuna kafeta tarpunku, ch’akichinku.',
    },
  },
  {
    name: 'Asociación de Cuyicultores de Urcos',
    producers: 98,
    purpose: 'Galpones y forraje',
    place: quispicanchi('Urcos'),
    produce: 'cuy',
    taxId: { scheme: 'RUC', number: '20606173289' },
    story: {
      es: 'Noventa y ocho familias de Urcos que crían cuyes en galpones y siembran su propio forraje.',
      qu: 'Urcos llaqtamanta isqun chunka pusaqniyuq ayllukuna quwikunata uywanku, kikinkup q’achunta tarpunku.',
    },
  },
  {
    name: 'Asociación de Quinueros de Acomayo',
    producers: 138,
    purpose: 'Trilladora de quinua',
    place: { country: 'PE', region: 'Cusco', province: 'Acomayo', district: 'Acomayo' },
    produce: 'quinoa',
    taxId: { scheme: 'RUC', number: '20455632014' },
    story: {
      es: 'Ciento treinta y ocho familias de Acomayo que siembran quinua de altura y la trillan juntas.',
      qu: 'Acomayo llaqtamanta pachak kimsa chunka pusaqniyuq ayllukuna, kinuwata tarpunku, kuska erapi waqtanku.',
    },
  },
];

/** The organisations of the demo fund (the fund itself and its 16), for the devstack's pictures and tests. */
export const SEED_FREES_FUND = FUND;
export const SEED_FREES_ORGANISATIONS: readonly SeedFundOrganisation[] = ORGANISATIONS;

export type SeedRepaymentPattern =
  | { kind: 'on_time' }
  | { kind: 'late'; days: number }
  | { kind: 'stops'; after: number }
  | { kind: 'written_off'; after: number; recovered: number };

export interface LoanPlan {
  readonly org: number;
  readonly amount: number;
  readonly monthsAfterAnchor: number;
  readonly terms: LoanTerms;
  readonly pattern: SeedRepaymentPattern;
}

const yearly = (installments: number, annualRateBps = 1200): LoanTerms => ({
  annualRateBps,
  method: 'flat',
  installments,
  period: { unit: 'month', every: 1 },
  graceInstallments: 0,
});

/**
 * The loan book of the demo fund. Wave 1 is lent from donor capital; wave 2 (a year later) is lent
 * largely from what wave 1 paid back; wave 3 re-finances two good payers. Amounts in céntimos.
 */
const PLAN: readonly LoanPlan[] = [
  ...Array.from({ length: 8 }, (_, i): LoanPlan => ({ org: i, amount: 1_200_000, monthsAfterAnchor: 1, terms: yearly(12), pattern: { kind: 'on_time' } })),
  { org: 8, amount: 1_200_000, monthsAfterAnchor: 1, terms: yearly(12), pattern: { kind: 'written_off', after: 5, recovered: 150_000 } },
  { org: 9, amount: 1_200_000, monthsAfterAnchor: 1, terms: yearly(12), pattern: { kind: 'late', days: 20 } },
  ...[10, 11, 12].map((org): LoanPlan => ({ org, amount: 1_000_000, monthsAfterAnchor: 13, terms: yearly(6), pattern: { kind: 'on_time' } })),
  { org: 13, amount: 1_000_000, monthsAfterAnchor: 13, terms: yearly(6), pattern: { kind: 'late', days: 10 } },
  { org: 14, amount: 1_000_000, monthsAfterAnchor: 13, terms: yearly(6), pattern: { kind: 'stops', after: 1 } },
  { org: 15, amount: 1_000_000, monthsAfterAnchor: 13, terms: yearly(6), pattern: { kind: 'stops', after: 2 } },
  { org: 0, amount: 600_000, monthsAfterAnchor: 18, terms: yearly(6), pattern: { kind: 'on_time' } },
  { org: 1, amount: 600_000, monthsAfterAnchor: 18, terms: yearly(6), pattern: { kind: 'on_time' } },
];

const CAPITAL = [
  { monthsAfterAnchor: 0, amount: 12_000_000, donor: 'Fundación Codespa — tramo 1' },
  { monthsAfterAnchor: 6, amount: 3_000_000, donor: 'Fundación Codespa — tramo 2' },
];

/** Deterministic ids in the ULID alphabet: re-running the seed finds what it made. */
function seedId(prefix: 'loan' | 'je', ...numbers: number[]): string {
  const tail = numbers.map((n) => String(n).padStart(3, '0')).join('');
  return `${prefix}_${`FREES${tail}`.padStart(26, '0')}`;
}

export interface SeedFreesOptions {
  /**
   * Association org ids from the catalog seed, used for the first organisations of the plan; the
   * missing ones up to 16 are created in the catalog. Only the first run decides: later runs reuse
   * what it recorded.
   */
  readonly associations: readonly string[];
  /**
   * The picture of an organisation the seed creates, by name and what it makes (the devstack serves
   * drawings at http://localhost:<port>/media/...); without it they have no photo.
   */
  readonly photoUrl?: (organisation: { name: string; produce: string }) => string | undefined;
}

export interface SeedFreesResult {
  readonly fundId: string;
  readonly associations: string[];
  readonly anchor: BusinessDate;
  readonly loans: number;
}

/** What the first run of the seed decided: catalog ids are generated, so they are recorded once. */
export interface SeedRecord {
  readonly fundId: string;
  readonly associations: string[];
  /** The first capital tranche's month: fixed once, so ids and dates never drift. */
  readonly anchor: BusinessDate;
}

async function readSeedRecord(store: Store): Promise<SeedRecord | undefined> {
  const { Item } = await store.doc.send(new GetCommand({ TableName: store.tableName, Key: loanKeys.freesSeed, ConsistentRead: true }));
  return Item ? { fundId: Item.fundId as string, associations: Item.associations as string[], anchor: Item.anchor as BusinessDate } : undefined;
}

/**
 * The fund and its associations as catalog organisations, created on the first run only and recorded
 * with a conditional put; a run that loses a race to record them uses the winner's record.
 */
async function seedOrganisations(runtime: Pick<Runtime, 'store' | 'clock'>, given: readonly string[], options: SeedFreesOptions): Promise<SeedRecord> {
  const recorded = await readSeedRecord(runtime.store);
  if (recorded) return recorded;
  const catalog = new OrganisationRepository(runtime.store);
  for (const id of given.slice(0, ORGANISATIONS.length)) {
    const org = await catalog.get(id);
    if (org?.kind !== 'association') throw new Error(`FREES seed: ${id} is not an association in the catalog.`);
  }
  const fund = await createOrganisation(runtime, { ...FUND, photos: photosOf(options, { name: FUND.name, produce: 'fund' }) });
  const associations: string[] = [];
  for (const [i, org] of ORGANISATIONS.entries()) {
    associations.push(given[i] ?? (await createOrganisation(runtime, associationProfile(org, options))).id);
  }
  const today = businessDateOf(runtime.clock.now());
  const record: SeedRecord = { fundId: fund.id, associations, anchor: seedAnchorDate(today) };
  try {
    await runtime.store.doc.send(
      new PutCommand({ TableName: runtime.store.tableName, Item: { ...loanKeys.freesSeed, ...record }, ConditionExpression: 'attribute_not_exists(pk)' }),
    );
    return record;
  } catch (error) {
    if (!isConditionalCheckFailed(error)) throw error;
    return (await readSeedRecord(runtime.store))!;
  }
}

const photosOf = (options: SeedFreesOptions, organisation: { name: string; produce: string }): string[] => {
  const url = options.photoUrl?.(organisation);
  return url ? [url] : [];
};

function associationProfile(org: SeedFundOrganisation, options: SeedFreesOptions) {
  return {
    kind: 'association' as const,
    name: org.name,
    ...org.place,
    familyCount: org.producers,
    taxId: org.taxId,
    story: { producers: { es: org.story.es, qu: org.story.qu } },
    photos: photosOf(options, org),
  };
}

/**
 * Organisations an earlier version of the seed created without a story, a photo or a tax id get
 * them (only what is missing, and photos only where none or only other local pictures are set):
 * re-running changes nothing once they are there.
 */
async function completeOrganisations(runtime: Pick<Runtime, 'store' | 'clock'>, record: SeedRecord, options: SeedFreesOptions): Promise<void> {
  const repository = new OrganisationRepository(runtime.store);
  const profiles = [
    { id: record.fundId, profile: { ...FUND, photos: photosOf(options, { name: FUND.name, produce: 'fund' }) } },
    ...record.associations.map((id, i) => ({ id, profile: associationProfile(ORGANISATIONS[i]!, options) })),
  ];
  for (const { id, profile } of profiles) {
    const org = await repository.get(id);
    // Only the organisations this seed made (an association the catalog seed passed in has its own data).
    if (!org || org.name !== profile.name) continue;
    const patch: Record<string, unknown> = {};
    if (!org.taxId) patch.taxId = profile.taxId;
    const story: Record<string, Record<string, string>> = {};
    for (const [section, texts] of Object.entries(profile.story) as Array<[string, Record<string, string>]>) {
      const current = (org.story as Record<string, Record<string, string> | undefined> | undefined)?.[section] ?? {};
      const missing = Object.fromEntries(Object.entries(texts).filter(([language]) => !current[language]));
      if (Object.keys(missing).length > 0) story[section] = missing;
    }
    if (Object.keys(story).length > 0) patch.story = story;
    const photos = profile.photos;
    const local = (url: string) => /^https?:\/\/[^/]+\/media\//.test(url);
    if (photos.length > 0 && org.photos.every(local) && org.photos.join(' ') !== photos.join(' ')) patch.photos = photos;
    if (Object.keys(patch).length > 0) await catalog.updateOrganisation(runtime, id, patch);
  }
}

async function seedLoan(ctx: LoansContext, fundId: string, plan: LoanPlan, index: number, associationId: string, anchor: BusinessDate, today: BusinessDate) {
  const { officer, evaluator, approver, secondApprover } = staff(fundId);
  const org = ORGANISATIONS[plan.org]!;
  const id = seedId('loan', index);
  let loan = await submitApplication(
    ctx,
    officer,
    {
      id,
      fundId: fundId,
      associationId,
      amount: plan.amount,
      installments: plan.terms.installments,
      purpose: org.purpose,
      businessPlanSummary: `Plan de negocio de ${org.name}: ${org.purpose.toLowerCase()}, con capacitación financiera y enlace comercial.`,
      producers: org.producers,
    },
    'fund_officer',
  );
  if (loan.status === 'submitted') {
    loan = await evaluateApplication(ctx, evaluator, fundId, id, { recommendation: 'approve', notes: 'Plan viable; mercado identificado.', terms: plan.terms });
    loan = await approveApplication(ctx, approver, fundId, id);
  }
  const dates = seedLoanDates(plan, anchor, today);
  ({ loan } = await disburseLoan(ctx, officer, fundId, id, { valueDate: dates.disbursedOn, entryId: seedId('je', 1, index) }));
  for (const repayment of dates.repayments) {
    const line = loan.schedule.find((l) => l.n === repayment.n)!;
    ({ loan } = await recordRepayment(ctx, officer, fundId, id, {
      amount: line.principal + line.interest,
      valueDate: repayment.valueDate,
      reference: `Recibo ${line.n}`,
      entryId: seedId('je', 2, index * 100 + line.n),
    }));
  }
  if (dates.writeOffOn && plan.pattern.kind === 'written_off') {
    // Proposed by one approver, confirmed by the other; a re-run finds it written off (or still proposed).
    if (loan.status !== 'written_off' && !loan.pendingProposal) {
      loan = await proposeWriteOff(ctx, approver, fundId, id, { reason: 'Pérdida de cosecha por helada; sin capacidad de pago', valueDate: dates.writeOffOn });
    }
    ({ loan } = await confirmWriteOff(ctx, secondApprover, fundId, id, { note: 'Confirmado por el comité de crédito', entryId: seedId('je', 3, index) }));
    if (dates.recoveredOn) {
      await recordRepayment(ctx, officer, fundId, id, {
        amount: plan.pattern.recovered,
        valueDate: dates.recoveredOn,
        reference: 'Recuperación',
        entryId: seedId('je', 4, index),
      });
    }
  }
}

export interface SeedLoanDates {
  readonly disbursedOn: BusinessDate;
  readonly repayments: ReadonlyArray<{ n: number; valueDate: BusinessDate }>;
  readonly writeOffOn?: BusinessDate;
  readonly recoveredOn?: BusinessDate;
}

/**
 * Every value date of one seeded loan, from the fund's anchor date and today: pure, so tests try any
 * instant. Nothing is dated after today (a value date in the future is refused by the fund): a
 * payment not yet due is simply not made yet, and the same for a write-off or a recovery.
 */
export function seedLoanDates(plan: LoanPlan, anchor: BusinessDate, today: BusinessDate): SeedLoanDates {
  const disbursedOn = addMonths(anchor, plan.monthsAfterAnchor);
  const installments = buildSchedule(plan.amount, plan.terms, disbursedOn);
  const pattern = plan.pattern;
  const paying = pattern.kind === 'stops' || pattern.kind === 'written_off' ? installments.slice(0, pattern.after) : installments;
  const repayments: Array<{ n: number; valueDate: BusinessDate }> = [];
  for (const line of paying) {
    const valueDate = pattern.kind === 'late' ? addDays(line.dueDate, pattern.days) : line.dueDate;
    if (valueDate > today) break;
    repayments.push({ n: line.n, valueDate });
  }
  if (pattern.kind !== 'written_off') return { disbursedOn, repayments };
  const writeOffOn = addMonths(installments[pattern.after - 1]!.dueDate, 4);
  if (writeOffOn > today) return { disbursedOn, repayments };
  const recoveredOn = addMonths(writeOffOn, 2);
  return recoveredOn > today ? { disbursedOn, repayments, writeOffOn } : { disbursedOn, repayments, writeOffOn, recoveredOn };
}

/** The loan book the seed lends, and the anchor date the fund's history starts from on a given day. */
export const SEED_LOAN_PLAN: readonly LoanPlan[] = PLAN;
export function seedAnchorDate(today: BusinessDate): BusinessDate {
  return `${addMonths(today, -20).slice(0, 8)}01` as BusinessDate;
}

/**
 * The first step of `seedFreesFund` alone: the fund and its 16 associations as catalog organisations
 * (created once, with their stories, tax ids and pictures; completed if an earlier seed left those out).
 */
export async function seedFreesOrganisations(runtime: Pick<Runtime, 'store' | 'clock'>, options: SeedFreesOptions): Promise<SeedRecord> {
  const record = await seedOrganisations(runtime, options.associations, options);
  await completeOrganisations(runtime, record, options);
  return record;
}

/**
 * Seeds a FREES-shaped revolving fund through the real service functions (so every figure comes
 * out of the ledger): the fund and its associations as catalog organisations, two donor tranches,
 * 16 organisations grouping 1,332 producers, more than S/ 175,000 disbursed over three waves (the
 * later ones largely from recycled repayments), repayments giving roughly an 85% return, loans in
 * arrears and one written off with a recovery. Idempotent: the organisations and the anchor date are
 * recorded once in a seed item, loans and entries have deterministic ids; re-running adds nothing.
 */
export async function seedFreesFund(runtime: Pick<Runtime, 'store' | 'clock'>, options: SeedFreesOptions): Promise<SeedFreesResult> {
  const { fundId, associations, anchor } = await seedFreesOrganisations(runtime, options);
  const ctx = loansContext({ store: runtime.store, clock: runtime.clock, organisations: new OrganisationRepository(runtime.store) });
  const { officer } = staff(fundId);
  const today = businessDateOf(runtime.clock.now());
  for (const [i, tranche] of CAPITAL.entries()) {
    await contributeCapital(ctx, officer, fundId, { ...tranche, valueDate: addMonths(anchor, tranche.monthsAfterAnchor), entryId: seedId('je', 0, i) });
  }
  // Wave by wave, so a later wave finds the earlier waves' repayments in the fund; loans of one wave in parallel.
  const plans = PLAN.map((plan, index) => ({ plan, index }));
  for (const wave of [...new Set(PLAN.map((p) => p.monthsAfterAnchor))].sort((a, b) => a - b)) {
    await Promise.all(
      plans
        .filter(({ plan }) => plan.monthsAfterAnchor === wave)
        .map(({ plan, index }) => seedLoan(ctx, fundId, plan, index, associations[plan.org]!, anchor, today)),
    );
  }
  return { fundId, associations, anchor, loans: PLAN.length };
}
