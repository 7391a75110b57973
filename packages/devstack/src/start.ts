import { buildApi, createRuntime } from '@ayni/api';
import { loadOrCreateLocalKeyPair } from '@ayni/auth/local-issuer';
import { ConfigError, loadConfig, type Config } from '@ayni/core';
import { anchorChainFromConfig, anchorJobOptionsFromConfig, startAnchoringInterval } from '@ayni/provenance/anchor';
import { createDynamoClient, ensureTable } from '@ayni/store';
import { secretBoxOf } from '@ayni/webhooks';
import { localWebhooks } from '@ayni/webhooks/local';
import { serve, type ServerType } from '@hono/node-server';
import { answerClientErrorsWithProblems } from '@ayni/http';
import { mkdir } from 'node:fs/promises';
import type { Server } from 'node:http';
import { join, relative } from 'node:path';
import { prepareChain, type ChainSetup } from './chain.js';
import { loadOrCreateSecretsKey } from './secrets-key.js';
import { startDynamoDbLocal, type DynamoDbLocal } from './dynamodb.js';
import { DOMAINS } from './domains.js';
import { withMedia } from './media/server.js';
import { isPortOpen } from './ports.js';
import { seedDemoData } from './seed/index.js';
import { writeStackFile } from './stack-file.js';

/** How often the local stack anchors pending provenance events (AWS: every 5 minutes). */
const LOCAL_ANCHOR_INTERVAL_MS = 15_000;
/** How often the local webhook pipeline reads the stream and delivers what is due. */
const LOCAL_WEBHOOKS_INTERVAL_MS = 1_000;

/**
 * `npm start`: the whole product on one machine. DynamoDB Local (persisted under DATA_DIR), a real
 * local EVM node with the anchor contract, demo data, and the API, all stopped together on Ctrl-C.
 */
async function main(): Promise<void> {
  const started = performance.now();
  const config = loadConfig(process.env);
  const stops: Array<() => Promise<void>> = [];
  const stopAll = async () => {
    for (const stop of stops.reverse()) await stop().catch((error) => console.error(error));
  };
  let stopping = false;
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, () => {
      if (stopping) return;
      stopping = true;
      console.log(`\n${signal}: stopping Ayni...`);
      void stopAll().then(() => process.exit(0));
    });
  }

  try {
    await mkdir(config.DATA_DIR, { recursive: true });
    for (const [name, port] of [
      ['PORT', config.PORT],
      ['DYNAMODB_LOCAL_PORT', config.DYNAMODB_LOCAL_PORT],
    ] as const) {
      if (await isPortOpen(port)) throw new Error(`Port ${port} (${name}) is already in use: stop what runs there or set ${name}.`);
    }

    const dynamodb: DynamoDbLocal = await startDynamoDbLocal({
      port: config.DYNAMODB_LOCAL_PORT,
      dataDir: join(config.DATA_DIR, 'dynamodb'),
    });
    stops.push(() => dynamodb.stop());
    // Creating the table can take DynamoDB Local a few seconds on a first start.
    const client = createDynamoClient({ region: config.AWS_REGION, endpoint: dynamodb.endpoint, timeouts: { requestMs: 30_000 } });
    const table = await ensureTable(client, config.TABLE_NAME);
    client.destroy();

    if (!config.CHAIN_RPC_URL && (await isPortOpen(config.EVM_PORT))) {
      throw new Error(`Port ${config.EVM_PORT} (EVM_PORT) is already in use: stop what runs there or set EVM_PORT.`);
    }
    const chain: ChainSetup = await prepareChain(config);
    if (chain.close) stops.push(chain.close);

    // The runtime verifies tokens with this key; `npm run token` signs with it.
    await loadOrCreateLocalKeyPair(config.DATA_DIR);
    const runtimeConfig: Config = {
      ...config,
      AWS_ENDPOINT_URL_DYNAMODB: dynamodb.endpoint,
      CHAIN_RPC_URL: chain.rpcUrl,
      CHAIN_ID: chain.chainId,
      ANCHOR_CONTRACT_ADDRESS: chain.contractAddress,
      ANCHOR_SIGNER_KEY: chain.anchorerKey,
      PUBLIC_BASE_URL: config.PUBLIC_BASE_URL ?? `http://localhost:${config.PORT}`,
      // A receiver on this machine (http://127.0.0.1:…) may be a webhook endpoint, locally only.
      WEBHOOKS_ALLOW_LOOPBACK_HTTP: true,
      // Endpoint secrets are stored sealed, by the key under DATA_DIR unless one is given.
      WEBHOOK_SECRETS_KEY: config.WEBHOOK_SECRETS_KEY ?? (await loadOrCreateSecretsKey(config.DATA_DIR)),
      // The public page's script checks anchors against the local node unless told another RPC.
      CHAIN_PUBLIC_RPC_URLS: {
        ...(chain.publicRpcUrl ? { [String(chain.chainId)]: [chain.publicRpcUrl] } : {}),
        ...config.CHAIN_PUBLIC_RPC_URLS,
      },
    };
    const runtime = await createRuntime(runtimeConfig);
    if (config.CLOCK_START) console.log(`Clock: started as if at ${config.CLOCK_START} (CLOCK_START), running at real speed`);
    await writeStackFile(config.DATA_DIR, {
      AWS_ENDPOINT_URL_DYNAMODB: dynamodb.endpoint,
      TABLE_NAME: config.TABLE_NAME,
      CHAIN_RPC_URL: chain.rpcUrl,
      CHAIN_ID: String(chain.chainId),
      ANCHOR_CONTRACT_ADDRESS: chain.contractAddress,
      localAnchorer: !config.CHAIN_RPC_URL,
    });

    const app = buildApi(runtime, DOMAINS);
    // The demo data's pictures (packages/devstack/media/) are served beside the API, locally only.
    const server: ServerType = await new Promise((resolve) => {
      const s = serve({ fetch: withMedia(app.fetch), port: config.PORT, hostname: '127.0.0.1' }, () => resolve(s));
    });
    answerClientErrorsWithProblems(server as unknown as Server);
    stops.push(() => new Promise<void>((resolve) => server.close(() => resolve())));

    // Webhooks: DynamoDB Local's stream → dispatcher → the table's queue → delivery, as in AWS.
    const webhooksClient = createDynamoClient({ region: config.AWS_REGION, endpoint: dynamodb.endpoint });
    const webhooks = localWebhooks({
      store: runtime.store,
      client: webhooksClient,
      endpoint: dynamodb.endpoint,
      region: config.AWS_REGION,
      clock: runtime.clock,
      secrets: secretBoxOf(runtime.config),
    });
    webhooks.start(LOCAL_WEBHOOKS_INTERVAL_MS, (error) => runtime.logger.warn('webhooks', { error: String(error) }));
    stops.push(async () => {
      await webhooks.stop();
      webhooksClient.destroy();
    });

    const readyMs = Math.round(performance.now() - started);
    const base = runtimeConfig.PUBLIC_BASE_URL;
    console.log(
      [
        '',
        `Ayni is running (ready in ${(readyMs / 1000).toFixed(1)} s)`,
        `  API             ${base}/v1`,
        `  Health          ${base}/health`,
        `  API docs        ${base}/docs`,
        `  OpenAPI         ${base}/openapi.json`,
        `  Catalog         ${base}/v1/catalog`,
        `  Demo pictures   ${base}/media/<file>.svg  (illustrations in packages/devstack/media/)`,
        `  DynamoDB Local  ${dynamodb.endpoint}  table ${config.TABLE_NAME} (${table}), data in ${join(config.DATA_DIR, 'dynamodb')}`,
        `  EVM chain       ${chain.rpcUrl}  chain ${chain.chainId}${chain.close ? ' (local node)' : ''}`,
        ...(chain.notes ?? []).map((note) => `                  ${note}`),
        `  Anchor contract ${chain.contractAddress}  anchorer ${chain.anchorerAddress}`,
        `  Webhooks        ${base}/v1/orgs/<orgId>/webhooks  (DynamoDB Local's stream, delivered every ${LOCAL_WEBHOOKS_INTERVAL_MS / 1000} s; http://127.0.0.1 receivers allowed here)`,
        '',
        'Loading the demo data (once; later starts find it there)...',
      ].join('\n'),
    );

    // The API answers while the demo data loads: the first start seeds a whole fund's history.
    // A seed step that fails is reported and the API keeps serving what did load.
    const seedStarted = performance.now();
    const seeded = await seedDemoData(runtime);
    if (stopping) return;
    // Anchoring runs every LOCAL_ANCHOR_INTERVAL_MS here, as the scheduled Lambda does in AWS.
    const stopAnchoring = startAnchoringInterval(
      {
        store: runtime.store,
        clock: runtime.clock,
        chain: await anchorChainFromConfig(runtimeConfig),
        options: anchorJobOptionsFromConfig(runtimeConfig),
        logger: {
          info: (message, extra) => runtime.logger.debug(message, extra ?? {}),
          warn: (message, extra) => runtime.logger.warn(message, extra ?? {}),
          error: (message, extra) => runtime.logger.error(message, extra ?? {}),
        },
      },
      LOCAL_ANCHOR_INTERVAL_MS,
    );
    stops.push(stopAnchoring);
    console.log(
      [
        `  Demo data       ${seeded.summary || 'none loaded'} (${((performance.now() - seedStarted) / 1000).toFixed(1)} s)`,
        ...seeded.associations.map((a) => `                  ${a.orgId}  ${a.name}`),
        ...Object.entries(seeded.buyers).map(([name, id]) => `                  ${id}  ${name} (buyer)`),
        ...(seeded.showcaseLotId
          ? [
              `  Provenance page ${base}/p/${seeded.showcaseLotId}`,
              `  Proof bundle    ${base}/v1/lots/${seeded.showcaseLotId}/provenance  (verify: npx ayni-verify ${base}/v1/lots/${seeded.showcaseLotId}/provenance --rpc ${chain.rpcUrl}${chain.registryPath ? ` --deployments ${relative(process.cwd(), chain.registryPath)}` : ` --chain-id ${chain.chainId} --contract ${chain.contractAddress}`})`,
            ]
          : []),
        ...(seeded.fundId ? [`  FREES metrics   ${base}/v1/funds/${seeded.fundId}/metrics  (token: --org ${seeded.fundId} --roles fund_officer)`] : []),
        `  Tokens          npm run token -- --sub ana --org ${seeded.associations[0]?.orgId ?? '<orgId>'} --roles association_admin`,
        '',
      ].join('\n'),
    );
    if (seeded.failures.length === 0) {
      console.log('Demo data ready. Press Ctrl-C to stop.');
    } else {
      for (const failure of seeded.failures) {
        console.error(`Demo data step failed: ${failure.step}: ${failure.error.message}`);
        if (process.env.LOG_LEVEL === 'debug') console.error(failure.error);
      }
      console.error(`Demo data incomplete (${seeded.failures.length} step(s) failed); the API keeps serving. Press Ctrl-C to stop.`);
    }
  } catch (error) {
    if (stopping) return;
    await stopAll();
    if (error instanceof ConfigError) {
      console.error(error.message);
    } else {
      console.error(`Ayni could not start: ${(error as Error).message}`);
      if (process.env.LOG_LEVEL === 'debug') console.error(error);
    }
    process.exit(1);
  }
}

try {
  await main();
} catch (error) {
  console.error(error instanceof ConfigError ? error.message : error);
  process.exit(1);
}
