import type { DomainModule } from '@ayni/api';
import { catalogDomain } from '@ayni/catalog';
import { loansDomain } from '@ayni/loans';
import { ordersDomain } from '@ayni/orders';
import { provenanceDomain } from '@ayni/provenance';
import { webhooksDomain } from '@ayni/webhooks';

/** Every domain of the API: the local server mounts them all, the platform Lambda documents them all. */
export const ALL_DOMAINS: readonly DomainModule[] = [catalogDomain, ordersDomain, provenanceDomain, loansDomain, webhooksDomain];
