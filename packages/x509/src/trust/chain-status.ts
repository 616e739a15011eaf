/**
 * Chain verification results, named after .NET's `X509ChainStatusFlags` so that a failing check
 * reads the way a .NET developer expects.
 */

/** The `X509ChainStatusFlags` this package reports. */
export type ChainStatusFlag =
  | 'NotTimeValid'
  | 'Revoked'
  | 'NotSignatureValid'
  | 'NotValidForUsage'
  | 'UntrustedRoot'
  | 'RevocationStatusUnknown'
  | 'Cyclic'
  | 'InvalidExtension'
  | 'InvalidBasicConstraints'
  | 'PartialChain'
  | 'OfflineRevocation'
  | 'HasNotSupportedCriticalExtension';

/** One problem, as .NET's `X509ChainStatus` (`Status`, `StatusInformation`). */
export interface ChainStatus {
  readonly status: ChainStatusFlag;
  readonly information: string;
}

/** One certificate of the built chain, leaf first, and its own problems. */
export interface ChainElement {
  /** DER of the certificate. */
  readonly certificate: Uint8Array;
  /** Upper-case SHA-1 hex. */
  readonly thumbprint: string;
  readonly status: readonly ChainStatus[];
}

/** The outcome of building and checking a chain. */
export interface ChainResult {
  /** True when no status was reported (`X509Chain.Build` returning true). */
  readonly valid: boolean;
  /** Every problem of every element, each flag once (`X509Chain.ChainStatus`). */
  readonly status: readonly ChainStatus[];
  /** The chain that was built, leaf first. */
  readonly elements: readonly ChainElement[];
}
