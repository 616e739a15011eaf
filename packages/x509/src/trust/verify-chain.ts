/**
 * Chain building and checking with the semantics of .NET's `X509Certificate2.Verify()` (default
 * `X509ChainPolicy`: revocation online, excluding the root; no usage required) and API Management's
 * `VerifyNoRevocation()` (the same without revocation). Trust comes only from the given store (API
 * Management's uploaded CA certificates), plus the platform roots when asked for.
 */
import { checkRevocationNow } from '../revocation/check-revocation.js';
import type { RevocationOptions, RevocationState } from '../revocation/types.js';
import type { ChainElement, ChainResult, ChainStatus, ChainStatusFlag } from './chain-status.js';
import { bytesEqual } from './der.js';
import { KeyUsageBit, type ParsedCertificate, parseCertificate } from './parsed-certificate.js';
import { type CertificateInput, certificatesOf } from './pem.js';
import { signatureScheme } from './signature-scheme.js';
import { defaultSignatureVerifier, type SignatureVerifier } from './signature-verifier.js';
import { TimeWindow } from './time-window.js';
import { type StoreEntry, systemRootStore, TrustStore } from './trust-store.js';

export interface VerifyChainOptions {
  /** API Management's uploaded CA certificates. */
  readonly trustStore: TrustStore;
  /** The evaluation clock (default: now). */
  readonly at?: Date | number;
  /** Check revocation of every element but the root (`Verify()`); false for `VerifyNoRevocation()`. */
  readonly checkRevocation?: boolean;
  /** Revocation sources; without any, revocation status is unknown and `Verify()` fails. */
  readonly revocation?: RevocationOptions;
  /** Also trust Node's bundled roots (`tls.rootCertificates`). Off by default. */
  readonly useSystemRoots?: boolean;
  /** Untrusted certificates that may serve as intermediates (those a TLS client sent). */
  readonly extraCertificates?: readonly CertificateInput[];
  /** The signature primitive (default: Node's `crypto.verify`, WebCrypto without it). */
  readonly verifier?: SignatureVerifier;
}

/** A chain result and the clock range over which it holds. */
export interface TimedChainResult extends ChainResult {
  /** The verdict is the same for any clock in [stableFrom, stableUntil). */
  readonly stableFrom: number;
  readonly stableUntil: number;
}

/**
 * Extensions this verifier understands or may ignore when critical (RFC 5280 §4.2). Name
 * constraints are not enforced, so a critical one fails the chain rather than being ignored.
 */
const SUPPORTED_CRITICAL = new Set([
  '2.5.29.19', // basicConstraints
  '2.5.29.15', // keyUsage
  '2.5.29.37', // extKeyUsage (not checked, as .NET with no application policy)
  '2.5.29.17', // subjectAltName
  '2.5.29.18', // issuerAltName
  '2.5.29.14', // subjectKeyIdentifier
  '2.5.29.35', // authorityKeyIdentifier
  '2.5.29.31', // cRLDistributionPoints
  '2.5.29.46', // freshestCRL
  '2.5.29.32', // certificatePolicies (no policy is required)
  '2.5.29.33', // policyMappings
  '2.5.29.36', // policyConstraints
  '2.5.29.54', // inhibitAnyPolicy
  '1.3.6.1.5.5.7.1.1', // authorityInfoAccess
  '1.3.6.1.5.5.7.1.11', // subjectInfoAccess
]);

const MAX_DEPTH = 10;
const MAX_PATHS = 32;

type Ending = 'anchor' | 'self-signed' | 'partial' | 'cyclic';

interface Path {
  readonly certificates: readonly ParsedCertificate[];
  readonly ending: Ending;
}

/** One memoized signature check of a verification (a chain has few, so a list beats a map). */
interface SignatureCheck {
  readonly child: ParsedCertificate;
  readonly issuer: ParsedCertificate;
  result: boolean | Promise<boolean>;
}

interface Context {
  readonly at: number;
  window: TimeWindow;
  readonly verifier: SignatureVerifier;
  readonly stores: readonly TrustStore[];
  readonly signatures: SignatureCheck[];
}

/**
 * Anchors' self-signatures, checked once per parsed root (store entries are parsed once, so once
 * per trust-store entry). A pending check of an asynchronous verifier is replaced by its answer.
 */
const anchorSignatures = new WeakMap<ParsedCertificate, boolean | Promise<boolean>>();

/**
 * Thrown inside the synchronous chain walk when a signature check is still pending (an
 * asynchronous verifier): the caller awaits it and walks again, the answer now memoized. Every
 * walk repeats the previous one up to that point, so the verifier sees the same calls, in the same
 * order, as a walk that awaited each one in place.
 */
class Pending {
  constructor(readonly promise: Promise<unknown>) {}
}

/** The value of a memoized check, or `Pending` when its promise has not been awaited yet. */
function settled(result: boolean | Promise<boolean>): boolean {
  if (typeof result === 'boolean') return result;
  throw new Pending(result);
}

function clockOf(at: Date | number | undefined): number {
  return at === undefined ? Date.now() : typeof at === 'number' ? at : at.getTime();
}

/**
 * Builds a chain from `leaf` to a trust anchor and checks it. Throws `CertificateParseError` when
 * `leaf` (or an extra certificate) is not a certificate; every other problem is a status.
 */
export async function verifyChain(
  leaf: Uint8Array | ParsedCertificate,
  options: VerifyChainOptions,
): Promise<TimedChainResult> {
  return verifyChainNow(leaf, options);
}

/**
 * `verifyChain`, answering synchronously when no step is asynchronous (Node's verifier, no
 * revocation check or a chain already invalid without it), and with a promise otherwise. Throws
 * `CertificateParseError` synchronously.
 */
export function verifyChainNow(
  leaf: Uint8Array | ParsedCertificate,
  options: VerifyChainOptions,
): TimedChainResult | Promise<TimedChainResult> {
  const certificate = leaf instanceof Uint8Array ? parseCertificate(leaf) : leaf;
  const at = clockOf(options.at);
  const stores: TrustStore[] = [options.trustStore];
  if (options.useSystemRoots === true) stores.push(systemRootStore());
  if (options.extraCertificates !== undefined && options.extraCertificates.length > 0) {
    const extra = new TrustStore();
    for (const input of options.extraCertificates)
      for (const der of certificatesOf(input)) extra.addIntermediate(der);
    stores.push(extra);
  }
  const context: Context = {
    at,
    window: new TimeWindow(at),
    verifier: options.verifier ?? defaultSignatureVerifier(),
    stores,
    signatures: [],
  };
  let chosen: Choice;
  try {
    chosen = choose(context, certificate);
  } catch (error) {
    if (!(error instanceof Pending)) throw error;
    return finishAsync(context, certificate, options, error);
  }
  return finish(context, chosen, options);
}

interface Choice {
  readonly path: Path;
  readonly statuses: ChainStatus[][];
}

/** Walks again after each pending signature check until the walk completes. */
async function finishAsync(
  context: Context,
  certificate: ParsedCertificate,
  options: VerifyChainOptions,
  first: Pending,
): Promise<TimedChainResult> {
  let pending: Pending | undefined = first;
  let chosen: Choice | undefined;
  while (pending !== undefined) {
    await pending.promise;
    pending = undefined;
    // Each walk starts from a fresh clock window (the last one observes everything that counts).
    context.window = new TimeWindow(context.at);
    try {
      chosen = choose(context, certificate);
    } catch (error) {
      if (!(error instanceof Pending)) throw error;
      pending = error;
    }
  }
  return finish(context, chosen!, options);
}

function finish(
  context: Context,
  chosen: Choice,
  options: VerifyChainOptions,
): TimedChainResult | Promise<TimedChainResult> {
  if (options.checkRevocation !== false && isClean(chosen.statuses)) {
    const added = addRevocation(context, chosen.path, chosen.statuses, options.revocation ?? {});
    if (added === undefined) return result(chosen.path, chosen.statuses, context.window);
    return added.then(() => result(chosen.path, chosen.statuses, context.window));
  }
  return result(chosen.path, chosen.statuses, context.window);
}

function isClean(statuses: readonly ChainStatus[][]): boolean {
  for (const list of statuses) if (list.length > 0) return false;
  return true;
}

function countOf(statuses: readonly ChainStatus[][]): number {
  let count = 0;
  for (const list of statuses) count += list.length;
  return count;
}

/** The path with the fewest statuses among the first candidates (stops at a clean one). */
function choose(context: Context, certificate: ParsedCertificate): Choice {
  let best: Choice | undefined;
  let bestCount = 0;
  let explored = 0;
  paths(context, [certificate], (path) => {
    const statuses = evaluate(context, path);
    const count = countOf(statuses);
    if (best === undefined || count < bestCount) {
      best = { path, statuses };
      bestCount = count;
    }
    return count === 0 || ++explored >= MAX_PATHS;
  });
  // `paths` always visits at least the leaf on its own.
  return best!;
}

/**
 * Candidate chains, most promising first (depth-first over issuer candidates), each handed to
 * `visit` until it returns true. Returns whether the walk was stopped.
 */
function paths(context: Context, prefix: ParsedCertificate[], visit: (path: Path) => boolean): boolean {
  const current = prefix[prefix.length - 1]!;
  if (isAnchor(context, current)) return visit({ certificates: prefix, ending: 'anchor' });
  if (current.selfIssued && signedBy(context, current, current)) {
    return visit({ certificates: prefix, ending: 'self-signed' });
  }
  if (prefix.length >= MAX_DEPTH) return visit({ certificates: prefix, ending: 'partial' });
  const candidates = issuerCandidates(context, current);
  let yielded = false;
  let cyclic = false;
  for (const candidate of candidates) {
    if (contains(prefix, candidate)) {
      cyclic = true;
      continue;
    }
    if (!signedBy(context, current, candidate) && candidates.length > 1) {
      // Prefer issuers whose key verifies; keep this one only as a last resort below.
      continue;
    }
    yielded = true;
    if (paths(context, [...prefix, candidate], visit)) return true;
  }
  if (!yielded) {
    const fallback = candidates.find((candidate) => !contains(prefix, candidate));
    if (fallback !== undefined) return paths(context, [...prefix, fallback], visit);
    return visit({ certificates: prefix, ending: cyclic ? 'cyclic' : 'partial' });
  }
  return false;
}

function contains(prefix: readonly ParsedCertificate[], certificate: ParsedCertificate): boolean {
  for (const seen of prefix) if (seen.thumbprint === certificate.thumbprint) return true;
  return false;
}

function isAnchor(context: Context, certificate: ParsedCertificate): boolean {
  // Store membership first: a map lookup, where self-issuance may need the subject's name key.
  for (const store of context.stores) {
    const entry = store.get(certificate.thumbprint);
    if (entry?.trusted === true) return certificate.selfIssued;
  }
  return false;
}

/** Issuer candidates: matching name, then matching key id, then valid at the clock, trusted first. */
function issuerCandidates(context: Context, child: ParsedCertificate): ParsedCertificate[] {
  if (context.stores.length === 1) {
    // The common case: one store, one issuer of that name.
    const found = context.stores[0]!.bySubject(child.issuerKey);
    if (found.length === 0) return [];
    if (found.length === 1) {
      const only = found[0]!.certificate;
      return only.thumbprint === child.thumbprint ? [] : [only];
    }
  }
  const entries: StoreEntry[] = [];
  for (const store of context.stores) entries.push(...store.bySubject(child.issuerKey));
  const seen = new Set<string>();
  const unique = entries.filter((entry) => {
    if (seen.has(entry.certificate.thumbprint) || entry.certificate.thumbprint === child.thumbprint)
      return false;
    seen.add(entry.certificate.thumbprint);
    return true;
  });
  if (unique.length <= 1) return unique.map((entry) => entry.certificate);
  const score = (entry: StoreEntry): number => {
    const candidate = entry.certificate;
    let value = 0;
    if (child.authorityKeyId !== undefined && candidate.subjectKeyId === child.authorityKeyId) value += 8;
    if (candidate.notBefore <= context.at && context.at <= candidate.notAfter) value += 4;
    if (entry.trusted) value += 2;
    if (bytesEqual(candidate.subject, child.issuer)) value += 1;
    return value;
  };
  return unique.sort((a, b) => score(b) - score(a)).map((entry) => entry.certificate);
}

/** Whether `issuer`'s key verifies `child`'s signature (memoized for this verification). */
function signedBy(context: Context, child: ParsedCertificate, issuer: ParsedCertificate): boolean {
  for (const check of context.signatures) {
    if (check.child.thumbprint === child.thumbprint && check.issuer.thumbprint === issuer.thumbprint)
      return settled(check.result);
  }
  const check: SignatureCheck = { child, issuer, result: checkSignature(context.verifier, child, issuer) };
  context.signatures.push(check);
  if (typeof check.result !== 'boolean') {
    check.result.then(
      (value) => {
        check.result = value;
      },
      () => undefined,
    );
  }
  return settled(check.result);
}

function checkSignature(
  verifier: SignatureVerifier,
  child: ParsedCertificate,
  issuer: ParsedCertificate,
): boolean | Promise<boolean> {
  if (!bytesEqual(child.signatureAlgorithm.der, child.tbsSignatureAlgorithm.der)) return false;
  const scheme = signatureScheme(child.signatureAlgorithm);
  if (typeof scheme === 'string') return false;
  return verifier.verify(scheme, child.tbs, child.signature, issuer);
}

/** Every status of every element of a path (revocation excepted). */
function evaluate(context: Context, path: Path): ChainStatus[][] {
  const chain = path.certificates;
  const statuses: ChainStatus[][] = chain.map(() => []);
  const add = (index: number, status: ChainStatusFlag, information: string): void => {
    statuses[index]!.push({ status, information });
  };
  const last = chain.length - 1;
  let intermediatesBelow = 0;
  for (let i = 0; i <= last; i++) {
    const certificate = chain[i]!;
    if (!context.window.within(certificate.notBefore, certificate.notAfter)) {
      add(i, 'NotTimeValid', timeInformation(certificate, context.at));
    }
    for (const extension of certificate.extensions) {
      if (extension.critical && !SUPPORTED_CRITICAL.has(extension.oid)) {
        add(i, 'HasNotSupportedCriticalExtension', `Unsupported critical extension ${extension.oid}`);
      }
    }
    if (certificate.malformedExtensions.length > 0) {
      add(i, 'InvalidExtension', `Malformed extension(s): ${certificate.malformedExtensions.join(', ')}`);
    }
    if (i > 0) {
      if (!signedBy(context, chain[i - 1]!, certificate)) {
        add(i - 1, 'NotSignatureValid', 'The signature does not verify with the issuer key');
      }
      checkIssuer(certificate, i === last && path.ending !== 'partial', intermediatesBelow, (status, info) =>
        add(i, status, info),
      );
      if (!certificate.selfIssued) intermediatesBelow++;
    }
  }
  const top = chain[last]!;
  switch (path.ending) {
    case 'anchor':
      if (!anchorSignature(context, top))
        add(last, 'NotSignatureValid', 'The root self-signature does not verify');
      break;
    case 'self-signed':
      add(last, 'UntrustedRoot', 'A self-signed certificate that is not in the trusted root store');
      break;
    case 'partial':
      add(last, 'PartialChain', 'The issuer certificate cannot be found in the trust store');
      break;
    case 'cyclic':
      add(last, 'Cyclic', 'The chain of issuers loops');
      add(last, 'PartialChain', 'The chain does not end at a root');
      break;
  }
  return statuses;
}

/** CA checks on an issuer: basicConstraints cA, pathLenConstraint, keyCertSign. */
function checkIssuer(
  issuer: ParsedCertificate,
  isTop: boolean,
  intermediatesBelow: number,
  add: (status: ChainStatusFlag, information: string) => void,
): void {
  const constraints = issuer.basicConstraints;
  if (constraints === undefined) {
    // Version 1 self-signed roots predate extensions and are accepted as CAs (as OpenSSL does).
    if (!(isTop && issuer.version === 1 && issuer.selfIssued)) {
      add('InvalidBasicConstraints', 'The issuer has no basicConstraints extension, so it is not a CA');
    }
  } else if (!constraints.ca) {
    add('InvalidBasicConstraints', 'The issuer is not a CA (basicConstraints cA is false)');
  } else if (constraints.pathLength !== undefined && intermediatesBelow > constraints.pathLength) {
    add(
      'InvalidBasicConstraints',
      `Path length constraint ${constraints.pathLength} exceeded (${intermediatesBelow} intermediate(s) below)`,
    );
  }
  if (issuer.keyUsage !== undefined && (issuer.keyUsage & KeyUsageBit.keyCertSign) === 0) {
    add('NotValidForUsage', 'The issuer key usage does not allow certificate signing (keyCertSign)');
  }
}

function anchorSignature(context: Context, root: ParsedCertificate): boolean {
  let result = anchorSignatures.get(root);
  if (result === undefined) {
    result = checkSignature(context.verifier, root, root);
    anchorSignatures.set(root, result);
    if (typeof result !== 'boolean') {
      result.then(
        (value) => {
          anchorSignatures.set(root, value);
        },
        () => undefined,
      );
    }
  }
  return settled(result);
}

function timeInformation(certificate: ParsedCertificate, at: number): string {
  return at < certificate.notBefore
    ? `Not valid before ${new Date(certificate.notBefore).toISOString()}`
    : `Expired ${new Date(certificate.notAfter).toISOString()}`;
}

/** Revocation of every element but the root (`X509RevocationFlag.ExcludeRoot`). */
/**
 * Adds each element's revocation status: synchronously (returning undefined) when every check
 * can answer at once (supplied CRLs, no fetcher), else by the returned promise.
 */
function addRevocation(
  context: Context,
  path: Path,
  statuses: ChainStatus[][],
  revocation: RevocationOptions,
): Promise<void> | undefined {
  const chain = path.certificates;
  const end = path.ending === 'partial' ? chain.length : chain.length - 1;
  const revocationContext = { options: revocation, verifier: context.verifier, window: context.window };
  const checks: (RevocationState | Promise<RevocationState> | undefined)[] = [];
  for (let i = 0; i < end; i++) {
    const issuer = chain[i + 1];
    checks.push(issuer === undefined ? undefined : checkRevocationNow(chain[i]!, issuer, revocationContext));
  }
  const record = (states: readonly (RevocationState | undefined)[]): void => {
    states.forEach((state, i) => {
      if (state === undefined) {
        statuses[i]!.push({ status: 'RevocationStatusUnknown', information: 'The issuer is unknown' });
      } else if (state.state === 'revoked') {
        statuses[i]!.push({ status: 'Revoked', information: state.information });
      } else if (state.state === 'unknown') {
        statuses[i]!.push({ status: 'RevocationStatusUnknown', information: state.information });
        if (state.offline) statuses[i]!.push({ status: 'OfflineRevocation', information: state.information });
      }
    });
  };
  if (checks.some((check) => check instanceof Promise)) return Promise.all(checks).then(record);
  record(checks as (RevocationState | undefined)[]);
  return undefined;
}

function result(path: Path, statuses: ChainStatus[][], window: TimeWindow): TimedChainResult {
  const elements: ChainElement[] = path.certificates.map((certificate, i) => ({
    certificate: certificate.der,
    thumbprint: certificate.thumbprint,
    status: statuses[i]!,
  }));
  const union: ChainStatus[] = [];
  const seen = new Set<ChainStatusFlag>();
  for (const list of statuses) {
    for (const status of list) {
      if (seen.has(status.status)) continue;
      seen.add(status.status);
      union.push(status);
    }
  }
  return {
    valid: union.length === 0,
    status: union,
    elements,
    stableFrom: window.from,
    stableUntil: window.until,
  };
}
