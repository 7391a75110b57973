import * as z from 'zod';

export const ROLES = ['platform_admin', 'association_admin', 'association_member', 'buyer', 'fund_officer', 'fund_approver'] as const;
export const roleSchema = z.enum(ROLES);
export type Role = z.infer<typeof roleSchema>;

/** Who is calling: the verified claims of the bearer token, in one typed shape. */
export interface Principal {
  readonly sub: string;
  /** The organisation the caller acts for (association, buyer or fund); absent for platform staff. */
  readonly org?: string | undefined;
  readonly roles: readonly Role[];
}

export function hasRole(principal: Principal | undefined, ...roles: readonly Role[]): boolean {
  return !!principal && principal.roles.some((role) => roles.includes(role));
}

/** Unknown role names are dropped rather than trusted; the token stays valid for the known ones. */
function knownRoles(values: readonly unknown[]): Role[] {
  return values.filter((value): value is Role => roleSchema.safeParse(value).success);
}

/**
 * API Gateway's JWT authorizer hands claims to Lambda as strings; Cognito groups arrive as
 * `"[a b]"` (or as an array when read from the token itself).
 */
function parseGroups(value: unknown): string[] {
  if (Array.isArray(value)) return value.map(String);
  if (typeof value !== 'string') return [];
  const inner = value.trim().replace(/^\[/, '').replace(/\]$/, '');
  return inner.split(/[\s,]+/).filter(Boolean);
}

/**
 * Reads a principal from token claims, whichever issuer made them: local tokens carry `roles` and
 * `org`; Cognito ID tokens carry `cognito:groups` and `custom:org`.
 */
export function principalFromClaims(claims: Record<string, unknown>): Principal | undefined {
  const sub = typeof claims.sub === 'string' && claims.sub.length > 0 ? claims.sub : undefined;
  if (!sub) return undefined;
  const org = claims.org ?? claims['custom:org'];
  const roles = knownRoles([...parseGroups(claims.roles), ...parseGroups(claims['cognito:groups'])]);
  return { sub, org: typeof org === 'string' && org.length > 0 ? org : undefined, roles: [...new Set(roles)] };
}
