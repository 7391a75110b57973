import { deployAnchor, anchorContract } from '@ayni/chain';
import { addressFromSpki, parseDerSignature, RemoteKeySigner, type DerDigestSigner } from '@ayni/provenance/kms-signer';
import { getBytes, hexlify, randomBytes, SigningKey, Transaction, TypedDataEncoder, verifyMessage, verifyTypedData, Wallet } from 'ethers';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chainFixture, type ChainFixture } from '../support/chain.js';

const N = 0xfffffffffffffffffffffffffffffffebaaedce6af48a03bbfd25e8cd0364141n;

/** Minimal DER INTEGER: big-endian, no leading zeros, a 0x00 before a set high bit. */
function derInteger(value: bigint): number[] {
  let bytes = [...getBytes(`0x${value.toString(16).padStart(64, '0')}`)];
  while (bytes.length > 1 && bytes[0] === 0) bytes = bytes.slice(1);
  if (bytes[0]! & 0x80) bytes = [0, ...bytes];
  return [0x02, bytes.length, ...bytes];
}

function der(r: bigint, s: bigint): Uint8Array {
  const body = [...derInteger(r), ...derInteger(s)];
  return Uint8Array.from([0x30, body.length, ...body]);
}

/**
 * Stands in for KMS `Sign` (MessageType DIGEST, ECDSA_SHA_256): a real local secp256k1 key signs
 * the digest and answers in DER, returning the high-s twin every other time, as KMS may.
 */
function localKms(key: SigningKey): { sign: DerDigestSigner; calls: number } {
  const state = { calls: 0 };
  const sign: DerDigestSigner = async (digest) => {
    expect(digest).toHaveLength(32);
    const signature = key.sign(digest);
    const s = BigInt(signature.s);
    state.calls++;
    return der(BigInt(signature.r), state.calls % 2 === 0 ? N - s : s);
  };
  return {
    sign,
    get calls() {
      return state.calls;
    },
  };
}

describe('the KMS-backed signer (a local key behind the same DER interface)', () => {
  const key = new SigningKey(hexlify(randomBytes(32)));
  const address = new Wallet(key.privateKey).address;

  it('derives the address from a KMS SubjectPublicKeyInfo', () => {
    const spki = getBytes(`0x3056301006072a8648ce3d020106052b8104000a034200${key.publicKey.slice(2)}`);
    expect(addressFromSpki(spki)).toBe(address);
  });

  it('parses DER signatures, including a 33-byte r with a leading zero', () => {
    const r = (1n << 255n) + 5n;
    expect(parseDerSignature(der(r, 7n))).toEqual({ r, s: 7n });
  });

  it('signs messages, typed data and transactions that recover to its address, normalising high s', async () => {
    const kms = localKms(key);
    const signer = new RemoteKeySigner(kms.sign, address);
    for (let i = 0; i < 4; i++) {
      const message = `ayni ${i}`;
      expect(verifyMessage(message, await signer.signMessage(message))).toBe(address);
    }
    const domain = { name: 'Ayni', version: '1', chainId: 31337 };
    const types = { Batch: [{ name: 'root', type: 'bytes32' }] };
    const value = { root: hexlify(randomBytes(32)) };
    expect(verifyTypedData(domain, types, value, await signer.signTypedData(domain, types, value))).toBe(address);
    expect(TypedDataEncoder.hash(domain, types, value)).toMatch(/^0x/);

    const raw = await signer.signTransaction({
      type: 2,
      chainId: 31337,
      nonce: 0,
      to: address,
      gasLimit: 21000,
      maxFeePerGas: 2n,
      maxPriorityFeePerGas: 1n,
      value: 1n,
    });
    const tx = Transaction.from(raw);
    expect(tx.from).toBe(address);
    expect(BigInt(tx.signature!.s) <= N / 2n).toBe(true);
    expect(kms.calls).toBeGreaterThanOrEqual(6);
  });

  it('refuses a signature made by another key', async () => {
    const other = localKms(new SigningKey(hexlify(randomBytes(32))));
    await expect(new RemoteKeySigner(other.sign, address).signMessage('x')).rejects.toThrow(/does not recover/);
  });

  describe('on the local chain', () => {
    let chain: ChainFixture;
    beforeAll(async () => {
      chain = await chainFixture();
    });
    afterAll(() => chain?.close());

    it('deploys the anchor contract and anchors a batch as a real ethers signer', async () => {
      const kmsKey = new SigningKey(hexlify(randomBytes(32)));
      const kmsAddress = new Wallet(kmsKey.privateKey).address;
      await chain.provider.send('hardhat_setBalance', [kmsAddress, '0x8ac7230489e80000']);
      const signer = new RemoteKeySigner(localKms(kmsKey).sign, kmsAddress, chain.provider);
      const deployed = await deployAnchor(signer);
      const contract = anchorContract(deployed.address, signer);
      const tx = await contract.anchor(hexlify(randomBytes(32)), hexlify(randomBytes(32)), 0, 10);
      const receipt = await tx.wait();
      expect(receipt?.from).toBe(kmsAddress);
      expect(await anchorContract(deployed.address, chain.provider).nextSeq(kmsAddress)).toBe(1n);
    });
  });
});
