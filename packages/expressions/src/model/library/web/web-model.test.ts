import { describe, expect, it } from 'vitest';
import { AsnEncodedData } from '../../../runtime/x509/x509-extension.js';
import '../index.js';
import '../../runtime-types.js';
import {
  AesCryptoServiceProvider,
  AesManaged,
  Rijndael,
  RijndaelManaged,
} from '../../../runtime/web/crypto/aes.js';
import { AsymmetricAlgorithm, RSA } from '../../../runtime/web/crypto/asymmetric.js';
import { HashAlgorithmName } from '../../../runtime/web/crypto/hash-algorithm-name.js';
import { createHash } from '../../../runtime/web/crypto/hash-algorithms.js';
import { HMACSHA256 } from '../../../runtime/web/crypto/hmac.js';
import { KeySizes } from '../../../runtime/web/crypto/key-sizes.js';
import { Oid } from '../../../runtime/web/crypto/oid.js';
import { RNGCryptoServiceProvider } from '../../../runtime/web/crypto/random.js';
import { RSAEncryptionPadding, RSASignaturePadding } from '../../../runtime/web/crypto/rsa-padding.js';
import { utf8 } from '../../../runtime/web/encoding/encodings.js';
import { IPAddress } from '../../../runtime/web/net/ip-address.js';
import { Uri } from '../../../runtime/web/net/uri.js';
import { Regex } from '../../../runtime/web/regex/regex.js';
import { allDefinitions, definitionNamed } from '../../registry.js';
import type { TypeDefinition } from '../../type-definition.js';
import { declarationProblems } from '../test-support/check-declarations.js';

/** The namespaces whose types this area declares. */
const areaNamespaces = [
  'System.Text',
  'System.Security.Cryptography',
  'System.Net',
  'System.Net.Sockets',
  'System.Text.RegularExpressions',
];
/** Types of this area outside those namespaces, and the type it extends. */
const otherTypes = [
  'Microsoft.WindowsAzure.ApiManagement.Proxy.Gateway.Policies.Expressions.ByteArrayExtensions',
  'System.Uri',
  'System.UriPartial',
  'System.UriKind',
  'System.UriHostNameType',
  'System.Base64FormattingOptions',
  'System.Convert',
];
/** Types of other areas in the namespaces above. */
const notMine = new Set(['System.Text.StringBuilder', 'System.Text.NormalizationForm']);

function areaTypes(): TypeDefinition[] {
  const inNamespaces = allDefinitions().filter(
    (d) =>
      areaNamespaces.includes(d.namespace) &&
      !notMine.has(d.fullName) &&
      !d.fullName.startsWith('System.Net.Http'),
  );
  return [...inNamespaces, ...otherTypes.map((name) => definitionNamed(name)!)];
}

const regex = Regex.create('(?<word>a)(b)?');
const match = regex.Match('ab');
const aes = new AesManaged();

/**
 * A runtime object of each type whose members are JavaScript properties or methods: an instance,
 * or the prototype of an abstract class (members computed in constructors need an instance).
 */
const samples: Readonly<Record<string, object>> = {
  'System.Text.Encoding': utf8,
  'System.Text.RegularExpressions.Regex': regex,
  'System.Text.RegularExpressions.Match': match,
  'System.Text.RegularExpressions.Group': match.Groups.byNumber(1),
  'System.Text.RegularExpressions.Capture': match.Captures.item(0),
  'System.Text.RegularExpressions.GroupCollection': match.Groups,
  'System.Text.RegularExpressions.CaptureCollection': match.Captures,
  'System.Text.RegularExpressions.MatchCollection': regex.Matches('abab'),
  'System.Uri': Uri.create('http://example.com/a?b#c'),
  'System.Net.IPAddress': IPAddress.Parse('10.0.0.1'),
  // Declared by the x509 area (PublicKey's encoded key), in this area's namespace.
  'System.Security.Cryptography.AsnEncodedData': new AsnEncodedData(
    new Oid('1.2.840.113549.1.1.1', 'RSA'),
    new Uint8Array([5, 0]),
  ),
  'System.Security.Cryptography.HashAlgorithm': createHash.SHA256(),
  'System.Security.Cryptography.KeyedHashAlgorithm': new HMACSHA256(),
  'System.Security.Cryptography.HMAC': new HMACSHA256(),
  'System.Security.Cryptography.KeySizes': new KeySizes(128, 256, 64),
  'System.Security.Cryptography.ICryptoTransform': aes.CreateEncryptor(),
  'System.Security.Cryptography.SymmetricAlgorithm': aes,
  'System.Security.Cryptography.Aes': aes,
  'System.Security.Cryptography.AesManaged': aes,
  'System.Security.Cryptography.AesCryptoServiceProvider': new AesCryptoServiceProvider(),
  'System.Security.Cryptography.Rijndael': Rijndael.prototype,
  'System.Security.Cryptography.RijndaelManaged': new RijndaelManaged(),
  'System.Security.Cryptography.RandomNumberGenerator': new RNGCryptoServiceProvider(),
  'System.Security.Cryptography.RNGCryptoServiceProvider': new RNGCryptoServiceProvider(),
  'System.Security.Cryptography.HashAlgorithmName': HashAlgorithmName.SHA256,
  'System.Security.Cryptography.RSASignaturePadding': RSASignaturePadding.Pkcs1,
  'System.Security.Cryptography.RSAEncryptionPadding': RSAEncryptionPadding.OaepSHA256,
  'System.Security.Cryptography.Oid': new Oid('2.16.840.1.101.3.4.2.1'),
  'System.Security.Cryptography.AsymmetricAlgorithm': AsymmetricAlgorithm.prototype,
  'System.Security.Cryptography.RSA': RSA.prototype,
};

describe('the web area’s model', () => {
  it('declares its types', () => {
    expect(areaTypes().length).toBeGreaterThan(40);
  });

  it.each(areaTypes().map((d) => d.fullName))('resolves every member of %s to an implementation', (name) => {
    const definition = definitionNamed(name)!;
    expect(declarationProblems(definition, { sample: samples[name], ownMembersOnly: true })).toEqual([]);
  });

  it('gives each sample object the type it stands for', () => {
    for (const [name, sample] of Object.entries(samples)) {
      const test = definitionNamed(name)!.test!;
      const isPrototype = Object.hasOwn(sample, 'constructor');
      if (!isPrototype) expect(test(sample), name).toBe(true);
    }
  });

  it('follows API Management’s list for regular expressions', () => {
    const definition = definitionNamed('System.Text.RegularExpressions.Regex')!;
    const allowed = (name: string) => definition.members.byName.get(name)!.every((m) => m.allowed);
    expect(allowed('IsMatch')).toBe(true);
    expect(allowed('Escape')).toBe(false);
    expect(definition.members.constructors.every((c) => c.allowed)).toBe(true);
    const matchType = definitionNamed('System.Text.RegularExpressions.Match')!;
    expect(matchType.members.byName.get('NextMatch')!.every((m) => m.allowed)).toBe(false);
    expect(matchType.members.byName.get('Groups')!.every((m) => m.allowed)).toBe(true);
  });

  it('declares the API Management encryption extensions', () => {
    const extensions = definitionNamed(
      'Microsoft.WindowsAzure.ApiManagement.Proxy.Gateway.Policies.Expressions.ByteArrayExtensions',
    )!;
    expect(extensions.members.extensions.get('Encrypt')).toHaveLength(3);
    expect(extensions.members.extensions.get('Decrypt')).toHaveLength(3);
  });

  it('forbids the parameterless SymmetricAlgorithm.Create()', () => {
    const symmetric = definitionNamed('System.Security.Cryptography.SymmetricAlgorithm')!;
    const creates = symmetric.members.byName.get('Create')!;
    expect(creates.filter((m) => m.allowed)).toHaveLength(1);
  });

  it('adds the Base-64 conversions to System.Convert', () => {
    const convert = definitionNamed('System.Convert')!;
    expect(convert.members.byName.get('ToBase64String')).toHaveLength(4);
    expect(convert.members.byName.get('FromBase64String')).toHaveLength(1);
  });
});
