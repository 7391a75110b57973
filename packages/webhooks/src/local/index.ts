export { LocalStreamReader } from './stream.js';
export { localWebhooks, type LocalWebhooksOptions } from './runner.js';
