import type {
  CertificateFacts,
  CertificateSource,
  ExtensionInfo,
  OidInfo,
  PublicKeyInfo,
  X509NameType,
} from './certificate-source.js';
import { bytesOfHex } from './certificate-text.js';

/** What a test certificate may set: a source's data, its name lookups and its prepared facts. */
export interface TestCertificateInit {
  readonly thumbprint: string;
  readonly subjectName: string;
  readonly issuerName: string;
  readonly serialNumber: string;
  /** Epoch milliseconds or an ISO-8601 instant. */
  readonly notBefore: number | string;
  /** Epoch milliseconds or an ISO-8601 instant. */
  readonly notAfter: number | string;
  readonly version: number;
  readonly rawData: Uint8Array;
  readonly hasPrivateKey: boolean;
  readonly friendlyName: string;
  readonly signatureAlgorithm: OidInfo;
  readonly publicKey: PublicKeyInfo;
  readonly extensions: readonly ExtensionInfo[];
  /**
   * `GetNameInfo` answers by type, `[subject, issuer]`. Types not given fall back to the CN of
   * the name for SimpleName and DnsName, and to `""` otherwise.
   */
  readonly names: Partial<Record<keyof typeof NAME_TYPE_KEYS, readonly [string, string]>>;
  readonly facts: CertificateFacts;
}

const NAME_TYPE_KEYS = {
  SimpleName: 0,
  EmailName: 1,
  UpnName: 2,
  DnsName: 3,
  DnsFromAlternativeName: 4,
  UrlName: 5,
} as const;

const TYPE_NAMES = Object.keys(NAME_TYPE_KEYS) as (keyof typeof NAME_TYPE_KEYS)[];

const sha256Rsa: OidInfo = { value: '1.2.840.113549.1.1.11', friendlyName: 'sha256RSA' };
const rsa: OidInfo = { value: '1.2.840.113549.1.1.1', friendlyName: 'RSA' };
const NULL_PARAMETERS = Uint8Array.of(0x05, 0x00);

function base64Bytes(text: string): Uint8Array {
  return Uint8Array.from(atob(text), (char) => char.charCodeAt(0));
}

function instant(value: number | string): number {
  return typeof value === 'number' ? value : Date.parse(value);
}

/** The value of the first `key=` attribute of a .NET-formatted DN (quotes removed), or null. */
export function dnAttribute(dn: string, key: string): string | null {
  let i = 0;
  while (i < dn.length) {
    const equals = dn.indexOf('=', i);
    if (equals < 0) return null;
    const name = dn.slice(i, equals).trim();
    let value = '';
    let j = equals + 1;
    if (dn[j] === '"') {
      j++;
      while (j < dn.length) {
        if (dn[j] === '"' && dn[j + 1] === '"') {
          value += '"';
          j += 2;
        } else if (dn[j] === '"') {
          j++;
          break;
        } else value += dn[j++];
      }
      while (j < dn.length && dn[j] !== ',' && dn[j] !== '+') j++;
    } else {
      const end = dn.slice(j).search(/, | \+ /);
      value = end < 0 ? dn.slice(j) : dn.slice(j, j + end);
      j = end < 0 ? dn.length : j + end;
    }
    if (name === key) return value;
    i = j + (dn.startsWith(' + ', j) ? 3 : 2);
  }
  return null;
}

/** The contoso test root CA (made with openssl; values as .NET and openssl print them). */
const ROOT_DER = base64Bytes(
  'MIIDRDCCAiygAwIBAgICEAEwDQYJKoZIhvcNAQELBQAwQzELMAkGA1UEBhMCVVMxFTATBgNVBAoMDENvbnRvc28gVGVzdDEdMBsGA1UEAwwUQ29udG9zbyBUZXN0IFJvb3QgQ0EwHhcNMjQwMTAxMDAwMDAwWhcNMzQwMTAxMDAwMDAwWjBDMQswCQYDVQQGEwJVUzEVMBMGA1UECgwMQ29udG9zbyBUZXN0MR0wGwYDVQQDDBRDb250b3NvIFRlc3QgUm9vdCBDQTCCASIwDQYJKoZIhvcNAQEBBQADggEPADCCAQoCggEBALOPabCh+9dh9eezUkxjWCM7VJRvH5xK/g4v8j3FUhPcTpK5OG2oHFNhyguN6jZnz9x0YvfKa8RUtUpm5TTNJ5OjVQaZJKZBMOyRfZx2WtKhaLqB+XLJneoE5wt8jQlFsPv8B3dj4gJfLsyafAI+k80WeybBq86/kbDAeJybBM+R8tIcAd1y+iB5igWV4I2vzMLlvZAfVlfl2g8r1ycDzacn0DaE1vZsF2if8wZJJZIksIRI1PjDhRjdiK9bxMPtLP8RMdgHV0y/uc7JngmbY0idcJCBT1nWXWkCfkgZhY/mW6X69Qomsw0DajH7PaAukby0LjN3cOky+9oqQaB+ScMCAwEAAaNCMEAwDwYDVR0TAQH/BAUwAwEB/zAOBgNVHQ8BAf8EBAMCAQYwHQYDVR0OBBYEFFKs9P9gEI82E63YID7Vu+tLu3lPMA0GCSqGSIb3DQEBCwUAA4IBAQCyOcGn6jebJTd4jn0mobsnjm0zWtheRAjLBROXzg3so+tA8WfFeYDx6UOo+SJEa/ALiPFBGwjBqN1uTjQltGb68rskfEXvQcXsLSBQ3TTfcy+cOzd1AWdzXtVnqVf1WtYTlyZFK00SeoxSx40SyxMl8BfgEd96RE9VJrlQJuMU9lVmNm8nxrCtzO+Z9252xDQShmbwV4di0mcSSimKf3TGJ9BZ0AdG8ggFiUAoIok1HYUGc2zffpibZ7cZD6PxG5wwtCyLI99+ANwWemEi0J9RY3cpugPVAC9gJSVh6jD3YRnIE7oYEhnOJNTlMwcIZK6bQWl//FpTRVbOmYDKydNb',
);

const ROOT_KEY = bytesOfHex(
  '3082010a0282010100b38f69b0a1fbd761f5e7b3524c6358233b54946f1f9c4afe0e2ff23dc55213dc4e92b9386da81c5361ca0b8dea3667cfdc7462f7ca6bc454b54a66e534cd2793a355069924a64130ec917d9c765ad2a168ba81f972c99dea04e70b7c8d0945b0fbfc077763e2025f2ecc9a7c023e93cd167b26c1abcebf91b0c0789c9b04cf91f2d21c01dd72fa20798a0595e08dafccc2e5bd901f5657e5da0f2bd72703cda727d03684d6f66c17689ff30649259224b08448d4f8c38518dd88af5bc4c3ed2cff1131d807574cbfb9cec99e099b63489d7090814f59d65d69027e4819858fe65ba5faf50a26b30d036a31fb3da02e91bcb42e337770e932fbda2a41a07e49c30203010001',
);

const DEFAULTS: Omit<TestCertificateInit, 'names' | 'facts'> = {
  thumbprint: 'E3AEDDACA8F1DF443CF5A513C43664F0C1E3B15C',
  subjectName: 'CN=Contoso Test Root CA, O=Contoso Test, C=US',
  issuerName: 'CN=Contoso Test Root CA, O=Contoso Test, C=US',
  serialNumber: '1001',
  notBefore: Date.UTC(2024, 0, 1),
  notAfter: Date.UTC(2034, 0, 1),
  version: 3,
  rawData: ROOT_DER,
  hasPrivateKey: false,
  friendlyName: '',
  signatureAlgorithm: sha256Rsa,
  publicKey: { algorithm: rsa, keySize: 2048, encodedKeyValue: ROOT_KEY, encodedParameters: NULL_PARAMETERS },
  extensions: [
    {
      oid: { value: '2.5.29.19', friendlyName: 'Basic Constraints' },
      critical: true,
      rawData: bytesOfHex('30030101ff'),
      formatted: 'Subject Type=CA\nPath Length Constraint=None\n',
    },
    {
      oid: { value: '2.5.29.15', friendlyName: 'Key Usage' },
      critical: true,
      rawData: bytesOfHex('03020106'),
      formatted: 'Certificate Signing, Off-line CRL Signing, CRL Signing (06)\n',
    },
    {
      oid: { value: '2.5.29.14', friendlyName: 'Subject Key Identifier' },
      critical: false,
      rawData: bytesOfHex('041452acf4ff60108f3613add8203ed5bbeb4bbb794f'),
      formatted: '52 ac f4 ff 60 10 8f 36 13 ad d8 20 3e d5 bb eb 4b bb 79 4f\n',
    },
  ],
};

/**
 * A certificate source for tests and conformance cases. Without arguments it is a valid
 * self-signed root CA (`CN=Contoso Test Root CA`, 2024-01-01 to 2034-01-01, thumbprint
 * `E3AEDDACA8F1DF443CF5A513C43664F0C1E3B15C`); any field can be replaced. The data are not
 * checked for consistency (a replaced subject keeps the root's DER and thumbprint).
 */
export function testCertificate(init: Partial<TestCertificateInit> = {}): CertificateSource {
  const data = { ...DEFAULTS, ...init };
  const names = init.names ?? {};
  return {
    thumbprint: data.thumbprint,
    subjectName: data.subjectName,
    issuerName: data.issuerName,
    serialNumber: data.serialNumber,
    notBefore: instant(data.notBefore),
    notAfter: instant(data.notAfter),
    version: data.version,
    rawData: data.rawData,
    hasPrivateKey: data.hasPrivateKey,
    friendlyName: data.friendlyName,
    signatureAlgorithm: data.signatureAlgorithm,
    publicKey: data.publicKey,
    extensions: data.extensions,
    facts: { ...init.facts },
    nameInfo(type: X509NameType, forIssuer: boolean): string {
      const given = names[TYPE_NAMES[type]!];
      if (given !== undefined) return given[forIssuer ? 1 : 0];
      if (type !== NAME_TYPE_KEYS.SimpleName && type !== NAME_TYPE_KEYS.DnsName) return '';
      return dnAttribute(forIssuer ? data.issuerName : data.subjectName, 'CN') ?? '';
    },
  };
}

const CLIENT_DER =
  'MIID/DCCAuSgAwIBAgINANAeQJAAAEZSAAAAATANBgkqhkiG9w0BAQsFADBDMQswCQYDVQQGEwJVUzEVMBMGA1UECgwMQ29udG9zbyBUZXN0MR0wGwYDVQQDDBRDb250b3NvIFRlc3QgUm9vdCBDQTAeFw0yNDAzMTUwODMwMDBaFw0yNTAzMTUwODMwMDBaMHkxCzAJBgNVBAYTAlVTMRMwEQYDVQQIDApXYXNoaW5ndG9uMRAwDgYDVQQHDAdSZWRtb25kMRYwFAYDVQQKDA1Db250b3NvLCBJbmMuMQwwCgYDVQQLDANBUEkxHTAbBgNVBAMMFGNsaWVudDAxLmNvbnRvc28uY29tMIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA2n4E/S+XVtrL/H04bU5e1Qie/lRSR/T/oQOi8LzziAYPIzSgh0PsYGuxabYbmDm+ssGQmhIoHBaO700N2VNS9WnfcHyDCPaaYAWTDwExffo3uZtvvSt3qfz/5w+AykVl2FiBR7BN7SdgYp8qvYXfOaXbDWQuR9QpaHhicJccPG6ToEkepFbbnZS7OA+cNt6jetQbYHX9xcjnVNpn3toyHIXIaUkiQObdYVzFEeA4xPn3HKxs78S3hyAO4Mts7M3adhckFxRVfWZMumaHWIBD4Jp0i8u7BvqPr79K9Vp+XEgtRisfVAHPjM6oEPXr8QqpY0FVy7D1EX0mImQ+jeuSawIDAQABo4G4MIG1MAkGA1UdEwQCMAAwCwYDVR0PBAQDAgeAMBMGA1UdJQQMMAoGCCsGAQUFBwMCMEYGA1UdEQQ/MD2CFGNsaWVudDAxLmNvbnRvc28uY29tgg9hbHQuY29udG9zby5jb22BFGNsaWVudDAxQGNvbnRvc28uY29tMB0GA1UdDgQWBBQXko+2BS0HOVKGiDOEhPajJs7BhTAfBgNVHSMEGDAWgBRSrPT/YBCPNhOt2CA+1bvrS7t5TzANBgkqhkiG9w0BAQsFAAOCAQEArKLiJ8Nnzx1ekYR2D13r+q5QdUdx2bwsXA1wBLp3GZKUM8QurLkDmx9zwfeABOc0UuOZLgYEsNtBE9j70iVl0Ek9Y4mYRTwBGg0KlvhUPUWydhBjfGmO3T090/Mi5P5KN4JUk47ZlxNRA+TdBrfu5kQ42sFokKQ4ZovlVbyyUFHjeBQJhtaL0tADAUf6g0PJWX3pHA88CzBPQZapvCIUIL6+xR1Bj/a0I4/w/bV+JWE2WlayHB2Bukbtk1SHNlwXciIqWJVQMVIreMJ0uB6a0ijHZhP7M81R2C4ZTwyVnMX3GxmDNFBZBtO6J+V5cmZe/QKMM85g0G4Nm4k+BSTx6Q==';

const CLIENT_KEY =
  '3082010a0282010100da7e04fd2f9756dacbfc7d386d4e5ed5089efe545247f4ffa103a2f0bcf388060f2334a08743ec606bb169b61b9839beb2c1909a12281c168eef4d0dd95352f569df707c8308f69a6005930f01317dfa37b99b6fbd2b77a9fcffe70f80ca4565d8588147b04ded2760629f2abd85df39a5db0d642e47d42968786270971c3c6e93a0491ea456db9d94bb380f9c36dea37ad41b6075fdc5c8e754da67deda321c85c869492240e6dd615cc511e038c4f9f71cac6cefc4b787200ee0cb6ceccdda7617241714557d664cba6687588043e09a748bcbbb06fa8fafbf4af55a7e5c482d462b1f5401cf8ccea810f5ebf10aa9634155cbb0f5117d2622643e8deb926b0203010001';

const SELF_DER =
  'MIICnjCCAYYCAwCrEjANBgkqhkiG9w0BAQsFADAUMRIwEAYDVQQDDAlDbGllbnQgMDEwHhcNMjQwMTAxMDAwMDAwWhcNMjYwMTAxMTIwMDAwWjAUMRIwEAYDVQQDDAlDbGllbnQgMDEwggEiMA0GCSqGSIb3DQEBAQUAA4IBDwAwggEKAoIBAQCiCedaraRV84er+FoUleuHxrofQslZiFKM62MJ/3l/sNZzfXM0imi0v4nBrLe++WkK8A8AQaaU2188NPhZzknso+w8szW7w3WQeryqj18DuoDkBsAs5G6TSoWmWoOUeK0Kwwafqx589WQPO5zdTou2e6EwCqpYhjtzNcVh+tOHvC9O0SB/8eY3cSMyraKfuiwG1eObz18mQAM1Rum+Tpkut9/pNA6JfAbJmHzoSQp4Apdhebm3cbO9xsaqJbZZ2GOeQYxy/glX7XJtVJxZI6L6yEvkHW4ZRlZRBs8V4Ppy7I1QyHs9HTKarlSf36Uo8H5lcMqcnMQ2qhNrtlburIFFAgMBAAEwDQYJKoZIhvcNAQELBQADggEBADJOk1n9J5BXFoOzwuMunEm5vLmX70SHAn7CN3RmUyXxSgQJXpeKpXZCSijDtXNehEbeFyuZ3inXTVawk1v96xys5p3X1LuH/OP68Ynw1Ybil84diNsETqSBDsRozmLAlV7AH9JTD4f4++HJSAJFflI7ayfoU+jlfnl0nLLkxVMvtnUaQ/NuQ66sdFujjkhrgP6naEYUtHCB1qMVZIWt/MiI7NHHZ8BrbZ9AmAIrkTG0hZL0sk113xbyK/kHh0qsHxONHEJ2BOQKKfP2jDHctlEr5CtIKE0vU7xB+ERIq9LK69HIJ4CCVZMMd2tyzaxky7lcZxVL4urhp0SQIKTQ6Fg=';

const SELF_KEY =
  '3082010a0282010100a209e75aada455f387abf85a1495eb87c6ba1f42c95988528ceb6309ff797fb0d6737d73348a68b4bf89c1acb7bef9690af00f0041a694db5f3c34f859ce49eca3ec3cb335bbc375907abcaa8f5f03ba80e406c02ce46e934a85a65a839478ad0ac3069fab1e7cf5640f3b9cdd4e8bb67ba1300aaa58863b7335c561fad387bc2f4ed1207ff1e637712332ada29fba2c06d5e39bcf5f2640033546e9be4e992eb7dfe9340e897c06c9987ce8490a7802976179b9b771b3bdc6c6aa25b659d8639e418c72fe0957ed726d549c5923a2fac84be41d6e1946565106cf15e0fa72ec8d50c87b3d1d329aae549fdfa528f07e6570ca9c9cc436aa136bb656eeac81450203010001';

/**
 * Real certificates made with openssl, described with the values openssl and .NET (Mono) print
 * for them. Each call returns a fresh source, so facts prepared on one do not leak into another.
 * Extension texts approximate `X509Extension.Format(true)`; they differ between platforms and
 * were not verified against Windows, so no case should depend on them.
 */
export const testCertificates = {
  /** The default of `testCertificate()`: a self-signed v3 root CA. */
  contosoRoot: (facts: CertificateFacts = {}): CertificateSource => testCertificate({ facts }),

  /** A v3 client certificate issued by the root, with SAN DNS and e-mail names and a padded serial. */
  client01: (facts: CertificateFacts = {}): CertificateSource =>
    testCertificate({
      thumbprint: 'B6F6B425EB54400FAC8F9F6E26E8D6D3BC6C4376',
      subjectName: 'CN=client01.contoso.com, OU=API, O="Contoso, Inc.", L=Redmond, S=Washington, C=US',
      issuerName: DEFAULTS.issuerName,
      serialNumber: '00D01E40900000465200000001',
      notBefore: Date.UTC(2024, 2, 15, 8, 30),
      notAfter: Date.UTC(2025, 2, 15, 8, 30),
      rawData: base64Bytes(CLIENT_DER),
      publicKey: {
        algorithm: rsa,
        keySize: 2048,
        encodedKeyValue: bytesOfHex(CLIENT_KEY),
        encodedParameters: NULL_PARAMETERS,
      },
      extensions: [
        {
          oid: { value: '2.5.29.19', friendlyName: 'Basic Constraints' },
          critical: false,
          rawData: bytesOfHex('3000'),
          formatted: 'Subject Type=End Entity\nPath Length Constraint=None\n',
        },
        {
          oid: { value: '2.5.29.15', friendlyName: 'Key Usage' },
          critical: false,
          rawData: bytesOfHex('03020780'),
          formatted: 'Digital Signature (80)\n',
        },
        {
          oid: { value: '2.5.29.37', friendlyName: 'Extended Key Usage' },
          critical: false,
          rawData: bytesOfHex('300a06082b06010505070302'),
          formatted: 'Client Authentication (1.3.6.1.5.5.7.3.2)\n',
        },
        {
          oid: { value: '2.5.29.17', friendlyName: 'Subject Alternative Name' },
          critical: false,
          rawData: bytesOfHex(
            '303d8214636c69656e7430312e636f6e746f736f2e636f6d820f616c742e636f6e746f736f2e636f6d8114636c69656e74303140636f6e746f736f2e636f6d',
          ),
          formatted:
            'DNS Name=client01.contoso.com\nDNS Name=alt.contoso.com\nRFC822 Name=client01@contoso.com\n',
        },
        {
          oid: { value: '2.5.29.14', friendlyName: 'Subject Key Identifier' },
          critical: false,
          rawData: bytesOfHex('041417928fb6052d0739528688338484f6a326cec185'),
          formatted: '17 92 8f b6 05 2d 07 39 52 86 88 33 84 84 f6 a3 26 ce c1 85\n',
        },
        {
          oid: { value: '2.5.29.35', friendlyName: 'Authority Key Identifier' },
          critical: false,
          rawData: bytesOfHex('3016801452acf4ff60108f3613add8203ed5bbeb4bbb794f'),
          formatted: 'KeyID=52 ac f4 ff 60 10 8f 36 13 ad d8 20 3e d5 bb eb 4b bb 79 4f\n',
        },
      ],
      names: {
        SimpleName: ['client01.contoso.com', 'Contoso Test Root CA'],
        EmailName: ['client01@contoso.com', ''],
        DnsName: ['client01.contoso.com', 'Contoso Test Root CA'],
        DnsFromAlternativeName: ['client01.contoso.com', ''],
      },
      facts,
    }),

  /** A self-signed v1 certificate `CN=Client 01`, valid 2024-01-01 to 2026-01-01T12:00Z, no extensions. */
  selfSigned: (facts: CertificateFacts = {}): CertificateSource =>
    testCertificate({
      thumbprint: '0B925D5F9E22D9DF6E9EF2C0271A579BF142B353',
      subjectName: 'CN=Client 01',
      issuerName: 'CN=Client 01',
      serialNumber: '00AB12',
      notBefore: Date.UTC(2024, 0, 1),
      notAfter: Date.UTC(2026, 0, 1, 12),
      version: 1,
      rawData: base64Bytes(SELF_DER),
      publicKey: {
        algorithm: rsa,
        keySize: 2048,
        encodedKeyValue: bytesOfHex(SELF_KEY),
        encodedParameters: NULL_PARAMETERS,
      },
      extensions: [],
      facts,
    }),
};
