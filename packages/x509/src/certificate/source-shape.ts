/**
 * The shape the expressions package's `CertificateSource` port describes
 * (`packages/expressions/src/runtime/x509/certificate-source.ts`), restated here so that this
 * package does not depend on the expressions package: objects of these types satisfy the port
 * structurally. Keep the two in step.
 */

/** `X509NameType`. */
export const X509NameType = {
  SimpleName: 0,
  EmailName: 1,
  UpnName: 2,
  DnsName: 3,
  DnsFromAlternativeName: 4,
  UrlName: 5,
} as const;
export type X509NameType = (typeof X509NameType)[keyof typeof X509NameType];

/** An OID as .NET's `Oid` shows it. `friendlyName` is `""` when .NET has none. */
export interface OidInfo {
  readonly value: string;
  readonly friendlyName: string;
}

export interface PublicKeyInfo {
  readonly algorithm: OidInfo;
  readonly keySize: number;
  readonly encodedKeyValue: Uint8Array;
  readonly encodedParameters: Uint8Array;
}

export interface ExtensionInfo {
  readonly oid: OidInfo;
  readonly critical: boolean;
  readonly rawData: Uint8Array;
  /** `X509Extension.Format(true)`. */
  readonly formatted: string;
}

export interface CertificateFacts {
  chain?: boolean;
  chainNoRevocation?: boolean;
}

export interface CertificateSourceShape {
  readonly thumbprint: string;
  readonly subjectName: string;
  readonly issuerName: string;
  readonly serialNumber: string;
  readonly notBefore: number;
  readonly notAfter: number;
  readonly version: number;
  readonly rawData: Uint8Array;
  readonly hasPrivateKey: boolean;
  readonly friendlyName: string;
  readonly signatureAlgorithm: OidInfo;
  readonly publicKey: PublicKeyInfo;
  readonly extensions: readonly ExtensionInfo[];
  nameInfo(type: X509NameType, forIssuer: boolean): string;
  readonly facts: CertificateFacts;
}
