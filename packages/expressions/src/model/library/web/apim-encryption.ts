import {
  decryptNamed,
  decryptWith,
  decryptWithKey,
  encryptNamed,
  encryptWith,
  encryptWithKey,
} from '../../../runtime/web/crypto/apim-encryption.js';
import { declareType } from '../../registry.js';

/**
 * API Management's `Encrypt` and `Decrypt` extension methods on `byte[]`. API Management
 * documents the methods but not the class that holds them; it is named here
 * `Microsoft.WindowsAzure.ApiManagement.Proxy.Gateway.Policies.Expressions.ByteArrayExtensions`.
 */
declareType({
  name: 'Microsoft.WindowsAzure.ApiManagement.Proxy.Gateway.Policies.Expressions.ByteArrayExtensions',
  kind: 'class',
  static: true,
  apim: 'all',
  members: {
    'static byte[] Encrypt(this byte[] input, string alg, byte[] key, byte[] iv)': encryptNamed,
    'static byte[] Encrypt(this byte[] input, System.Security.Cryptography.SymmetricAlgorithm alg)':
      encryptWith,
    'static byte[] Encrypt(this byte[] input, System.Security.Cryptography.SymmetricAlgorithm alg, byte[] key, byte[] iv)':
      encryptWithKey,
    'static byte[] Decrypt(this byte[] input, string alg, byte[] key, byte[] iv)': decryptNamed,
    'static byte[] Decrypt(this byte[] input, System.Security.Cryptography.SymmetricAlgorithm alg)':
      decryptWith,
    'static byte[] Decrypt(this byte[] input, System.Security.Cryptography.SymmetricAlgorithm alg, byte[] key, byte[] iv)':
      decryptWithKey,
  },
});
