import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The demo data's pictures, served by the local stack only (`npm start`): in AWS, photos live in a
 * bucket. Files are the SVG illustrations in packages/devstack/media/ (written by
 * `npx tsx packages/devstack/src/media/generate.ts`), under `/media/<name>.svg`.
 */
export const MEDIA_DIR = fileURLToPath(new URL('../../media/', import.meta.url));
export const MEDIA_PATH = '/media/';

/** A media file name: lower-case letters, digits and hyphens, `.svg`. Anything else (dots, slashes, `%`) is refused. */
export const MEDIA_FILE_NAME = /^[a-z0-9][a-z0-9-]{0,120}\.svg$/;

const CONTENT_TYPES: Record<string, string> = { svg: 'image/svg+xml' };

/** The URL of a media file on the local server at `baseUrl` (e.g. `http://localhost:3000`). */
export function mediaUrl(baseUrl: string, file: string): string {
  if (!MEDIA_FILE_NAME.test(file)) throw new Error(`Not a media file name: ${file}`);
  return `${baseUrl.replace(/\/+$/, '')}${MEDIA_PATH}${file}`;
}

/** Whether a URL points at a file of the local media route (on any host): the seed may replace those. */
export function isMediaUrl(url: string): boolean {
  try {
    return new URL(url).pathname.startsWith(MEDIA_PATH);
  } catch {
    return false;
  }
}

const notFound = () =>
  new Response(JSON.stringify({ type: 'about:blank', title: 'Not Found', status: 404, detail: 'No such media file.' }), {
    status: 404,
    headers: { 'content-type': 'application/problem+json', 'cache-control': 'no-store' },
  });

/**
 * Answers a request for `/media/<file>`, or `undefined` for any other path (the API answers those).
 * GET and HEAD only; unknown names and anything that is not a plain file name (path traversal,
 * encoded slashes, sub-folders) get 404 without touching the file system outside `dir`.
 */
export async function serveMedia(request: Request, dir: string = MEDIA_DIR): Promise<Response | undefined> {
  const { pathname } = new URL(request.url);
  if (!pathname.startsWith(MEDIA_PATH)) return undefined;
  if (request.method !== 'GET' && request.method !== 'HEAD') {
    return new Response(null, { status: 405, headers: { allow: 'GET, HEAD' } });
  }
  const name = pathname.slice(MEDIA_PATH.length);
  if (!MEDIA_FILE_NAME.test(name)) return notFound();
  let body: Buffer;
  try {
    body = await readFile(join(dir, name));
  } catch {
    return notFound();
  }
  const etag = `"${createHash('sha256').update(body).digest('base64url').slice(0, 27)}"`;
  const headers = {
    'content-type': CONTENT_TYPES[name.slice(name.lastIndexOf('.') + 1)]!,
    'cache-control': 'public, max-age=86400',
    etag,
    'x-content-type-options': 'nosniff',
    // An SVG opened directly runs no script and loads nothing.
    'content-security-policy': "default-src 'none'; style-src 'unsafe-inline'",
  };
  if (request.headers.get('if-none-match') === etag) return new Response(null, { status: 304, headers });
  return new Response(request.method === 'HEAD' ? null : new Uint8Array(body), {
    status: 200,
    headers: { ...headers, 'content-length': String(body.length) },
  });
}

/** `fetch` for the local server: media files first, everything else to the API. */
export function withMedia<A extends unknown[]>(fetch: (request: Request, ...rest: A) => Response | Promise<Response>, dir: string = MEDIA_DIR) {
  return async (request: Request, ...rest: A): Promise<Response> => (await serveMedia(request, dir)) ?? fetch(request, ...rest);
}
