export const PAGE_LANGUAGES = ['es', 'en', 'qu'] as const;
export type PageLanguage = (typeof PAGE_LANGUAGES)[number];

export type PageVerdict = 'verified' | 'mismatch' | 'pending';
export type EventStatus = 'pending' | 'included' | 'finalized';
/** A fact shown on the page (lot code, product name, …) compared with the anchored record's `subject`. */
export type FactState = 'verified' | 'changed' | 'unverified';

interface Strings {
  title: string;
  product: string;
  association: string;
  community: string;
  families: string;
  lot: string;
  produced: string;
  expires: string;
  producers: (count: number) => string;
  /** The mark next to a fact: text first (a symbol, then words), never colour alone. */
  fact: Record<FactState, string>;
  factsLegend: (asOfEvent: number | null, anchoredOn: string | undefined) => string;
  whoMadeIt: string;
  whereWhen: string;
  photos: string;
  photoOf: (name: string) => string;
  timeline: string;
  noEvents: string;
  types: Record<string, string>;
  corrects: string;
  language: string;
  /** The verdict in a few words, for the document title. */
  verdictTitle: Record<PageVerdict, string>;
  /** The verdict as the headline of the page (the server's own; never "verified" for a changed lot). */
  headline: Record<PageVerdict, string>;
  headlineBrowserMismatch: string;
  checkedByAyni: string;
  checkedByBrowser: (chain: string) => string;
  checking: string;
  foundByBrowser: string;
  noRpc: (chain: string) => string;
  unreachable: (chain: string) => string;
  complete: (upTo: number, anchoredOn: string | undefined) => string;
  notAnchoredYet: (count: number) => string;
  sealed: string;
  status: Record<EventStatus, string>;
  eventMismatch: string;
  eventOk: string;
  eventBad: string;
  technical: string;
  network: string;
  contract: string;
  registry: string;
  rpc: string;
  none: string;
  anchors: string;
  block: string;
  transaction: string;
  root: string;
  viewTransaction: string;
  proofBundle: string;
  howTo: string;
  noscript: string;
  /** Names of chains worth saying in the page's language (others: the bundle's chain name). */
  chainNames: Partial<Record<number, string>>;
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
    expires: 'vence el',
    producers: (count) => (count === 1 ? 'Un productor en este lote' : `${count} productores en este lote`),
    fact: { verified: '✓ tal como se ancló', changed: '✗ cambiado después del anclaje', unverified: '○ aún sin anclar' },
    factsLegend: (seq, on) =>
      `Junto a cada dato: ✓ tal como se ancló${seq ? ` (evento ${seq}${on ? `, ${on}` : ''})` : ''}; ✗ cambiado después del anclaje; ○ aún sin anclar.`,
    whoMadeIt: 'Quién lo hizo',
    whereWhen: 'Dónde y cuándo',
    photos: 'Fotos',
    photoOf: (name) => `Foto de ${name}`,
    timeline: 'Historia del lote',
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
    verdictTitle: { verified: 'Verificado', mismatch: 'Atención: datos cambiados', pending: 'Pendiente de anclaje' },
    headline: {
      verified: 'Verificado: no fue cambiado desde que se registró',
      mismatch: 'Atención: un registro de este lote fue cambiado después de registrarse',
      pending: 'Aún sin anclar: los registros esperan su anclaje en la cadena',
    },
    headlineBrowserMismatch: 'Atención: tu navegador encontró datos que no coinciden con lo anclado',
    checkedByAyni: 'según Ayni',
    checkedByBrowser: (chain) => `comprobado por tu navegador en ${chain}`,
    checking: 'tu navegador lo está comprobando…',
    foundByBrowser: 'lo encontró tu navegador',
    noRpc: (chain) => `No hay un nodo público de ${chain} para consultar: tu navegador comprobó las huellas de los registros, no la cadena.`,
    unreachable: (chain) => `No se pudo consultar ${chain}: tu navegador comprobó las huellas de los registros, no la cadena.`,
    complete: (upTo, on) => `Completo hasta el evento ${upTo}${on ? `, anclado el ${on}` : ''}.`,
    notAnchoredYet: (count) => (count === 1 ? 'Un evento más espera su anclaje.' : `${count} eventos más esperan su anclaje.`),
    sealed: 'Historia sellada: es el último evento del lote y no se puede añadir nada más.',
    status: { pending: 'pendiente de anclaje', included: 'anclado en la cadena (por confirmar)', finalized: 'anclado en la cadena, definitivo' },
    eventMismatch: '✗ no coincide con su huella registrada',
    eventOk: '✓ comprobado por tu navegador',
    eventBad: '✗ no coincide con lo anclado',
    technical: 'Detalles técnicos',
    network: 'Red',
    contract: 'Contrato',
    registry: 'compáralo con el registro de contratos',
    rpc: 'Nodo público que consulta tu navegador',
    none: 'ninguno',
    anchors: 'Anclajes',
    block: 'bloque',
    transaction: 'transacción',
    root: 'raíz',
    viewTransaction: 'ver en el explorador',
    proofBundle: 'Prueba completa (JSON)',
    howTo: 'Cualquiera puede comprobarlo sin confiar en nosotros: npx ayni-verify <url de la prueba> --rpc <nodo público>',
    noscript: 'Sin JavaScript, esta página muestra lo que comprobó Ayni; actívalo para que tu navegador lo compruebe por sí mismo.',
    chainNames: { 31337: 'red local de desarrollo' },
  },
  en: {
    title: 'Where this product comes from',
    product: 'Product',
    association: 'Association',
    community: 'Communities',
    families: 'families',
    lot: 'Lot',
    produced: 'Produced on',
    expires: 'best before',
    producers: (count) => (count === 1 ? 'One producer in this lot' : `${count} producers in this lot`),
    fact: { verified: '✓ as anchored', changed: '✗ changed after anchoring', unverified: '○ not anchored yet' },
    factsLegend: (seq, on) =>
      `Next to each fact: ✓ as anchored${seq ? ` (event ${seq}${on ? `, ${on}` : ''})` : ''}; ✗ changed after anchoring; ○ not anchored yet.`,
    whoMadeIt: 'Who made it',
    whereWhen: 'Where and when',
    photos: 'Photos',
    photoOf: (name) => `Photo of ${name}`,
    timeline: 'Story of the lot',
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
    verdictTitle: { verified: 'Verified', mismatch: 'Warning: data changed', pending: 'Waiting to be anchored' },
    headline: {
      verified: 'Verified: not changed since it was recorded',
      mismatch: 'Warning: a record of this lot was changed after it was recorded',
      pending: 'Not anchored yet: the records are waiting to be anchored on the chain',
    },
    headlineBrowserMismatch: 'Warning: your browser found data that does not match what was anchored',
    checkedByAyni: 'as reported by Ayni',
    checkedByBrowser: (chain) => `checked by your browser against ${chain}`,
    checking: 'your browser is checking…',
    foundByBrowser: 'found by your browser',
    noRpc: (chain) => `There is no public ${chain} node to ask: your browser checked the records’ fingerprints, not the chain.`,
    unreachable: (chain) => `${chain} could not be reached: your browser checked the records’ fingerprints, not the chain.`,
    complete: (upTo, on) => `Complete up to event ${upTo}${on ? `, anchored on ${on}` : ''}.`,
    notAnchoredYet: (count) => (count === 1 ? 'One more event is waiting to be anchored.' : `${count} more events are waiting to be anchored.`),
    sealed: 'Story sealed: this is the lot’s last event and nothing more can be added.',
    status: { pending: 'waiting to be anchored', included: 'anchored on the chain (awaiting finality)', finalized: 'anchored on the chain, final' },
    eventMismatch: '✗ does not match its recorded fingerprint',
    eventOk: '✓ checked by your browser',
    eventBad: '✗ does not match what was anchored',
    technical: 'Technical details',
    network: 'Network',
    contract: 'Contract',
    registry: 'compare it with the contract registry',
    rpc: 'Public node your browser asks',
    none: 'none',
    anchors: 'Anchors',
    block: 'block',
    transaction: 'transaction',
    root: 'root',
    viewTransaction: 'view in the explorer',
    proofBundle: 'Full proof (JSON)',
    howTo: 'Anyone can check this without trusting us: npx ayni-verify <proof url> --rpc <public node>',
    noscript: 'Without JavaScript this page shows what Ayni checked; turn it on for your browser to check it by itself.',
    chainNames: { 31337: 'the local development network' },
  },
  qu: {
    title: 'Maymantam kay ruru hamun',
    product: 'Ruru',
    association: 'Huñunakuy',
    community: 'Ayllukuna',
    families: 'ayllu',
    lot: 'Lote',
    produced: 'Ruwasqa',
    expires: 'vencimiento',
    producers: (count) => `${count} ruruchiqkuna kay lotepi`,
    fact: { verified: '✓ anclasqa hina', changed: '✗ anclasqa qhipaman tikrasqa', unverified: '○ manaraq anclasqachu' },
    factsLegend: (seq, on) =>
      `Sapa willakuypa ladonpi: ✓ anclasqa hina${seq ? ` (${seq} kaq ruwana${on ? `, ${on}` : ''})` : ''}; ✗ anclasqa qhipaman tikrasqa; ○ manaraq anclasqachu.`,
    whoMadeIt: 'Pikunam ruwarqanku',
    whereWhen: 'Maypi, haykapi',
    photos: 'Fotokuna',
    photoOf: (name) => `${name}: foto`,
    timeline: 'Lotepa willakuynin',
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
    verdictTitle: { verified: 'Chiqaqchasqa', mismatch: 'Cuidado: tikrasqa', pending: 'Suyachkanraq' },
    headline: {
      verified: 'Chiqaqchasqa: qillqasqanmanta mana tikrasqachu',
      mismatch: 'Cuidado: kay lotepa huk qillqasqanmi tikrasqa',
      pending: 'Manaraq anclasqachu: qillqasqakuna suyachkanraq',
    },
    headlineBrowserMismatch: 'Cuidado: navegadorniykim mana tupaqta tarirqan',
    checkedByAyni: 'Ayni nisqanman hina',
    checkedByBrowser: (chain) => `navegadorniykim ${chain} nisqapi chiqaqcharqan`,
    checking: 'navegadorniyki chiqaqchachkan…',
    foundByBrowser: 'navegadorniykim tarirqan',
    noRpc: (chain) => `Manam ${chain} nisqapaq nodo kanchu: navegadorniykim qillqasqakunallata chiqaqcharqan.`,
    unreachable: (chain) => `Manam ${chain} nisqawan rimayta atikurqanchu: navegadorniykim qillqasqakunallata chiqaqcharqan.`,
    complete: (upTo, on) => `${upTo} kaq ruwanakama hunt’asqa${on ? `, ${on} p’unchawpi anclasqa` : ''}.`,
    notAnchoredYet: (count) => `Huk ${count} ruwanakunaraq suyachkan.`,
    sealed: 'Willakuy wichqasqa: kaymi lotepa qhipa ruwanan, manam imatapas yapayta atikunchu.',
    status: { pending: 'suyachkan', included: 'cadenapi anclasqa (suyachkanraq)', finalized: 'cadenapi anclasqa, tukusqa' },
    eventMismatch: '✗ mana tupanchu',
    eventOk: '✓ navegadorniykim chiqaqcharqan',
    eventBad: '✗ mana tupanchu',
    technical: 'Técnico willakuykuna',
    network: 'Red',
    contract: 'Contrato',
    registry: 'contratokunap registronwan tupachiy',
    rpc: 'Navegadorniykip tapusqan nodo',
    none: 'mana mayqinpas',
    anchors: 'Anclajekuna',
    block: 'bloque',
    transaction: 'transacción',
    root: 'raíz',
    viewTransaction: 'explorerpi qhaway',
    proofBundle: 'Llapan prueba (JSON)',
    howTo: 'Pipas chiqaqchanman: npx ayni-verify <url> --rpc <nodo>',
    noscript: 'JavaScript mana kaptinqa, Ayni chiqaqchasqantam qhawachin; hap’ichiy, navegadorniyki kikin chiqaqchananpaq.',
    chainNames: { 31337: 'red local de desarrollo' },
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
