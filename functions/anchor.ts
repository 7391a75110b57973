import { Logger } from '@aws-lambda-powertools/logger';
import { loadConfig, systemClock } from '@ayni/core';
import { anchorChainFromConfig, anchoringHealth, anchorJobOptionsFromConfig, anchorPendingEvents, anchoringEmfRecord } from '@ayni/provenance/anchor';
import { createDynamoClient, createStore } from '@ayni/store';

/**
 * The scheduled anchoring job (EventBridge schedule → this Lambda, reserved concurrency 1). Config
 * is parsed once per cold start; a failed run throws so it shows in the Lambda's error metric, and
 * the next scheduled run picks up what it left (pending events, open batches).
 */
const config = loadConfig(process.env);
const logger = new Logger({ serviceName: 'ayni-anchor', logLevel: config.LOG_LEVEL.toUpperCase() as 'INFO' });
const store = createStore({ tableName: config.TABLE_NAME, region: config.AWS_REGION }, createDynamoClient({ region: config.AWS_REGION }));
const chain = await anchorChainFromConfig(config);
const options = anchorJobOptionsFromConfig(config);

export const handler = async () => {
  const summary = await anchorPendingEvents({
    store,
    clock: systemClock,
    chain,
    options,
    logger: {
      info: (message, extra) => logger.info(message, extra ?? {}),
      warn: (message, extra) => logger.warn(message, extra ?? {}),
      error: (message, extra) => logger.error(message, extra ?? {}),
    },
  });
  logger.info('anchoring run', { ...summary });
  // The figures the anchoring alarms watch, as an Embedded Metric Format line (no API call). A
  // failure to read them is logged, never the run's failure.
  try {
    const health = await anchoringHealth({ store, clock: systemClock }, chain);
    console.log(JSON.stringify(anchoringEmfRecord(process.env.POWERTOOLS_METRICS_NAMESPACE ?? 'Ayni', 'ayni-anchor', health, systemClock.now())));
  } catch (error) {
    logger.warn('anchoring metrics not read', { error: (error as Error).message });
  }
  if (!summary.ok) throw new Error(`anchoring run failed: ${summary.error}`);
  return summary;
};
