import {
  checkTag,
  childrenOf,
  DerError,
  readBitString,
  readBoolean,
  readOid,
  readSmallInteger,
  readTlv,
  Tag,
  type Tlv,
} from '../der/index.js';
import { formatName, type NamePlatform, newLineOf } from '../names/index.js';
import {
  type GeneralName,
  ipAddressText,
  otherNameText,
  readGeneralName,
  readGeneralNames,
} from './general-names.js';
import { Oids } from './oids.js';

/**
 * `X509Extension.Format(multiLine)` text for the extensions policies meet: basic constraints, key
 * usage, EKU, SAN/IAN, SKI, AKI, CRL distribution points, AIA. Windows output follows crypt32's
 * `CryptFormatObject`; Linux output follows OpenSSL's `X509V3_EXT_print`, which .NET uses there.
 * Both are platform text that .NET itself does not promise to keep stable (x509-dotnet.md §2).
 * Any other extension, or one whose value does not decode, prints as spaced hex, as .NET does
 * when the platform has no formatter. Never throws.
 */
export function formatExtension(
  oid: string,
  value: Uint8Array,
  multiLine: boolean,
  platform: NamePlatform,
): string {
  const formatter = FORMATTERS.get(oid);
  if (formatter !== undefined) {
    try {
      const top = readTlv(value, 0);
      if (top.end !== value.length) throw new DerError(top.end, 'extra data after the extension value');
      const lines = formatter(value, top, platform);
      return joinLines(lines, multiLine, platform);
    } catch (error) {
      if (!(error instanceof DerError)) throw error;
    }
  }
  return Array.from(value, (byte) => byte.toString(16).padStart(2, '0')).join(' ');
}

/**
 * A formatted extension as lines: `text` is one item; `indent` its nesting level in multi-line
 * output. Single-line output joins top-level items with `", "` and nested ones directly.
 */
interface Line {
  readonly text: string;
  readonly indent: number;
}

type Formatter = (bytes: Uint8Array, top: Tlv, platform: NamePlatform) => Line[];

function joinLines(lines: Line[], multiLine: boolean, platform: NamePlatform): string {
  if (multiLine) {
    const newLine = newLineOf(platform);
    return lines.map((line) => `${'     '.repeat(line.indent)}${line.text}${newLine}`).join('');
  }
  let text = '';
  lines.forEach((line, index) => {
    if (index > 0) text += line.indent === 0 ? ', ' : lines[index - 1]!.text.endsWith(':') ? '' : ', ';
    text += line.text;
  });
  return text;
}

const top = (text: string): Line => ({ text, indent: 0 });

const KEY_USAGE_WINDOWS = [
  'Digital Signature',
  'Non-Repudiation',
  'Key Encipherment',
  'Data Encipherment',
  'Key Agreement',
  'Certificate Signing',
  'Off-line CRL Signing',
  'CRL Signing',
  'Encipher Only',
  'Decipher Only',
];
const KEY_USAGE_OPENSSL = [
  'Digital Signature',
  'Non Repudiation',
  'Key Encipherment',
  'Data Encipherment',
  'Key Agreement',
  'Certificate Sign',
  'CRL Sign',
  'Encipher Only',
  'Decipher Only',
];

const EKU_WINDOWS: ReadonlyMap<string, string> = new Map([
  ['1.3.6.1.5.5.7.3.1', 'Server Authentication'],
  ['1.3.6.1.5.5.7.3.2', 'Client Authentication'],
  ['1.3.6.1.5.5.7.3.3', 'Code Signing'],
  ['1.3.6.1.5.5.7.3.4', 'Secure Email'],
  ['1.3.6.1.5.5.7.3.8', 'Time Stamping'],
  ['1.3.6.1.5.5.7.3.9', 'OCSP Signing'],
  ['1.3.6.1.4.1.311.10.3.4', 'Encrypting File System'],
  ['1.3.6.1.4.1.311.20.2.2', 'Smart Card Logon'],
  ['2.5.29.37.0', 'Any Purpose'],
]);
const EKU_OPENSSL: ReadonlyMap<string, string> = new Map([
  ['1.3.6.1.5.5.7.3.1', 'TLS Web Server Authentication'],
  ['1.3.6.1.5.5.7.3.2', 'TLS Web Client Authentication'],
  ['1.3.6.1.5.5.7.3.3', 'Code Signing'],
  ['1.3.6.1.5.5.7.3.4', 'E-mail Protection'],
  ['1.3.6.1.5.5.7.3.8', 'Time Stamping'],
  ['1.3.6.1.5.5.7.3.9', 'OCSP Signing'],
  ['1.3.6.1.4.1.311.10.3.4', 'Microsoft Encrypted File System'],
  ['1.3.6.1.4.1.311.20.2.2', 'Microsoft Smartcard Login'],
  ['2.5.29.37.0', 'Any Extended Key Usage'],
]);

const ACCESS_METHODS: ReadonlyMap<string, string> = new Map([
  ['1.3.6.1.5.5.7.48.1', 'On-line Certificate Status Protocol'],
  ['1.3.6.1.5.5.7.48.2', 'Certification Authority Issuer'],
]);

function basicConstraints(bytes: Uint8Array, sequence: Tlv, platform: NamePlatform): Line[] {
  checkTag(sequence, Tag.Sequence, 'BasicConstraints (SEQUENCE)');
  let ca = false;
  let pathLength: number | undefined;
  for (const field of childrenOf(bytes, sequence)) {
    if (field.tag === Tag.Boolean) ca = readBoolean(bytes, field);
    else pathLength = readSmallInteger(bytes, field);
  }
  if (platform === 'linux')
    return [top(`CA:${ca ? 'TRUE' : 'FALSE'}${pathLength === undefined ? '' : `, pathlen:${pathLength}`}`)];
  return [
    top(`Subject Type=${ca ? 'CA' : 'End Entity'}`),
    top(`Path Length Constraint=${pathLength === undefined ? 'None' : String(pathLength)}`),
  ];
}

function keyUsage(bytes: Uint8Array, bitString: Tlv, platform: NamePlatform): Line[] {
  const bits = readBitString(bytes, bitString).bytes;
  const names = platform === 'windows' ? KEY_USAGE_WINDOWS : KEY_USAGE_OPENSSL;
  const set: string[] = [];
  for (let bit = 0; bit < 9; bit++) {
    const byte = bits[bit >> 3] ?? 0;
    if ((byte & (0x80 >> (bit & 7))) !== 0) {
      // Windows has a separate name for "Off-line CRL Signing" (same bit 6 as CRL Signing).
      if (platform === 'windows' && bit === 6) set.push(names[6]!, names[7]!);
      else set.push(names[platform === 'windows' && bit > 6 ? bit + 1 : bit]!);
    }
  }
  if (platform === 'linux') return [top(set.join(', '))];
  const hex = Array.from(bits, (byte) => byte.toString(16).padStart(2, '0')).join(' ');
  const text = set.length === 0 ? 'Information Not Available' : set.join(', ');
  return [top(`${text} (${hex})`)];
}

function extendedKeyUsage(bytes: Uint8Array, sequence: Tlv, platform: NamePlatform): Line[] {
  checkTag(sequence, Tag.Sequence, 'ExtKeyUsageSyntax (SEQUENCE)');
  const oids = childrenOf(bytes, sequence).map((tlv) => readOid(bytes, tlv));
  if (platform === 'linux') return [top(oids.map((oid) => EKU_OPENSSL.get(oid) ?? oid).join(', '))];
  return oids.map((oid) => top(`${EKU_WINDOWS.get(oid) ?? 'Unknown Key Usage'} (${oid})`));
}

function alternativeNames(bytes: Uint8Array, sequence: Tlv, platform: NamePlatform): Line[] {
  const names = readGeneralNames(bytes, sequence);
  if (platform === 'linux') return [top(names.map((name) => generalNameOpenSsl(bytes, name)).join(', '))];
  return names.flatMap((name) => generalNameWindows(bytes, name, 0));
}

function generalNameWindows(bytes: Uint8Array, name: GeneralName, indent: number): Line[] {
  switch (name.kind) {
    case 'rfc822Name':
      return [{ text: `RFC822 Name=${name.text}`, indent }];
    case 'dNSName':
      return [{ text: `DNS Name=${name.text}`, indent }];
    case 'uniformResourceIdentifier':
      return [{ text: `URL=${name.text}`, indent }];
    case 'iPAddress':
      return [{ text: `IP Address=${ipAddressText(name.bytes)}`, indent }];
    case 'registeredID':
      return [{ text: `Registered ID=${name.oid}`, indent }];
    case 'directoryName':
      return [
        { text: 'Directory Address:', indent },
        ...formatName({ bytes, offset: name.name.offset, end: name.name.end }, true, { platform: 'windows' })
          .split('\r\n')
          .filter((line) => line !== '')
          .map((text) => ({ text, indent: indent + 1 })),
      ];
    case 'otherName': {
      const text = otherNameText(bytes, name.value);
      const label = name.typeId === Oids.userPrincipalName ? 'Principal Name' : name.typeId;
      return [
        { text: 'Other Name:', indent },
        {
          text: `${label}=${text ?? hexSpaced(bytes.subarray(name.value.offset, name.value.end))}`,
          indent: indent + 1,
        },
      ];
    }
    default:
      return [
        { text: `${name.kind}=${hexSpaced(bytes.subarray(name.element.offset, name.element.end))}`, indent },
      ];
  }
}

function generalNameOpenSsl(bytes: Uint8Array, name: GeneralName): string {
  switch (name.kind) {
    case 'rfc822Name':
      return `email:${name.text}`;
    case 'dNSName':
      return `DNS:${name.text}`;
    case 'uniformResourceIdentifier':
      return `URI:${name.text}`;
    case 'iPAddress':
      return `IP Address:${ipAddressText(name.bytes).toUpperCase()}`;
    case 'registeredID':
      return `Registered ID:${name.oid}`;
    case 'directoryName':
      return `DirName:${formatName({ bytes, offset: name.name.offset, end: name.name.end }, false, { platform: 'linux' })}`;
    case 'otherName': {
      const text = otherNameText(bytes, name.value);
      return name.typeId === Oids.userPrincipalName
        ? `othername: UPN::${text ?? ''}`
        : `othername:${name.typeId}::${text ?? ''}`;
    }
    default:
      return `${name.kind}:<unsupported>`;
  }
}

function subjectKeyIdentifier(bytes: Uint8Array, octets: Tlv, platform: NamePlatform): Line[] {
  checkTag(octets, Tag.OctetString, 'KeyIdentifier (OCTET STRING)');
  return [top(keyId(bytes.subarray(octets.start, octets.end), platform))];
}

function keyId(bytes: Uint8Array, platform: NamePlatform): string {
  const hex = Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0'));
  return platform === 'windows' ? hex.join('') : hex.join(':').toUpperCase();
}

function authorityKeyIdentifier(bytes: Uint8Array, sequence: Tlv, platform: NamePlatform): Line[] {
  checkTag(sequence, Tag.Sequence, 'AuthorityKeyIdentifier (SEQUENCE)');
  const lines: Line[] = [];
  for (const field of childrenOf(bytes, sequence)) {
    if (field.tag === 0x80)
      lines.push(
        top(
          platform === 'windows'
            ? `KeyID=${keyId(bytes.subarray(field.start, field.end), platform)}`
            : keyId(bytes.subarray(field.start, field.end), platform),
        ),
      );
    else if (field.tag === 0xa1) {
      const names = childrenOf(bytes, field).map((element) => readGeneralName(bytes, element));
      if (platform === 'linux')
        lines.push(top(names.map((name) => generalNameOpenSsl(bytes, name)).join(', ')));
      else
        lines.push(
          top('Certificate Issuer:'),
          ...names.flatMap((name) => generalNameWindows(bytes, name, 1)),
        );
    } else if (field.tag === 0x82) {
      const serial = Array.from(bytes.subarray(field.start, field.end), (byte) =>
        byte.toString(16).padStart(2, '0'),
      );
      lines.push(
        top(
          platform === 'windows'
            ? `Certificate SerialNumber=${serial.join(' ')}`
            : `serial:${serial.join(':').toUpperCase()}`,
        ),
      );
    } else {
      throw new DerError(field.offset, 'unknown AuthorityKeyIdentifier field');
    }
  }
  return lines;
}

function crlDistributionPoints(bytes: Uint8Array, sequence: Tlv, platform: NamePlatform): Line[] {
  checkTag(sequence, Tag.Sequence, 'CRLDistributionPoints (SEQUENCE)');
  const lines: Line[] = [];
  childrenOf(bytes, sequence).forEach((point, index) => {
    checkTag(point, Tag.Sequence, 'DistributionPoint (SEQUENCE)');
    if (platform === 'windows') lines.push(top(`[${index + 1}]CRL Distribution Point`));
    for (const field of childrenOf(bytes, point)) {
      if (field.tag !== 0xa0) continue;
      const choice = readTlv(bytes, field.start, field.end);
      if (choice.tag !== 0xa0) continue;
      const names = childrenOf(bytes, choice).map((element) => readGeneralName(bytes, element));
      if (platform === 'linux') {
        lines.push(
          top('Full Name:'),
          ...names.map((name) => ({ text: generalNameOpenSsl(bytes, name), indent: 1 })),
        );
      } else {
        lines.push({ text: 'Distribution Point Name:', indent: 1 }, { text: 'Full Name:', indent: 2 });
        lines.push(...names.flatMap((name) => generalNameWindows(bytes, name, 3)));
      }
    }
  });
  return lines;
}

function authorityInfoAccess(bytes: Uint8Array, sequence: Tlv, platform: NamePlatform): Line[] {
  checkTag(sequence, Tag.Sequence, 'AuthorityInfoAccessSyntax (SEQUENCE)');
  const lines: Line[] = [];
  childrenOf(bytes, sequence).forEach((description, index) => {
    checkTag(description, Tag.Sequence, 'AccessDescription (SEQUENCE)');
    const [methodTlv, locationTlv] = childrenOf(bytes, description);
    if (methodTlv === undefined || locationTlv === undefined)
      throw new DerError(description.offset, 'incomplete AccessDescription');
    const method = readOid(bytes, methodTlv);
    const location = readGeneralName(bytes, locationTlv);
    if (platform === 'linux') {
      const label =
        method === '1.3.6.1.5.5.7.48.1' ? 'OCSP' : method === '1.3.6.1.5.5.7.48.2' ? 'CA Issuers' : method;
      lines.push(top(`${label} - ${generalNameOpenSsl(bytes, location)}`));
    } else {
      lines.push(
        top(`[${index + 1}]Authority Info Access`),
        { text: `Access Method=${ACCESS_METHODS.get(method) ?? 'Unknown Method'} (${method})`, indent: 1 },
        { text: 'Alternative Name:', indent: 1 },
        ...generalNameWindows(bytes, location, 2),
      );
    }
  });
  return lines;
}

function hexSpaced(bytes: Uint8Array): string {
  return Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join(' ');
}

const FORMATTERS: ReadonlyMap<string, Formatter> = new Map<string, Formatter>([
  [Oids.basicConstraints, basicConstraints],
  [Oids.keyUsage, keyUsage],
  [Oids.extendedKeyUsage, extendedKeyUsage],
  [Oids.subjectAltName, alternativeNames],
  [Oids.issuerAltName, alternativeNames],
  [Oids.subjectKeyIdentifier, subjectKeyIdentifier],
  [Oids.authorityKeyIdentifier, authorityKeyIdentifier],
  [Oids.crlDistributionPoints, crlDistributionPoints],
  [Oids.authorityInfoAccess, authorityInfoAccess],
]);
