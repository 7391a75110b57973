export { ALL_DOMAINS as DOMAINS } from '../../../functions/domains.js';
