import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The Swagger UI files we serve ourselves (no CDN: users and tests may be offline). */
export const DOCS_ASSETS = {
  'swagger-ui.css': 'text/css; charset=utf-8',
  'swagger-ui-bundle.js': 'text/javascript; charset=utf-8',
} as const;
export type DocsAsset = keyof typeof DOCS_ASSETS;

/**
 * Where the Swagger UI files are: next to a Lambda bundle (`./swagger-ui/`, copied there by the CDK
 * bundling hook), or in the installed `swagger-ui-dist` package when running from source.
 */
export function docsAssetsDirectory(): string {
  const besideBundle = join(dirname(fileURLToPath(import.meta.url)), 'swagger-ui');
  if (existsSync(join(besideBundle, 'swagger-ui-bundle.js'))) return besideBundle;
  return dirname(createRequire(import.meta.url).resolve('swagger-ui-dist/package.json'));
}

const cache = new Map<DocsAsset, Buffer>();

export async function readDocsAsset(name: DocsAsset): Promise<Buffer> {
  let content = cache.get(name);
  if (!content) {
    content = await readFile(join(docsAssetsDirectory(), name));
    cache.set(name, content);
  }
  return content;
}

export const DOCS_INIT_SCRIPT = `window.addEventListener('load', function () {
  window.ui = SwaggerUIBundle({
    url: '/openapi.json',
    dom_id: '#swagger-ui',
    deepLinking: true,
    validatorUrl: null,
    tryItOutEnabled: true,
    persistAuthorization: false
  });
});
`;

export const DOCS_PAGE = `<!doctype html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>Ayni API</title>
  <link rel="stylesheet" href="/docs/swagger-ui.css">
</head>
<body>
  <div id="swagger-ui"></div>
  <script src="/docs/swagger-ui-bundle.js"></script>
  <script src="/docs/init.js"></script>
</body>
</html>
`;
