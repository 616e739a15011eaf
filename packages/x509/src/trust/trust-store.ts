/**
 * API Management's uploaded CA certificates: trusted roots (the Root store) and intermediates (the
 * CertificateAuthority store). Every change gets a new `version`, unique in the process, so cached
 * verdicts keyed by it can never outlive the store content they were computed from.
 */
import { rootCertificates } from 'node:tls';
import { type ParsedCertificate, parseCertificate } from './parsed-certificate.js';
import { type CertificateInput, certificatesOf } from './pem.js';

let versionCounter = 0;

/** A certificate held by a store, parsed once. */
export interface StoreEntry {
  readonly certificate: ParsedCertificate;
  /** In the Root store: a trust anchor when self-issued. */
  readonly trusted: boolean;
}

/** A set of roots and intermediates, indexed by subject name. */
export class TrustStore {
  #version = ++versionCounter;
  readonly #entries = new Map<string, StoreEntry>();
  #bySubject = new Map<string, StoreEntry[]>();

  constructor(
    init: { roots?: readonly CertificateInput[]; intermediates?: readonly CertificateInput[] } = {},
  ) {
    for (const root of init.roots ?? []) this.addRoot(root);
    for (const intermediate of init.intermediates ?? []) this.addIntermediate(intermediate);
  }

  /** Changes on every change of content; unique across all stores of the process. */
  get version(): number {
    return this.#version;
  }

  get size(): number {
    return this.#entries.size;
  }

  /** Adds trusted roots (DER, or PEM with one or more certificates). Returns their thumbprints. */
  addRoot(input: CertificateInput): string[] {
    return this.#add(input, true);
  }

  /** Adds intermediate CA certificates (used to build chains, not trusted by themselves). */
  addIntermediate(input: CertificateInput): string[] {
    return this.#add(input, false);
  }

  /** Removes a certificate by thumbprint (case-insensitive). Returns whether it was present. */
  remove(thumbprint: string): boolean {
    const removed = this.#entries.delete(thumbprint.toUpperCase());
    if (removed) this.#changed();
    return removed;
  }

  clear(): void {
    if (this.#entries.size === 0) return;
    this.#entries.clear();
    this.#changed();
  }

  /** Whether a certificate (by thumbprint) is in the store, and how. */
  get(thumbprint: string): StoreEntry | undefined {
    return this.#entries.get(thumbprint.toUpperCase());
  }

  /** Every entry, roots and intermediates. */
  entries(): IterableIterator<StoreEntry> {
    return this.#entries.values();
  }

  /** Entries whose subject chains with `issuerKey` (see `nameKey`). */
  bySubject(issuerKey: string): readonly StoreEntry[] {
    return this.#bySubject.get(issuerKey) ?? NONE;
  }

  #add(input: CertificateInput, trusted: boolean): string[] {
    const parsed = certificatesOf(input).map((der) => parseCertificate(der));
    for (const certificate of parsed) {
      const existing = this.#entries.get(certificate.thumbprint);
      // A certificate uploaded both ways counts as trusted.
      this.#entries.set(certificate.thumbprint, {
        certificate,
        trusted: trusted || existing?.trusted === true,
      });
    }
    this.#changed();
    return parsed.map((certificate) => certificate.thumbprint);
  }

  #changed(): void {
    this.#version = ++versionCounter;
    const index = new Map<string, StoreEntry[]>();
    for (const entry of this.#entries.values()) {
      const list = index.get(entry.certificate.subjectKey);
      if (list === undefined) index.set(entry.certificate.subjectKey, [entry]);
      else list.push(entry);
    }
    this.#bySubject = index;
  }
}

const NONE: readonly StoreEntry[] = [];

let systemStore: TrustStore | undefined;

/**
 * The platform's roots (`tls.rootCertificates`, Node's bundled Mozilla list) as a store, built on
 * first use.
 */
export function systemRootStore(): TrustStore {
  if (systemStore === undefined) {
    const store = new TrustStore();
    for (const pem of rootCertificates) store.addRoot(pem);
    systemStore = store;
  }
  return systemStore;
}
