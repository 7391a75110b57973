import { PUBLIC } from '@ayni/auth';
import { DEFAULT_LOCALE, message, negotiateLang, NotFound, renderText, type Lang, type MessageCatalog, type MessageTexts } from '@ayni/core';
import {
  createRouter,
  defineRoute,
  jsonContent,
  PROBLEM_CATALOG,
  PROBLEM_TITLES,
  problemResponses,
  withOperationIds,
  type AppEnv,
  type ComponentHealth,
  type DomainModule,
  type HealthChecks,
  type Runtime,
} from '@ayni/http';
import { PROBLEM_EXPLANATIONS, PROBLEM_PAGE_TEXTS } from '@ayni/http/problem-explanations';
import type { Context } from 'hono';
import { html } from 'hono/html';
import { z, type OpenAPIHono } from '@hono/zod-openapi';
import { API_VERSION, buildDomainApi } from './compose.js';
import { MESSAGES } from './messages.js';
import { DOCS_ASSETS, DOCS_INIT_SCRIPT, DOCS_PAGE, readDocsAsset, type DocsAsset } from './docs-assets.js';

export type { ComponentHealth, HealthChecks } from '@ayni/http';

const componentSchema = z.object({ ok: z.boolean() }).catchall(z.unknown());
const healthSchema = z
  .object({
    status: z.enum(['ok', 'degraded']),
    checks: z.object({ dynamodb: componentSchema, chain: componentSchema }),
    version: z.string(),
  })
  .openapi('Health');

export const platformRoutes = withOperationIds({
  health: defineRoute({
    method: 'get',
    path: '/health',
    tags: ['platform'],
    summary: 'Readiness: DynamoDB and the anchoring chain answer',
    description:
      'A dependency that this deployment does not configure (no `CHAIN_RPC_URL`: events are recorded but not anchored) is reported with `configured: false` and does not make the service unready; one that is configured and does not answer does (503). Liveness, without calling any dependency: `GET /health/live`.',
    access: PUBLIC,
    responses: {
      200: jsonContent(healthSchema, 'Every configured dependency answered'),
      503: jsonContent(healthSchema, 'A configured dependency did not answer'),
    },
  }),
  liveness: defineRoute({
    method: 'get',
    path: '/health/live',
    tags: ['platform'],
    summary: 'Liveness: the process answers (no dependency is called)',
    access: PUBLIC,
    responses: { 200: jsonContent(z.object({ status: z.literal('live'), version: z.string() }).openapi('Liveness'), 'The process answers') },
  }),
  docsAsset: defineRoute({
    method: 'get',
    path: '/docs/{asset}',
    tags: ['platform'],
    summary: 'Static files of the API docs page',
    access: PUBLIC,
    request: { params: z.object({ asset: z.enum(['swagger-ui.css', 'swagger-ui-bundle.js', 'init.js']) }) },
    responses: { 200: { description: 'The file' }, ...problemResponses(400) },
  }),
  problems: defineRoute({
    method: 'get',
    path: '/problems',
    tags: ['platform'],
    summary: 'Every problem the API answers, by code',
    access: PUBLIC,
    responses: { 200: { description: 'An HTML page listing each problem code', content: { 'text/html': { schema: z.string() } } } },
  }),
  problem: defineRoute({
    method: 'get',
    path: '/problems/{code}',
    tags: ['platform'],
    summary: 'What a problem means and what to do: the page its `type` URI names',
    access: PUBLIC,
    request: {
      params: z.object({
        code: z
          .string()
          .regex(/^[a-z0-9-]{1,64}$/)
          .openapi({ example: 'validation-failed' }),
      }),
    },
    responses: {
      200: { description: 'An HTML page explaining the problem', content: { 'text/html': { schema: z.string() } } },
      ...problemResponses(400, 404),
    },
  }),
});

const PAGE_STYLE =
  'body{font-family:system-ui,sans-serif;max-width:44rem;margin:2rem auto;padding:0 1rem;line-height:1.5}code{background:#f3f3f3;padding:0 .2em}';

/** The language of a problem page: `?lang=`, else Accept-Language, else Spanish (as every API answer). */
function pageLang(c: Context<AppEnv>): Lang {
  return negotiateLang(c.req.header('accept-language'), c.req.query('lang'));
}

const say = (texts: MessageTexts, lang: Lang): string => renderText(texts, {}, { ...DEFAULT_LOCALE, lang });
const pageText = (key: keyof typeof PROBLEM_PAGE_TEXTS, lang: Lang): string => say(PROBLEM_PAGE_TEXTS[key], lang);

/** A problem's title in the language (PROBLEM_CATALOG's English one for a code not yet in PROBLEM_TITLES). */
function problemTitle(code: string, lang: Lang): string {
  const texts = (PROBLEM_TITLES as MessageCatalog)[code];
  return texts ? say(texts, lang) : PROBLEM_CATALOG[code]!.title;
}

/** A problem's explanation in the language (a test holds PROBLEM_EXPLANATIONS to every code). */
function problemExplanation(code: string, lang: Lang): string {
  const texts = (PROBLEM_EXPLANATIONS as MessageCatalog)[code];
  return texts ? say(texts, lang) : '';
}

/** A text whose `code spans` become `<code>` elements, every part escaped. */
const withCodeSpans = (text: string) => text.split(/`([^`]+)`/).map((part, i) => (i % 2 ? html`<code>${part}</code>` : html`${part}`));

/** Links between the pages keep a language chosen by `?lang=` (one chosen by Accept-Language needs none). */
const langQuery = (c: Context<AppEnv>, lang: Lang): string => (c.req.query('lang') === undefined ? '' : `?lang=${lang}`);

const pageHeaders = (lang: Lang) => ({ 'content-language': lang });

function problemPage(code: string, lang: Lang, query: string): ReturnType<typeof html> {
  const problem = PROBLEM_CATALOG[code]!;
  const title = problemTitle(code, lang);
  return html`<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1"><title>${title} (${code})</title><style>${PAGE_STYLE}</style></head>
<body><p><a href="/problems${query}">${pageText('allProblems', lang)}</a></p><h1>${title}</h1><p>${pageText('httpStatus', lang)} <strong>${problem.status}</strong> · ${pageText('code', lang)} <code>${code}</code></p><p>${problemExplanation(code, lang)}</p></body></html>`;
}

function problemListPage(lang: Lang, query: string): ReturnType<typeof html> {
  return html`<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1"><title>${pageText('listTitle', lang)}</title><style>${PAGE_STYLE}</style></head>
<body><h1>${pageText('listHeading', lang)}</h1><p>${withCodeSpans(pageText('listIntro', lang))}</p><ul>${Object.entries(PROBLEM_CATALOG).map(
    ([code, p]) => html`<li><a href="/problems/${code}${query}"><code>${code}</code></a> (${p.status}): ${problemTitle(code, lang)}</li>`,
  )}</ul></body></html>`;
}

async function timed(check: () => Promise<ComponentHealth>): Promise<ComponentHealth> {
  const started = performance.now();
  try {
    const result = await check();
    return { ...result, latencyMs: Math.round(performance.now() - started) };
  } catch (error) {
    return { ok: false, error: (error as Error).message, latencyMs: Math.round(performance.now() - started) };
  }
}

/** Health, the docs page and its assets. The OpenAPI document itself is mounted by the composer. */
export function createPlatformRouter(checks: HealthChecks): OpenAPIHono<AppEnv> {
  const router = createRouter();

  router.openapi(platformRoutes.health, async (c) => {
    const [dynamodb, chain] = await Promise.all([timed(checks.dynamodb), timed(checks.chain)]);
    const ok = [dynamodb, chain].every((check) => check.ok || check.configured === false);
    return c.json({ status: ok ? ('ok' as const) : ('degraded' as const), checks: { dynamodb, chain }, version: API_VERSION }, ok ? 200 : 503);
  });

  router.openapi(platformRoutes.liveness, (c) => c.json({ status: 'live' as const, version: API_VERSION }, 200));

  router.get('/docs', (c) => c.html(DOCS_PAGE));

  router.openapi(platformRoutes.docsAsset, async (c) => {
    const { asset } = c.req.valid('param');
    if (asset === 'init.js') return c.body(DOCS_INIT_SCRIPT, 200, { 'content-type': 'text/javascript; charset=utf-8' });
    const content = await readDocsAsset(asset as DocsAsset);
    return c.body(new Uint8Array(content), 200, {
      'content-type': DOCS_ASSETS[asset as DocsAsset],
      'cache-control': 'public, max-age=86400',
    });
  });

  // Vary: Accept-Language is added to every answer by the app's language middleware (@ayni/http app.ts).
  router.openapi(platformRoutes.problems, (c) => {
    const lang = pageLang(c);
    return c.html(problemListPage(lang, langQuery(c, lang)), 200, pageHeaders(lang));
  });

  router.openapi(platformRoutes.problem, (c) => {
    const { code } = c.req.valid('param');
    if (!Object.hasOwn(PROBLEM_CATALOG, code)) throw new NotFound(message(MESSAGES, 'api.unknown-problem-code', { code }));
    const lang = pageLang(c);
    return c.html(problemPage(code, lang, langQuery(c, lang)), 200, pageHeaders(lang));
  });

  return router;
}

/**
 * The whole application for a set of domains: the platform routes (health, docs, problem pages, the
 * OpenAPI document) and the domains'. The local server, the tests and the platform Lambda (which
 * serves the full OpenAPI document) use it; each domain Lambda uses `buildDomainApi`.
 */
export function buildApi(runtime: Runtime, domains: readonly DomainModule[]): OpenAPIHono<AppEnv> {
  return buildDomainApi(runtime, domains, (app) => app.route('/', createPlatformRouter(runtime.checks)));
}
