import { dotnetHash } from '../core/equality.js';
import { DOTNET_TYPE } from '../values.js';

/**
 * `System.Security.Cryptography.X509Certificates.X500DistinguishedName`, of which API Management
 * allows only `Name`: the DN string in .NET's form, as the certificate source gives it.
 */
export class X500DistinguishedName {
  static readonly [DOTNET_TYPE] = 'System.Security.Cryptography.X509Certificates.X500DistinguishedName';

  constructor(readonly Name: string) {}

  /** `object.ToString()`: X500DistinguishedName does not override it, so it prints the type name. */
  ToString(): string {
    return X500DistinguishedName[DOTNET_TYPE];
  }

  /** Reference equality, as .NET's (`AsnEncodedData` does not override `Equals`). */
  Equals(other: unknown): boolean {
    return other === this;
  }

  GetHashCode(): number {
    return dotnetHash(this.Name);
  }
}
