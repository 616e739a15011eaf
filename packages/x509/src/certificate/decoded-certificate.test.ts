import { X509Certificate } from 'node:crypto';
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DerError } from '../der/index.js';
import { CertificateCache, decodeCertificate, X509NameType } from './index.js';

const pem = readFileSync(new URL('./__fixtures__/client-ec.pem', import.meta.url), 'utf8');
const der = Uint8Array.from(Buffer.from(pem.replace(/-----(BEGIN|END) CERTIFICATE-----|\s/g, ''), 'base64'));

describe('decodeCertificate', () => {
  it('agrees with node:crypto on the basics', () => {
    const node = new X509Certificate(der);
    const certificate = decodeCertificate(der);
    expect(certificate.thumbprint).toBe(node.fingerprint.replaceAll(':', ''));
    expect(certificate.serialNumber.replace(/^00/, '')).toBe(node.serialNumber);
    expect(certificate.notAfter).toBe(Date.parse(node.validTo));
    expect(certificate.notBefore).toBe(Date.parse(node.validFrom));
    expect(certificate.hasPrivateKey).toBe(false);
    expect(certificate.friendlyName).toBe('');
    expect(Object.keys(certificate.facts)).toEqual([]);
  });

  it('reads names, SAN-based name info and extensions', () => {
    const certificate = decodeCertificate(der);
    expect(certificate.subjectName).toBe('CN="Client, 01", O=Contoso, C=US');
    expect(certificate.subject.format(false)).toBe('C=US, O=Contoso, CN="Client, 01"');
    expect(certificate.subject.format(true)).toBe('C=US\r\nO=Contoso\r\nCN="Client, 01"\r\n');
    expect(certificate.nameInfo(X509NameType.SimpleName, false)).toBe('Client, 01');
    expect(certificate.nameInfo(X509NameType.DnsName, false)).toBe('client.example.com');
    expect(certificate.nameInfo(X509NameType.EmailName, false)).toBe('client@example.com');
    expect(certificate.nameInfo(X509NameType.UrlName, false)).toBe('https://client.example.com/');
    expect(certificate.nameInfo(X509NameType.UpnName, false)).toBe('');
    expect(certificate.nameInfo(X509NameType.DnsFromAlternativeName, true)).toBe('');
    const byName = new Map(
      certificate.extensions.map((extension) => [extension.oid.friendlyName, extension]),
    );
    expect(byName.get('Basic Constraints')?.formatted).toBe(
      'Subject Type=End Entity\r\nPath Length Constraint=None\r\n',
    );
    expect(byName.get('Basic Constraints')?.critical).toBe(true);
    expect(byName.get('Key Usage')?.formatted).toBe('Digital Signature, Key Agreement (88)\r\n');
    expect(byName.get('Enhanced Key Usage')?.formatted).toBe('Client Authentication (1.3.6.1.5.5.7.3.2)\r\n');
    expect(byName.get('Subject Alternative Name')?.formatted).toBe(
      'DNS Name=client.example.com\r\nRFC822 Name=client@example.com\r\nURL=https://client.example.com/\r\nIP Address=10.0.0.1\r\n',
    );
    expect(byName.get('Subject Key Identifier')?.formatted).toMatch(/^[0-9a-f]{40}\r\n$/);
    expect(byName.get('CRL Distribution Points')?.formatted).toBe(
      '[1]CRL Distribution Point\r\n     Distribution Point Name:\r\n          Full Name:\r\n               URL=http://crl.example.com/ca.crl\r\n',
    );
  });

  it('formats like .NET on Linux on request', () => {
    const certificate = decodeCertificate(der, { platform: 'linux' });
    const byOid = new Map(certificate.extensions.map((extension) => [extension.oid.value, extension]));
    expect(byOid.get('2.5.29.19')?.formatted).toBe('CA:FALSE\n');
    expect(byOid.get('2.5.29.37')?.formatted).toBe('TLS Web Client Authentication\n');
    expect(certificate.subject.format(true)).toBe('C=US\nO=Contoso\nCN="Client, 01"\n');
  });

  it('ignores bytes after the certificate, as .NET does', () => {
    const padded = new Uint8Array(der.length + 3);
    padded.set(der);
    const certificate = decodeCertificate(padded);
    expect(certificate.rawData.length).toBe(der.length);
    expect(certificate.thumbprint).toBe(decodeCertificate(der).thumbprint);
  });

  it('throws DerError for garbage and truncation', () => {
    expect(() => decodeCertificate(new Uint8Array([1, 2, 3]))).toThrow(DerError);
    expect(() => decodeCertificate(der.subarray(0, der.length - 1))).toThrow(/Invalid DER at byte 0/);
    expect(() => decodeCertificate(new Uint8Array(0))).toThrow(DerError);
  });

  it('throws only DerError when fuzzed, for decoding and for every member', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: der.length - 1 }),
        fc.integer({ min: 0, max: 255 }),
        (index, value) => {
          const copy = der.slice();
          copy[index] = value;
          try {
            const certificate = decodeCertificate(copy);
            void certificate.subjectName;
            void certificate.issuerName;
            for (let type = 0; type <= 5; type++)
              void certificate.nameInfo(type as X509NameType, type % 2 === 0);
            certificate.check();
            for (const extension of certificate.extensions) void extension.formatted;
          } catch (error) {
            if (!(error instanceof DerError)) throw error;
          }
        },
      ),
      { numRuns: 4000 },
    );
  });

  it('exposes an unknown critical extension and leaves the verdict to the chain check', () => {
    const fixture = readFileSync(new URL('./__fixtures__/unknown-critical.pem', import.meta.url), 'utf8');
    const bytes = Buffer.from(fixture.replace(/-----(BEGIN|END) CERTIFICATE-----|\s/g, ''), 'base64');
    const extension = decodeCertificate(bytes).extensions.find(
      (candidate) => candidate.oid.value === '1.2.3.4.5',
    );
    expect(extension?.critical).toBe(true);
    expect(extension?.oid.friendlyName).toBe('');
    expect(extension?.formatted).toBe('0c 03 61 62 63');
  });
});

describe('CertificateCache', () => {
  it('returns the same object for the same bytes and stays bounded', () => {
    const cache = new CertificateCache(2);
    const first = cache.decode(der);
    expect(cache.decode(Uint8Array.from(der))).toBe(first);
    expect(cache.size).toBe(1);
    cache.clear();
    expect(cache.decode(der)).not.toBe(first);
  });

  it('keys by content, not only by length', () => {
    const cache = new CertificateCache(4);
    const other = der.slice();
    other[other.length - 1] = (other[other.length - 1] ?? 0) ^ 1;
    expect(cache.decode(other)).not.toBe(cache.decode(der));
  });

  it('never shares an entry between certificates with the same length and signature end', () => {
    const cache = new CertificateCache(4);
    // Same key (length and trailing bytes), different content: the serial number's last byte.
    const twin = der.slice();
    const serial = decodeCertificate(der).serialNumber;
    const at = Buffer.from(der).indexOf(Buffer.from(serial, 'hex')) + serial.length / 2 - 1;
    twin[at] = (twin[at] ?? 0) ^ 1;
    const original = cache.decode(der);
    const decodedTwin = cache.decode(twin);
    expect(decodedTwin).not.toBe(original);
    expect(decodedTwin.serialNumber).not.toBe(original.serialNumber);
    expect(cache.decode(der).thumbprint).toBe(original.thumbprint);
  });
});
