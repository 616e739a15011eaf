/**
 * Signature checks for chain verification, through the fastest primitive the runtime has: Node's
 * `crypto.verify` (synchronous, no key import per call once the issuer's key is cached), or
 * WebCrypto where Node's API is missing.
 */
import {
  createPublicKey,
  type KeyObject,
  constants as nodeConstants,
  verify as nodeVerify,
  webcrypto,
} from 'node:crypto';
import { children, readOid, readTlv } from './der.js';
import { algorithm, type ParsedCertificate } from './parsed-certificate.js';
import type { HashName, SignatureScheme } from './signature-scheme.js';

/** Checks `signature` over `data` with the public key of `signer`. */
export interface SignatureVerifier {
  readonly name: string;
  verify(
    scheme: SignatureScheme,
    data: Uint8Array,
    signature: Uint8Array,
    signer: ParsedCertificate,
  ): boolean | Promise<boolean>;
}

const KEY_TYPES: Readonly<Record<SignatureScheme['kind'], readonly string[]>> = {
  'rsa-pkcs1': ['rsa'],
  'rsa-pss': ['rsa', 'rsa-pss'],
  ecdsa: ['ec'],
  eddsa: ['ed25519', 'ed448'],
};

/** Node's `crypto.verify`, with each signer's `KeyObject` created once. */
export class NodeSignatureVerifier implements SignatureVerifier {
  readonly name = 'node:crypto';
  readonly #keys = new WeakMap<ParsedCertificate, KeyObject | null>();

  verify(
    scheme: SignatureScheme,
    data: Uint8Array,
    signature: Uint8Array,
    signer: ParsedCertificate,
  ): boolean {
    const key = this.#keyOf(signer);
    if (key === null) return false;
    const type = key.asymmetricKeyType ?? '';
    if (!KEY_TYPES[scheme.kind].includes(type)) return false;
    if (scheme.kind === 'eddsa' && type !== scheme.curve) return false;
    try {
      switch (scheme.kind) {
        case 'rsa-pkcs1':
        case 'ecdsa':
          return nodeVerify(scheme.hash, data, key, signature);
        case 'rsa-pss':
          return nodeVerify(
            scheme.hash,
            data,
            { key, padding: nodeConstants.RSA_PKCS1_PSS_PADDING, saltLength: scheme.saltLength },
            signature,
          );
        case 'eddsa':
          return nodeVerify(null, data, key, signature);
      }
    } catch (error) {
      // OpenSSL rejects some malformed signatures by throwing instead of returning false.
      if (error instanceof Error) return false;
      throw error;
    }
  }

  #keyOf(signer: ParsedCertificate): KeyObject | null {
    let key = this.#keys.get(signer);
    if (key === undefined) {
      try {
        key = createPublicKey({ key: Buffer.from(signer.spki), format: 'der', type: 'spki' });
      } catch (error) {
        if (!(error instanceof Error)) throw error;
        key = null;
      }
      this.#keys.set(signer, key);
    }
    return key;
  }
}

type SubtleCrypto = webcrypto.SubtleCrypto;
type CryptoKey = webcrypto.CryptoKey;
type ImportAlgorithm = webcrypto.RsaHashedImportParams | webcrypto.EcKeyImportParams | webcrypto.Algorithm;
type VerifyAlgorithm = webcrypto.RsaPssParams | webcrypto.EcdsaParams | webcrypto.Algorithm;

const CURVES: Readonly<Record<string, { name: string; size: number }>> = {
  '1.2.840.10045.3.1.7': { name: 'P-256', size: 32 },
  '1.3.132.0.34': { name: 'P-384', size: 48 },
  '1.3.132.0.35': { name: 'P-521', size: 66 },
};

const WEB_HASH: Readonly<Record<HashName, string>> = {
  sha1: 'SHA-1',
  sha224: 'SHA-224',
  sha256: 'SHA-256',
  sha384: 'SHA-384',
  sha512: 'SHA-512',
};

/** WebCrypto (`crypto.subtle`), for runtimes without Node's `crypto.verify`. */
export class WebCryptoSignatureVerifier implements SignatureVerifier {
  readonly name = 'WebCrypto';
  readonly #subtle: SubtleCrypto;
  readonly #keys = new WeakMap<ParsedCertificate, Map<string, Promise<CryptoKey | null>>>();

  constructor(subtle: SubtleCrypto = webcrypto.subtle) {
    this.#subtle = subtle;
  }

  async verify(
    scheme: SignatureScheme,
    data: Uint8Array,
    signature: Uint8Array,
    signer: ParsedCertificate,
  ): Promise<boolean> {
    const spkiAlgorithm = spkiAlgorithmOf(signer.spki);
    let importAlgorithm: ImportAlgorithm;
    let verifyAlgorithm: VerifyAlgorithm;
    let body = signature;
    switch (scheme.kind) {
      case 'rsa-pkcs1':
        importAlgorithm = { name: 'RSASSA-PKCS1-v1_5', hash: WEB_HASH[scheme.hash] };
        verifyAlgorithm = { name: 'RSASSA-PKCS1-v1_5' };
        break;
      case 'rsa-pss':
        importAlgorithm = { name: 'RSA-PSS', hash: WEB_HASH[scheme.hash] };
        verifyAlgorithm = { name: 'RSA-PSS', saltLength: scheme.saltLength };
        break;
      case 'ecdsa': {
        const curve = CURVES[spkiAlgorithm.curve];
        if (curve === undefined) return false;
        importAlgorithm = { name: 'ECDSA', namedCurve: curve.name };
        verifyAlgorithm = { name: 'ECDSA', hash: WEB_HASH[scheme.hash] };
        const raw = ecdsaDerToRaw(signature, curve.size);
        if (raw === null) return false;
        body = raw;
        break;
      }
      case 'eddsa':
        importAlgorithm = { name: scheme.curve === 'ed25519' ? 'Ed25519' : 'Ed448' };
        verifyAlgorithm = importAlgorithm;
        break;
    }
    const cacheKey = JSON.stringify(importAlgorithm);
    let perSigner = this.#keys.get(signer);
    if (perSigner === undefined) {
      perSigner = new Map();
      this.#keys.set(signer, perSigner);
    }
    let keyPromise = perSigner.get(cacheKey);
    if (keyPromise === undefined) {
      keyPromise = this.#subtle.importKey('spki', signer.spki, importAlgorithm, false, ['verify']).then(
        (key: CryptoKey): CryptoKey | null => key,
        (error: unknown) => {
          if (error instanceof Error) return null;
          throw error;
        },
      );
      perSigner.set(cacheKey, keyPromise);
    }
    const key = await keyPromise;
    if (key === null) return false;
    try {
      return await this.#subtle.verify(verifyAlgorithm, key, body, data);
    } catch (error) {
      if (error instanceof Error) return false;
      throw error;
    }
  }
}

function spkiAlgorithmOf(spki: Uint8Array): { oid: string; curve: string } {
  const seq = readTlv(spki, 0);
  const [algorithmTlv] = children(spki, seq);
  if (algorithmTlv === undefined) return { oid: '', curve: '' };
  const id = algorithm(spki, algorithmTlv);
  const params = id.parameters;
  const curve = params.length > 0 && params[0] === 0x06 ? readOid(params, readTlv(params, 0)) : '';
  return { oid: id.oid, curve };
}

/** DER `SEQUENCE { r INTEGER, s INTEGER }` to the fixed-size `r || s` WebCrypto expects. */
export function ecdsaDerToRaw(der: Uint8Array, size: number): Uint8Array | null {
  try {
    const seq = readTlv(der, 0);
    if (seq.tag !== 0x30 || seq.end !== der.length) return null;
    const [r, s, extra] = children(der, seq);
    if (r === undefined || s === undefined || extra !== undefined || r.tag !== 0x02 || s.tag !== 0x02)
      return null;
    const out = new Uint8Array(size * 2);
    for (const [index, part] of [r, s].entries()) {
      let start = part.contentStart;
      while (start < part.end - 1 && der[start] === 0) start++;
      const length = part.end - start;
      if (length > size) return null;
      out.set(der.subarray(start, part.end), index * size + size - length);
    }
    return out;
  } catch (error) {
    if (error instanceof Error) return null;
    throw error;
  }
}

/** Node's `crypto.verify` when present, WebCrypto otherwise. */
export function defaultSignatureVerifier(): SignatureVerifier {
  return typeof nodeVerify === 'function' ? sharedNode : new WebCryptoSignatureVerifier();
}

const sharedNode = new NodeSignatureVerifier();
