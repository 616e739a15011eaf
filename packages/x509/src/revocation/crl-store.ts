/**
 * CRLs the caller supplies, indexed by issuer name. Like the trust store, every change gets a new
 * `version` so that cached verdicts follow the CRLs they were computed from.
 */
import { pemBlocks } from '../trust/pem.js';
import { type ParsedCrl, parseCrl } from './crl.js';

let versionCounter = 0;

/** DER bytes, or PEM text with one or more `X509 CRL` blocks. */
export type CrlInput = Uint8Array | string;

export class CrlStore {
  #version = ++versionCounter;
  readonly #byIssuer = new Map<string, ParsedCrl[]>();

  constructor(crls: readonly CrlInput[] = []) {
    for (const crl of crls) this.add(crl);
  }

  get version(): number {
    return this.#version;
  }

  /** Adds CRLs; throws `CrlParseError` for bytes that are not a CRL. */
  add(input: CrlInput): void {
    const ders = typeof input === 'string' ? pemBlocks(input, 'X509 CRL') : [input];
    for (const der of ders) {
      const crl = parseCrl(der);
      const list = this.#byIssuer.get(crl.issuerKey);
      if (list === undefined) this.#byIssuer.set(crl.issuerKey, [crl]);
      else list.push(crl);
    }
    this.#version = ++versionCounter;
  }

  clear(): void {
    this.#byIssuer.clear();
    this.#version = ++versionCounter;
  }

  /** CRLs whose issuer name chains with `issuerKey`. */
  forIssuer(issuerKey: string): readonly ParsedCrl[] {
    return this.#byIssuer.get(issuerKey) ?? [];
  }
}
