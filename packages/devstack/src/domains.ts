import type { DomainModule } from '@ayni/api';

/** Every domain the local server mounts under /v1. */
export const DOMAINS: readonly DomainModule[] = [];
