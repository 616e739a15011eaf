import { argumentNull } from '../../../runtime/exceptions.js';
import {
  familyHashNamed,
  hashAlgorithmNamed,
  keyedHashAlgorithmNamed,
} from '../../../runtime/web/crypto/algorithm-names.js';
import type { HashName } from '../../../runtime/web/crypto/digest.js';
import { HashAlgorithm } from '../../../runtime/web/crypto/hash-algorithm.js';
import {
  createHash,
  hashFamilyOf,
  MD5CryptoServiceProvider,
  SHA1CryptoServiceProvider,
  SHA1Managed,
  SHA256Managed,
  SHA384Managed,
  SHA512Managed,
} from '../../../runtime/web/crypto/hash-algorithms.js';
import {
  HMAC,
  HMACMD5,
  HMACSHA1,
  HMACSHA256,
  HMACSHA384,
  HMACSHA512,
  KeyedHashAlgorithm,
} from '../../../runtime/web/crypto/hmac.js';
import { jsMethod, jsProperty } from '../../implementation.js';
import { declareType } from '../../registry.js';
import { instanceOf } from './helpers.js';

/** Hashing in `System.Security.Cryptography`, all of which API Management allows. */

const ns = 'System.Security.Cryptography';

function named<T>(create: (name: string) => T, parameter: string): (name: string | null) => T {
  return (name) => {
    if (name === null) throw argumentNull(parameter);
    return create(name);
  };
}

declareType({
  name: `${ns}.HashAlgorithm`,
  kind: 'class',
  apim: 'all',
  interfaces: ['System.IDisposable', `${ns}.ICryptoTransform`],
  test: instanceOf(HashAlgorithm),
  members: {
    'static HashAlgorithm Create()': () => new SHA1CryptoServiceProvider(),
    'static HashAlgorithm Create(string hashName)': named(hashAlgorithmNamed, 'hashName'),
    'byte[] ComputeHash(byte[] buffer)': jsMethod('ComputeHash'),
    'byte[] ComputeHash(byte[] buffer, int offset, int count)': jsMethod('ComputeHash'),
    'byte[] Hash { get; }': jsProperty('Hash'),
    'int HashSize { get; }': jsProperty('HashSize'),
    'int InputBlockSize { get; }': jsProperty('InputBlockSize'),
    'int OutputBlockSize { get; }': jsProperty('OutputBlockSize'),
    'bool CanTransformMultipleBlocks { get; }': jsProperty('CanTransformMultipleBlocks'),
    'bool CanReuseTransform { get; }': jsProperty('CanReuseTransform'),
    'int TransformBlock(byte[] inputBuffer, int inputOffset, int inputCount, byte[] outputBuffer, int outputOffset)':
      jsMethod('TransformBlock'),
    'byte[] TransformFinalBlock(byte[] inputBuffer, int inputOffset, int inputCount)':
      jsMethod('TransformFinalBlock'),
    'void Initialize()': jsMethod('Initialize'),
    'void Clear()': jsMethod('Clear'),
    'void Dispose()': jsMethod('Dispose'),
  },
});

declareType({
  name: `${ns}.KeyedHashAlgorithm`,
  kind: 'class',
  base: `${ns}.HashAlgorithm`,
  apim: 'all',
  test: instanceOf(KeyedHashAlgorithm),
  members: {
    'static KeyedHashAlgorithm Create()': () => new HMACSHA1(),
    'static KeyedHashAlgorithm Create(string algName)': named(keyedHashAlgorithmNamed, 'algName'),
    'byte[] Key { get; set; }': jsProperty('Key'),
  },
});

declareType({
  name: `${ns}.HMAC`,
  kind: 'class',
  base: `${ns}.KeyedHashAlgorithm`,
  apim: 'all',
  test: instanceOf(HMAC),
  members: {
    'static HMAC Create()': () => new HMACSHA1(),
    'static HMAC Create(string algorithmName)': named(keyedHashAlgorithmNamed, 'algorithmName'),
    'string HashName { get; set; }': jsProperty('HashName'),
    'byte[] Key { get; set; }': jsProperty('Key'),
  },
});

const hmacs = [
  ['HMACMD5', HMACMD5],
  ['HMACSHA1', HMACSHA1],
  ['HMACSHA256', HMACSHA256],
  ['HMACSHA384', HMACSHA384],
  ['HMACSHA512', HMACSHA512],
] as const;
for (const [name, runtimeClass] of hmacs) {
  declareType({
    name: `${ns}.${name}`,
    kind: 'class',
    base: `${ns}.HMAC`,
    apim: 'all',
    test: instanceOf(runtimeClass),
    members: {
      'new()': () => new runtimeClass(),
      'new(byte[] key)': (key: Uint8Array | null) => new runtimeClass(key),
    },
  });
}

/** The abstract hash families and the classes that implement them. */
const families: readonly (readonly [
  HashName,
  readonly (readonly [string, new () => HashAlgorithm, 'all' | 'none'])[],
])[] = [
  ['MD5', [['MD5CryptoServiceProvider', MD5CryptoServiceProvider, 'none']]],
  [
    'SHA1',
    [
      ['SHA1Managed', SHA1Managed, 'all'],
      ['SHA1CryptoServiceProvider', SHA1CryptoServiceProvider, 'none'],
    ],
  ],
  ['SHA256', [['SHA256Managed', SHA256Managed, 'all']]],
  ['SHA384', [['SHA384Managed', SHA384Managed, 'all']]],
  ['SHA512', [['SHA512Managed', SHA512Managed, 'all']]],
];

for (const [family, implementations] of families) {
  declareType({
    name: `${ns}.${family}`,
    kind: 'class',
    base: `${ns}.HashAlgorithm`,
    apim: 'all',
    test: (value) => hashFamilyOf(value) === family,
    members: {
      [`static ${family} Create()`]: () => createHash[family](),
      [`static ${family} Create(string hashName)`]: named(
        (name) => familyHashNamed(family, name),
        'hashName',
      ),
    },
  });
  for (const [name, runtimeClass, apim] of implementations) {
    declareType({
      name: `${ns}.${name}`,
      kind: 'class',
      base: `${ns}.${family}`,
      sealed: true,
      apim,
      test: instanceOf(runtimeClass),
      members: { 'new()': () => new runtimeClass() },
    });
  }
}
