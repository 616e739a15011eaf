import { AsymmetricAlgorithm, RSA } from '../../../runtime/web/crypto/asymmetric.js';
import { HashAlgorithmName } from '../../../runtime/web/crypto/hash-algorithm-name.js';
import { Oid } from '../../../runtime/web/crypto/oid.js';
import { OidGroup } from '../../../runtime/web/crypto/oid-table.js';
import { RandomNumberGenerator, RNGCryptoServiceProvider } from '../../../runtime/web/crypto/random.js';
import {
  RSAEncryptionPadding,
  RSAEncryptionPaddingMode,
  RSASignaturePadding,
  RSASignaturePaddingMode,
} from '../../../runtime/web/crypto/rsa-padding.js';
import { jsMethod, jsProperty } from '../../implementation.js';
import { declareType } from '../../registry.js';
import { declareEnum, declareExceptions, instanceOf } from './helpers.js';

/**
 * The rest of `System.Security.Cryptography` that API Management lists: random numbers, hash
 * algorithm names, RSA paddings, object identifiers, and the RSA and asymmetric-algorithm types
 * (whose members come with certificates).
 */

const ns = 'System.Security.Cryptography';

declareType({
  name: `${ns}.RandomNumberGenerator`,
  kind: 'class',
  apim: 'none',
  interfaces: ['System.IDisposable'],
  test: instanceOf(RandomNumberGenerator),
  members: {
    'static RandomNumberGenerator Create()': () => new RNGCryptoServiceProvider(),
    'void GetBytes(byte[] data)': jsMethod('GetBytes'),
    'void GetBytes(byte[] data, int offset, int count)': jsMethod('GetBytes'),
    'void GetNonZeroBytes(byte[] data)': jsMethod('GetNonZeroBytes'),
    'void Dispose()': jsMethod('Dispose'),
  },
});

declareType({
  name: `${ns}.RNGCryptoServiceProvider`,
  kind: 'class',
  base: `${ns}.RandomNumberGenerator`,
  sealed: true,
  apim: 'all',
  test: instanceOf(RNGCryptoServiceProvider),
  members: {
    'new()': () => new RNGCryptoServiceProvider(),
    'void GetBytes(byte[] data)': jsMethod('GetBytes'),
    'void GetBytes(byte[] data, int offset, int count)': jsMethod('GetBytes'),
    'void GetNonZeroBytes(byte[] data)': jsMethod('GetNonZeroBytes'),
    'void Dispose()': jsMethod('Dispose'),
  },
});

declareType({
  name: `${ns}.HashAlgorithmName`,
  kind: 'struct',
  apim: 'all',
  interfaces: ['IEquatable<HashAlgorithmName>'],
  test: instanceOf(HashAlgorithmName),
  defaultValue: () => HashAlgorithmName.Default,
  members: {
    'new(string name)': (name: string | null) => new HashAlgorithmName(name),
    'static HashAlgorithmName MD5 { get; }': () => HashAlgorithmName.MD5,
    'static HashAlgorithmName SHA1 { get; }': () => HashAlgorithmName.SHA1,
    'static HashAlgorithmName SHA256 { get; }': () => HashAlgorithmName.SHA256,
    'static HashAlgorithmName SHA384 { get; }': () => HashAlgorithmName.SHA384,
    'static HashAlgorithmName SHA512 { get; }': () => HashAlgorithmName.SHA512,
    'string Name { get; }': jsProperty('Name'),
    'string ToString()': { implementation: jsMethod('ToString'), nonNull: true },
    'bool Equals(object obj)': jsMethod('Equals'),
    'int GetHashCode()': jsMethod('GetHashCode'),
    'bool Equals(HashAlgorithmName other)': jsMethod('Equals'),
    'static bool operator ==(HashAlgorithmName left, HashAlgorithmName right)': (
      left: HashAlgorithmName,
      right: HashAlgorithmName,
    ) => left.Equals(right),
    'static bool operator !=(HashAlgorithmName left, HashAlgorithmName right)': (
      left: HashAlgorithmName,
      right: HashAlgorithmName,
    ) => !left.Equals(right),
  },
});

declareEnum(`${ns}.RSASignaturePaddingMode`, RSASignaturePaddingMode, 'none');
declareEnum(`${ns}.RSAEncryptionPaddingMode`, RSAEncryptionPaddingMode, 'none');

const equality = <T extends { Equals(other: unknown): boolean }>() => ({
  eq: (left: T | null, right: T | null) => (left === null ? right === null : left.Equals(right)),
  ne: (left: T | null, right: T | null) => !(left === null ? right === null : left.Equals(right)),
});

const signatureEquality = equality<RSASignaturePadding>();
declareType({
  name: `${ns}.RSASignaturePadding`,
  kind: 'class',
  sealed: true,
  apim: 'all',
  interfaces: ['IEquatable<RSASignaturePadding>'],
  test: (value) => value instanceof RSASignaturePadding,
  members: {
    'static RSASignaturePadding Pkcs1 { get; }': () => RSASignaturePadding.Pkcs1,
    'static RSASignaturePadding Pss { get; }': () => RSASignaturePadding.Pss,
    'RSASignaturePaddingMode Mode { get; }': jsProperty('Mode'),
    'bool Equals(RSASignaturePadding other)': jsMethod('Equals'),
    'string ToString()': { implementation: jsMethod('ToString'), nonNull: true },
    'bool Equals(object obj)': jsMethod('Equals'),
    'int GetHashCode()': jsMethod('GetHashCode'),
    'static bool operator ==(RSASignaturePadding left, RSASignaturePadding right)': signatureEquality.eq,
    'static bool operator !=(RSASignaturePadding left, RSASignaturePadding right)': signatureEquality.ne,
  },
});

const encryptionEquality = equality<RSAEncryptionPadding>();
declareType({
  name: `${ns}.RSAEncryptionPadding`,
  kind: 'class',
  sealed: true,
  apim: 'all',
  interfaces: ['IEquatable<RSAEncryptionPadding>'],
  test: (value) => value instanceof RSAEncryptionPadding,
  members: {
    'static RSAEncryptionPadding Pkcs1 { get; }': () => RSAEncryptionPadding.Pkcs1,
    'static RSAEncryptionPadding OaepSHA1 { get; }': () => RSAEncryptionPadding.OaepSHA1,
    'static RSAEncryptionPadding OaepSHA256 { get; }': () => RSAEncryptionPadding.OaepSHA256,
    'static RSAEncryptionPadding OaepSHA384 { get; }': () => RSAEncryptionPadding.OaepSHA384,
    'static RSAEncryptionPadding OaepSHA512 { get; }': () => RSAEncryptionPadding.OaepSHA512,
    'static RSAEncryptionPadding CreateOaep(HashAlgorithmName hashAlgorithm)':
      RSAEncryptionPadding.CreateOaep,
    'RSAEncryptionPaddingMode Mode { get; }': jsProperty('Mode'),
    'HashAlgorithmName OaepHashAlgorithm { get; }': jsProperty('OaepHashAlgorithm'),
    'bool Equals(RSAEncryptionPadding other)': jsMethod('Equals'),
    'string ToString()': { implementation: jsMethod('ToString'), nonNull: true },
    'bool Equals(object obj)': jsMethod('Equals'),
    'int GetHashCode()': jsMethod('GetHashCode'),
    'static bool operator ==(RSAEncryptionPadding left, RSAEncryptionPadding right)': encryptionEquality.eq,
    'static bool operator !=(RSAEncryptionPadding left, RSAEncryptionPadding right)': encryptionEquality.ne,
  },
});

declareEnum(`${ns}.OidGroup`, OidGroup, 'none');

declareType({
  name: `${ns}.Oid`,
  kind: 'class',
  sealed: true,
  apim: 'all',
  test: instanceOf(Oid),
  members: {
    'new()': () => new Oid(null),
    'new(string oid)': Oid.fromText,
    'new(string value, string friendlyName)': (value: string | null, friendlyName: string | null) =>
      new Oid(value, friendlyName),
    'new(Oid oid)': Oid.copy,
    'string Value { get; set; }': jsProperty('Value'),
    'string FriendlyName { get; set; }': jsProperty('FriendlyName'),
    'static Oid FromFriendlyName(string friendlyName, OidGroup group)': Oid.FromFriendlyName,
    'static Oid FromOidValue(string oidValue, OidGroup group)': Oid.FromOidValue,
  },
});

declareType({
  name: `${ns}.AsymmetricAlgorithm`,
  kind: 'class',
  apim: 'all',
  interfaces: ['System.IDisposable'],
  test: instanceOf(AsymmetricAlgorithm),
});

declareType({
  name: `${ns}.RSA`,
  kind: 'class',
  base: `${ns}.AsymmetricAlgorithm`,
  apim: 'all',
  test: instanceOf(RSA),
});

declareExceptions([
  [`${ns}.CryptographicException`, 'System.SystemException'],
  [`${ns}.CryptographicUnexpectedOperationException`, `${ns}.CryptographicException`],
  ['System.ObjectDisposedException', 'System.InvalidOperationException'],
]);
