import { exportJWK, generateKeyPair, importJWK, SignJWT, type JWK } from 'jose';
import { existsSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import type { Role } from './principal.js';
import { LOCAL_JWT_ALGORITHM } from './verifier.js';

/** The local signing key pair, kept under DATA_DIR (never committed). */
export interface LocalKeyPair {
  readonly privateJwk: JWK;
  readonly publicJwk: JWK;
}

export function localKeyPath(dataDir: string): string {
  return join(dataDir, 'auth', 'jwt-signing-key.json');
}

export async function generateLocalKeyPair(): Promise<LocalKeyPair> {
  const { privateKey, publicKey } = await generateKeyPair(LOCAL_JWT_ALGORITHM, { extractable: true });
  const kid = `local-${Date.now().toString(36)}`;
  return {
    privateJwk: { ...(await exportJWK(privateKey)), kid, alg: LOCAL_JWT_ALGORITHM },
    publicJwk: { ...(await exportJWK(publicKey)), kid, alg: LOCAL_JWT_ALGORITHM },
  };
}

/** Loads the key pair from DATA_DIR, generating it (mode 0600) on first use. */
export async function loadOrCreateLocalKeyPair(dataDir: string): Promise<LocalKeyPair> {
  const path = localKeyPath(dataDir);
  if (existsSync(path)) return JSON.parse(await readFile(path, 'utf8')) as LocalKeyPair;
  const pair = await generateLocalKeyPair();
  await mkdir(dirname(path), { recursive: true });
  await writeFile(path, JSON.stringify(pair, null, 2), { mode: 0o600, flag: 'wx' }).catch(async (error: NodeJS.ErrnoException) => {
    if (error.code !== 'EEXIST') throw error;
  });
  return JSON.parse(await readFile(path, 'utf8')) as LocalKeyPair;
}

export async function readLocalKeyPair(dataDir: string): Promise<LocalKeyPair> {
  const path = localKeyPath(dataDir);
  if (!existsSync(path)) {
    throw new Error(`No local signing key at ${path}: run \`npm start\` once (it creates the key), or set DATA_DIR.`);
  }
  return JSON.parse(await readFile(path, 'utf8')) as LocalKeyPair;
}

export interface TokenRequest {
  readonly sub: string;
  readonly org?: string | undefined;
  readonly roles: readonly Role[];
  readonly issuer: string;
  readonly audience: string;
  /** Lifetime, e.g. `1h`, `8h`, or seconds. */
  readonly expiresIn?: string | number;
  /** Issue time override (tests of expiry). */
  readonly issuedAt?: Date;
}

export async function issueLocalToken(keys: LocalKeyPair, request: TokenRequest): Promise<string> {
  const key = await importJWK(keys.privateJwk, LOCAL_JWT_ALGORITHM);
  const issuedAt = Math.floor((request.issuedAt ?? new Date()).getTime() / 1000);
  const lifetime = request.expiresIn ?? '8h';
  return new SignJWT({ roles: [...request.roles], ...(request.org ? { org: request.org } : {}) })
    .setProtectedHeader({ alg: LOCAL_JWT_ALGORITHM, kid: keys.privateJwk.kid, typ: 'JWT' })
    .setSubject(request.sub)
    .setIssuer(request.issuer)
    .setAudience(request.audience)
    .setIssuedAt(issuedAt)
    .setExpirationTime(typeof lifetime === 'number' ? issuedAt + lifetime : lifetime)
    .sign(key);
}
