import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { decodeCertificate } from '../certificate/index.js';
import { hexUpper, readString, STRING_TAGS } from '../der/index.js';
import {
  decodeName,
  formatName,
  type NamePlatform,
  nameString,
  parseFlags,
  readName,
} from '../names/index.js';
import { locateDotnetVectors } from './locate-vectors.js';

/** One entry of `dotnet-vectors.json` (fields vary by kind; see x509-dotnet.md §4). */
interface Vector {
  readonly id: string;
  readonly kind: string;
  readonly test: string;
  readonly expected: unknown;
  readonly expectedUnix?: string;
  readonly inputHex?: string;
  readonly flags?: string;
  readonly match?: 'prefix' | 'suffix';
  readonly expectedHex?: string;
  readonly expectedHexWindows?: string;
  readonly expectedFormat?: string;
  readonly expectedName?: string;
  readonly inputPemOrBase64?: string;
  readonly inputBase64Der?: string;
  readonly nameType?: string;
  readonly forIssuer?: boolean;
  readonly hashAlgorithm?: string;
  readonly alsoExpectedKeyAlgorithm?: string;
}

/** Vectors this test does not run, and why. Everything else runs on both platforms it concerns. */
const SKIPPED_KINDS: Readonly<Record<string, string>> = {
  'dn-encode-decode':
    'parses a DN string into DER (the X500DistinguishedName(string) constructor), not implemented here',
  'dn-encode-format':
    'parses a DN string into DER (the X500DistinguishedName(string) constructor), not implemented here',
  'dn-encode-error': 'checks errors of the X500DistinguishedName(string) constructor, not implemented here',
  'cert-getformat':
    'GetFormat() is the constant "X509", a member of the runtime class, not of the decoded data',
};

/**
 * Vectors whose expectation holds on one platform only: [id, platform skipped, reason].
 * Newline-bearing vectors are compared with `expected` on Windows and `expectedUnix` on Linux.
 */
const PLATFORM_SKIPS: readonly (readonly [string, NamePlatform, string])[] = [];

const HASHES: Readonly<Record<string, 'sha1' | 'sha256' | 'sha384' | 'sha512'>> = {
  SHA1: 'sha1',
  SHA256: 'sha256',
  SHA384: 'sha384',
  SHA512: 'sha512',
};

const NAME_TYPES: Readonly<Record<string, 0 | 1 | 2 | 3 | 4 | 5>> = {
  SimpleName: 0,
  EmailName: 1,
  UpnName: 2,
  DnsName: 3,
  DnsFromAlternativeName: 4,
  UrlName: 5,
};

const file = locateDotnetVectors();
const vectors: readonly Vector[] = file === null ? [] : (JSON.parse(readFileSync(file, 'utf8')) as Vector[]);

function bytesOf(hex: string): Uint8Array {
  return Uint8Array.from(Buffer.from(hex, 'hex'));
}

function certificateDer(vector: Vector): Uint8Array {
  const text = vector.inputBase64Der ?? vector.inputPemOrBase64 ?? '';
  const body = text.includes('-----BEGIN')
    ? text.replace(/-----(BEGIN|END) CERTIFICATE-----/g, '').replace(/\s+/g, '')
    : text;
  return Uint8Array.from(Buffer.from(body, 'base64'));
}

function compare(actual: string, vector: Vector, expected: string): void {
  if (vector.match === 'prefix')
    expect(actual.startsWith(expected), `${actual} starts with ${expected}`).toBe(true);
  else if (vector.match === 'suffix')
    expect(actual.endsWith(expected), `${actual} ends with ${expected}`).toBe(true);
  else expect(actual).toBe(expected);
}

/** What the implementation gives for a vector on a platform (`expected`'s form). */
function run(vector: Vector, platform: NamePlatform): unknown {
  const options = { platform };
  switch (vector.kind) {
    case 'dn-decode':
      return decodeName({ bytes: bytesOf(vector.inputHex!) }, parseFlags(vector.flags!), options);
    case 'dn-format':
      return formatName({ bytes: bytesOf(vector.inputHex!) }, false, options);
    case 'dn-format-multiline':
      return formatName({ bytes: bytesOf(vector.inputHex!) }, true, options);
    case 'dn-name':
      return nameString({ bytes: bytesOf(vector.inputHex!) }, options);
    case 'dn-enumerate': {
      const bytes = bytesOf(vector.inputHex!);
      return readName(bytes).flatMap((rdn) =>
        rdn.map((attribute) => [
          attribute.oid,
          STRING_TAGS.has(attribute.value.tag) ? readString(bytes, attribute.value) : null,
        ]),
      );
    }
  }
  const certificate = decodeCertificate(certificateDer(vector), options);
  switch (vector.kind) {
    case 'cert-subject':
    case 'cert-subjectname-name':
      return certificate.subjectName;
    case 'cert-issuer':
    case 'cert-issuername-name':
      return certificate.issuerName;
    case 'cert-getname-legacy':
      return certificate.subject.decode(0);
    case 'cert-getissuername-legacy':
      return certificate.issuer.decode(0);
    case 'cert-serialnumber':
      return certificate.serialNumber;
    case 'cert-serialnumberbytes-hex':
      return hexUpper(certificate.serialNumberBytes);
    case 'cert-getserialnumber-hex':
      return hexUpper(certificate.serialNumberBytes.slice().reverse());
    case 'cert-thumbprint':
      return certificate.thumbprint;
    case 'cert-getcerthashstring':
      return certificate.certHashString(HASHES[vector.hashAlgorithm!]!);
    case 'cert-keyalgorithm':
      return certificate.publicKey.algorithm.value;
    case 'cert-keyalgorithmparameters-string':
    case 'cert-keyalgorithmparameters-hex':
      if (vector.alsoExpectedKeyAlgorithm !== undefined)
        expect(certificate.publicKey.algorithm.value).toBe(vector.alsoExpectedKeyAlgorithm);
      return hexUpper(certificate.publicKey.encodedParameters);
    case 'cert-getpublickey-hex':
      return hexUpper(certificate.publicKey.encodedKeyValue);
    case 'cert-getpublickey-length':
      return certificate.publicKey.encodedKeyValue.length;
    case 'cert-publickey-oid-friendlyname':
      return certificate.publicKey.algorithm.friendlyName;
    case 'cert-notbefore-utc':
      return new Date(certificate.notBefore).toISOString().replace('.000Z', 'Z');
    case 'cert-notafter-utc':
      return new Date(certificate.notAfter).toISOString().replace('.000Z', 'Z');
    case 'cert-signaturealgorithm-oid':
      return certificate.signatureAlgorithm.value;
    case 'cert-hasprivatekey':
      return certificate.hasPrivateKey;
    case 'cert-version':
      return certificate.version;
    case 'cert-friendlyname':
      return certificate.friendlyName;
    case 'cert-extension-subjectkeyidentifier': {
      const extension = certificate.extensions.find((candidate) => candidate.oid.value === '2.5.29.14');
      return extension === undefined ? undefined : hexUpper(extension.rawData.subarray(2));
    }
    case 'cert-getnameinfo':
      return certificate.nameInfo(NAME_TYPES[vector.nameType!]!, vector.forIssuer!);
    default:
      throw new Error(`vector kind ${vector.kind} has no runner`);
  }
}

describe.skipIf(file === null)('.NET runtime vectors (dotnet-vectors.json)', () => {
  if (file === null) {
    it.skip('../shared/reference/x509-vectors/dotnet-vectors.json is absent; set APIM_POLICY_X509_VECTORS to run', () => {});
    return;
  }
  const runnable = vectors.filter((vector) => SKIPPED_KINDS[vector.kind] === undefined);

  for (const platform of ['windows', 'linux'] as const) {
    describe(platform, () => {
      for (const vector of runnable) {
        const skip = PLATFORM_SKIPS.find(([id, skipped]) => id === vector.id && skipped === platform);
        const title = `${vector.id} ${vector.kind} ${vector.test}`;
        if (skip !== undefined) {
          it.skip(`${title} — ${skip[2]}`, () => {});
          continue;
        }
        it(title, () => {
          if (vector.kind === 'dn-encode') {
            const hex =
              platform === 'windows'
                ? (vector.expectedHexWindows ?? vector.expectedHex!)
                : vector.expectedHex!;
            const bytes = { bytes: bytesOf(hex) };
            if (vector.expectedFormat !== undefined)
              expect(formatName(bytes, false, { platform })).toBe(vector.expectedFormat);
            if (vector.expectedName !== undefined)
              expect(nameString(bytes, { platform })).toBe(vector.expectedName);
            return;
          }
          const expected =
            platform === 'linux' && vector.expectedUnix !== undefined ? vector.expectedUnix : vector.expected;
          const actual = run(vector, platform);
          if (typeof expected === 'string' && typeof actual === 'string') compare(actual, vector, expected);
          else expect(actual).toEqual(expected);
        });
      }
    });
  }

  for (const vector of vectors.filter((candidate) => SKIPPED_KINDS[candidate.kind] !== undefined))
    it.skip(`${vector.id} ${vector.kind} ${vector.test} — ${SKIPPED_KINDS[vector.kind]}`, () => {});
});
