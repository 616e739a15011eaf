import { createHash, X509Certificate } from 'node:crypto';
import { CertificateCache, DecodedCertificate } from '@apim-policy/x509';
import { table, timePerCall } from './measure.js';

/** A client certificate as `openssl req -newkey rsa:2048 -x509` makes it (six-RDN subject). */
const RSA_CERTIFICATE =
  'MIIDujCCAqKgAwIBAgITLLIYPZnrsu/j0kk+tWcAnEMwYDANBgkqhkiG9w0BAQsFADBtMQswCQYDVQQGEwJVUzETMBEGA1UECAwKV2FzaGluZ3RvbjEQMA4GA1UEBwwHUmVkbW9uZDEVMBMGA1UECgwMQ29udG9zbywgTHRkMQwwCgYDVQQLDANBUEkxEjAQBgNVBAMMCWNsaWVudCAwMTAeFw0yNjExMjMxNDI0MThaFw0yNzExMjMxNDI0MThaMG0xCzAJBgNVBAYTAlVTMRMwEQYDVQQIDApXYXNoaW5ndG9uMRAwDgYDVQQHDAdSZWRtb25kMRUwEwYDVQQKDAxDb250b3NvLCBMdGQxDDAKBgNVBAsMA0FQSTESMBAGA1UEAwwJY2xpZW50IDAxMIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEAy/DGxxDA4GSmZh0hX3iRJTfiZgHqJuV2/WyIr7FNT9hV6VG4YeAl+tUL6/COQnd1XFtz+eZ/Yhzxw7BsPO6uQ4I0UtlCP8ORmOIJDq9UcRzxc86DkvcivmD2429xSHXDrY3T4oaj7uJ5hOpdAy68KdzcwZ6aVaqjtwUKtKTZ6UR7+awnYR6z7VnHVSQaX4lYuvfiDUIqgpMXmzZ4pY97+t6+2eXcRxoCvOdDhesh8iI7y3w0qDCNP5XgiapOEEHOh7VyfbQX6sVOSiFHYCjOxSfZVAtxyYkBg9xXZ/EW66vCX6QdpChjorOv/eVofN8LPA/+ErIwpwlR2aPYaQACwQIDAQABo1MwUTAdBgNVHQ4EFgQUf8Gh+I5wrfz5UQePGHEAzZ5U5VgwHwYDVR0jBBgwFoAUf8Gh+I5wrfz5UQePGHEAzZ5U5VgwDwYDVR0TAQH/BAUwAwEB/zANBgkqhkiG9w0BAQsFAAOCAQEAuYgV4b68RkOiwIe0gzrmw3Bhhzc+BH9aQx3A7OsCR7sF+ZVFYM5Kp5yoHPfR/Dwj2u+8ynLar2RZKWVYB6omXzg1Ba5LEJH+H09Ai69pVL6psuXBWSV2jUbbxsZNSaFooOmzC1vf1zMTx5R1mfSBKUvnGiUh5r1pEZtVNiO2ktoicO8yp1oAUSftmHXeWvr3HHcvDhndjdwHjkSHcB+aSSqccRvzhhkNFSa6+KnW3WGYaaDqtdHUbY/V766uT4tEPReX0EXPO8TXMlTLAVvvGAt2/8NpVHQAimpzCMV9CQsaSl35o2pwMBGLQZzEXTdoN9VtKqgP80aSQnx8qQhy8Q==';

/**
 * First sight of a client certificate (the members a policy reads most: `Thumbprint`,
 * `SubjectName.Name`, `Issuer`, `NotAfter`) against Node's `crypto.X509Certificate` parse plus
 * its SHA-1 `fingerprint`, measured in the same run; then the same certificate on a new
 * connection (cache hit: a lookup and a byte comparison) and again on the same connection (members
 * already decoded).
 * Targets: first sight ≤ 1× the baseline, cache hit ≤ 5 µs, same object < 1 µs.
 */
export function x509ParseBenchmark(): string {
  const der = Uint8Array.from(Buffer.from(RSA_CERTIFICATE, 'base64'));
  const firstSight = () => {
    const certificate = new DecodedCertificate(der);
    return [certificate.thumbprint, certificate.subjectName, certificate.issuerName, certificate.notAfter];
  };
  const nodeParse = () => {
    const certificate = new X509Certificate(der);
    return [certificate.fingerprint, certificate.subject, certificate.issuer, certificate.validTo];
  };
  const sha1 = () => createHash('sha1').update(der).digest('hex');
  const cache = new CertificateCache(100);
  const newConnection = () => {
    const certificate = cache.decode(der);
    return [certificate.thumbprint, certificate.subjectName, certificate.issuerName, certificate.notAfter];
  };
  const known = cache.decode(der);
  const sameConnection = () => [known.thumbprint, known.subjectName, known.issuerName, known.notAfter];

  for (let round = 0; round < 2000; round++) {
    firstSight();
    nodeParse();
    newConnection();
    sameConnection();
    sha1();
  }
  const baseline = timePerCall(nodeParse);
  const first = timePerCall(firstSight);
  const hit = timePerCall(newConnection);
  const same = timePerCall(sameConnection);
  const hash = timePerCall(sha1);
  const row = (label: string, time: number, target: string): string[] => [
    label,
    microseconds(time),
    `${(time / baseline).toFixed(3)}×`,
    target,
  ];
  return [
    `Certificate: RSA-2048, ${der.length} bytes DER. Baseline: Node's \`new crypto.X509Certificate(der)\` + \`fingerprint\`, same run.`,
    '',
    table(
      ['case', 'time', 'vs baseline', 'target'],
      [
        row('baseline: Node X509Certificate + fingerprint', baseline, '—'),
        row('first sight: decode + Thumbprint, Subject, Issuer, NotAfter', first, '≤ 1×'),
        row('new connection: cache hit + same members', hit, '≤ 5 µs'),
        row('same connection: members of the decoded object', same, '< 1 µs'),
        row('SHA-1 of the DER alone (reference)', hash, '—'),
      ],
    ),
  ].join('\n');
}

function microseconds(nanoseconds: number): string {
  return `${(nanoseconds / 1e3).toFixed(2)} µs`;
}
