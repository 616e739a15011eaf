import { afterEach, describe, expect, it } from 'vitest';
import '../../model/library/index.js';
import '../../model/runtime-types.js';
import { defaultEnvironment, withEnvironment } from '../environment.js';
import { DotnetException } from '../exceptions.js';
import { setCertificateParser } from './certificate-parser.js';
import { X509NameType } from './certificate-source.js';
import { FactNotPrepared } from './fact-not-prepared.js';
import { testCertificates } from './test-certificate.js';
import { sourceOfBytes, X509Certificate, X509ContentType } from './x509-certificate.js';
import { X509Certificate2 } from './x509-certificate2.js';

describe('X509Certificate2', () => {
  afterEach(() => setCertificateParser(null));

  it('shows the source as .NET does', () => {
    const certificate = new X509Certificate2(testCertificates.client01());
    expect(certificate.Thumbprint).toBe('B6F6B425EB54400FAC8F9F6E26E8D6D3BC6C4376');
    expect(certificate.SubjectName.Name).toBe(certificate.Subject);
    expect(certificate.SubjectName).toBe(certificate.SubjectName);
    expect(certificate.SubjectName.ToString()).toBe(
      'System.Security.Cryptography.X509Certificates.X500DistinguishedName',
    );
    expect(certificate.Issuer).toBe('CN=Contoso Test Root CA, O=Contoso Test, C=US');
    expect(certificate.SerialNumber).toBe('00D01E40900000465200000001');
    expect(certificate.GetSerialNumber()[0]).toBe(0x01);
    expect(certificate.GetNameInfo(X509NameType.SimpleName, false)).toBe('client01.contoso.com');
    expect(certificate.GetNameInfo(X509NameType.EmailName, true)).toBe('');
    expect(certificate.GetCertHash().length).toBe(20);
    expect(certificate.Export(X509ContentType.Cert)).toEqual(certificate.RawData);
    expect(certificate.SignatureAlgorithm.FriendlyName).toBe('sha256RSA');
  });

  it('gives dates as local times of the gateway', () => {
    const certificate = new X509Certificate2(testCertificates.client01());
    expect(certificate.NotBefore.ToString()).toBe('3/15/2024 8:30:00 AM');
    const berlin = { ...defaultEnvironment(), timeZone: 'Europe/Berlin' };
    expect(withEnvironment(berlin, () => certificate.NotAfter.ToString())).toBe('3/15/2025 9:30:00 AM');
  });

  it('answers Verify from prepared facts and refuses to guess', () => {
    expect(new X509Certificate2(testCertificates.selfSigned({ chain: false })).Verify()).toBe(false);
    expect(
      new X509Certificate2(testCertificates.contosoRoot({ chainNoRevocation: true })).verifyNoRevocation(),
    ).toBe(true);
    const unprepared = new X509Certificate2(testCertificates.selfSigned());
    expect(() => unprepared.Verify()).toThrow(FactNotPrepared);
    expect(() => unprepared.Verify()).not.toThrow(DotnetException);
  });

  it('lists the certificate in ToString', () => {
    const text = withEnvironment({ ...defaultEnvironment(), dotnet: 'core' }, () =>
      new X509Certificate2(testCertificates.selfSigned()).ToString(),
    );
    expect(text).toBe(
      '[Subject]\n  CN=Client 01\n\n[Issuer]\n  CN=Client 01\n\n[Serial Number]\n  00AB12\n\n' +
        '[Not Before]\n  1/1/2024 12:00:00 AM\n\n[Not After]\n  1/1/2026 12:00:00 PM\n\n' +
        '[Thumbprint]\n  0B925D5F9E22D9DF6E9EF2C0271A579BF142B353\n',
    );
    expect(new X509Certificate(testCertificates.selfSigned()).ToString()).toBe(
      'System.Security.Cryptography.X509Certificates.X509Certificate',
    );
  });

  it('compares by issuer and serial number', () => {
    const a = new X509Certificate2(testCertificates.client01());
    const b = new X509Certificate2(testCertificates.client01());
    expect(a.Equals(b)).toBe(true);
    expect(a.Equals(new X509Certificate2(testCertificates.contosoRoot()))).toBe(false);
    expect(a.GetHashCode()).toBe(b.GetHashCode());
  });

  it('reads bytes with the installed parser, and empty data as .NET Framework does', () => {
    expect(() => sourceOfBytes(Uint8Array.of(1))).toThrow(
      expect.objectContaining({ type: 'System.Security.Cryptography.CryptographicException' }),
    );
    setCertificateParser(() => testCertificates.selfSigned());
    expect(new X509Certificate2(sourceOfBytes(Uint8Array.of(1))).Subject).toBe('CN=Client 01');
    const empty = new X509Certificate2(sourceOfBytes(new Uint8Array(0)));
    expect(() => empty.Thumbprint).toThrow(/m_safeCertContext is an invalid handle/);
    expect(empty.ToString()).toBe('System.Security.Cryptography.X509Certificates.X509Certificate2');
  });
});
