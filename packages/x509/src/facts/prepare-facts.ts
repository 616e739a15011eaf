/**
 * Prepares the certificate facts a compiled policy needs before its synchronous evaluation:
 * `Verify()` (`facts.chain`) and `VerifyNoRevocation()` (`facts.chainNoRevocation`). Only the
 * facts the policy's needs name are computed, and verdicts come from a bounded cache when they can.
 */

import type { RevocationOptions } from '../revocation/types.js';
import { CertificateParseError } from '../trust/parsed-certificate.js';
import type { SignatureVerifier } from '../trust/signature-verifier.js';
import type { TrustStore } from '../trust/trust-store.js';
import { type TimedChainResult, type VerifyChainOptions, verifyChainNow } from '../trust/verify-chain.js';
import { VerdictCache } from './verdict-cache.js';

/** The shape of the expressions package's `CertificateNeed`. */
export interface CertificateNeed {
  readonly fact: 'chain' | 'chain-no-revocation';
  readonly certificate: 'request' | 'deployment' | 'any';
}

/** Any object carrying a certificate's DER, thumbprint and mutable facts (a `CertificateSource`). */
export interface FactTarget {
  readonly rawData: Uint8Array;
  readonly thumbprint: string;
  readonly facts: { chain?: boolean; chainNoRevocation?: boolean };
}

/** The certificates of one evaluation: the client's and the deployment's. */
export interface FactTargets {
  readonly request?: FactTarget | null;
  readonly deployment?: Iterable<FactTarget>;
}

export interface PrepareFactsOptions {
  readonly trustStore: TrustStore;
  /** Evaluation clock (default: now). */
  readonly at?: Date | number;
  readonly revocation?: RevocationOptions;
  readonly useSystemRoots?: boolean;
  readonly verifier?: SignatureVerifier;
  /** Verdict cache (default: one shared per process, 10 000 entries). */
  readonly cache?: VerdictCache;
  /**
   * How long a `Verify()` verdict that used fetched revocation data may be reused, in ms
   * (default 1 hour): a CRL may be reissued before its nextUpdate.
   */
  readonly fetchedRevocationTtlMs?: number;
}

const sharedCache = new VerdictCache();
const identities = new WeakMap<object, number>();
let identityCounter = 0;

function identity(value: object | undefined): number {
  if (value === undefined) return 0;
  let id = identities.get(value);
  if (id === undefined) {
    id = ++identityCounter;
    identities.set(value, id);
  }
  return id;
}

/**
 * Computes `facts.chain` / `facts.chainNoRevocation` for the certificates the needs name. A
 * certificate whose bytes cannot be parsed gets `false` (as .NET's Verify returns false).
 */
export async function prepareFacts(
  targets: FactTargets | Iterable<FactTarget>,
  needs: readonly CertificateNeed[],
  options: PrepareFactsOptions,
): Promise<void> {
  await prepareFactsNow(targets, needs, options);
}

/**
 * `prepareFacts` that sets every fact it can at once (cached verdicts; chains whose checks need no
 * asynchronous step) and returns a promise only when some fact needs one, so that a gateway
 * serving known clients never waits for a microtask. Errors are thrown (or rejected) as by
 * `prepareFacts`.
 */
export function prepareFactsNow(
  targets: FactTargets | Iterable<FactTarget>,
  needs: readonly CertificateNeed[],
  options: PrepareFactsOptions,
): void | Promise<void> {
  if (needs.length === 0) return;
  const { request, deployment } = normalise(targets);
  const work: Promise<void>[] = [];
  const run = (target: FactTarget, fact: CertificateNeed['fact']): void => {
    let pending: void | Promise<void>;
    try {
      pending = prepareOne(target, fact, options);
    } catch (error) {
      pending = Promise.reject(error);
    }
    if (pending !== undefined) work.push(pending);
  };
  for (const need of needs) {
    if (need.certificate !== 'deployment' && request !== null && request !== undefined)
      run(request, need.fact);
    if (need.certificate !== 'request') for (const target of deployment) run(target, need.fact);
  }
  if (work.length > 0) return Promise.all(work).then(() => undefined);
}

function normalise(targets: FactTargets | Iterable<FactTarget>): {
  request: FactTarget | null | undefined;
  deployment: FactTarget[];
} {
  if (Symbol.iterator in targets)
    return { request: undefined, deployment: [...(targets as Iterable<FactTarget>)] };
  const shaped = targets as FactTargets;
  return { request: shaped.request, deployment: [...(shaped.deployment ?? [])] };
}

/** The cache key of one fact of one certificate under these options. */
export function factKey(
  thumbprint: string,
  fact: CertificateNeed['fact'],
  options: PrepareFactsOptions,
): string {
  const base = `${thumbprint}|${options.trustStore.version}|${options.useSystemRoots === true ? 's' : ''}`;
  if (fact === 'chain-no-revocation') return `${base}|n`;
  const revocation = options.revocation;
  return `${base}|r|${revocation?.crls?.version ?? 0}|${identity(revocation?.fetchCrl)}|${identity(revocation?.fetchOcsp)}`;
}

/** Sets one fact: synchronously when it can, else returns the promise of it. */
function prepareOne(
  target: FactTarget,
  fact: CertificateNeed['fact'],
  options: PrepareFactsOptions,
): void | Promise<void> {
  const at =
    options.at === undefined
      ? Date.now()
      : typeof options.at === 'number'
        ? options.at
        : options.at.getTime();
  const cache = options.cache ?? sharedCache;
  const key = factKey(target.thumbprint, fact, options);
  const cached = cache.get(key, at);
  if (cached !== undefined) return setFact(target, fact, cached);
  const checkRevocation = fact === 'chain';
  const chainOptions: VerifyChainOptions = {
    trustStore: options.trustStore,
    at,
    checkRevocation,
    ...(options.revocation === undefined ? {} : { revocation: options.revocation }),
    ...(options.useSystemRoots === undefined ? {} : { useSystemRoots: options.useSystemRoots }),
    ...(options.verifier === undefined ? {} : { verifier: options.verifier }),
  };
  let outcome: TimedChainResult | Promise<TimedChainResult>;
  try {
    outcome = verifyChainNow(target.rawData, chainOptions);
  } catch (error) {
    return unparsable(target, fact, key, cache, error);
  }
  if (outcome instanceof Promise) {
    return outcome.then(
      (result) => record(target, fact, key, cache, options, at, result),
      (error: unknown) => unparsable(target, fact, key, cache, error),
    );
  }
  record(target, fact, key, cache, options, at, outcome);
}

function record(
  target: FactTarget,
  fact: CertificateNeed['fact'],
  key: string,
  cache: VerdictCache,
  options: PrepareFactsOptions,
  at: number,
  result: TimedChainResult,
): void {
  const valid = result.valid;
  let until = result.stableUntil;
  const fetched = options.revocation?.fetchCrl !== undefined || options.revocation?.fetchOcsp !== undefined;
  if (fact === 'chain' && fetched)
    until = Math.min(until, at + (options.fetchedRevocationTtlMs ?? 3_600_000));
  cache.set(key, { valid, from: result.stableFrom, until });
  setFact(target, fact, valid);
}

/** A certificate that cannot be parsed fails (as .NET's Verify returns false); anything else throws. */
function unparsable(
  target: FactTarget,
  fact: CertificateNeed['fact'],
  key: string,
  cache: VerdictCache,
  error: unknown,
): void {
  if (!(error instanceof CertificateParseError)) throw error;
  cache.set(key, { valid: false, from: Number.NEGATIVE_INFINITY, until: Number.POSITIVE_INFINITY });
  setFact(target, fact, false);
}

function setFact(target: FactTarget, fact: CertificateNeed['fact'], valid: boolean): void {
  if (fact === 'chain') target.facts.chain = valid;
  else target.facts.chainNoRevocation = valid;
}
