export const PAGE_LANGUAGES = ['es', 'en', 'qu'] as const;
export type PageLanguage = (typeof PAGE_LANGUAGES)[number];

interface Strings {
  title: string;
  product: string;
  association: string;
  community: string;
  families: string;
  lot: string;
  produced: string;
  timeline: string;
  verifiedOn: (chain: string) => string;
  verifying: string;
  verdictOk: string;
  verdictBad: string;
  verdictPending: string;
  checkOk: string;
  checkBad: string;
  checkPending: string;
  transaction: string;
  howTo: string;
  noEvents: string;
  types: Record<string, string>;
  corrects: string;
  language: string;
}

/** User-facing text of the public page. Spanish is the default; Quechua as spoken around Cusco. */
export const STRINGS: Record<PageLanguage, Strings> = {
  es: {
    title: 'Origen del producto',
    product: 'Producto',
    association: 'Asociación',
    community: 'Comunidades',
    families: 'familias',
    lot: 'Lote',
    produced: 'Producido el',
    timeline: 'Historia del lote',
    verifiedOn: (chain) => `Verificado en ${chain}`,
    verifying: 'Verificando…',
    verdictOk: 'Registros verificados: no fueron cambiados desde que se anclaron',
    verdictBad: 'Atención: un registro no coincide con lo anclado',
    verdictPending: 'Registros aún pendientes de anclaje',
    checkOk: '✓ verificado',
    checkBad: '✗ no coincide',
    checkPending: '… pendiente',
    transaction: 'Ver transacción',
    howTo: 'Cualquiera puede comprobarlo sin confiar en nosotros: npx ayni-verify <url de la prueba> --rpc <nodo público>',
    noEvents: 'Aún no hay eventos registrados para este lote.',
    types: {
      harvest: 'Cosecha',
      collection: 'Acopio',
      transformation: 'Transformación',
      quality_check: 'Control de calidad',
      certification: 'Certificación',
      packing: 'Empaque',
      shipping: 'Envío',
    },
    corrects: 'Corrige un registro anterior',
    language: 'Idioma',
  },
  en: {
    title: 'Where this product comes from',
    product: 'Product',
    association: 'Association',
    community: 'Communities',
    families: 'families',
    lot: 'Lot',
    produced: 'Produced on',
    timeline: 'Story of the lot',
    verifiedOn: (chain) => `Verified on ${chain}`,
    verifying: 'Verifying…',
    verdictOk: 'Records verified: unchanged since they were anchored',
    verdictBad: 'Warning: a record does not match what was anchored',
    verdictPending: 'Records still waiting to be anchored',
    checkOk: '✓ verified',
    checkBad: '✗ does not match',
    checkPending: '… pending',
    transaction: 'View transaction',
    howTo: 'Anyone can check this without trusting us: npx ayni-verify <proof url> --rpc <public node>',
    noEvents: 'No events recorded for this lot yet.',
    types: {
      harvest: 'Harvest',
      collection: 'Collection',
      transformation: 'Processing',
      quality_check: 'Quality check',
      certification: 'Certification',
      packing: 'Packing',
      shipping: 'Shipping',
    },
    corrects: 'Corrects an earlier record',
    language: 'Language',
  },
  qu: {
    title: 'Maymantam kay ruru hamun',
    product: 'Ruru',
    association: 'Huñunakuy',
    community: 'Ayllukuna',
    families: 'ayllu',
    lot: 'Lote',
    produced: 'Ruwasqa',
    timeline: 'Lotepa willakuynin',
    verifiedOn: (chain) => `${chain} nisqapi chiqaqchasqa`,
    verifying: 'Chiqaqchachkan…',
    verdictOk: 'Qillqasqakuna chiqaqchasqa: mana tikrasqachu',
    verdictBad: 'Cuidado: huk qillqasqa mana tupanchu',
    verdictPending: 'Qillqasqakuna suyachkanraq',
    checkOk: '✓ chiqaqchasqa',
    checkBad: '✗ mana tupanchu',
    checkPending: '… suyachkan',
    transaction: 'Transacciónta qhaway',
    howTo: 'Pipas chiqaqchanman: npx ayni-verify <url> --rpc <nodo>',
    noEvents: 'Manaraqmi kay lotepaq qillqasqa kanchu.',
    types: {
      harvest: 'Pallay',
      collection: 'Huñuy',
      transformation: 'Ruway',
      quality_check: 'Allin kayninta qhaway',
      certification: 'Certificación',
      packing: 'Wisqay',
      shipping: 'Apachiy',
    },
    corrects: 'Ñawpaq qillqasqata allichan',
    language: 'Simi',
  },
};

/** `?lang=` wins; otherwise the first supported language of Accept-Language; otherwise Spanish. */
export function pickLanguage(query: string | undefined, acceptLanguage: string | undefined): PageLanguage {
  const wanted = query?.toLowerCase();
  if (wanted && (PAGE_LANGUAGES as readonly string[]).includes(wanted)) return wanted as PageLanguage;
  const ranked = (acceptLanguage ?? '')
    .split(',')
    .map((part) => {
      const [tag, ...params] = part.trim().split(';');
      const q = params.find((p) => p.trim().startsWith('q='));
      return { lang: (tag ?? '').toLowerCase().split('-')[0]!, q: q ? Number(q.trim().slice(2)) : 1 };
    })
    .filter((entry) => entry.lang && entry.q > 0)
    .sort((a, b) => b.q - a.q);
  for (const { lang } of ranked) if ((PAGE_LANGUAGES as readonly string[]).includes(lang)) return lang as PageLanguage;
  return 'es';
}
