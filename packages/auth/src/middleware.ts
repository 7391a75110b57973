import { Forbidden, message, Unauthenticated } from '@ayni/core';
import type { Context, MiddlewareHandler } from 'hono';
import { MESSAGES } from './messages.js';
import { hasRole, principalFromClaims, type Principal, type Role } from './principal.js';
import type { TokenVerifier } from './verifier.js';

export interface AuthVariables {
  principal: Principal | undefined;
}

export type AuthEnv = { Variables: AuthVariables };

/**
 * Where principals come from: a verifier of bearer tokens (local), or the API Gateway authorizer,
 * whose verified claims are used when present; a token sent to a public route (no authorizer) is
 * verified in-process, so such routes behave as they do locally.
 */
export type Authenticator = { readonly mode: 'local'; readonly verify: TokenVerifier } | { readonly mode: 'gateway'; readonly verify: TokenVerifier };

function bearerToken(header: string | undefined): string | undefined {
  if (!header) return undefined;
  const match = /^Bearer\s+(\S+)$/i.exec(header.trim());
  if (!match) throw new Unauthenticated(message(MESSAGES, 'auth.bearer-header-malformed'));
  return match[1];
}

interface GatewayEnv {
  event?: { requestContext?: { authorizer?: { jwt?: { claims?: Record<string, unknown> } } } };
}

/**
 * Sets `principal` for every request. A request without a token is anonymous (public routes serve
 * it; the access guard refuses it elsewhere); a request with a bad token is refused at once.
 */
export function authenticate(authenticator: Authenticator): MiddlewareHandler<AuthEnv> {
  return async (c, next) => {
    // On routes behind API Gateway's JWT authorizer, it has verified signature, issuer, audience, expiry.
    const claims = authenticator.mode === 'gateway' ? (c.env as GatewayEnv | undefined)?.event?.requestContext?.authorizer?.jwt?.claims : undefined;
    if (claims) {
      c.set('principal', principalFromClaims(claims));
    } else {
      const token = bearerToken(c.req.header('authorization'));
      c.set('principal', token ? await authenticator.verify(token) : undefined);
    }
    await next();
  };
}

/**
 * Who may call a route: everyone, or callers holding one of `roles`; with `orgParam`, the caller
 * must also belong to the organisation named by that path parameter (platform admins pass when
 * `platform_admin` is among the roles).
 */
export type Access = { readonly kind: 'public' } | { readonly kind: 'roles'; readonly roles: readonly Role[]; readonly orgParam?: string | undefined };

export const PUBLIC: Access = { kind: 'public' };

export function allow(roles: readonly Role[], options: { orgParam?: string } = {}): Access {
  if (roles.length === 0) throw new RangeError('an access rule needs at least one role');
  return { kind: 'roles', roles, orgParam: options.orgParam };
}

export function requirePrincipal<E extends AuthEnv>(c: Context<E>): Principal {
  const principal = c.get('principal');
  if (!principal) throw new Unauthenticated(message(MESSAGES, 'auth.token-required'));
  return principal;
}

/** Checks an access rule against the current request; throws 401/403 domain errors. */
export function checkAccess<E extends AuthEnv>(c: Context<E>, access: Access): Principal | undefined {
  if (access.kind === 'public') return c.get('principal');
  const principal = requirePrincipal(c);
  if (!hasRole(principal, ...access.roles)) {
    throw new Forbidden(message(MESSAGES, 'auth.role-required', { roles: access.roles.join(', ') }));
  }
  if (access.orgParam) {
    const org = c.req.param(access.orgParam);
    const platformAdmin = access.roles.includes('platform_admin') && hasRole(principal, 'platform_admin');
    if (!platformAdmin && principal.org !== org) {
      throw new Forbidden(message(MESSAGES, 'auth.own-organisation-only'));
    }
  }
  return principal;
}

export function guard(access: Access): MiddlewareHandler<AuthEnv> {
  return async (c, next) => {
    checkAccess(c, access);
    await next();
  };
}
