import { SEED_FREES_FUND, SEED_FREES_ORGANISATIONS } from '@ayni/loans';
import { SEED_ASSOCIATIONS } from '../seed/catalog-data.js';
import { drawScene, MOTIFS, type Landscape, type Motif, type Scene } from './art.js';

/** ASCII, lower case, hyphens: `Tejedoras de Quispicanchi — Awana Wasi` → `tejedoras-de-quispicanchi-awana-wasi`. */
export function slugOf(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** The picture of a catalog-seeded association, and of one of its products. */
export const associationPhotoFile = (slug: string) => `${slug}.svg`;
export const productPhotoFile = (slug: string, sku: string) => `${slug}-${slugOf(sku)}.svg`;
/** The picture of an organisation the FREES fund seed creates (packages/loans/src/seed.ts), by name. */
export const fundOrganisationPhotoFile = (name: string) => `frees-${slugOf(name)}.svg`;

const isMotif = (text: string): text is Motif => (MOTIFS as readonly string[]).includes(text);

function landscapeOf(place: { country: string; region: string; province: string }): Landscape {
  if (place.country === 'BO') return 'altiplano';
  // Sandia's coffee grows in the Puno jungle, as Condorcanqui's cacao in Amazonas.
  return place.region === 'Amazonas' || place.province === 'Sandia' ? 'amazon' : 'andes';
}

/** What each product's picture shows: its category, knitwear for garments. */
function productMotif(category: string, sku: string): Motif {
  if (sku.startsWith('CHOMPA')) return 'knitwear';
  if (!isMotif(category)) throw new Error(`No picture for product category ${category} (${sku})`);
  return category;
}

/**
 * Every media file of the demo data and the scene it draws: one per seeded association, one per
 * seeded product, one per organisation of the fund seed and the fund. `generate.ts` writes them.
 */
export function mediaScenes(): Map<string, Scene> {
  const scenes = new Map<string, Scene>();
  const add = (file: string, scene: Scene) => {
    if (scenes.has(file)) throw new Error(`Two pictures named ${file}`);
    scenes.set(file, scene);
  };
  for (const association of SEED_ASSOCIATIONS) {
    const name = String(association.profile.name);
    add(associationPhotoFile(association.slug), { title: name, subtitle: association.picture.caption, ...association.picture });
    for (const product of association.products) {
      add(productPhotoFile(association.slug, product.sku), {
        title: product.name.es,
        subtitle: name,
        motif: productMotif(product.category, product.sku),
        landscape: association.picture.landscape,
      });
    }
  }
  for (const org of SEED_FREES_ORGANISATIONS) {
    if (!isMotif(org.produce)) throw new Error(`No picture for ${org.name}: ${org.produce}`);
    add(fundOrganisationPhotoFile(org.name), {
      title: org.name,
      subtitle: `${org.place.district ?? org.place.province}, ${org.place.region} · ${org.producers} productores`,
      motif: org.produce,
      landscape: landscapeOf(org.place),
    });
  }
  add(fundOrganisationPhotoFile(SEED_FREES_FUND.name), {
    title: SEED_FREES_FUND.name,
    subtitle: 'Fondo rotatorio: lo que se devuelve vuelve a prestarse',
    motif: 'fund',
    landscape: 'andes',
  });
  return scenes;
}

/** The SVG text of every media file, by file name. */
export function mediaFiles(): Map<string, string> {
  return new Map([...mediaScenes()].map(([file, scene]) => [file, drawScene(scene)]));
}
