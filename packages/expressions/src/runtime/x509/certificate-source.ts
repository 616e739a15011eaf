/**
 * The certificate port. Policy expressions see certificates as .NET `X509Certificate2` objects,
 * but reading DER, hashing it and formatting distinguished names the way .NET does is the work of
 * a separate certificate package. That package (or a test) describes each certificate as a
 * `CertificateSource`: plain data in the form .NET shows it, no .NET types. The runtime class
 * `X509Certificate2` wraps a source and adds nothing but .NET's member semantics.
 */

/** `System.Security.Cryptography.X509Certificates.X509NameType`. */
export const X509NameType = {
  SimpleName: 0,
  EmailName: 1,
  UpnName: 2,
  DnsName: 3,
  DnsFromAlternativeName: 4,
  UrlName: 5,
} as const;
export type X509NameType = (typeof X509NameType)[keyof typeof X509NameType];

/** An object identifier as .NET's `Oid` shows it: `1.2.840.113549.1.1.11`, `sha256RSA`. */
export interface OidInfo {
  readonly value: string;
  readonly friendlyName: string;
}

/** The certificate's public key, as `X509Certificate.GetKeyAlgorithm()`/`GetPublicKey()` give it. */
export interface PublicKeyInfo {
  /** Key algorithm: `1.2.840.113549.1.1.1` / `RSA`. */
  readonly algorithm: OidInfo;
  /** Key size in bits (`PublicKey.Key.KeySize`). */
  readonly keySize: number;
  /** Contents of the subjectPublicKey BIT STRING (`GetPublicKey()`). */
  readonly encodedKeyValue: Uint8Array;
  /** DER of the algorithm parameters (`GetKeyAlgorithmParameters()`); `05 00` for RSA. */
  readonly encodedParameters: Uint8Array;
}

/** One certificate extension, in encoded order. */
export interface ExtensionInfo {
  readonly oid: OidInfo;
  readonly critical: boolean;
  /** The extension value's DER. */
  readonly rawData: Uint8Array;
  /**
   * `X509Extension.Format(true)` as the gateway's platform prints it (the text after
   * `* Name(oid):` in `ToString(true)`). Platform-specific; the source decides.
   */
  readonly formatted: string;
}

/**
 * Verdicts a compiled expression may need that depend on more than the certificate: trust stores,
 * revocation lists, the network. The caller prepares them before evaluation (the compiled
 * expression declares which it needs); the runtime only reads them. Undefined means "not
 * prepared", which makes `Verify()` throw `FactNotPrepared` rather than guess.
 */
export interface CertificateFacts {
  /** `X509Certificate2.Verify()`: chain to a trusted root, time validity, revocation checked. */
  chain?: boolean;
  /** `VerifyNoRevocation()` (API Management's extension): the same without revocation. */
  chainNoRevocation?: boolean;
}

/** A certificate described in the form .NET shows it (see the module comment). */
export interface CertificateSource {
  /** SHA-1 of the DER, upper-case hex without separators. */
  readonly thumbprint: string;
  /** `SubjectName.Name`: .NET's reversed, quoted DN string (`CN=x, O="a, b", C=US`). */
  readonly subjectName: string;
  /** `IssuerName.Name`. */
  readonly issuerName: string;
  /** Upper-case hex of the serial's content octets, big-endian, as encoded (keeps a `00` pad). */
  readonly serialNumber: string;
  /** Start of validity, milliseconds since 1970-01-01T00:00:00Z. */
  readonly notBefore: number;
  /** End of validity, milliseconds since 1970-01-01T00:00:00Z. */
  readonly notAfter: number;
  /** 1, 2 or 3. */
  readonly version: number;
  /** The DER encoding. */
  readonly rawData: Uint8Array;
  readonly hasPrivateKey: boolean;
  /** `""` unless a store or PFX gave one. */
  readonly friendlyName: string;
  readonly signatureAlgorithm: OidInfo;
  readonly publicKey: PublicKeyInfo;
  readonly extensions: readonly ExtensionInfo[];
  /** `GetNameInfo(type, forIssuer)`: `""` when nothing is found, never null. */
  nameInfo(type: X509NameType, forIssuer: boolean): string;
  /** Verdicts prepared before evaluation (mutable). */
  readonly facts: CertificateFacts;
}
