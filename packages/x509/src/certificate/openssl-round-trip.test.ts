import { execFileSync } from 'node:child_process';
import { X509Certificate } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { decodeCertificate } from './index.js';

/** Whether the `openssl` command line is on the PATH. */
function hasOpenssl(): boolean {
  try {
    execFileSync('openssl', ['version'], { stdio: 'ignore' });
    return true;
  } catch (error) {
    return !(error instanceof Error);
  }
}

/** OpenSSL short names → .NET keys (x509-dotnet.md §1.3). */
const KEYS: Readonly<Record<string, string>> = {
  CN: 'CN',
  O: 'O',
  OU: 'OU',
  C: 'C',
  L: 'L',
  ST: 'S',
  emailAddress: 'E',
  DC: 'DC',
  serialNumber: 'SERIALNUMBER',
  street: 'STREET',
  title: 'T',
  GN: 'G',
  SN: 'SN',
  initials: 'I',
  postalCode: 'PostalCode',
};

/**
 * An RFC 2253 string as `openssl -nameopt RFC2253,-esc_msb` prints it, rewritten in .NET's form.
 * OpenSSL's `dn_rev` reverses the list of entries, so RDNs come out in .NET's order but the
 * attributes of a multi-valued RDN come out reversed; .NET keeps their encoded order.
 * Quoting is written out here independently of the implementation under test.
 */
function rfc2253ToDotnet(text: string): string {
  const rdns: [string, string][][] = [[]];
  let key = '';
  let value = '';
  let inValue = false;
  const flush = () => {
    rdns[rdns.length - 1]!.push([key, value]);
    key = '';
    value = '';
    inValue = false;
  };
  for (let index = 0; index < text.length; index++) {
    const char = text[index]!;
    if (char === '\\') {
      const next = text[index + 1]!;
      if (/[0-9A-Fa-f]/.test(next) && /[0-9A-Fa-f]/.test(text[index + 2] ?? '')) {
        value += String.fromCharCode(Number.parseInt(text.slice(index + 1, index + 3), 16));
        index += 2;
      } else {
        value += next;
        index++;
      }
    } else if (!inValue && char === '=') inValue = true;
    else if (!inValue) key += char;
    else if (char === ',') {
      flush();
      rdns.push([]);
    } else if (char === '+') flush();
    else value += char;
  }
  flush();
  const quoteIfNeeded = (raw: string) =>
    raw === '' || /^[ \t\n\v\f\r]|[ \t\n\v\f\r]$|[,+="\n<>#;]/.test(raw)
      ? `"${raw.replaceAll('"', '""')}"`
      : raw;
  return rdns
    .map((rdn) =>
      rdn
        .reverse()
        .map(([name, raw]) => `${KEYS[name] ?? `OID.${name}`}=${quoteIfNeeded(raw)}`)
        .join(' + '),
    )
    .join(', ');
}

const available = hasOpenssl();
const directory = available ? mkdtempSync(join(tmpdir(), 'x509-openssl-')) : '';

afterAll(() => {
  if (directory !== '') rmSync(directory, { recursive: true, force: true });
});

/** A certificate made the way people make them, and what `openssl x509` reports for it. */
function make(name: string, keyArguments: readonly string[], subject: string) {
  const certificate = join(directory, `${name}.pem`);
  execFileSync(
    'openssl',
    [
      'req',
      ...keyArguments,
      '-nodes',
      '-keyout',
      join(directory, `${name}.key`),
      '-x509',
      '-days',
      '365',
      '-utf8',
      '-subj',
      subject,
      '-out',
      certificate,
    ],
    { stdio: 'ignore' },
  );
  const report = execFileSync(
    'openssl',
    [
      'x509',
      '-in',
      certificate,
      '-noout',
      '-fingerprint',
      '-sha1',
      '-serial',
      '-subject',
      '-nameopt',
      'RFC2253,-esc_msb',
    ],
    { encoding: 'utf8' },
  );
  const field = (prefix: RegExp) => {
    const line = report.split('\n').find((candidate) => prefix.test(candidate));
    if (line === undefined) throw new Error(`openssl printed no ${prefix} line:\n${report}`);
    return line.replace(prefix, '');
  };
  const pem = readFileSync(certificate, 'utf8');
  const der = Uint8Array.from(
    Buffer.from(pem.replace(/-----(BEGIN|END) CERTIFICATE-----|\s/g, ''), 'base64'),
  );
  const serial = field(/^serial=/);
  return {
    der,
    thumbprint: field(/^sha1 Fingerprint=/i).replaceAll(':', ''),
    // OpenSSL prints the serial's value; DER (and .NET) add a 00 byte when the top bit is set.
    serialNumber: Number.parseInt(serial.slice(0, 2), 16) >= 0x80 ? `00${serial}` : serial,
    subjectName: rfc2253ToDotnet(field(/^subject=/)),
  };
}

const RSA = ['-newkey', 'rsa:2048'];
const EC = ['-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:P-256'];

const CASES: readonly (readonly [string, readonly string[], string, string])[] = [
  ['rsa-simple', RSA, '/C=US/O=Contoso/CN=client 01', 'CN=client 01, O=Contoso, C=US'],
  ['ec-simple', EC, '/CN=ec client/O=Fabrikam', 'O=Fabrikam, CN=ec client'],
  ['comma', RSA, '/O=Contoso\\, Inc./CN=Doe\\, John', 'CN="Doe, John", O="Contoso, Inc."'],
  ['quotes', EC, '/CN=Say "hi"/OU="quoted"', 'OU="""quoted""", CN="Say ""hi"""'],
  ['plus-sign', EC, '/CN=a\\+b/O=x', 'O=x, CN="a+b"'],
  ['multi-valued', EC, '/C=US/OU=b+OU=a+CN=multi/O=Org', 'O=Org, OU=a + OU=b + CN=multi, C=US'],
  ['non-ascii', EC, '/CN=Jürgen Müller/O=日本語/L=Zürich', 'L=Zürich, O=日本語, CN=Jürgen Müller'],
  [
    'email-state',
    RSA,
    '/C=DE/ST=Bayern/L=München/CN=ü/emailAddress=a@b.example',
    'E=a@b.example, CN=ü, L=München, S=Bayern, C=DE',
  ],
  ['special', EC, '/CN=#hash;semi<lt>=eq/O=back\\\\slash', 'O=back\\slash, CN="#hash;semi<lt>=eq"'],
];

describe.skipIf(!available)('OpenSSL round trip', () => {
  for (const [name, key, subject, dotnet] of CASES)
    it(`${name}: ${subject}`, () => {
      const made = make(name, key, subject);
      const certificate = decodeCertificate(made.der);
      expect(certificate.thumbprint).toBe(made.thumbprint);
      expect(certificate.serialNumber).toBe(made.serialNumber);
      expect(certificate.subjectName).toBe(made.subjectName);
      expect(certificate.subjectName).toBe(dotnet);
      expect(certificate.issuerName).toBe(certificate.subjectName);
      expect(certificate.version).toBe(3);
      expect(certificate.notAfter - certificate.notBefore).toBe(365 * 86_400_000);
      expect(certificate.publicKey.algorithm.friendlyName).toBe(key === RSA ? 'RSA' : 'ECC');
      expect(certificate.publicKey.keySize).toBe(key === RSA ? 2048 : 256);
      expect(certificate.signatureAlgorithm.friendlyName).toBe(key === RSA ? 'sha256RSA' : 'sha256ECDSA');
      const node = new X509Certificate(made.der);
      expect(new Date(certificate.notAfter).toUTCString()).toBe(new Date(node.validTo).toUTCString());
    });
});

describe.skipIf(available)('OpenSSL round trip (skipped)', () => {
  it.skip('the openssl command line is not installed', () => {});
});
