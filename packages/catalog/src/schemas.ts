import {
  CURRENCIES,
  englishOf,
  TAX_ID_SCHEMES,
  taxIdProblem,
  type TaxId,
  fitsUnit,
  formatQuantity,
  message,
  parseMilli,
  UNIT_DECIMALS,
  UNITS,
  type Unit,
} from '@ayni/core';
import { calendarDateSchema, memberIdSchema, orgIdSchema, productIdSchema, timestampSchema } from '@ayni/http';
import { z } from '@hono/zod-openapi';
import { AI10_MAX_LENGTH, hasValidCheckDigit, LOT_CODE_PATTERN } from './gs1.js';
import { FIELD_TEXTS, MESSAGES } from './messages.js';

const TAX_ID_SCHEMES_LIST = ['RUC', 'NIT'] as const;

export const ORGANISATION_KINDS = ['association', 'buyer', 'fund'] as const;
export const organisationKindSchema = z.enum(ORGANISATION_KINDS);
export type OrganisationKind = z.infer<typeof organisationKindSchema>;

export const LANGUAGES = ['es', 'qu', 'ay', 'awa', 'en'] as const;
export const languageSchema = z.enum(LANGUAGES).openapi({ description: 'es Spanish, qu Quechua, ay Aymara, awa Awajún, en English' });

export const PRODUCT_CATEGORIES = [
  'cheese',
  'dairy',
  'maize',
  'grains',
  'tubers',
  'cacao',
  'coffee',
  'fruit',
  'honey',
  'textiles',
  'alpaca_fibre',
  'crafts',
  'ceramics',
  'leather',
  'furniture',
  'instruments',
  'other',
] as const;
export const categorySchema = z.enum(PRODUCT_CATEGORIES);
export type ProductCategory = z.infer<typeof categorySchema>;

/** Ids used by the request examples: one association, two of its members, one of its products. */
const EXAMPLE_MEMBER_IDS = ['mem_01JD44JQM2V7K3N8P5R9T6W4XA', 'mem_01JD44VHC5M8K2N7P3R6T9W4XB'] as const;
const EXAMPLE_PRODUCT_ID = 'prd_01JD43QP4R1A8M6N2K7T9V3W5X';

const trimmed = (max: number) => z.string().trim().min(1, { error: FIELD_TEXTS['catalog.not-empty'].en }).max(max);

/**
 * Patches (every catalog PATCH) are JSON Merge Patches (RFC 7396): what is not sent is kept, objects
 * merge member by member, arrays and other values replace, `null` removes. A required field sent as
 * `null` is refused with this message.
 */
export const NOT_REMOVABLE = FIELD_TEXTS['catalog.not-removable'].en;
const SPANISH_NOT_REMOVABLE = FIELD_TEXTS['catalog.spanish-not-removable'].en;
/** zod `error` option of a required field of a patch: its own message for `null`, else `otherwise` (or zod's). */
const notRemovable =
  (otherwise?: string, message: string = NOT_REMOVABLE) =>
  (issue: { input?: unknown }) =>
    issue.input === null ? message : otherwise;
/** A required text of a patch: it may be changed, never removed. */
const requiredText = (max: number, message: string = NOT_REMOVABLE) =>
  z
    .string({ error: notRemovable(undefined, message) })
    .trim()
    .min(1, { error: FIELD_TEXTS['catalog.not-empty'].en })
    .max(max);

const MERGE_PATCH =
  'A merge patch (RFC 7396): only the fields sent change. Objects merge member by member (a story keeps the sections and languages not sent); arrays replace the whole list; `null` removes an optional field, a section or a language’s text. Required fields and Spanish (`es`) texts cannot be removed.';

/** User-facing text: Spanish is required, English and Quechua are optional. */
export const localizedTextSchema = (max: number) => z.object({ es: trimmed(max), en: trimmed(max).optional(), qu: trimmed(max).optional() });
export type LocalizedText = { es: string; en?: string | undefined; qu?: string | undefined };

/** A change of a text: each language sent replaces that language; `null` removes English or Quechua, never Spanish. */
export const localizedTextPatchSchema = (max: number) =>
  z.object(
    {
      es: requiredText(max, SPANISH_NOT_REMOVABLE).optional(),
      en: trimmed(max).nullable().optional().openapi({ description: '`null` removes the English text' }),
      qu: trimmed(max).nullable().optional().openapi({ description: '`null` removes the Quechua text' }),
    },
    { error: notRemovable() },
  );
export type LocalizedTextPatch = z.infer<ReturnType<typeof localizedTextPatchSchema>>;

const photoUrl = z.url({ protocol: /^https?$/, error: FIELD_TEXTS['catalog.http-url'].en }).max(500);
const isoDate = z.iso.date({ error: FIELD_TEXTS['catalog.iso-date'].en });
const regionName = trimmed(60).openapi({ example: 'Cusco' });

export const storySchema = z
  .object({
    history: localizedTextSchema(4000).optional(),
    mission: localizedTextSchema(2000).optional(),
    producers: localizedTextSchema(2000).optional().openapi({ description: 'Who the producers are' }),
  })
  .openapi('Story');

export const storyPatchSchema = z
  .object({
    history: localizedTextPatchSchema(4000).nullable().optional(),
    mission: localizedTextPatchSchema(2000).nullable().optional(),
    producers: localizedTextPatchSchema(2000).nullable().optional(),
  })
  .openapi('StoryPatch', { description: 'Each section sent merges language by language; `null` removes a section, `{ "en": null }` one language of it.' });

export const certificationSchema = z.object({
  name: trimmed(120),
  issuer: trimmed(120).optional(),
  validUntil: isoDate.optional(),
});

export const brandSchema = z.object({
  name: trimmed(120),
  registry: trimmed(60).optional().openapi({ example: 'INDECOPI' }),
  registrationNumber: trimmed(60).optional(),
});

export const contactSchema = z.object({
  email: z.email().max(200).optional(),
  phone: z
    .string()
    .regex(/^\+?[0-9 ]{6,20}$/, { error: FIELD_TEXTS['catalog.phone'].en })
    .optional(),
  whatsapp: z.boolean().optional(),
});

/**
 * A tax id typed by its scheme: Peru's RUC (11 digits, SUNAT's check digit) or Bolivia's NIT. That
 * the scheme is the organisation's country's is checked where both are known (`taxIdFitsCountry`).
 */
function taxIdSchema() {
  return z
    .object({
      scheme: z.enum(TAX_ID_SCHEMES_LIST, { error: FIELD_TEXTS['catalog.tax-id-scheme'].en }),
      number: z.string().regex(/^[0-9]{7,12}$/, { error: FIELD_TEXTS['catalog.tax-id'].en }),
    })
    .strict()
    .superRefine((taxId, ctx) => {
      const problem = taxIdProblem(taxId);
      if (problem) ctx.addIssue({ code: 'custom', path: ['number'], message: FIELD_TEXTS[`catalog.${problem}`].en });
    })
    .openapi('TaxId', { example: { scheme: 'RUC', number: '20602183956' } });
}

/** The tax id's scheme is its country's (RUC in Peru, NIT in Bolivia): an issue on `taxId.scheme` otherwise. */
export function taxIdFitsCountry(value: { country?: 'PE' | 'BO' | undefined; taxId?: TaxId | string | null | undefined }, ctx: z.RefinementCtx): void {
  if (!value.country || !value.taxId || typeof value.taxId === 'string') return;
  if (value.taxId.scheme !== TAX_ID_SCHEMES[value.country])
    ctx.addIssue({ code: 'custom', path: ['taxId', 'scheme'], message: FIELD_TEXTS['catalog.tax-id-scheme'].en });
}

const organisationFields = {
  name: trimmed(120),
  country: z.enum(['PE', 'BO']),
  region: regionName,
  province: trimmed(60).optional(),
  district: trimmed(60).optional(),
  languages: z.array(languageSchema).min(1).max(5).default(['es']),
  contact: contactSchema.optional(),
  story: storySchema.optional(),
  familyCount: z.int().min(0).max(100_000).optional().openapi({ description: 'Families the association groups' }),
  photos: z.array(photoUrl).max(12).default([]),
  certifications: z.array(certificationSchema).max(20).default([]),
  brand: brandSchema.optional(),
  taxId: taxIdSchema().optional(),
  pricesIncludeTax: z.boolean().default(true).openapi({
    description: 'Whether the catalog and agreed prices include the sales tax (IGV in Peru, IVA in Bolivia); invoices then split it out, else add it',
  }),
};

export const createOrganisationSchema = z
  .object({ kind: organisationKindSchema, ...organisationFields })
  .strict()
  .superRefine(taxIdFitsCountry)
  .openapi('CreateOrganisation', {
    example: {
      kind: 'association',
      name: 'Asociación de Productores Lácteos Sumaq Ausangate',
      country: 'PE',
      region: 'Cusco',
      province: 'Quispicanchi',
      district: 'Ocongate',
      languages: ['qu', 'es'],
      contact: { phone: '+51 984 100 200', whatsapp: true },
      story: {
        history: {
          es: 'Desde hace más de quince años, treinta familias lecheras de Ocongate, al pie del nevado Ausangate, juntan la leche de cada mañana para elaborar quesos andino, madurado, tipo paria y mozzarella.',
        },
        mission: {
          es: 'Elaboramos quesos de leche de altura con buenas prácticas y precio justo, para que las familias de Ocongate vivan de su trabajo sin dejar su tierra.',
          qu: 'Ausangate orqopa chakinpi kimsa chunka ayllukuna sumaq quesota ruranchik.',
        },
        producers: { es: 'Treinta familias quechuahablantes de Ocongate, Marcapata y Tinke, con vacas criadas sobre los 3 800 m.' },
      },
      familyCount: 30,
      photos: ['https://media.ayni.example/sumaq-ausangate/quesera-ocongate.jpg'],
      certifications: [{ name: 'Registro sanitario DIGESA', issuer: 'DIGESA', validUntil: '2028-06-30' }],
      brand: { name: 'Sumaq Ausangate', registry: 'INDECOPI', registrationNumber: '00298765' },
      taxId: { scheme: 'RUC', number: '20602183956' },
      pricesIncludeTax: true,
    },
  });
export type CreateOrganisationInput = z.input<typeof createOrganisationSchema>;

/** The organisation's editable fields as stored: what a merged patch must still satisfy. */
export const organisationShape: Readonly<Record<string, z.ZodType>> = organisationFields;

const atLeastOneField = { error: FIELD_TEXTS['catalog.at-least-one-field'].en };
const notEmpty = (value: object) => Object.keys(value).length > 0;

/** No defaults here: a field that is not sent is not changed. */
export const updateOrganisationSchema = z
  .object({
    name: requiredText(120).optional(),
    country: z.enum(['PE', 'BO'], { error: notRemovable() }).optional(),
    region: requiredText(60).optional(),
    province: trimmed(60).nullable().optional(),
    district: trimmed(60).nullable().optional(),
    languages: z
      .array(languageSchema, { error: notRemovable() })
      .min(1)
      .max(5)
      .optional()
      .openapi({ description: 'Replaces the list (at least one language)' }),
    contact: z
      .object({
        email: z.email().max(200).nullable().optional(),
        phone: contactSchema.shape.phone.unwrap().nullable().optional(),
        whatsapp: z.boolean().nullable().optional(),
      })
      .nullable()
      .optional()
      .openapi({ description: 'Merges field by field; `null` removes a field, or the whole contact' }),
    story: storyPatchSchema.nullable().optional(),
    familyCount: z.int().min(0).max(100_000).nullable().optional(),
    photos: z.array(photoUrl, { error: notRemovable() }).max(12).optional().openapi({ description: 'Replaces the list; `[]` empties it' }),
    certifications: z.array(certificationSchema, { error: notRemovable() }).max(20).optional().openapi({ description: 'Replaces the list; `[]` empties it' }),
    brand: z
      .object({ name: requiredText(120).optional(), registry: trimmed(60).nullable().optional(), registrationNumber: trimmed(60).nullable().optional() })
      .nullable()
      .optional()
      .openapi({ description: 'Merges field by field; `null` removes the brand' }),
    taxId: z
      .object({ scheme: z.enum(TAX_ID_SCHEMES_LIST).optional(), number: z.string().optional() })
      .strict()
      .nullable()
      .optional()
      .openapi({
        description: 'Merges: `{ "number": "…" }` keeps the scheme; `null` removes the tax id. The result must be a valid RUC (Peru) or NIT (Bolivia)',
      }),
    pricesIncludeTax: z.boolean({ error: notRemovable() }).optional(),
  })
  .strict()
  .refine(notEmpty, atLeastOneField)
  .openapi('UpdateOrganisation', {
    description: MERGE_PATCH,
    example: {
      familyCount: 32,
      contact: { email: 'ventas@sumaqausangate.pe', whatsapp: null },
      story: { producers: { qu: 'Ocongate, Marcapata, Tinke llaqtakunamanta kimsa chunka iskayniyuq ayllukuna.' } },
    },
  });
export type UpdateOrganisationInput = z.infer<typeof updateOrganisationSchema>;

const publicOrganisationShape = {
  id: z.string(),
  kind: organisationKindSchema,
  name: z.string(),
  country: z.enum(['PE', 'BO']),
  region: z.string(),
  province: z.string().optional(),
  district: z.string().optional(),
  languages: z.array(languageSchema),
  story: storySchema.optional(),
  familyCount: z.int().optional(),
  memberCount: z.int().openapi({ description: 'Active producer members registered' }),
  photos: z.array(z.string()),
  certifications: z.array(certificationSchema),
  brand: brandSchema.optional(),
  pricesIncludeTax: z.boolean().openapi({ description: 'Whether its prices include the sales tax (IGV, IVA)' }),
  active: z.boolean(),
};
export const publicOrganisationSchema = z.object(publicOrganisationShape).openapi('PublicOrganisation');
export const organisationSchema = z
  .object({
    ...publicOrganisationShape,
    contact: contactSchema.optional(),
    taxId: z.object({ scheme: z.enum(TAX_ID_SCHEMES_LIST), number: z.string() }).optional(),
    createdAt: timestampSchema,
    updatedAt: timestampSchema,
  })
  .openapi('Organisation');
export type Organisation = z.infer<typeof organisationSchema>;
export type PublicOrganisation = z.infer<typeof publicOrganisationSchema>;

export const MEMBER_ROLES = ['president', 'vice_president', 'treasurer', 'secretary', 'member', 'other'] as const;

const memberFields = {
  name: trimmed(120),
  community: trimmed(120).openapi({ example: 'Ocongate' }),
  role: z.enum(MEMBER_ROLES).default('member'),
  phone: contactSchema.shape.phone,
  documentId: z
    .string()
    .regex(/^[0-9A-Z]{6,15}$/, { error: FIELD_TEXTS['catalog.document-id'].en })
    .optional(),
  joinedOn: isoDate.optional(),
};
export const createMemberSchema = z
  .object(memberFields)
  .strict()
  .openapi('CreateMember', {
    example: {
      name: 'Justina Quispe Mamani',
      community: 'Ocongate',
      role: 'president',
      phone: '+51 984 100 201',
      documentId: '43852617',
      joinedOn: '2009-03-14',
    },
  });
export const updateMemberSchema = z
  .object({
    name: requiredText(120).optional(),
    community: requiredText(120).optional(),
    role: z.enum(MEMBER_ROLES, { error: notRemovable() }).optional(),
    phone: memberFields.phone.unwrap().nullable().optional(),
    documentId: memberFields.documentId.unwrap().nullable().optional(),
    joinedOn: isoDate.nullable().optional(),
    active: z
      .boolean({ error: notRemovable() })
      .optional()
      .openapi({ description: 'false deactivates the member (no longer counted, no longer a producer of new lots)' }),
  })
  .strict()
  .refine(notEmpty, atLeastOneField)
  .openapi('UpdateMember', { description: MERGE_PATCH, example: { role: 'treasurer', phone: '+51 974 221 305', documentId: null } });
export type UpdateMemberInput = z.infer<typeof updateMemberSchema>;
export const memberSchema = z
  .object({
    id: z.string(),
    orgId: z.string(),
    name: z.string(),
    community: z.string(),
    role: z.enum(MEMBER_ROLES),
    phone: z.string().optional(),
    documentId: z.string().optional(),
    joinedOn: calendarDateSchema.optional(),
    active: z.boolean(),
    createdAt: timestampSchema,
    updatedAt: timestampSchema,
  })
  .openapi('Member');
export type Member = z.infer<typeof memberSchema>;

// Built with the OpenAPI-aware zod so they carry documentation; same rules as @ayni/core's.
const currencySchema = z.enum(CURRENCIES, { error: () => FIELD_TEXTS['catalog.currency'].en });
const unitSchema = z.enum(UNITS, { error: () => FIELD_TEXTS['catalog.unit'].en });

/** A decimal number or string, parsed exactly into thousandths of the unit. */
function decimalQuantity(allowNegative: boolean, error?: (issue: { input?: unknown }) => string | undefined) {
  return z.union([z.number(), z.string()], error ? { error } : undefined).transform((value, ctx) => {
    const text = String(value).trim();
    const negative = allowNegative && text.startsWith('-');
    const milli = parseMilli(negative ? text.slice(1) : text);
    if (milli === undefined) {
      ctx.addIssue({ code: 'custom', message: FIELD_TEXTS[allowNegative ? 'catalog.decimal' : 'catalog.non-negative-decimal'].en });
      return z.NEVER;
    }
    return negative ? -milli : milli;
  });
}

/** A quantity in the API: a decimal number or string in, an exact decimal string out. */
export const quantityInSchema = decimalQuantity(false).openapi({ type: 'string', example: '2.5', description: 'Decimal quantity in the unit of sale' });
/** The same in a patch, where it can be changed but not removed. */
const quantityPatchSchema = decimalQuantity(false, notRemovable()).openapi({
  type: 'string',
  example: '2.5',
  description: 'Decimal quantity in the unit of sale',
});
export const quantityOutSchema = z.string().openapi({ example: '12.5', description: 'Exact decimal quantity in the unit of sale' });

/** GTIN-8/12/13/14 with a valid GS1 check digit; stored and shown in its 14-digit form. */
export const gtinSchema = z
  .string()
  .regex(/^(\d{8}|\d{12,14})$/, { error: FIELD_TEXTS['catalog.gtin-format'].en })
  .refine((gtin) => !/^(\d{8}|\d{12,14})$/.test(gtin) || hasValidCheckDigit(gtin), { error: FIELD_TEXTS['catalog.gtin-check-digit'].en })
  .openapi({
    description: 'GTIN-8, -12, -13 or -14; stored and answered as 14 digits (left-padded with zeros). One product has it, across all organisations.',
  });

/**
 * How a product's sales are taxed: at the country's general rate (IGV 18%, IVA 13%), or exonerated /
 * unaffected with the legal basis the invoice prints (e.g. Peru's Appendix I of the IGV law for
 * fresh agricultural produce).
 */
export const productTaxSchema = z
  .discriminatedUnion('treatment', [
    z.object({ treatment: z.literal('taxed') }).strict(),
    z
      .object({
        treatment: z.enum(['exonerated', 'unaffected']),
        reason: z.string({ error: FIELD_TEXTS['catalog.tax-reason'].en }).trim().min(3, { error: FIELD_TEXTS['catalog.tax-reason'].en }).max(200),
      })
      .strict(),
  ])
  .openapi('ProductTax', {
    description: 'Replaced whole on an edit',
    example: { treatment: 'exonerated', reason: 'Apéndice I del TUO de la Ley del IGV: papas frescas (0701.90.00)' },
  });

const productFields = {
  name: localizedTextSchema(120),
  description: localizedTextSchema(2000),
  category: categorySchema,
  price: z
    .int({ error: FIELD_TEXTS['catalog.minor-units'].en })
    .min(1, { error: FIELD_TEXTS['catalog.positive'].en })
    .max(1_000_000_000)
    .openapi({ description: 'Price per unit of sale, in integer minor units of `currency` (céntimos, centavos)' }),
  currency: currencySchema.openapi({ description: 'Currency of `price` (ISO 4217)' }),
  minOrderQuantity: quantityInSchema.optional(),
  orderMultiple: quantityInSchema.optional(),
  leadTimeDays: z.int().min(0).max(180).default(2),
  active: z.boolean().default(true),
  photos: z.array(photoUrl).max(12).default([]),
  gtin: gtinSchema.optional(),
  tax: productTaxSchema.default({ treatment: 'taxed' }),
};

function checkQuantitiesFitUnit(
  value: { unit?: Unit | undefined; minOrderQuantity?: number | undefined; orderMultiple?: number | undefined },
  ctx: z.RefinementCtx,
  unit: Unit | undefined,
): void {
  if (!unit) return;
  for (const field of ['minOrderQuantity', 'orderMultiple'] as const) {
    const milli = value[field];
    if (milli === undefined) continue;
    if (milli <= 0) ctx.addIssue({ code: 'custom', path: [field], message: FIELD_TEXTS['catalog.positive'].en });
    else if (!fitsUnit(milli, unit)) {
      const msg = message(MESSAGES, 'catalog.field.unit-decimals', { unit, decimals: UNIT_DECIMALS[unit] });
      ctx.addIssue({ code: 'custom', path: [field], message: englishOf(msg), params: { msg } });
    }
  }
}

export const createProductSchema = z
  .object({
    sku: z.string().regex(/^[A-Z0-9][A-Z0-9-]{1,31}$/, { error: FIELD_TEXTS['catalog.sku'].en }),
    unit: unitSchema,
    ...productFields,
  })
  .strict()
  .superRefine((value, ctx) => checkQuantitiesFitUnit(value, ctx, value.unit))
  .openapi('CreateProduct', {
    example: {
      sku: 'QUESO-PARIA',
      unit: 'kg',
      name: { es: 'Queso tipo paria', en: 'Paria-style cheese', qu: 'Kisu' },
      description: {
        es: 'Queso semiduro tradicional del sur andino, de leche entera de Ocongate; ideal para freír o acompañar choclo.',
        en: 'Traditional semi-hard cheese of the southern Andes, made with whole milk from Ocongate.',
      },
      category: 'cheese',
      price: 3200,
      currency: 'PEN',
      minOrderQuantity: '2',
      orderMultiple: '0.5',
      leadTimeDays: 3,
      active: true,
      photos: ['https://media.ayni.example/sumaq-ausangate/queso-paria.jpg'],
      gtin: '7750000000014',
    },
  });
export type CreateProductInput = z.infer<typeof createProductSchema>;

/** The product's editable fields whose merged value is checked again (per-language texts, price). */
export const productShape: Readonly<Record<string, z.ZodType>> = {
  name: productFields.name,
  description: productFields.description,
  // Stored as one value: the API's `price` and `currency`.
  price: z.object({ amount: productFields.price, currency: productFields.currency }),
};

export const updateProductSchema = z
  .object({
    name: localizedTextPatchSchema(120).optional().openapi({ description: 'Merges language by language; Spanish cannot be removed' }),
    description: localizedTextPatchSchema(2000).optional().openapi({ description: 'Merges language by language; Spanish cannot be removed' }),
    category: z.enum(PRODUCT_CATEGORIES, { error: notRemovable() }).optional(),
    price: z
      .int({ error: notRemovable() })
      .min(1, { error: FIELD_TEXTS['catalog.positive'].en })
      .max(1_000_000_000)
      .optional()
      .openapi({ description: 'Price per unit of sale; `currency` is kept unless sent, in integer minor units of `currency` (céntimos, centavos)' }),
    currency: currencySchema.optional().openapi({ description: 'Currency of `price`; `null` is refused' }),
    minOrderQuantity: quantityPatchSchema.optional(),
    orderMultiple: quantityPatchSchema.optional(),
    leadTimeDays: z.int({ error: notRemovable() }).min(0).max(180).optional(),
    active: z.boolean({ error: notRemovable() }).optional(),
    photos: z.array(photoUrl, { error: notRemovable() }).max(12).optional().openapi({ description: 'Replaces the list; `[]` empties it' }),
    gtin: gtinSchema.nullable().optional().openapi({ description: '`null` removes the GTIN' }),
    tax: productTaxSchema.optional().openapi({ description: 'Replaces the tax treatment whole' }),
  })
  .strict()
  .refine(notEmpty, atLeastOneField)
  .openapi('UpdateProduct', { description: MERGE_PATCH, example: { price: 3400, leadTimeDays: 2, description: { en: null } } });
export type UpdateProductInput = z.infer<typeof updateProductSchema>;

export const productSchema = z
  .object({
    id: z.string(),
    orgId: z.string(),
    sku: z.string(),
    name: localizedTextSchema(120),
    description: localizedTextSchema(2000),
    category: categorySchema,
    unit: unitSchema,
    price: z.int().openapi({ description: 'Price per unit of sale, in integer minor units of `currency` (céntimos, centavos)' }),
    currency: currencySchema,
    minOrderQuantity: quantityOutSchema,
    orderMultiple: quantityOutSchema,
    stock: quantityOutSchema.openapi({ description: 'Available now: the sum of the lots’ available quantities' }),
    leadTimeDays: z.int(),
    active: z.boolean(),
    photos: z.array(z.string()),
    gtin: z.string().optional(),
    tax: productTaxSchema,
    createdAt: timestampSchema,
    updatedAt: timestampSchema,
  })
  .openapi('Product');
export type ProductView = z.infer<typeof productSchema>;

export const catalogItemSchema = z
  .object({
    product: productSchema.omit({ createdAt: true, updatedAt: true }),
    association: z.object({
      id: z.string(),
      name: z.string(),
      region: z.string(),
      familyCount: z.int().optional(),
      storyExcerpt: z.string().optional().openapi({ description: 'The first lines of the association’s story' }),
    }),
  })
  .openapi('CatalogItem');

export const catalogQuerySchema = z.object({
  category: z
    .preprocess((value) => (typeof value === 'string' ? value.toLowerCase() : value), categorySchema)
    .optional()
    .openapi({ description: 'A category, in any case (`Cheese` is `cheese`)' }),
  region: regionName.optional().openapi({ description: 'The association’s region; accents and case ignored (`cusco` finds “Cusco”)' }),
  association: orgIdSchema.optional(),
  q: z.string().trim().min(1).max(60).optional().openapi({
    description:
      'Words to find in product names and descriptions, in Spanish, Quechua or English; accents and case ignored. Every word must match a whole word, the last one may be its beginning (3 characters or more); words such as “de”, “la”, “the” are ignored. Combines with the filters. A page may hold fewer than `limit` items (it reads at most 100 index entries); follow `nextCursor` while there is one.',
  }),
  cursor: z.string().min(1).max(2048).optional(),
  limit: z.coerce.number().int().min(1).max(100).default(20),
});
export type CatalogQuery = z.infer<typeof catalogQuerySchema>;

export const createLotSchema = z
  .object({
    productId: productIdSchema,
    code: z
      .string()
      .regex(LOT_CODE_PATTERN, { error: FIELD_TEXTS['catalog.lot-code'].en })
      .optional()
      .openapi({
        description: `The association’s own lot code. For a product with a GTIN it is the lot’s batch/lot number (GS1 AI 10) in its Digital Link: at most ${AI10_MAX_LENGTH} characters, used once per GTIN (409 \`lot-code-taken\`).`,
      }),
    quantity: quantityInSchema,
    productionDate: isoDate,
    expiryDate: isoDate.optional(),
    producerIds: z.array(memberIdSchema).max(200).default([]),
    notes: trimmed(1000).optional(),
  })
  .strict()
  .refine((lot) => !lot.expiryDate || lot.expiryDate >= lot.productionDate, {
    path: ['expiryDate'],
    error: FIELD_TEXTS['catalog.expiry-before-production'].en,
  })
  .openapi('CreateLot', {
    example: {
      productId: EXAMPLE_PRODUCT_ID,
      code: 'QUESO-PARIA-014',
      quantity: '42.5',
      productionDate: '2026-11-14',
      expiryDate: '2026-12-29',
      producerIds: [...EXAMPLE_MEMBER_IDS],
      notes: 'Leche del ordeño de la mañana de Ocongate y Tinke; prensado de 12 horas.',
    },
  });
export type CreateLotInput = z.infer<typeof createLotSchema>;

/** What can be corrected on a lot; its product, code, quantity and production date cannot change. */
export const updateLotSchema = z
  .object({
    expiryDate: isoDate.nullable().optional().openapi({ description: '`null` removes it' }),
    producerIds: z
      .array(memberIdSchema, { error: notRemovable() })
      .max(200)
      .optional()
      .openapi({ description: 'Replaces the list: new producers must be active members; a producer deactivated since may stay' }),
    notes: trimmed(1000).nullable().optional().openapi({ description: '`null` removes them' }),
  })
  .strict()
  .refine(notEmpty, atLeastOneField)
  .openapi('UpdateLot', {
    description: `${MERGE_PATCH} The quantity moves only through adjustments; the product, code and production date cannot change.`,
    example: { expiryDate: '2026-12-20', producerIds: [...EXAMPLE_MEMBER_IDS], notes: null },
  });
export type UpdateLotInput = z.infer<typeof updateLotSchema>;

export const lotSchema = z
  .object({
    id: z.string(),
    orgId: z.string(),
    productId: z.string(),
    code: z.string().optional(),
    linkCode: z.string().optional().openapi({
      description:
        'The batch/lot number (GS1 AI 10) in the lot’s Digital Link when it is not `code`: an alias given when the code is absent, longer than 20 characters, or already used by another lot of the GTIN.',
    }),
    unit: unitSchema,
    quantity: quantityOutSchema,
    available: quantityOutSchema,
    productionDate: calendarDateSchema,
    expiryDate: calendarDateSchema.optional(),
    producerIds: z.array(z.string()),
    producerCount: z.int(),
    communities: z.array(z.string()),
    notes: z.string().optional(),
    createdAt: timestampSchema,
    updatedAt: timestampSchema.optional().openapi({ description: 'Time of the last edit, if any' }),
  })
  .openapi('Lot');
export type LotView = z.infer<typeof lotSchema>;
export const publicLotSchema = lotSchema.omit({ producerIds: true, notes: true }).openapi('PublicLot');

export const ADJUSTMENT_REASONS = ['spoilage', 'sample', 'recount', 'loss', 'return', 'other'] as const;
export const createAdjustmentSchema = z
  .object({
    delta: decimalQuantity(true)
      .refine((delta) => delta !== 0, { error: FIELD_TEXTS['catalog.not-zero'].en })
      .openapi({ type: 'string', example: '-1.5', description: 'Change of the available quantity (negative removes)' }),
    reason: z.enum(ADJUSTMENT_REASONS),
    note: trimmed(500).optional(),
  })
  .strict()
  .openapi('CreateLotAdjustment', {
    example: { delta: '-1.5', reason: 'sample', note: 'Muestras para la cata con el restaurante Chicha, Cusco' },
  });

export const toQuantity = formatQuantity;
