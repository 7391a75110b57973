import type { Landscape, Motif } from '../media/art.js';

/**
 * Demo catalog from the field reports in shared/DOMAIN.md: the associations are real in kind and
 * place; names of people are illustrative. Prices are in céntimos (PEN) or centavos (BOB).
 */
export interface SeedProduct {
  readonly sku: string;
  readonly name: { es: string; en?: string; qu?: string };
  readonly description: { es: string; en?: string };
  readonly category: string;
  readonly unit: 'kg' | 'unit' | 'dozen' | 'litre' | 'metre';
  readonly price: number;
  readonly minOrderQuantity: string;
  readonly orderMultiple: string;
  readonly leadTimeDays: number;
  readonly gtin?: string;
  /** How its sales are taxed when not at the general rate (IGV): the exemption and its legal basis. */
  readonly tax?: { readonly treatment: 'exonerated' | 'unaffected'; readonly reason: string };
  /** Lots: quantity and production date (days before the seed date). */
  readonly lots: ReadonlyArray<{ code: string; quantity: string; daysAgo: number; expiresInDays?: number }>;
}

export interface SeedAssociation {
  readonly slug: string;
  readonly profile: Record<string, unknown>;
  /** The illustration that stands in for a photo (packages/devstack/media/<slug>.svg): what it shows. */
  readonly picture: { readonly motif: Motif; readonly landscape: Landscape; readonly caption: string };
  readonly members: ReadonlyArray<{ name: string; community: string; role?: string }>;
  readonly products: readonly SeedProduct[];
}

const cheese = (sku: string, es: string, en: string, price: number, description: string, days: number[], gtin?: string): SeedProduct => ({
  sku,
  ...(gtin ? { gtin } : {}),
  name: { es, en, qu: 'Kisu' },
  description: { es: description },
  category: 'cheese',
  unit: 'kg',
  price,
  minOrderQuantity: '2',
  orderMultiple: '0.5',
  leadTimeDays: 3,
  lots: days.map((daysAgo, i) => ({ code: `${sku}-${String(i + 1).padStart(3, '0')}`, quantity: String(30 + i * 12.5), daysAgo, expiresInDays: 45 })),
});

export const SEED_ASSOCIATIONS: readonly SeedAssociation[] = [
  {
    slug: 'sumaq-ausangate',
    profile: {
      kind: 'association',
      name: 'Asociación de Productores Lácteos Sumaq Ausangate',
      country: 'PE',
      region: 'Cusco',
      province: 'Quispicanchi',
      district: 'Ocongate',
      languages: ['qu', 'es'],
      contact: { phone: '+51 984 100 200', whatsapp: true },
      familyCount: 30,
      story: {
        history: {
          es: 'Desde hace más de quince años, treinta familias lecheras de Ocongate, al pie del nevado Ausangate, juntan la leche de sus vacas cada mañana para elaborar quesos. Empezamos con el queso fresco andino y aprendimos a madurar quesos tipo paria y a hilar mozzarella.',
          en: 'For more than fifteen years thirty dairy families of Ocongate, at the foot of the Ausangate glacier, have pooled their morning milk to make cheese.',
          qu: 'Chunka pichqayuq watañam Ocongate llaqtapi, Ausangate apup chakinpi, kimsa chunka ayllukuna sapa paqarin wakakunap lichinta huñuyku kisu ruranaykupaq. Kay suyup kisunwan qallariyku; qhipamanmi paria kisuta puquchiyta, mozzarellata ruraytapas yachayku.',
        },
        mission: {
          es: 'Elaboramos quesos de leche de altura con buenas prácticas y precio justo, para que las familias de Ocongate vivan de su trabajo sin dejar su tierra.',
          en: 'We make high-altitude milk cheeses with good practice and a fair price, so that Ocongate families can live from their work without leaving their land.',
          qu: 'Alto pachapi lichiwan allin kisuta ruraniku, chanin chaniwan, Ocongate ayllukuna allpankuta mana saqispa llamk’asqankuwan kawsanankupaq.',
        },
        producers: {
          es: 'Treinta familias quechuahablantes de las comunidades de Ocongate, Marcapata y Tinke, con vacas criadas sobre los 3 800 m.',
          en: 'Thirty Quechua-speaking families of the communities of Ocongate, Marcapata and Tinke, with cows raised above 3,800 m.',
          qu: 'Ocongate, Marcapata, Tinke llaqtakunamanta kimsa chunka ayllukuna, runasimita rimaqkuna; wakankuqa 3 800 m patapi uywasqa.',
        },
      },
      certifications: [{ name: 'Registro sanitario DIGESA', issuer: 'DIGESA' }],
      brand: { name: 'Sumaq Ausangate', registry: 'INDECOPI' },
      // RUC with its SUNAT check digit (illustrative, like every tax id of the demo).
      taxId: { scheme: 'RUC', number: '20527184933' },
    },
    picture: { motif: 'cheese', landscape: 'andes', caption: 'Quesos de Ocongate, al pie del Ausangate' },
    members: [
      { name: 'Justina Quispe Mamani', community: 'Ocongate', role: 'president' },
      { name: 'Valentín Huamán Condori', community: 'Tinke', role: 'treasurer' },
      { name: 'Rosa Ccapa Turpo', community: 'Marcapata', role: 'secretary' },
      { name: 'Faustino Mamani Crispín', community: 'Ocongate' },
      { name: 'Hilaria Condori Quispe', community: 'Tinke' },
    ],
    products: [
      cheese(
        'QUESO-ANDINO',
        'Queso andino fresco',
        'Fresh Andean cheese',
        2800,
        'Queso fresco de leche entera, suave y ligeramente salado, elaborado el mismo día del ordeño.',
        [3, 10],
        // GS1 Peru prefix 775; its lots (QUESO-ANDINO-001, -002) are batch/lot numbers of its Digital Links.
        '7750000000021',
      ),
      cheese('QUESO-MADURADO', 'Queso madurado de altura', 'Aged highland cheese', 4200, 'Queso madurado 60 días en la cava de la asociación a 3 800 m.', [70]),
      cheese(
        'QUESO-PARIA',
        'Queso tipo paria',
        'Paria-style cheese',
        3200,
        'Queso semiduro tradicional del sur andino, ideal para freír o acompañar choclo.',
        [5, 12],
        '7750000000038',
      ),
      cheese(
        'MOZZARELLA',
        'Mozzarella andina',
        'Andean mozzarella',
        3600,
        'Mozzarella de pasta hilada con leche de altura, para pizzerías y restaurantes.',
        [2],
      ),
      cheese('QUESO-PIZZERO', 'Queso pizzero', 'Pizza cheese', 3000, 'Queso de fundido uniforme para hornos de leña.', [4]),
    ],
  },
  {
    slug: 'huaroq-sara',
    profile: {
      kind: 'association',
      name: 'Asociación de Productores Agropecuarios Huaroq Sara',
      country: 'PE',
      region: 'Cusco',
      province: 'Quispicanchi',
      district: 'Huaro',
      languages: ['qu', 'es'],
      familyCount: 11,
      story: {
        mission: {
          es: 'Once agricultores de Huaro cultivamos maíz blanco gigante y maíz chullpi de semilla propia, seleccionada por generaciones en el valle del Vilcanota.',
          en: 'Eleven farmers of Huaro growing giant white maize and chullpi maize from our own seed, selected over generations in the Vilcanota valley.',
          qu: 'Huaro llaqtamanta chunka hukniyuq chakra llamk’aqkuna hatun yuraq sarata chullpi saratapas tarpuyku, Vilcanota mayup qichwanpi ñawpa taytaykukunamanta akllasqa muhuwan.',
        },
        history: {
          es: 'Nuestro maíz chullpi se tuesta en República del Pisco, en Cusco. Vendemos juntos para llegar con volumen y calidad pareja a restaurantes y tiendas.',
          en: 'Our chullpi maize is toasted at República del Pisco, in Cusco. We sell together to reach restaurants and shops with volume and even quality.',
          qu: 'Chullpi saraykuta Cusco llaqtapi República del Pisco hamk’an. Kuska qhatuyku, achka sarawan kaqlla allin kaqwan mikhuna wasikunaman tiendakunamanpas aypanaykupaq.',
        },
      },
      certifications: [],
      taxId: { scheme: 'RUC', number: '20604872155' },
    },
    picture: { motif: 'maize', landscape: 'valley', caption: 'Maíz del valle del Vilcanota, Huaro' },
    members: [
      { name: 'Mario Ttito Huallpa', community: 'Huaro', role: 'president' },
      { name: 'Eulogia Huillca Sonco', community: 'Huaro', role: 'treasurer' },
      { name: 'Julián Cusi Yupanqui', community: 'Urcos' },
    ],
    products: [
      {
        sku: 'MAIZ-BLANCO-GIGANTE',
        tax: { treatment: 'exonerated', reason: 'Exonerado del IGV: Apéndice I del TUO de la Ley del IGV (D.S. 055-99-EF), maíz en grano (partida 1005)' },
        name: { es: 'Maíz blanco gigante del Cusco', en: 'Cusco giant white corn', qu: 'Hatun yuraq sara' },
        description: { es: 'Mazorcas de grano grande y tierno del valle sagrado, variedad Blanco Urubamba, seleccionadas a mano.' },
        category: 'maize',
        unit: 'kg',
        price: 900,
        minOrderQuantity: '10',
        orderMultiple: '5',
        leadTimeDays: 2,
        lots: [
          { code: 'MBG-2026-01', quantity: '400', daysAgo: 20 },
          { code: 'MBG-2026-02', quantity: '250', daysAgo: 6 },
        ],
      },
      {
        sku: 'MAIZ-CHULLPI',
        tax: { treatment: 'exonerated', reason: 'Exonerado del IGV: Apéndice I del TUO de la Ley del IGV (D.S. 055-99-EF), maíz en grano (partida 1005)' },
        name: { es: 'Maíz chullpi para tostar', en: 'Chullpi corn for toasting', qu: 'Chullpi sara' },
        description: { es: 'Maíz chullpi de grano arrugado, el de la cancha serrana; se tuesta crocante y no revienta.' },
        category: 'maize',
        unit: 'kg',
        price: 1200,
        minOrderQuantity: '5',
        orderMultiple: '1',
        leadTimeDays: 2,
        gtin: '7750000000014',
        lots: [{ code: 'CHU-2026-01', quantity: '300', daysAgo: 15 }],
      },
    ],
  },
  {
    slug: 'awaq-warmikuna',
    profile: {
      kind: 'association',
      name: 'Asociación de Tejedoras Awaq Warmikuna',
      country: 'PE',
      region: 'Cusco',
      province: 'Quispicanchi',
      district: 'Andahuaylillas',
      languages: ['qu', 'es'],
      familyCount: 24,
      story: {
        mission: {
          es: 'Mujeres tejedoras de Quispicanchi tejemos fibra de alpaca con diseños de nuestras abuelas, bajo nuestra propia marca registrada, para tiendas de comercio justo en Europa.',
          en: 'Women weavers of Quispicanchi, we weave alpaca fibre with our grandmothers’ designs, under our own registered brand, for fair-trade shops in Europe.',
          qu: 'Quispicanchi awaq warmikuna, paqochap millmanta awayku hatun mamaykukunap pallayninkunawan, kikiyku marcaykuwan, Europapi chanin qhatu tiendakunapaq.',
        },
        producers: {
          es: 'Veinticuatro mujeres de cuatro comunidades, que hilan, tiñen con plantas y tejen a telar de cintura.',
          en: 'Twenty-four women of four communities who spin, dye with plants and weave on the backstrap loom.',
          qu: 'Tawa llaqtamanta iskay chunka tawayuq warmikuna: puchkanku, qurakunawan tullpunku, makinkuwan awanku.',
        },
      },
      certifications: [{ name: 'Miembro de comercio justo', issuer: 'WFTO' }],
      brand: { name: 'Awaq Warmikuna', registry: 'INDECOPI', registrationNumber: 'P00312345' },
      taxId: { scheme: 'RUC', number: '20485931628' },
    },
    picture: { motif: 'textiles', landscape: 'andes', caption: 'Tejidos de alpaca de Quispicanchi' },
    members: [
      { name: 'Nicolasa Ccori Huamán', community: 'Andahuaylillas', role: 'president' },
      { name: 'Felícitas Rojas Quispe', community: 'Huaro', role: 'treasurer' },
      { name: 'Marcelina Apaza Luna', community: 'Cusipata' },
    ],
    products: [
      {
        sku: 'CHALINA-ALPACA',
        name: { es: 'Chalina de baby alpaca teñida con plantas', en: 'Plant-dyed baby alpaca scarf', qu: 'Paqocha chalina' },
        description: { es: 'Chalina tejida a telar, teñida con cochinilla, chilca y nogal. 180 x 30 cm.' },
        category: 'textiles',
        unit: 'unit',
        price: 12000,
        minOrderQuantity: '5',
        orderMultiple: '1',
        leadTimeDays: 15,
        lots: [{ code: 'CHA-2026-11', quantity: '40', daysAgo: 25 }],
      },
      {
        sku: 'CHULLO-ALPACA',
        name: { es: 'Chullo de alpaca', en: 'Alpaca chullo hat', qu: "Ch'ullu" },
        description: { es: 'Chullo tejido a mano con iconografía de Quispicanchi.' },
        category: 'textiles',
        unit: 'unit',
        price: 6500,
        minOrderQuantity: '6',
        orderMultiple: '6',
        leadTimeDays: 10,
        lots: [{ code: 'CHU-2026-10', quantity: '60', daysAgo: 30 }],
      },
    ],
  },
  {
    slug: 'cacao-awajun',
    profile: {
      kind: 'association',
      name: 'Asociación de Productores de Cacao Awajún de Condorcanqui',
      country: 'PE',
      region: 'Amazonas',
      province: 'Condorcanqui',
      district: 'Nieva',
      languages: ['awa', 'es'],
      familyCount: 42,
      story: {
        mission: {
          es: 'Familias awajún del río Nieva cultivamos cacao nativo en chacras diversificadas con plátano y maíz, sin talar el bosque.',
          en: 'Awajún families of the Nieva river, we grow native cacao in mixed plots with plantain and maize, without cutting the forest.',
          qu: 'Nieva mayu patapi awajún ayllukuna kakawta tarpuyku, chakraykupi plátanowan sarawanpas, sach’a-sach’ata mana kuchuspa.',
        },
        producers: {
          es: 'Cuarenta y dos familias de Nieva y Santa María de Nieva; fermentamos el grano seis días en cajones y lo secamos al sol.',
          qu: 'Nieva, Santa María de Nieva llaqtakunamanta tawa chunka iskayniyuq ayllukuna; kakawta suqta p’unchaw cajonkunapi puquchiyku, intipi ch’akichiyku.',
        },
      },
      taxId: { scheme: 'RUC', number: '20608731041' },
    },
    picture: { motif: 'cacao', landscape: 'amazon', caption: 'Cacao nativo awajún del río Nieva' },
    members: [
      { name: 'Teófilo Wampagkit Ujukam', community: 'Nieva', role: 'president' },
      { name: 'Elena Daekat Shimpu', community: 'Santa María de Nieva', role: 'treasurer' },
    ],
    products: [
      {
        sku: 'CACAO-GRANO',
        tax: {
          treatment: 'exonerated',
          reason: 'Exonerado del IGV: Apéndice I del TUO de la Ley del IGV (D.S. 055-99-EF), cacao en grano crudo (partida 1801.00.19)',
        },
        name: { es: 'Cacao nativo en grano, fermentado y seco', en: 'Native cacao beans, fermented and dried' },
        description: { es: 'Grano de cacao nativo fino de aroma, fermentado 6 días en cajones y secado al sol.' },
        category: 'cacao',
        unit: 'kg',
        price: 1800,
        minOrderQuantity: '25',
        orderMultiple: '25',
        leadTimeDays: 7,
        lots: [{ code: 'CAC-2026-09', quantity: '500', daysAgo: 40 }],
      },
      {
        sku: 'ARTESANIA-AWAJUN',
        name: { es: 'Collar awajún de semillas', en: 'Awajún seed necklace' },
        description: { es: 'Collar de semillas del bosque, hecho por mujeres awajún.' },
        category: 'crafts',
        unit: 'unit',
        price: 3500,
        minOrderQuantity: '3',
        orderMultiple: '1',
        leadTimeDays: 10,
        lots: [{ code: 'COL-2026-01', quantity: '25', daysAgo: 35 }],
      },
    ],
  },
  {
    slug: 'consorcio-el-alto',
    profile: {
      kind: 'association',
      name: 'Consorcio Artesanal Tupak Katari de El Alto',
      country: 'BO',
      region: 'La Paz',
      province: 'Murillo',
      district: 'El Alto',
      languages: ['ay', 'es'],
      familyCount: 56,
      story: {
        mission: {
          es: 'Catorce talleres familiares de El Alto producimos juntos tejidos, chompas de alpaca, calzados de cuero e instrumentos de viento para llegar a compradores que un taller solo no alcanza.',
          en: 'Fourteen family workshops of El Alto making textiles, alpaca knitwear, leather shoes and wind instruments together, to reach buyers no single workshop could.',
          qu: 'El Alto llaqtamanta chunka tawayuq ayllup llamk’ana wasinkuna kuska ruraniku: awasqakunata, paqocha chompakunata, qaramanta zapatokunata, sikukunatapas; sapallan llamk’ana wasi mana aypasqan rantiqkunaman aypanaykupaq.',
        },
      },
      // Bolivian NIT (digits only, illustrative).
      taxId: { scheme: 'NIT', number: '1029384027' },
    },
    picture: { motif: 'knitwear', landscape: 'altiplano', caption: 'Talleres artesanales de El Alto' },
    members: [
      { name: 'Gregoria Mamani Choque', community: 'El Alto (Distrito 8)', role: 'president' },
      { name: 'Wilfredo Quispe Apaza', community: 'El Alto (Distrito 6)', role: 'treasurer' },
    ],
    products: [
      {
        sku: 'CHOMPA-ALPACA',
        name: { es: 'Chompa de alpaca tejida a mano', en: 'Hand-knitted alpaca sweater' },
        description: { es: 'Chompa de fibra de alpaca, tallas S a XL.' },
        category: 'textiles',
        unit: 'unit',
        price: 38000,
        minOrderQuantity: '3',
        orderMultiple: '1',
        leadTimeDays: 20,
        lots: [{ code: 'CHO-2026-10', quantity: '30', daysAgo: 18 }],
      },
      {
        sku: 'ZAMPONA',
        name: { es: 'Zampoña de caña', en: 'Cane panpipes (zampoña)' },
        description: { es: 'Zampoña afinada a mano por luriris del consorcio.' },
        category: 'instruments',
        unit: 'unit',
        price: 9000,
        minOrderQuantity: '2',
        orderMultiple: '1',
        leadTimeDays: 15,
        lots: [{ code: 'ZAM-2026-01', quantity: '20', daysAgo: 22 }],
      },
    ],
  },
];
