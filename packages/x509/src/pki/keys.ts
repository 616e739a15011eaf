/**
 * Key pairs for test certificates. Generating RSA keys takes tens of milliseconds, so keys are
 * cached per process: the n-th key of an algorithm is generated once and shared by every test PKI.
 * Within one PKI every certificate gets a different key.
 */
import { constants, generateKeyPairSync, type KeyObject, sign } from 'node:crypto';
import { context, integer, nullValue, oid, sequence } from './der-writer.js';

/** Key (and signature) algorithms the test PKI can use. */
export type KeyAlgorithm =
  | 'ec-p256'
  | 'ec-p384'
  | 'ec-p521'
  | 'rsa-2048'
  | 'rsa-3072'
  | 'rsa-pss-2048'
  | 'ed25519';

export interface TestKeyPair {
  readonly algorithm: KeyAlgorithm;
  readonly privateKey: KeyObject;
  readonly publicKey: KeyObject;
  /** DER of the SubjectPublicKeyInfo. */
  readonly spki: Uint8Array;
  /** PKCS#8 PEM of the private key. */
  readonly privateKeyPem: string;
}

const cache = new Map<KeyAlgorithm, TestKeyPair[]>();

/** The `index`-th cached key pair of `algorithm`, generated on first use. */
export function cachedKeyPair(algorithm: KeyAlgorithm, index: number): TestKeyPair {
  let list = cache.get(algorithm);
  if (list === undefined) {
    list = [];
    cache.set(algorithm, list);
  }
  while (list.length <= index) list.push(generate(algorithm));
  return list[index]!;
}

function generate(algorithm: KeyAlgorithm): TestKeyPair {
  let pair: { privateKey: KeyObject; publicKey: KeyObject };
  switch (algorithm) {
    case 'ec-p256':
      pair = generateKeyPairSync('ec', { namedCurve: 'P-256' });
      break;
    case 'ec-p384':
      pair = generateKeyPairSync('ec', { namedCurve: 'P-384' });
      break;
    case 'ec-p521':
      pair = generateKeyPairSync('ec', { namedCurve: 'P-521' });
      break;
    case 'rsa-2048':
    case 'rsa-pss-2048':
      pair = generateKeyPairSync('rsa', { modulusLength: 2048 });
      break;
    case 'rsa-3072':
      pair = generateKeyPairSync('rsa', { modulusLength: 3072 });
      break;
    case 'ed25519':
      pair = generateKeyPairSync('ed25519');
      break;
  }
  return {
    algorithm,
    ...pair,
    spki: new Uint8Array(pair.publicKey.export({ format: 'der', type: 'spki' })),
    privateKeyPem: String(pair.privateKey.export({ format: 'pem', type: 'pkcs8' })),
  };
}

const SHA256 = '2.16.840.1.101.3.4.2.1';

/** The signature AlgorithmIdentifier a key signs with. */
export function signatureAlgorithm(algorithm: KeyAlgorithm): Uint8Array {
  switch (algorithm) {
    case 'ec-p256':
      return sequence(oid('1.2.840.10045.4.3.2'));
    case 'ec-p384':
      return sequence(oid('1.2.840.10045.4.3.3'));
    case 'ec-p521':
      return sequence(oid('1.2.840.10045.4.3.4'));
    case 'rsa-2048':
    case 'rsa-3072':
      return sequence(oid('1.2.840.113549.1.1.11'), nullValue());
    case 'rsa-pss-2048': {
      const hash = sequence(oid(SHA256), nullValue());
      return sequence(
        oid('1.2.840.113549.1.1.10'),
        sequence(
          context(0, true, hash),
          context(1, true, sequence(oid('1.2.840.113549.1.1.8'), hash)),
          context(2, true, integer(32)),
        ),
      );
    }
    case 'ed25519':
      return sequence(oid('1.3.101.112'));
  }
}

/** Signs `data` the way `signatureAlgorithm(key.algorithm)` says. */
export function signWith(key: TestKeyPair, data: Uint8Array): Uint8Array {
  switch (key.algorithm) {
    case 'ec-p256':
      return new Uint8Array(sign('sha256', data, key.privateKey));
    case 'ec-p384':
      return new Uint8Array(sign('sha384', data, key.privateKey));
    case 'ec-p521':
      return new Uint8Array(sign('sha512', data, key.privateKey));
    case 'rsa-2048':
    case 'rsa-3072':
      return new Uint8Array(sign('sha256', data, key.privateKey));
    case 'rsa-pss-2048':
      return new Uint8Array(
        sign('sha256', data, {
          key: key.privateKey,
          padding: constants.RSA_PKCS1_PSS_PADDING,
          saltLength: 32,
        }),
      );
    case 'ed25519':
      return new Uint8Array(sign(null, data, key.privateKey));
  }
}
