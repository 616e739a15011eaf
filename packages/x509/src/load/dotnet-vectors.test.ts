/**
 * The certificates of the .NET runtime's tests (dotnet-vectors.json) go through the loaders, and
 * the hashes .NET reports (Thumbprint, GetCertHashString) are the hashes of the loaded DER: the
 * loaders keep exactly the certificate's bytes, from PEM and from base64 alike.
 */
import { createHash, X509Certificate } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadBase64Der } from './base64-der.js';
import { loadPem } from './pem.js';

interface CertificateVector {
  readonly id: string;
  readonly kind: string;
  readonly certificate: string;
  readonly inputPemOrBase64: string;
  readonly expected: unknown;
}

function vectorsFile(): string | null {
  const fromEnvironment = process.env.APIM_POLICY_X509_VECTORS;
  if (fromEnvironment !== undefined && fromEnvironment !== '')
    return existsSync(fromEnvironment) ? fromEnvironment : null;
  const beside = new URL('../../../../../shared/reference/x509-vectors/dotnet-vectors.json', import.meta.url);
  return existsSync(beside) ? beside.pathname : null;
}

const file = vectorsFile();
const vectors: CertificateVector[] =
  file === null
    ? []
    : (JSON.parse(readFileSync(file, 'utf8')) as CertificateVector[]).filter((v) =>
        v.kind.startsWith('cert-'),
      );

const load = (input: string): Uint8Array =>
  input.includes('-----BEGIN') ? loadPem(input)[0]! : loadBase64Der(input);
const HASH_BY_HEX_LENGTH: Readonly<Record<number, string>> = {
  40: 'sha1',
  64: 'sha256',
  96: 'sha384',
  128: 'sha512',
};

describe.skipIf(file === null)('loaders over the .NET test certificates', () => {
  it('loads every certificate input, and node:crypto reads the same bytes', () => {
    const inputs = new Map(vectors.map((v) => [v.inputPemOrBase64, v.certificate]));
    expect(inputs.size).toBeGreaterThanOrEqual(7);
    for (const [input, name] of inputs) {
      const der = load(input);
      expect(new Uint8Array(new X509Certificate(der).raw), name).toEqual(der);
    }
  });

  const hashed = vectors.filter((v) => v.kind === 'cert-thumbprint' || v.kind === 'cert-getcerthashstring');
  it.each(hashed.map((v) => [v.id, v] as const))(
    '%s: the hash .NET reports is the hash of the loaded DER',
    (_, v) => {
      const expected = String(v.expected);
      const algorithm = HASH_BY_HEX_LENGTH[expected.length]!;
      expect(createHash(algorithm).update(load(v.inputPemOrBase64)).digest('hex').toUpperCase()).toBe(
        expected,
      );
    },
  );
});
