import {
  AbstractSigner,
  assertArgument,
  computeAddress,
  copyRequest,
  getAddress,
  getBytes,
  hashMessage,
  hexlify,
  recoverAddress,
  resolveAddress,
  resolveProperties,
  Signature,
  toBeHex,
  Transaction,
  TypedDataEncoder,
  type Provider,
  type TransactionLike,
  type TransactionRequest,
  type TypedDataDomain,
  type TypedDataField,
} from 'ethers';

/** Order of the secp256k1 group. */
const N = 0xfffffffffffffffffffffffffffffffebaaedce6af48a03bbfd25e8cd0364141n;
const HALF_N = N / 2n;

/** Signs a 32-byte digest and returns an ASN.1 DER ECDSA signature (what KMS `Sign` returns). */
export type DerDigestSigner = (digest: Uint8Array) => Promise<Uint8Array>;

function readInteger(der: Uint8Array, offset: number): { value: bigint; next: number } {
  if (der[offset] !== 0x02) throw new Error('DER signature: INTEGER expected');
  const length = der[offset + 1]!;
  if (length & 0x80) throw new Error('DER signature: long-form INTEGER length');
  const bytes = der.subarray(offset + 2, offset + 2 + length);
  return { value: BigInt(hexlify(bytes)), next: offset + 2 + length };
}

/** DER `SEQUENCE { INTEGER r, INTEGER s }` → r, s. */
export function parseDerSignature(der: Uint8Array): { r: bigint; s: bigint } {
  if (der[0] !== 0x30) throw new Error('DER signature: SEQUENCE expected');
  let offset = 2;
  if (der[1]! & 0x80) offset += der[1]! & 0x7f;
  const r = readInteger(der, offset);
  const s = readInteger(der, r.next);
  return { r: r.value, s: s.value };
}

/** The Ethereum address of a DER SubjectPublicKeyInfo (KMS `GetPublicKey`): its last 65 bytes are 04‖x‖y. */
export function addressFromSpki(spki: Uint8Array): string {
  if (spki.length < 65 || spki[spki.length - 65] !== 0x04) throw new Error('not an uncompressed secp256k1 public key');
  return computeAddress(hexlify(spki.subarray(spki.length - 65)));
}

/**
 * Turns a DER signature of `digest` into an Ethereum signature: s is normalised to the lower half
 * of the curve order (EIP-2), and the recovery id is found by trying v = 27 and 28 against the
 * signer's address.
 */
export function ethereumSignature(digest: string, der: Uint8Array, address: string): Signature {
  const { r, s } = parseDerSignature(der);
  const low = s > HALF_N ? N - s : s;
  for (const v of [27, 28] as const) {
    const signature = Signature.from({ r: toBeHex(r, 32), s: toBeHex(low, 32), v });
    if (recoverAddress(digest, signature) === address) return signature;
  }
  throw new Error('the signature does not recover to the signer address (wrong key?)');
}

/**
 * An ethers v6 signer whose private key lives elsewhere (AWS KMS in production): it only ever asks
 * for a DER signature of a digest.
 */
export class RemoteKeySigner extends AbstractSigner {
  readonly address: string;

  constructor(
    private readonly signDer: DerDigestSigner,
    address: string,
    provider: Provider | null = null,
  ) {
    super(provider);
    this.address = getAddress(address);
  }

  override async getAddress(): Promise<string> {
    return this.address;
  }

  override connect(provider: Provider | null): RemoteKeySigner {
    return new RemoteKeySigner(this.signDer, this.address, provider);
  }

  async signDigest(digest: string): Promise<Signature> {
    const der = await this.signDer(getBytes(digest));
    return ethereumSignature(digest, der, this.address);
  }

  override async signTransaction(request: TransactionRequest): Promise<string> {
    const tx = copyRequest(request);
    const { to, from } = await resolveProperties({
      to: tx.to ? resolveAddress(tx.to, this.provider) : undefined,
      from: tx.from ? resolveAddress(tx.from, this.provider) : undefined,
    });
    if (to != null) tx.to = to;
    if (from != null) tx.from = from;
    if (tx.from != null) {
      assertArgument(getAddress(tx.from as string) === this.address, 'transaction from address mismatch', 'tx.from', tx.from);
      delete tx.from;
    }
    const unsigned = Transaction.from(tx as TransactionLike<string>);
    unsigned.signature = await this.signDigest(unsigned.unsignedHash);
    return unsigned.serialized;
  }

  override async signMessage(message: string | Uint8Array): Promise<string> {
    return (await this.signDigest(hashMessage(message))).serialized;
  }

  override async signTypedData(domain: TypedDataDomain, types: Record<string, TypedDataField[]>, value: Record<string, unknown>): Promise<string> {
    const resolved = await TypedDataEncoder.resolveNames(domain, types, value, async (name) => {
      const address = await resolveAddress(name, this.provider);
      return address;
    });
    return (await this.signDigest(TypedDataEncoder.hash(resolved.domain, types, resolved.value))).serialized;
  }
}

export interface KmsSignerOptions {
  readonly keyId: string;
  readonly region: string;
  readonly provider?: Provider | null;
  /** Another KMS endpoint (a VPC endpoint; a local stand-in in tests). */
  readonly endpoint?: string;
  /** Longest wait for one KMS answer, per attempt (default 3 s; 3 attempts in all). */
  readonly requestTimeoutMs?: number;
}

/**
 * The production anchorer: an AWS KMS asymmetric key (spec ECC_SECG_P256K1, usage SIGN_VERIFY).
 * The private key never leaves KMS; `Sign` is called with MessageType DIGEST and ECDSA_SHA_256
 * on the Keccak digest (KMS does not hash a DIGEST again). The SDK is imported lazily so that
 * only the anchoring Lambda carries it.
 */
export async function createKmsSigner(options: KmsSignerOptions): Promise<RemoteKeySigner> {
  const { KMSClient, GetPublicKeyCommand, SignCommand } = await import('@aws-sdk/client-kms');
  // Bounded like every dependency: 2 s to connect, 3 s to answer, 3 attempts in all.
  const client = new KMSClient({
    region: options.region,
    maxAttempts: 3,
    requestHandler: { connectionTimeout: 2_000, requestTimeout: options.requestTimeoutMs ?? 3_000, throwOnRequestTimeout: true },
    ...(options.endpoint ? { endpoint: options.endpoint, credentials: { accessKeyId: 'test', secretAccessKey: 'test' } } : {}),
  });
  const { PublicKey } = await client.send(new GetPublicKeyCommand({ KeyId: options.keyId }));
  if (!PublicKey) throw new Error(`KMS key ${options.keyId} returned no public key`);
  const address = addressFromSpki(PublicKey);
  const sign: DerDigestSigner = async (digest) => {
    const { Signature: der } = await client.send(
      new SignCommand({ KeyId: options.keyId, Message: digest, MessageType: 'DIGEST', SigningAlgorithm: 'ECDSA_SHA_256' }),
    );
    if (!der) throw new Error('KMS Sign returned no signature');
    return der;
  };
  return new RemoteKeySigner(sign, address, options.provider ?? null);
}
