/**
 * The client-certificate checks teams deploy, end to end: policy XML as written in API Management
 * (raw `&&`, quotes inside expressions) in, outcome out, for every kind of client certificate.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { TestCertificate } from '@apim-policy/x509';
import { describe, expect, it } from 'vitest';
import { compilePolicy } from '../load/load-policy.js';
import type { NamedValues } from '../named-values/index.js';
import type { Outcome } from '../outcome/types.js';
import type { DeploymentDescription, RequestDescription } from '../run/description.js';
import { type ClientCase, NOW, scenarioPki } from './client-certificates.test-support.js';

const URL = 'https://contoso.azure-api.net/echo/resource';
const DAY = 86_400_000;
const setup = scenarioPki();

function fixture(name: string): string {
  return readFileSync(join(import.meta.dirname, '__fixtures__', name), 'utf8');
}

/** What a table row asserts: the answer, the error, and the trace entry that decided it. */
interface Summary {
  /** `forward` when the request reaches the backend, else the status returned. */
  readonly result: 'forward' | number;
  readonly reason: string | null;
  /** The JSON body's message, null without a JSON body. */
  readonly message: string | null;
  readonly lastError: string | null;
  /** The detail of the trace entry of the deciding policy. */
  readonly key: string;
}

function summarize(outcome: Outcome, keyPolicy: string): Summary {
  const entry = outcome.trace.find(
    (candidate) => candidate.policy === keyPolicy && candidate.kind !== 'section',
  );
  const key = entry?.detail ?? '(no entry)';
  const lastError =
    outcome.lastError === null ? null : `${outcome.lastError.reason}: ${outcome.lastError.message}`;
  if (outcome.kind === 'forward') return { result: 'forward', reason: null, message: null, lastError, key };
  const { response } = outcome;
  const json = response.headers['Content-Type']?.[0] === 'application/json';
  return {
    result: response.status,
    reason: response.reason,
    message: json ? (JSON.parse(response.body ?? 'null') as { message: string }).message : null,
    lastError,
    key,
  };
}

function load(name: string, deployment: DeploymentDescription, namedValues: NamedValues = {}) {
  const policy = compilePolicy(fixture(name), { file: name, deployment, namedValues });
  expect(policy.diagnostics).toEqual([]);
  return policy;
}

const FORWARD: Omit<Summary, 'key'> = { result: 'forward', reason: null, message: null, lastError: null };
const REFUSED: Omit<Summary, 'key'> = {
  result: 403,
  reason: 'Invalid client certificate',
  message: null,
  lastError: null,
};
const CONDITION_TRUE = 'choose[1]/when[1] condition is true';
const CONDITION_FALSE = 'choose[1]/when[1] condition is false';
const admitted: Summary = { ...FORWARD, key: CONDITION_FALSE };
const refused: Summary = { ...REFUSED, key: CONDITION_TRUE };

type Row = readonly [ClientCase | string, TestCertificate | null, Summary];

function rows(expected: Readonly<Record<ClientCase, Summary>>): Row[] {
  return (Object.keys(expected) as ClientCase[]).map((name) => [name, setup.client[name], expected[name]]);
}

describe('1. thumbprint among the uploaded certificates and Verify()', () => {
  const policy = load('1-thumbprint-verify.xml', setup.deployment);
  it.each(
    rows({
      valid: admitted,
      missing: refused,
      unknown: refused,
      expired: refused,
      'not-yet-valid': refused,
      untrusted: refused,
      revoked: refused,
    }),
  )('%s certificate', async (_name, certificate, expected) => {
    const outcome = await policy.run({ url: URL, certificate }, { now: NOW });
    expect(summarize(outcome, 'choose')).toEqual(expected);
  });

  it('refuses a revoked certificate only because the CRL lists it', async () => {
    const withoutRevocation = setup.pki.crl(setup.intermediate, { revoked: [] }).der;
    const outcome = await policy.run(
      { url: URL, certificate: setup.client.revoked },
      { now: NOW, deployment: { crls: [withoutRevocation, setup.pki.crl(setup.root).der] } },
    );
    expect(summarize(outcome, 'choose')).toEqual(admitted);
  });
});

describe('2. subject name among the uploaded certificates and Verify()', () => {
  const policy = load('2-subject-verify.xml', setup.deployment);
  it.each(
    rows({
      valid: admitted,
      missing: refused,
      unknown: refused,
      expired: refused,
      'not-yet-valid': refused,
      untrusted: refused,
      revoked: refused,
    }),
  )('%s certificate', async (_name, certificate, expected) => {
    const outcome = await policy.run({ url: URL, certificate }, { now: NOW });
    expect(summarize(outcome, 'choose')).toEqual(expected);
  });

  it('admits another certificate with an uploaded subject (subject matching trusts the CA)', async () => {
    const sameSubject = setup.pki.leaf(setup.intermediate, {
      subject: 'CN=client-01, O="Contoso, Inc.", C=US',
    });
    const outcome = await policy.run({ url: URL, certificate: sameSubject }, { now: NOW });
    expect(summarize(outcome, 'choose')).toEqual(admitted);
  });
});

describe('3. thumbprint allow-list only (self-signed certificates, no Verify())', () => {
  const { pki } = setup;
  const selfSigned = {
    valid: pki.selfSigned({ subject: 'CN=device-01' }),
    unknown: pki.selfSigned({ subject: 'CN=device-unknown' }),
    expired: pki.selfSigned({
      subject: 'CN=device-expired',
      notBefore: new Date(NOW - 400 * DAY),
      notAfter: new Date(NOW - DAY),
    }),
    notYetValid: pki.selfSigned({
      subject: 'CN=device-future',
      notBefore: new Date(NOW + DAY),
      notAfter: new Date(NOW + 400 * DAY),
    }),
  };
  const deployment: DeploymentDescription = {
    certificates: [
      selfSigned.valid,
      selfSigned.expired,
      selfSigned.notYetValid,
      setup.client.untrusted as TestCertificate,
      setup.client.revoked as TestCertificate,
    ],
    crls: setup.deployment.crls ?? [],
  };
  const policy = load('3-thumbprint-only.xml', deployment);
  // Without Verify() nothing but the thumbprint counts: dates, trust and revocation are not checked.
  const table: Row[] = [
    ['valid', selfSigned.valid, admitted],
    ['missing', null, refused],
    ['unknown', selfSigned.unknown, refused],
    ['expired', selfSigned.expired, admitted],
    ['not-yet-valid', selfSigned.notYetValid, admitted],
    ['untrusted', setup.client.untrusted, admitted],
    ['revoked', setup.client.revoked, admitted],
  ];
  it.each(table)('%s certificate', async (_name, certificate, expected) => {
    const outcome = await policy.run({ url: URL, certificate }, { now: NOW });
    expect(summarize(outcome, 'choose')).toEqual(expected);
  });
});

describe('4. validate-client-certificate with trust, dates, revocation and identities', () => {
  const namedValues = {
    'client-thumbprint': (setup.client.valid as TestCertificate).thumbprint,
    'issuing-ca-thumbprint': setup.intermediate.thumbprint,
    'revoked-serial': (setup.client.revoked as TestCertificate).serialNumber,
  };
  const policy = load('4-validate-client-certificate.xml', setup.deployment, namedValues);
  const INVALID = 'Invalid client certificate';
  const rejected = (reason: string, message: string, body = INVALID): Summary => ({
    result: 401,
    reason: 'Unauthorized',
    message: body,
    lastError: `${reason}: ${message}`,
    key: `${reason}: ${message} → 401`,
  });
  const valid = setup.client.valid as TestCertificate;
  it.each(
    rows({
      valid: { ...FORWARD, key: `client certificate ${valid.thumbprint} accepted` },
      missing: rejected(
        'ClientCertificateNotFound',
        'Client certificate was not found in the request.',
        'Client certificate missing',
      ),
      unknown: rejected(
        'ClientCertificateIdentityNotMatched',
        'Certificate does not match any of allowed identities.',
      ),
      expired: rejected(
        'ClientCertificateExpired',
        `Client certificate has expired: its validity ended at ${new Date(NOW - DAY).toISOString()}.`,
      ),
      'not-yet-valid': rejected(
        'ClientCertificateNotYetValid',
        `Client certificate is not yet valid: its validity starts at ${new Date(NOW + DAY).toISOString()}.`,
      ),
      untrusted: rejected(
        'ClientCertificateNotTrusted',
        'A certificate chain could not be built to a trusted root authority.',
      ),
      revoked: rejected('ClientCertificateRevoked', 'The certificate is revoked.'),
    }),
  )('%s certificate', async (_name, certificate, expected) => {
    const outcome = await policy.run({ url: URL, certificate }, { now: NOW });
    expect(summarize(outcome, 'validate-client-certificate')).toEqual(expected);
    if (outcome.kind === 'respond') {
      // on-error ran with the 401 prepared.
      expect(outcome.response.headers['X-Certificate-Error']).toEqual([outcome.lastError?.reason]);
    }
  });
});

describe('5. certificate rotation: several accepted thumbprints in a named value', () => {
  const valid = setup.client.valid as TestCertificate;
  const policy = load('5-rotation.xml', setup.deployment, {
    'accepted-client-thumbprints': `${valid.thumbprint.toLowerCase()}; ${setup.rotated.thumbprint}`,
  });
  const table: Row[] = [
    ...rows({
      valid: admitted,
      missing: refused,
      unknown: refused,
      expired: refused,
      'not-yet-valid': refused,
      untrusted: refused,
      revoked: refused,
    }),
    ['rotated (new)', setup.rotated, admitted],
  ];
  it.each(table)('%s certificate', async (_name, certificate, expected) => {
    const outcome = await policy.run({ url: URL, certificate }, { now: NOW });
    expect(summarize(outcome, 'choose')).toEqual(expected);
  });
});

describe('6. certificate forwarded by a front proxy in X-ARR-ClientCert', () => {
  const policy = load('6-forwarded-header.xml', setup.deployment);
  const request = (certificate: TestCertificate | null): RequestDescription => ({
    url: URL,
    headers:
      certificate === null ? {} : { 'X-ARR-ClientCert': Buffer.from(certificate.der).toString('base64') },
    // The TLS connection ends at the proxy: the gateway sees no client certificate.
    certificate: null,
  });
  const expected: Readonly<Record<ClientCase, Summary>> = {
    valid: admitted,
    missing: refused,
    unknown: refused,
    expired: refused,
    'not-yet-valid': refused,
    untrusted: refused,
    revoked: refused,
  };
  it.each(rows(expected).filter(([name]) => name !== 'unknown'))(
    '%s certificate',
    async (_name, certificate, summary) => {
      const outcome = await policy.run(request(certificate), { now: NOW });
      expect(summarize(outcome, 'choose')).toEqual(summary);
    },
  );

  // A certificate built in an expression is checked when Verify() reads it: with the CRLs in
  // memory the chain check answers synchronously, so even the first request with a certificate
  // whose verdict nothing prepared gets its answer (no FactNotPrepared).
  it('unknown certificate, first seen in the expression', async () => {
    const fresh = load('6-forwarded-header.xml', setup.deployment);
    const outcome = await fresh.run(request(setup.client.unknown), { now: NOW });
    expect(summarize(outcome, 'choose')).toEqual(expected.unknown);
  });
});
