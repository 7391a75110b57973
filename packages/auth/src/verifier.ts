import { message, Unauthenticated, type Message } from '@ayni/core';
import { createRemoteJWKSet, errors as joseErrors, importJWK, jwtVerify, type JWK, type JWTVerifyGetKey } from 'jose';
import { MESSAGES } from './messages.js';
import { principalFromClaims, type Principal } from './principal.js';

/** Turns a bearer token into a principal, or throws Unauthenticated saying why. */
export type TokenVerifier = (token: string) => Promise<Principal>;

export const LOCAL_JWT_ALGORITHM = 'ES256';

export interface LocalVerifierOptions {
  readonly issuer: string;
  readonly audience: string;
  readonly publicJwk: JWK;
  /** Seconds of clock skew tolerated on exp/nbf. */
  readonly clockToleranceSeconds?: number;
}

/** Verifies signature (ES256, local key), issuer, audience and expiry. */
export async function createLocalVerifier(options: LocalVerifierOptions): Promise<TokenVerifier> {
  const key = await importJWK(options.publicJwk, LOCAL_JWT_ALGORITHM);
  return verifierFor(key, [LOCAL_JWT_ALGORITHM], options);
}

export interface JwksVerifierOptions {
  readonly issuer: string;
  readonly audience: string;
  /** Defaults to `<issuer>/.well-known/jwks.json` (where Cognito publishes its keys). */
  readonly jwksUrl?: string;
  readonly clockToleranceSeconds?: number;
}

/**
 * Verifies tokens against an issuer's published keys (Cognito: RS256), fetched once and cached by
 * jose. In AWS this checks a token sent to a public route, which API Gateway does not inspect.
 */
export function createJwksVerifier(options: JwksVerifierOptions): TokenVerifier {
  const keys = createRemoteJWKSet(new URL(options.jwksUrl ?? `${options.issuer.replace(/\/$/, '')}/.well-known/jwks.json`), {
    timeoutDuration: 3000,
    cooldownDuration: 30_000,
  });
  return verifierFor(keys, ['RS256', 'ES256'], options);
}

function verifierFor(
  key: Parameters<typeof jwtVerify>[1] | JWTVerifyGetKey,
  algorithms: string[],
  options: { issuer: string; audience: string; clockToleranceSeconds?: number | undefined },
): TokenVerifier {
  return async (token) => {
    try {
      const { payload } = await jwtVerify(token, key as JWTVerifyGetKey, {
        issuer: options.issuer,
        audience: options.audience,
        algorithms,
        clockTolerance: options.clockToleranceSeconds ?? 5,
        requiredClaims: ['sub', 'exp'],
      });
      const principal = principalFromClaims(payload);
      if (!principal) throw new Unauthenticated(message(MESSAGES, 'auth.token-no-subject'));
      return principal;
    } catch (error) {
      if (error instanceof Unauthenticated) throw error;
      throw new Unauthenticated(describeJoseError(error), { cause: error });
    }
  };
}

function describeJoseError(error: unknown): Message {
  if (error instanceof joseErrors.JWTExpired) return message(MESSAGES, 'auth.token-expired');
  if (error instanceof joseErrors.JWTClaimValidationFailed) return message(MESSAGES, 'auth.claim-not-accepted', { claim: error.claim });
  if (error instanceof joseErrors.JWSSignatureVerificationFailed) return message(MESSAGES, 'auth.signature-invalid');
  return message(MESSAGES, 'auth.token-untrusted');
}
