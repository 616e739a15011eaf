import {
  CertificateParseError,
  type ChainResult,
  type ChainStatusFlag,
  TrustStore,
  type VerifyChainOptions,
  verifyChain,
} from '@apim-policy/x509';
import type { CertificateView } from '../certificates/certificate-view.js';
import type { ElementNode } from '../document/model.js';
import { planDiagnostic } from '../plan/messages.js';
import type { Planner } from '../plan/planner.js';
import { CONTINUE } from '../plan/step.js';
import { PolicyError } from '../run/policy-error.js';
import type { RunState } from '../run/state.js';
import { equalsOrdinalIgnoreCase } from './check-header.js';
import { defineHandler } from './define.js';

// ---------------------------------------------------------------------------------------------
// Distinguished names as text

/** One attribute of a distinguished name: its key (upper case, `CN`, `O`...) and value. */
export interface NameAttribute {
  readonly type: string;
  readonly value: string;
}

/** A distinguished name as RDNs in written order, each a set of attributes (`+` joins them). */
export type NameText = readonly (readonly NameAttribute[])[];

/** Keys users write for the attributes .NET prints under another key. */
const KEY_ALIASES: Readonly<Record<string, string>> = {
  ST: 'S',
  EMAIL: 'E',
  EMAILADDRESS: 'E',
  'OID.2.5.4.3': 'CN',
  'OID.2.5.4.6': 'C',
  'OID.2.5.4.7': 'L',
  'OID.2.5.4.8': 'S',
  'OID.2.5.4.10': 'O',
  'OID.2.5.4.11': 'OU',
};

/**
 * Parses a distinguished name as .NET prints it (`CN=client, O="Contoso, Inc.", C=US`): RDNs
 * separated by `,` or `;`, attributes of one RDN by `+`, values quoted with `"` (a quote inside
 * doubled) or unquoted with `\` escaping the next character. Keys are compared in upper case
 * (`ST` and `EMAIL` as .NET's `S` and `E`); unquoted values are trimmed. Null when the text is not
 * a distinguished name.
 */
export function parseNameText(text: string): NameText | null {
  const rdns: NameAttribute[][] = [];
  let rdn: NameAttribute[] = [];
  let index = 0;
  const length = text.length;
  const skipSpaces = () => {
    while (index < length && /\s/.test(text[index] as string)) index++;
  };
  skipSpaces();
  if (index === length) return [];
  for (;;) {
    skipSpaces();
    const equals = text.indexOf('=', index);
    if (equals < 0) return null;
    const key = text.slice(index, equals).trim().toUpperCase();
    if (key === '' || /[,;+"]/.test(key)) return null;
    index = equals + 1;
    skipSpaces();
    let value = '';
    if (text[index] === '"') {
      index++;
      for (;;) {
        if (index >= length) return null;
        const char = text[index] as string;
        if (char === '"') {
          if (text[index + 1] === '"') {
            value += '"';
            index += 2;
            continue;
          }
          index++;
          break;
        }
        value += char;
        index++;
      }
      skipSpaces();
    } else {
      let raw = '';
      while (index < length && !',;+'.includes(text[index] as string)) {
        if (text[index] === '\\' && index + 1 < length) {
          raw += text[index + 1];
          index += 2;
          continue;
        }
        raw += text[index];
        index++;
      }
      value = raw.trim();
    }
    rdn.push({ type: KEY_ALIASES[key] ?? key, value });
    if (index >= length) break;
    const separator = text[index] as string;
    if (!',;+'.includes(separator)) return null;
    index++;
    if (separator !== '+') {
      rdns.push(rdn);
      rdn = [];
    }
  }
  rdns.push(rdn);
  return rdns;
}

function attributeOrder(a: NameAttribute, b: NameAttribute): number {
  return a.type < b.type ? -1 : a.type > b.type ? 1 : a.value.toUpperCase() < b.value.toUpperCase() ? -1 : 1;
}

/**
 * Whether two names are the same: the same RDNs in the same order, each with the same attributes
 * in any order, values compared ignoring case (ordinally).
 */
export function sameName(a: NameText, b: NameText): boolean {
  if (a.length !== b.length) return false;
  for (let index = 0; index < a.length; index++) {
    const left = [...(a[index] as NameAttribute[])].sort(attributeOrder);
    const right = [...(b[index] as NameAttribute[])].sort(attributeOrder);
    if (left.length !== right.length) return false;
    for (let at = 0; at < left.length; at++) {
      const x = left[at] as NameAttribute;
      const y = right[at] as NameAttribute;
      if (x.type !== y.type || !equalsOrdinalIgnoreCase(x.value, y.value)) return false;
    }
  }
  return true;
}

/** A certificate's subject or issuer name parsed once per decoded certificate. */
const parsedNames = new WeakMap<object, { subject: NameText | null; issuer: NameText | null }>();

function namesOf(certificate: CertificateView): { subject: NameText | null; issuer: NameText | null } {
  let names = parsedNames.get(certificate.decoded);
  if (names === undefined) {
    names = {
      subject: parseNameText(certificate.subjectName),
      issuer: parseNameText(certificate.issuerName),
    };
    parsedNames.set(certificate.decoded, names);
  }
  return names;
}

// ---------------------------------------------------------------------------------------------
// Identities

/** Hex as compared: upper case, without white space, `:` or `-`, nor the invisible marks copied with it. */
export function normalHex(text: string): string {
  return text.replace(/[\s:\u200e\u200f\ufeff-]/g, '').toUpperCase();
}

/** A serial number as compared: normal hex without leading zeros (the value, not its padding). */
function normalSerial(text: string): string {
  return normalHex(text).replace(/^0+(?=.)/, '');
}

/** One `<identity>`: every attribute it gives must match. */
interface Identity {
  readonly thumbprint?: string;
  readonly serialNumber?: string;
  readonly commonName?: string;
  readonly subject?: NameText;
  readonly dnsName?: string;
  readonly issuerSubject?: NameText;
  readonly issuerThumbprint?: string;
  readonly issuerCertificateId?: string;
  /** The attributes given, for the trace. */
  readonly given: Readonly<Record<string, string>>;
}

const IDENTITY_ATTRIBUTES = [
  'thumbprint',
  'serial-number',
  'common-name',
  'subject',
  'dns-name',
  'issuer-subject',
  'issuer-thumbprint',
  'issuer-certificate-id',
] as const;

function planIdentity(element: ElementNode, planner: Planner): Identity {
  const given: Record<string, string> = {};
  for (const name of IDENTITY_ATTRIBUTES) {
    const attribute = planner.attribute(element, name);
    if (attribute !== undefined) given[name] = attribute.value;
  }
  const name = (attribute: 'subject' | 'issuer-subject'): NameText | undefined => {
    const text = given[attribute];
    if (text === undefined) return undefined;
    const parsed = parseNameText(text);
    if (parsed === null) {
      planner.report(
        planDiagnostic('invalid-policy-value', planner.attribute(element, attribute) ?? element, {
          value: text,
          attribute,
          element: element.name,
          detail: 'not a distinguished name (CN=..., O=..., C=...)',
        }),
      );
      return undefined;
    }
    return parsed;
  };
  const subject = name('subject');
  const issuerSubject = name('issuer-subject');
  const hex = (attribute: string) =>
    given[attribute] === undefined ? undefined : normalHex(given[attribute]);
  const thumbprint = hex('thumbprint');
  const serialNumber =
    given['serial-number'] === undefined ? undefined : normalSerial(given['serial-number']);
  const issuerThumbprint = hex('issuer-thumbprint');
  const issuerCertificateId = hex('issuer-certificate-id');
  return {
    ...(thumbprint === undefined ? {} : { thumbprint }),
    ...(serialNumber === undefined ? {} : { serialNumber }),
    ...(given['common-name'] === undefined ? {} : { commonName: given['common-name'].trim() }),
    ...(subject === undefined ? {} : { subject }),
    ...(given['dns-name'] === undefined ? {} : { dnsName: given['dns-name'].trim() }),
    ...(issuerSubject === undefined ? {} : { issuerSubject }),
    ...(issuerThumbprint === undefined ? {} : { issuerThumbprint }),
    ...(issuerCertificateId === undefined ? {} : { issuerCertificateId }),
    given,
  };
}

/** The dNSName entries of the subject alternative name extension (Windows' `Format(true)` lines). */
function dnsNamesOf(certificate: CertificateView): string[] {
  const extension = certificate.extensions.find((candidate) => candidate.oid.value === '2.5.29.17');
  if (extension === undefined) return [];
  return extension.formatted
    .split(/\r?\n/)
    .filter((line) => line.startsWith('DNS Name='))
    .map((line) => line.slice('DNS Name='.length));
}

/** The thumbprint of the certificate that issued the leaf, from the built chain. */
function issuerThumbprintOf(certificate: CertificateView, prepared: Prepared): string | null {
  const elements = prepared.chain?.elements;
  if (elements === undefined) return null;
  if (elements.length > 1) return (elements[1] as { thumbprint: string }).thumbprint;
  // A self-signed leaf is its own issuer.
  const decoded = certificate.decoded;
  return Buffer.from(decoded.subjectDer).equals(Buffer.from(decoded.issuerDer))
    ? certificate.thumbprint
    : null;
}

function matches(identity: Identity, certificate: CertificateView, prepared: Prepared): boolean {
  const attributes = Object.keys(identity.given).length;
  // An identity without attributes admits nobody (rather than everybody).
  if (attributes === 0) return false;
  if (identity.thumbprint !== undefined && identity.thumbprint !== certificate.thumbprint) return false;
  if (identity.serialNumber !== undefined && identity.serialNumber !== normalSerial(certificate.serialNumber))
    return false;
  const names = namesOf(certificate);
  if (identity.commonName !== undefined) {
    const wanted = identity.commonName;
    const common = (names.subject ?? []).flat().filter((attribute) => attribute.type === 'CN');
    if (!common.some((attribute) => equalsOrdinalIgnoreCase(attribute.value, wanted))) return false;
  }
  if (
    identity.subject !== undefined &&
    (names.subject === null || !sameName(identity.subject, names.subject))
  )
    return false;
  if (
    identity.issuerSubject !== undefined &&
    (names.issuer === null || !sameName(identity.issuerSubject, names.issuer))
  )
    return false;
  if (identity.dnsName !== undefined) {
    const wanted = identity.dnsName;
    if (!dnsNamesOf(certificate).some((name) => equalsOrdinalIgnoreCase(name, wanted))) return false;
  }
  if (
    identity.issuerThumbprint !== undefined &&
    identity.issuerThumbprint !== issuerThumbprintOf(certificate, prepared)
  )
    return false;
  if (identity.issuerCertificateId !== undefined && !prepared.issuerIds.has(identity.issuerCertificateId))
    return false;
  return true;
}

// ---------------------------------------------------------------------------------------------
// Preparation and the policy

/** What the preparation of one `<validate-client-certificate>` found for the run's certificate. */
export interface Prepared {
  /** The chain built to the uploaded CA certificates, when trust, revocation or the issuer is needed. */
  readonly chain: ChainResult | null;
  /** Why the certificate could not be parsed for the chain check, or null. */
  readonly unparsable: string | null;
  /** The `issuer-certificate-id`s (normal hex) whose uploaded certificate issued the leaf. */
  readonly issuerIds: ReadonlySet<string>;
}

const TIME_FLAGS: ReadonlySet<ChainStatusFlag> = new Set(['NotTimeValid']);
const REVOCATION_FLAGS: ReadonlySet<ChainStatusFlag> = new Set([
  'Revoked',
  'RevocationStatusUnknown',
  'OfflineRevocation',
]);

/** A reason the certificate is refused. */
interface Refusal {
  readonly reason: string;
  readonly message: string;
  readonly responseMessage: string;
}

const INVALID = 'Invalid client certificate';

/** Whether `issuer` (an uploaded certificate) issued the leaf: its name and key chain to it. */
async function issuedBy(
  leaf: CertificateView,
  issuer: CertificateView,
  base: Pick<VerifyChainOptions, 'at' | 'verifier'>,
): Promise<boolean> {
  const result = await verifyChain(leaf.rawData, {
    ...base,
    trustStore: new TrustStore({ intermediates: [issuer.rawData] }),
    checkRevocation: false,
  });
  const [first, second] = result.elements;
  return (
    second !== undefined &&
    second.thumbprint === issuer.thumbprint &&
    first !== undefined &&
    !first.status.some((status) => status.status === 'NotSignatureValid')
  );
}

/**
 * `<validate-client-certificate>`: checks the client certificate (`context.Request.Certificate`)
 * and rejects the request with 401 when it is missing or fails a check. Checks in this order, the
 * first failing one giving `LastError.Reason`:
 * 1. `ClientCertificateNotFound` (no certificate; the error body says `Client certificate missing`);
 * 2. `ClientCertificateNotYetValid` / `ClientCertificateExpired` (`validate-not-before`,
 *    `validate-not-after`, against the run's clock);
 * 3. `ClientCertificateNotTrusted` (`validate-trust`: a chain to an uploaded CA certificate,
 *    built before the run; time validity of the chain is left to the date attributes);
 * 4. `ClientCertificateRevoked` / `ClientCertificateRevocationStatusUnknown` (`validate-revocation`);
 * 5. `ClientCertificateIdentityNotMatched` (no `<identity>` has all its attributes matching).
 * The error body's message is `Invalid client certificate` except for a missing certificate.
 *
 * Choices where API Management's behaviour is not documented:
 * - Revocation: a revoked certificate gives `ClientCertificateRevoked`, "The certificate is
 *   revoked."; a status that cannot be established (no CRL supplied nor fetched) gives
 *   `ClientCertificateRevocationStatusUnknown` with .NET's message for it. Revocation is checked
 *   only on a chain that is otherwise valid (the chain check stops at the first problems), so it
 *   is not checked with `validate-trust="false"` and an untrusted chain, nor for a certificate
 *   outside its validity period.
 * - Messages of NotFound, NotYetValid and Expired are this engine's own wording.
 * - `ignore-error="true"`: the request goes on; the refusal is recorded in the trace and
 *   `context.LastError` is not set.
 * - Identities: thumbprints, serial numbers and ids are compared as hex ignoring case, white space,
 *   `:` and `-` (and the invisible mark Windows copies with a thumbprint); serial numbers ignore
 *   leading zeros. `subject` and `issuer-subject` are distinguished names compared RDN by RDN in
 *   the order .NET's `Subject` prints them (CN first), values ignoring case. `common-name` matches
 *   any CN of the subject, `dns-name` any dNSName of the subject alternative names, both ignoring
 *   case and literally (`*.contoso.com` is not a pattern). `issuer-thumbprint` is the thumbprint
 *   of the issuer in the chain built to the uploaded CA certificates (a self-signed leaf is its own
 *   issuer). `issuer-certificate-id` names an uploaded certificate (`context.Deployment.Certificates`)
 *   by its thumbprint and matches when that certificate issued the leaf. An `<identity>` without
 *   attributes matches nothing.
 */
export const validateClientCertificate = defineHandler(
  'validate-client-certificate',
  (element, _origin, planner) => {
    const validateRevocation = planner.value(element, 'validate-revocation', 'bool', 'true');
    const validateTrust = planner.value(element, 'validate-trust', 'bool', 'true');
    const validateNotBefore = planner.value(element, 'validate-not-before', 'bool', 'true');
    const validateNotAfter = planner.value(element, 'validate-not-after', 'bool', 'true');
    const ignoreError = planner.value(element, 'ignore-error', 'bool', 'false');
    const declared = planner.elements(element, 'identities');
    const identities = declared.flatMap((list) =>
      planner.elements(list, 'identity').map((identity) => planIdentity(identity, planner)),
    );
    const needsIssuer = identities.some((identity) => identity.issuerThumbprint !== undefined);
    const issuerIds = [...new Set(identities.flatMap((identity) => identity.issuerCertificateId ?? []))];
    // Each instance of the policy keeps its own preparation.
    const key = Symbol('validate-client-certificate');

    planner.prepare(async (state) => {
      const certificate = state.certificates.request;
      if (certificate === null) return;
      const trust = state.services.certificates;
      const at = state.now();
      const revocation = validateRevocation.get(state);
      const base = {
        at,
        ...(trust.verifier === undefined ? {} : { verifier: trust.verifier }),
      };
      let chain: ChainResult | null = null;
      let unparsable: string | null = null;
      if (validateTrust.get(state) || revocation || needsIssuer) {
        try {
          chain = await verifyChain(certificate.rawData, {
            ...base,
            trustStore: trust.trustStore,
            checkRevocation: revocation,
            ...(revocation && trust.revocation !== undefined ? { revocation: trust.revocation } : {}),
            ...(trust.useSystemRoots === undefined ? {} : { useSystemRoots: trust.useSystemRoots }),
          });
        } catch (error) {
          if (!(error instanceof CertificateParseError)) throw error;
          unparsable = error.message;
        }
      }
      const matchedIds = new Set<string>();
      for (const id of issuerIds) {
        const issuer = state.certificates.deployment.find((candidate) => candidate.thumbprint === id);
        if (issuer === undefined || unparsable !== null) continue;
        if (await issuedBy(certificate, issuer, base)) matchedIds.add(id);
      }
      const prepared: Prepared = { chain, unparsable, issuerIds: matchedIds };
      state.scratch.set(key, prepared);
    });

    const refusal = (state: RunState, certificate: CertificateView | null): Refusal | null => {
      if (certificate === null)
        return {
          reason: 'ClientCertificateNotFound',
          message: 'Client certificate was not found in the request.',
          responseMessage: 'Client certificate missing',
        };
      const now = state.now();
      if (validateNotBefore.get(state) && now < certificate.notBefore)
        return {
          reason: 'ClientCertificateNotYetValid',
          message: `Client certificate is not yet valid: its validity starts at ${new Date(certificate.notBefore).toISOString()}.`,
          responseMessage: INVALID,
        };
      if (validateNotAfter.get(state) && now > certificate.notAfter)
        return {
          reason: 'ClientCertificateExpired',
          message: `Client certificate has expired: its validity ended at ${new Date(certificate.notAfter).toISOString()}.`,
          responseMessage: INVALID,
        };
      const prepared = preparedOf(state, certificate);
      const statuses = prepared.chain?.status ?? [];
      if (validateTrust.get(state)) {
        const trusted =
          prepared.chain !== null &&
          statuses.every((status) => TIME_FLAGS.has(status.status) || REVOCATION_FLAGS.has(status.status));
        if (!trusted)
          return {
            reason: 'ClientCertificateNotTrusted',
            message: 'A certificate chain could not be built to a trusted root authority.',
            responseMessage: INVALID,
          };
      }
      if (validateRevocation.get(state)) {
        if (statuses.some((status) => status.status === 'Revoked'))
          return {
            reason: 'ClientCertificateRevoked',
            message: 'The certificate is revoked.',
            responseMessage: INVALID,
          };
        if (statuses.some((status) => status.status === 'OfflineRevocation'))
          return {
            reason: 'ClientCertificateRevocationStatusUnknown',
            message:
              'The revocation function was unable to check revocation because the revocation server was offline.',
            responseMessage: INVALID,
          };
        if (statuses.some((status) => status.status === 'RevocationStatusUnknown'))
          return {
            reason: 'ClientCertificateRevocationStatusUnknown',
            message: 'The revocation function was unable to check revocation for the certificate.',
            responseMessage: INVALID,
          };
      }
      if (declared.length > 0 && !identities.some((identity) => matches(identity, certificate, prepared)))
        return {
          reason: 'ClientCertificateIdentityNotMatched',
          message: 'Certificate does not match any of allowed identities.',
          responseMessage: INVALID,
        };
      return null;
    };

    const preparedOf = (state: RunState, certificate: CertificateView): Prepared => {
      const prepared = state.scratch.get(key) as Prepared | undefined;
      if (prepared === undefined)
        throw new Error(
          `The check of client certificate ${certificate.thumbprint} was not prepared before the run`,
        );
      return prepared;
    };

    return (state, step) => {
      const certificate = state.certificates.request;
      const refused = refusal(state, certificate);
      if (refused === null) {
        if (state.trace !== null) {
          const accepted = certificate as CertificateView;
          state.record(step, 'policy', `client certificate ${accepted.thumbprint} accepted`, {
            thumbprint: accepted.thumbprint,
            subject: accepted.subjectName,
            ...(declared.length === 0
              ? {}
              : {
                  identity: identities.findIndex((identity) =>
                    matches(identity, accepted, preparedOf(state, accepted)),
                  ),
                }),
          });
        }
        return CONTINUE;
      }
      if (ignoreError.get(state)) {
        state.record(
          step,
          'policy',
          `${refused.reason}: ${refused.message} (ignored: ignore-error is true)`,
          {
            reason: refused.reason,
            message: refused.message,
            ignored: true,
            thumbprint: certificate?.thumbprint ?? null,
          },
        );
        return CONTINUE;
      }
      throw new PolicyError({ ...refused, status: 401 });
    };
  },
);
