import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createTestPki } from '../pki/test-pki.js';
import { CrlParseError, parseCrl } from '../revocation/crl.js';
import { CertificateParseError, parseCertificate } from './parsed-certificate.js';
import { signatureScheme } from './signature-scheme.js';
import { WebCryptoSignatureVerifier } from './signature-verifier.js';

const pki = createTestPki();
const { intermediate, leaf } = pki.chain({ leaf: { serialNumber: '00F1' } });

describe('parseCertificate', () => {
  it('reads the fields chain verification uses', () => {
    const parsed = parseCertificate(leaf.der);
    expect(parsed.thumbprint).toBe(leaf.thumbprint);
    expect(parsed.serial).toBe('00F1');
    expect(parsed.version).toBe(3);
    expect(parsed.crlUrls).toEqual([intermediate.crlUrl]);
    expect(parsed.selfIssued).toBe(false);
    expect(parsed.keyUsage).toBe(1);
  });

  it('throws only CertificateParseError for arbitrary or truncated bytes (fuzz)', () => {
    const check = (bytes: Uint8Array): void => {
      try {
        parseCertificate(bytes);
      } catch (error) {
        expect(error).toBeInstanceOf(CertificateParseError);
      }
      try {
        parseCrl(bytes);
      } catch (error) {
        expect(error).toBeInstanceOf(CrlParseError);
      }
    };
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 600 }), (bytes) => check(bytes)),
      { numRuns: 2000 },
    );
    fc.assert(
      fc.property(fc.nat(leaf.der.length - 1), fc.nat(255), fc.nat(leaf.der.length - 1), (cut, value, at) => {
        const mutated = leaf.der.slice(0, Math.max(cut, at + 1));
        mutated[at] = value;
        check(mutated);
        check(leaf.der.subarray(0, cut));
      }),
      { numRuns: 3000 },
    );
  });
});

describe('WebCryptoSignatureVerifier', () => {
  it.each(['ec-p256', 'rsa-2048', 'rsa-pss-2048', 'ed25519'] as const)(
    'verifies %s signatures',
    async (alg) => {
      const local = createTestPki({ keyAlgorithm: alg });
      const root = local.root();
      const child = parseCertificate(local.leaf(root).der);
      const bad = parseCertificate(local.leaf(root, { corruptSignature: true }).der);
      const issuer = parseCertificate(root.der);
      const verifier = new WebCryptoSignatureVerifier();
      const scheme = signatureScheme(child.signatureAlgorithm);
      if (typeof scheme === 'string') throw new Error(scheme);
      expect(await verifier.verify(scheme, child.tbs, child.signature, issuer)).toBe(true);
      expect(await verifier.verify(scheme, bad.tbs, bad.signature, issuer)).toBe(false);
    },
  );
});
