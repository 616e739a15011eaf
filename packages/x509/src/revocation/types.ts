/**
 * Where revocation data comes from: CRLs the caller supplies, and pluggable fetchers for a
 * gateway (CRL distribution points, OCSP responders). Fetching is the caller's policy: this package
 * never opens a connection by itself.
 */
import type { CrlStore } from './crl-store.js';

/** Downloads the CRL at a distribution-point URL (DER or PEM bytes). Rejects when unreachable. */
export type CrlFetcher = (url: string) => Promise<Uint8Array>;

/** What an OCSP fetcher is asked about. */
export interface OcspQuery {
  /** DER of the certificate whose status is asked. */
  readonly certificate: Uint8Array;
  /** DER of its issuer (for the request's issuer hashes and to check the response signer). */
  readonly issuer: Uint8Array;
  /** Upper-case hex of the serial's content octets. */
  readonly serialNumber: string;
  /** OCSP responder URLs from the certificate's Authority Information Access. */
  readonly urls: readonly string[];
  /** The evaluation clock, milliseconds since the epoch. */
  readonly at: number;
}

/** An OCSP answer whose response signature the fetcher has already checked. */
export interface OcspAnswer {
  readonly status: 'good' | 'revoked' | 'unknown';
}

/** Asks an OCSP responder; resolves `unknown` (or rejects) when no answer can be had. */
export type OcspFetcher = (query: OcspQuery) => Promise<OcspAnswer>;

/** Revocation sources for `Verify()`; with none, every non-root status is unknown, as offline .NET. */
export interface RevocationOptions {
  /** CRLs the caller supplies (DER or PEM), consulted before any fetch. */
  readonly crls?: CrlStore;
  /** Fetches CRLs from the certificate's distribution points. */
  readonly fetchCrl?: CrlFetcher;
  /** Asks OCSP responders named in the certificate, before CRL distribution points. */
  readonly fetchOcsp?: OcspFetcher;
}

/** The revocation status of one certificate. */
export interface RevocationState {
  readonly state: 'good' | 'revoked' | 'unknown';
  /** True when a source was tried but could not be used (.NET's OfflineRevocation). */
  readonly offline: boolean;
  readonly information: string;
}
