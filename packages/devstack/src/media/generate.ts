import { mkdir, readdir, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { mediaFiles } from './files.js';
import { MEDIA_DIR } from './server.js';

/**
 * Writes the demo pictures into packages/devstack/media/ (and removes the ones no seed uses):
 * `npx tsx packages/devstack/src/media/generate.ts` after changing the seeded associations or the
 * drawings. tests/devstack/seed-story.test.ts fails while the files differ from what this writes.
 */
const files = mediaFiles();
await mkdir(MEDIA_DIR, { recursive: true });
for (const existing of await readdir(MEDIA_DIR)) {
  if (existing.endsWith('.svg') && !files.has(existing)) await rm(join(MEDIA_DIR, existing));
}
for (const [file, svg] of files) await writeFile(join(MEDIA_DIR, file), svg);
console.log(`${files.size} pictures in ${MEDIA_DIR}`);
