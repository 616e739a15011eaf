import { argumentNull } from '../../../runtime/exceptions.js';
import {
  Aes,
  AesCryptoServiceProvider,
  AesManaged,
  Rijndael,
  RijndaelManaged,
} from '../../../runtime/web/crypto/aes.js';
import { symmetricAlgorithmNamed } from '../../../runtime/web/crypto/algorithm-names.js';
import { CipherMode } from '../../../runtime/web/crypto/cipher-modes.js';
import { CipherTransform } from '../../../runtime/web/crypto/cipher-transform.js';
import { KeySizes } from '../../../runtime/web/crypto/key-sizes.js';
import { PaddingMode } from '../../../runtime/web/crypto/padding.js';
import { SymmetricAlgorithm } from '../../../runtime/web/crypto/symmetric-algorithm.js';
import { jsMethod, jsProperty } from '../../implementation.js';
import { declareType } from '../../registry.js';
import { declareEnum, instanceOf } from './helpers.js';

/**
 * Symmetric encryption: `SymmetricAlgorithm` (API Management allows all of it but the
 * parameterless `Create()`), `CipherMode` and `PaddingMode`, and the AES classes behind it, which
 * API Management does not list (expressions reach them through `SymmetricAlgorithm.Create("Aes")`
 * or the `Encrypt`/`Decrypt` extensions).
 */

const ns = 'System.Security.Cryptography';

declareEnum(`${ns}.CipherMode`, CipherMode, 'all');
declareEnum(`${ns}.PaddingMode`, PaddingMode, 'all');

declareType({
  name: `${ns}.KeySizes`,
  kind: 'class',
  sealed: true,
  apim: 'none',
  test: instanceOf(KeySizes),
  members: {
    'new(int minSize, int maxSize, int skipSize)': (min: number, max: number, skip: number) =>
      new KeySizes(min, max, skip),
    'int MinSize { get; }': jsProperty('MinSize'),
    'int MaxSize { get; }': jsProperty('MaxSize'),
    'int SkipSize { get; }': jsProperty('SkipSize'),
  },
});

declareType({
  name: `${ns}.ICryptoTransform`,
  kind: 'interface',
  apim: 'none',
  interfaces: ['System.IDisposable'],
  test: instanceOf(CipherTransform),
  members: {
    'int InputBlockSize { get; }': jsProperty('InputBlockSize'),
    'int OutputBlockSize { get; }': jsProperty('OutputBlockSize'),
    'bool CanTransformMultipleBlocks { get; }': jsProperty('CanTransformMultipleBlocks'),
    'bool CanReuseTransform { get; }': jsProperty('CanReuseTransform'),
    'int TransformBlock(byte[] inputBuffer, int inputOffset, int inputCount, byte[] outputBuffer, int outputOffset)':
      jsMethod('TransformBlock'),
    'byte[] TransformFinalBlock(byte[] inputBuffer, int inputOffset, int inputCount)':
      jsMethod('TransformFinalBlock'),
    'void Dispose()': jsMethod('Dispose'),
  },
});

declareType({
  name: `${ns}.CryptoAPITransform`,
  kind: 'class',
  sealed: true,
  apim: 'none',
  interfaces: [`${ns}.ICryptoTransform`],
  test: instanceOf(CipherTransform),
});

const createNamed = (algName: string | null) => {
  if (algName === null) throw argumentNull('algName');
  return symmetricAlgorithmNamed(algName);
};

declareType({
  name: `${ns}.SymmetricAlgorithm`,
  kind: 'class',
  apim: 'all',
  interfaces: ['System.IDisposable'],
  test: instanceOf(SymmetricAlgorithm),
  members: {
    'static SymmetricAlgorithm Create()': { implementation: () => new RijndaelManaged(), apim: false },
    'static SymmetricAlgorithm Create(string algName)': createNamed,
    'byte[] Key { get; set; }': jsProperty('Key'),
    'byte[] IV { get; set; }': jsProperty('IV'),
    'int KeySize { get; set; }': jsProperty('KeySize'),
    'int BlockSize { get; set; }': jsProperty('BlockSize'),
    'int FeedbackSize { get; set; }': jsProperty('FeedbackSize'),
    'CipherMode Mode { get; set; }': jsProperty('Mode'),
    'PaddingMode Padding { get; set; }': jsProperty('Padding'),
    'KeySizes[] LegalKeySizes { get; }': jsProperty('LegalKeySizes'),
    'KeySizes[] LegalBlockSizes { get; }': jsProperty('LegalBlockSizes'),
    'bool ValidKeySize(int bitLength)': jsMethod('ValidKeySize'),
    'void GenerateKey()': jsMethod('GenerateKey'),
    'void GenerateIV()': jsMethod('GenerateIV'),
    'ICryptoTransform CreateEncryptor()': jsMethod('CreateEncryptor'),
    'ICryptoTransform CreateEncryptor(byte[] rgbKey, byte[] rgbIV)': jsMethod('CreateEncryptor'),
    'ICryptoTransform CreateDecryptor()': jsMethod('CreateDecryptor'),
    'ICryptoTransform CreateDecryptor(byte[] rgbKey, byte[] rgbIV)': jsMethod('CreateDecryptor'),
    'void Clear()': jsMethod('Clear'),
    'void Dispose()': jsMethod('Dispose'),
  },
});

declareType({
  name: `${ns}.Aes`,
  kind: 'class',
  base: `${ns}.SymmetricAlgorithm`,
  apim: 'none',
  test: instanceOf(Aes),
  members: {
    'static Aes Create()': () => new AesCryptoServiceProvider(),
    'static Aes Create(string algorithmName)': (name: string | null) => {
      if (name === null) throw argumentNull('algorithmName');
      const algorithm = symmetricAlgorithmNamed(name);
      return algorithm instanceof Aes ? algorithm : null;
    },
  },
});

declareType({
  name: `${ns}.AesCryptoServiceProvider`,
  kind: 'class',
  base: `${ns}.Aes`,
  sealed: true,
  apim: 'none',
  test: instanceOf(AesCryptoServiceProvider),
  members: { 'new()': () => new AesCryptoServiceProvider() },
});

declareType({
  name: `${ns}.AesManaged`,
  kind: 'class',
  base: `${ns}.Aes`,
  sealed: true,
  apim: 'none',
  test: instanceOf(AesManaged),
  members: { 'new()': () => new AesManaged() },
});

declareType({
  name: `${ns}.Rijndael`,
  kind: 'class',
  base: `${ns}.SymmetricAlgorithm`,
  apim: 'none',
  test: instanceOf(Rijndael),
  members: { 'static Rijndael Create()': () => new RijndaelManaged() },
});

declareType({
  name: `${ns}.RijndaelManaged`,
  kind: 'class',
  base: `${ns}.Rijndael`,
  sealed: true,
  apim: 'none',
  test: instanceOf(RijndaelManaged),
  members: { 'new()': () => new RijndaelManaged() },
});
