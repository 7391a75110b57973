import { allow, type Principal } from '@ayni/auth';
import { lotIdSchema, orgIdSchema } from '@ayni/http';
import { z } from '@hono/zod-openapi';
import type { ProvenanceDeps } from '../service/events.js';

export const tags = ['provenance'];
export const ASSOCIATION_STAFF = allow(['association_admin', 'association_member', 'platform_admin'], { orgParam: 'orgId' });
export const lotParams = z.object({ lotId: lotIdSchema });
export const ownLotParams = z.object({ orgId: orgIdSchema, lotId: lotIdSchema });

export interface ProvenanceRouteDeps extends ProvenanceDeps {
  /** PUBLIC_BASE_URL; when unset, the request's own origin. */
  readonly publicBaseUrl?: string | undefined;
}

export function baseUrlOf(deps: ProvenanceRouteDeps, requestUrl: string): string {
  return (deps.publicBaseUrl ?? new URL(requestUrl).origin).replace(/\/+$/, '');
}

export function roleOf(principal: Principal): string {
  return principal.roles.includes('association_admin')
    ? 'association_admin'
    : principal.roles.includes('association_member')
      ? 'association_member'
      : (principal.roles[0] ?? 'unknown');
}
