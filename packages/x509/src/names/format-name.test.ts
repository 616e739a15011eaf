import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  DistinguishedName,
  decodeName,
  formatName,
  NameFlagsError,
  nameString,
  X500DistinguishedNameFlags,
} from './index.js';

const bytes = (hex: string) => ({ bytes: Uint8Array.from(Buffer.from(hex.replace(/\s/g, ''), 'hex')) });

/** C=US, O=Contoso, CN="a, b" encoded in that order. */
const NAME = bytes(
  '3028 310b3009 0603550406 13025553 3110300e 060355040a 1307436f6e746f736f 3107 3005 0603550403 0c00',
);

describe('X.500 name formatting', () => {
  it('reverses RDNs for Name and keeps encoding order for Format', () => {
    const der = bytes('301f 310b3009 0603550406 13025553 3110300e 060355040a 1307436f6e746f736f');
    expect(nameString(der)).toBe('O=Contoso, C=US');
    expect(formatName(der, false)).toBe('C=US, O=Contoso');
    expect(formatName(der, true)).toBe('C=US\r\nO=Contoso\r\n');
    expect(formatName(der, true, { platform: 'linux' })).toBe('C=US\nO=Contoso\n');
  });

  it('applies separators, plus signs and quoting flags', () => {
    const der = bytes('3022 3120 300c 0603550403 1305 4a2c616d65 3010 060355040a 1309 4d6963726f736f6674');
    expect(decodeName(der, X500DistinguishedNameFlags.None)).toBe('CN="J,ame" + O=Microsoft');
    expect(decodeName(der, X500DistinguishedNameFlags.DoNotUsePlusSign)).toBe('CN="J,ame" O=Microsoft');
    expect(decodeName(der, X500DistinguishedNameFlags.DoNotUseQuotes)).toBe('CN=J,ame + O=Microsoft');
    expect(() => decodeName(der, 0x2)).toThrow(NameFlagsError);
  });

  it('prints OpenSSL long names on Linux and OID. on Windows for types outside .NET table', () => {
    const der = bytes('3013 3111 300f 060355040f 1308 507269766174652e');
    expect(nameString(der)).toBe('OID.2.5.4.15=Private.');
    expect(nameString(der, { platform: 'linux' })).toBe('businessCategory=Private.');
  });

  it('empties a name with an undecodable value on Linux only', () => {
    const der = bytes('300d 310b 3009 0603550403 1302 4140');
    expect(nameString(der)).toBe('CN=A@');
    expect(nameString(der, { platform: 'linux' })).toBe('');
  });

  it('returns "" for malformed or trailing data', () => {
    expect(nameString(bytes('3003 3101'))).toBe('');
    expect(nameString(bytes('3000 00'))).toBe('');
    expect(nameString(bytes('3000'))).toBe('');
    expect(typeof nameString(NAME)).toBe('string');
  });

  it('caches Name on DistinguishedName', () => {
    const name = new DistinguishedName(bytes('300e 310c 300a 0603550403 1303466f6f').bytes);
    expect(name.name).toBe('CN=Foo');
    expect(name.decode(X500DistinguishedNameFlags.UseSemicolons)).toBe('CN=Foo');
    expect(name.format(true)).toBe('CN=Foo\r\n');
  });

  it('never throws on random or mutated input', () => {
    const valid = NAME.bytes;
    fc.assert(
      fc.property(
        fc.uint8Array({ maxLength: 120 }),
        fc.integer({ min: 0, max: valid.length - 1 }),
        fc.integer({ min: 0, max: 255 }),
        (random, index, value) => {
          const mutated = valid.slice();
          mutated[index] = value;
          for (const input of [random, mutated, mutated.subarray(0, index)])
            for (const platform of ['windows', 'linux'] as const) {
              expect(typeof nameString({ bytes: input }, { platform })).toBe('string');
              expect(typeof formatName({ bytes: input }, true, { platform })).toBe('string');
            }
        },
      ),
      { numRuns: 3000 },
    );
  });
});
