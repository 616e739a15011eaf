import { DOTNET_TYPE } from '../../values.js';

/**
 * `AsymmetricAlgorithm` and `RSA`, known so that expressions can name them. Their keys come from
 * certificates, whose part of the runtime gives them members and instances.
 */
export abstract class AsymmetricAlgorithm {
  static readonly [DOTNET_TYPE]: string = 'System.Security.Cryptography.AsymmetricAlgorithm';

  ToString(): string {
    return (this.constructor as unknown as Record<typeof DOTNET_TYPE, string>)[DOTNET_TYPE];
  }
}

export abstract class RSA extends AsymmetricAlgorithm {
  static override readonly [DOTNET_TYPE]: string = 'System.Security.Cryptography.RSA';
}
