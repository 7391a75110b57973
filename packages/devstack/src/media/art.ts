/**
 * Illustrations for the demo data. There are no real photographs of the seeded associations, so the
 * seed shows drawings that say what they are: a landscape of the place (Andean peaks, the Amazonian
 * forest, the altiplano city) with what the association makes, and a caption. Pure and
 * deterministic: the same scene always gives the same bytes (variation comes from a hash of the
 * title, never from randomness or the clock).
 */

export const MOTIFS = [
  'cheese',
  'milk',
  'maize',
  'textiles',
  'knitwear',
  'cacao',
  'plantain',
  'crafts',
  'instruments',
  'leather',
  'ceramics',
  'vegetables',
  'coffee',
  'cuy',
  'quinoa',
  'fund',
] as const;
export type Motif = (typeof MOTIFS)[number];

export const LANDSCAPES = ['andes', 'valley', 'amazon', 'altiplano'] as const;
export type Landscape = (typeof LANDSCAPES)[number];

export interface Scene {
  readonly title: string;
  readonly subtitle: string;
  readonly motif: Motif;
  readonly landscape: Landscape;
}

const WIDTH = 640;
const HEIGHT = 400;

/** FNV-1a: a small deterministic hash, to vary the drawings by title. */
function hash(text: string): number {
  let h = 0x811c9dc5;
  for (const char of text) h = Math.imul(h ^ char.codePointAt(0)!, 0x01000193) >>> 0;
  return h;
}

const escapeXml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

const SKIES: Record<Landscape, [string, string]> = {
  andes: ['#7fb6e6', '#d9ecf7'],
  valley: ['#8cc2ea', '#eef6e0'],
  amazon: ['#9fd3c7', '#e8f5e1'],
  altiplano: ['#5e9bd6', '#f3e6cf'],
};

function landscape(kind: Landscape, h: number): string {
  const shift = (n: number) => (h >>> n) % 60;
  switch (kind) {
    case 'andes':
    case 'valley': {
      const snow = kind === 'andes';
      const peak = 90 + shift(3);
      return [
        `<path d="M0 250 L${120 + shift(5)} ${peak + 40} L${250 + shift(7)} 230 L${360 + shift(9)} ${peak} L${500 + shift(11)} 220 L640 ${160 + shift(13)} L640 400 L0 400Z" fill="#8a8f9c"/>`,
        snow
          ? `<path d="M${320 + shift(9)} ${peak + 30} L${360 + shift(9)} ${peak} L${400 + shift(9)} ${peak + 30} L${380 + shift(9)} ${peak + 24} L${360 + shift(9)} ${peak + 36} L${342 + shift(9)} ${peak + 24}Z" fill="#ffffff"/>`
          : '',
        `<path d="M0 300 Q160 ${250 + shift(15)} 320 290 T640 ${280 + shift(17)} L640 400 L0 400Z" fill="${snow ? '#9bb36a' : '#7fae52'}"/>`,
        kind === 'valley' ? '<path d="M0 360 Q200 330 330 350 T640 340" stroke="#6fa8dc" stroke-width="10" fill="none"/>' : '',
      ].join('');
    }
    case 'amazon': {
      const trees = Array.from({ length: 9 }, (_, i) => {
        const x = i * 76 + (shift(i + 2) % 30);
        const r = 34 + (shift(i + 4) % 18);
        return `<rect x="${x - 5}" y="${230 - r / 2}" width="10" height="${r + 40}" fill="#6b4f2a"/><circle cx="${x}" cy="${220 - r / 2}" r="${r}" fill="${i % 2 ? '#2f7d32' : '#3f9142'}"/>`;
      });
      return `<rect y="250" width="640" height="150" fill="#4f9a3c"/>${trees.join('')}<path d="M0 370 Q220 340 360 362 T640 350 L640 400 L0 400Z" fill="#8d7b5a"/>`;
    }
    case 'altiplano': {
      const blocks = Array.from({ length: 12 }, (_, i) => {
        const hgt = 40 + (shift(i + 1) % 50);
        return `<rect x="${i * 54}" y="${300 - hgt}" width="50" height="${hgt}" fill="${['#b5651d', '#c97b3c', '#a0522d'][i % 3]}"/>`;
      });
      return `<path d="M0 230 L${200 + shift(5)} 150 L${330 + shift(7)} 210 L${470 + shift(9)} 130 L640 200 L640 400 L0 400Z" fill="#9aa3b5"/><path d="M${450 + shift(9)} 145 L${470 + shift(9)} 130 L${490 + shift(9)} 145Z" fill="#fff"/>${blocks.join('')}<rect y="300" width="640" height="100" fill="#cdb48a"/>`;
    }
  }
}

/** What the association makes, drawn in the foreground around (320, 300). */
function motif(kind: Motif): string {
  switch (kind) {
    case 'cheese':
      return '<ellipse cx="300" cy="330" rx="90" ry="26" fill="#e8c34f"/><rect x="210" y="290" width="180" height="40" fill="#f4d35e"/><ellipse cx="300" cy="290" rx="90" ry="26" fill="#fbe38a"/><path d="M400 330 L470 300 L470 340 L400 350Z" fill="#f4d35e"/><circle cx="440" cy="325" r="6" fill="#e0b43c"/>';
    case 'milk':
      return '<rect x="270" y="250" width="80" height="110" rx="12" fill="#c9d1d9"/><rect x="290" y="230" width="40" height="24" fill="#aeb7c0"/><rect x="270" y="290" width="80" height="10" fill="#9aa4ae"/><ellipse cx="420" cy="345" rx="45" ry="16" fill="#ffffff"/>';
    case 'maize':
      return [0, 1, 2]
        .map(
          (i) =>
            `<g transform="translate(${250 + i * 60} 250) rotate(${(i - 1) * 12})"><ellipse cx="0" cy="50" rx="20" ry="55" fill="${i === 1 ? '#d9c9a0' : '#f1e3b5'}"/><path d="M-22 60 Q-40 20 -10 -10 L0 60Z M22 60 Q40 20 10 -10 L0 60Z" fill="#7fae52"/></g>`,
        )
        .join('');
    case 'textiles':
    case 'knitwear': {
      const band = (y: number, color: string) => `<rect x="220" y="${y}" width="200" height="16" fill="${color}"/>`;
      const body =
        kind === 'knitwear'
          ? '<path d="M250 240 L390 240 L440 280 L420 300 L400 290 L400 370 L240 370 L240 290 L220 300 L200 280Z" fill="#9c2f2f"/>'
          : '<rect x="220" y="240" width="200" height="130" fill="#b03a2e"/>';
      const diamonds = [250, 290, 330, 370, 410].map((x) => `<path d="M${x - 10} 305 L${x} 293 L${x + 10} 305 L${x} 317Z" fill="#f2c14e"/>`).join('');
      return `${body}${band(258, '#1f6f8b')}${band(340, '#1f6f8b')}${diamonds}`;
    }
    case 'cacao':
      return '<ellipse cx="300" cy="310" rx="40" ry="62" fill="#a0522d" transform="rotate(-20 300 310)"/><ellipse cx="390" cy="320" rx="34" ry="52" fill="#c8742e" transform="rotate(25 390 320)"/><path d="M296 250 L300 310 M386 270 L390 320" stroke="#6b3a1f" stroke-width="4"/><g fill="#5a3218"><ellipse cx="250" cy="368" rx="12" ry="8"/><ellipse cx="276" cy="372" rx="12" ry="8"/><ellipse cx="440" cy="368" rx="12" ry="8"/></g>';
    case 'plantain':
      return [0, 1, 2, 3]
        .map((i) => `<path d="M${260 + i * 30} 260 Q${240 + i * 30} 320 ${290 + i * 30} 370 Q${270 + i * 30} 320 ${275 + i * 30} 260Z" fill="#7cb342"/>`)
        .join('')
        .concat('<rect x="300" y="240" width="60" height="18" rx="6" fill="#5d4037"/>');
    case 'crafts':
      return [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10]
        .map((i) => {
          const a = Math.PI * (0.15 + (0.7 * i) / 10);
          return `<circle cx="${(320 - Math.cos(a) * 110).toFixed(1)}" cy="${(250 + Math.sin(a) * 100).toFixed(1)}" r="10" fill="${['#c62828', '#212121', '#f9a825'][i % 3]}"/>`;
        })
        .join('')
        .concat('<path d="M215 260 Q320 400 425 260" stroke="#5d4037" stroke-width="2" fill="none"/>');
    case 'instruments':
      return [0, 1, 2, 3, 4, 5, 6]
        .map((i) => `<rect x="${250 + i * 22}" y="${250 + i * 8}" width="16" height="${120 - i * 12}" rx="6" fill="#d4a55a" stroke="#8d6e3f"/>`)
        .join('')
        .concat('<rect x="244" y="300" width="160" height="10" fill="#b71c1c"/>');
    case 'leather':
      return '<path d="M230 330 L230 270 L290 270 L300 310 L400 320 Q430 325 430 350 L430 360 L230 360Z" fill="#6d4c41"/><rect x="230" y="355" width="200" height="10" fill="#3e2723"/><path d="M250 290 L290 300" stroke="#d7ccc8" stroke-width="3"/>';
    case 'ceramics':
      return '<path d="M260 260 Q230 300 250 360 L330 360 Q350 300 320 260Z" fill="#c1663b"/><rect x="270" y="250" width="40" height="12" fill="#a0522d"/><path d="M360 330 Q400 380 440 330Z" fill="#d98b5f"/><path d="M245 300 L335 300" stroke="#f4e1c1" stroke-width="5"/>';
    case 'vegetables':
      return '<path d="M200 320 L440 320 L420 370 L220 370Z" fill="#8d6e63"/><circle cx="260" cy="315" r="18" fill="#8e5a3c"/><circle cx="300" cy="312" r="16" fill="#6a3d9a"/><circle cx="340" cy="314" r="18" fill="#c49a6c"/><path d="M380 320 L392 270 L404 320Z" fill="#ef6c00"/><path d="M392 270 L380 250 M392 270 L404 250" stroke="#43a047" stroke-width="4"/>';
    case 'coffee':
      return '<path d="M260 300 L380 300 L370 360 L270 360Z" fill="#efe6dd"/><path d="M380 312 Q410 318 376 340" stroke="#efe6dd" stroke-width="8" fill="none"/><g fill="#c62828"><circle cx="430" cy="300" r="10"/><circle cx="448" cy="312" r="10"/><circle cx="430" cy="322" r="10"/></g><path d="M300 290 Q310 270 300 250 M330 290 Q340 270 330 250" stroke="#bdbdbd" stroke-width="3" fill="none"/>';
    case 'cuy':
      return '<ellipse cx="320" cy="330" rx="70" ry="40" fill="#a1887f"/><ellipse cx="280" cy="322" rx="34" ry="30" fill="#fafafa"/><circle cx="262" cy="318" r="4" fill="#212121"/><ellipse cx="285" cy="296" rx="8" ry="6" fill="#d7a9a0"/><path d="M380 370 L460 370 L460 300 L420 270 L380 300Z" fill="#8d6e63"/>';
    case 'quinoa':
      return [0, 1, 2, 3, 4]
        .map(
          (i) =>
            `<path d="M${240 + i * 40} 370 L${240 + i * 40} 280" stroke="#7cb342" stroke-width="4"/><ellipse cx="${240 + i * 40}" cy="270" rx="14" ry="30" fill="${['#d84315', '#f9a825', '#ad1457'][i % 3]}"/>`,
        )
        .join('');
    case 'fund':
      return '<path d="M240 330 Q320 280 400 330" stroke="#8d6e63" stroke-width="14" fill="none" stroke-linecap="round"/><circle cx="320" cy="300" r="26" fill="#f9a825" stroke="#c68400" stroke-width="4"/><path d="M350 250 A70 70 0 1 1 290 250" stroke="#1f6f8b" stroke-width="6" fill="none"/><path d="M290 250 L300 238 M290 250 L302 258" stroke="#1f6f8b" stroke-width="6"/>';
  }
}

/** The SVG document of one scene (well under 8 KB). */
export function drawScene(scene: Scene): string {
  const h = hash(`${scene.title}|${scene.motif}|${scene.landscape}`);
  const [top, bottom] = SKIES[scene.landscape];
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${WIDTH}" height="${HEIGHT}" viewBox="0 0 ${WIDTH} ${HEIGHT}" role="img" aria-label="${escapeXml(`${scene.title}: ${scene.subtitle}`)}">`,
    `<title>${escapeXml(scene.title)}</title>`,
    `<desc>Ilustración (no es una fotografía): ${escapeXml(scene.subtitle)}</desc>`,
    `<defs><linearGradient id="sky" x1="0" y1="0" x2="0" y2="1"><stop offset="0" stop-color="${top}"/><stop offset="1" stop-color="${bottom}"/></linearGradient></defs>`,
    '<rect width="640" height="400" fill="url(#sky)"/>',
    `<circle cx="${520 + ((h >>> 20) % 80)}" cy="${60 + ((h >>> 24) % 30)}" r="28" fill="#fff4c2"/>`,
    landscape(scene.landscape, h),
    motif(scene.motif),
    '<rect y="0" width="640" height="56" fill="#000" fill-opacity="0.45"/>',
    `<text x="20" y="26" font-family="sans-serif" font-size="20" font-weight="bold" fill="#fff">${escapeXml(scene.title)}</text>`,
    `<text x="20" y="47" font-family="sans-serif" font-size="14" fill="#fff">${escapeXml(scene.subtitle)}</text>`,
    '<text x="630" y="392" font-family="sans-serif" font-size="11" fill="#fff" text-anchor="end">Ilustración · Ayni demo</text>',
    '</svg>',
    '',
  ].join('\n');
}
