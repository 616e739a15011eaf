/**
 * The client certificates the certificate scenarios present, from one test PKI: a trusted root and
 * intermediate (uploaded as CA certificates), CRLs from both, and one client certificate per case.
 */
import { createTestPki, type TestCertificate, type TestPki } from '@apim-policy/x509';
import type { DeploymentDescription } from '../run/description.js';

/** The clock of every scenario run. */
export const NOW = Date.UTC(2025, 5, 1, 12, 0, 0);

const DAY = 86_400_000;

/** The cases every scenario table covers. */
export type ClientCase =
  | 'valid'
  | 'missing'
  | 'unknown'
  | 'expired'
  | 'not-yet-valid'
  | 'untrusted'
  | 'revoked';

export const CLIENT_CASES: readonly ClientCase[] = [
  'valid',
  'missing',
  'unknown',
  'expired',
  'not-yet-valid',
  'untrusted',
  'revoked',
];

export interface ScenarioPki {
  readonly pki: TestPki;
  readonly root: TestCertificate;
  readonly intermediate: TestCertificate;
  /** A second root the deployment does not trust. */
  readonly rogueRoot: TestCertificate;
  /**
   * The certificate of each case (null for `missing`):
   * - valid: issued by the trusted intermediate, uploaded;
   * - unknown: issued by the trusted intermediate, in date, not uploaded (a stranger);
   * - expired / not-yet-valid / revoked: issued by the trusted intermediate, uploaded;
   * - untrusted: issued by the rogue root, uploaded (so only a trust check rejects it).
   */
  readonly client: Readonly<Record<ClientCase, TestCertificate | null>>;
  /** The certificate `valid` rotates to: issued by the trusted intermediate, uploaded. */
  readonly rotated: TestCertificate;
  /** Uploaded certificates, CA certificates and CRLs. */
  readonly deployment: DeploymentDescription;
}

/** Builds the scenario PKI (a new one per call: thumbprints differ between calls). */
export function scenarioPki(): ScenarioPki {
  const pki = createTestPki({ now: new Date(NOW) });
  const root = pki.root({ subject: 'CN=Contoso Root CA, O=Contoso, C=US' });
  const intermediate = pki.intermediate(root, { subject: 'CN=Contoso Issuing CA, O=Contoso, C=US' });
  const rogueRoot = pki.root({ subject: 'CN=Rogue Root CA, O=Rogue' });
  const leaf = (subject: string, options: Parameters<TestPki['leaf']>[1] = {}) =>
    pki.leaf(intermediate, { subject, ...options });
  const valid = leaf('CN=client-01, O="Contoso, Inc.", C=US', {
    subjectAltNames: { dns: ['client01.contoso.com', 'api.contoso.com'] },
  });
  const unknown = leaf('CN=stranger, O=Fabrikam, C=US');
  const expired = leaf('CN=client-expired, O=Contoso, C=US', {
    notBefore: new Date(NOW - 400 * DAY),
    notAfter: new Date(NOW - DAY),
  });
  const notYetValid = leaf('CN=client-future, O=Contoso, C=US', {
    notBefore: new Date(NOW + DAY),
    notAfter: new Date(NOW + 400 * DAY),
  });
  const revoked = leaf('CN=client-revoked, O=Contoso, C=US');
  const untrusted = pki.leaf(rogueRoot, { subject: 'CN=client-rogue, O=Contoso, C=US' });
  const rotated = leaf('CN=client-01-2026, O="Contoso, Inc.", C=US');
  pki.revoke(revoked);
  const deployment: DeploymentDescription = {
    certificates: [valid, expired, notYetValid, revoked, untrusted, rotated],
    ca: { roots: [root], intermediates: [intermediate] },
    crls: [pki.crl(intermediate).der, pki.crl(root).der],
  };
  return {
    pki,
    root,
    intermediate,
    rogueRoot,
    client: {
      valid,
      missing: null,
      unknown,
      expired,
      'not-yet-valid': notYetValid,
      untrusted,
      revoked,
    },
    rotated,
    deployment,
  };
}
