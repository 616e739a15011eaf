import { walkBound } from '../binder/bound-children.js';
import type { BoundExpression, BoundPolicyExpression } from '../binder/bound-tree.js';

/**
 * A certificate check an expression performs, which needs facts the host must prepare before
 * evaluation (evaluation is synchronous; building a chain is not): `chain` is the result of
 * `X509Certificate2.Verify()` (chain building with revocation checking, as .NET does it);
 * `chain-no-revocation` that of API Management's `VerifyNoRevocation()` extension.
 */
export interface CertificateNeed {
  readonly fact: 'chain' | 'chain-no-revocation';
  /** Which certificate: the client's (`context.Request.Certificate`), a deployment certificate, or any. */
  readonly certificate: 'request' | 'deployment' | 'any';
}

const X509 = 'System.Security.Cryptography.X509Certificates.X509Certificate2';

function stripConversions(node: BoundExpression): BoundExpression {
  let current = node;
  while (current.kind === 'convert' || current.kind === 'conditional-access') {
    current = current.kind === 'convert' ? current.operand : current.receiver;
  }
  return current;
}

/** Names of the members along a receiver chain, outermost first: `Certificate`, `Request`. */
function memberPath(node: BoundExpression | null): string[] {
  const path: string[] = [];
  let current = node === null ? null : stripConversions(node);
  while (current !== null) {
    if (current.kind === 'member') {
      path.push(current.symbol.name);
      current = current.receiver === null ? null : stripConversions(current.receiver);
    } else if (current.kind === 'indexer') {
      current = stripConversions(current.receiver);
    } else if (current.kind === 'call') {
      current =
        current.receiver ?? (current.arguments[0]?.kind === 'value' ? current.arguments[0].value : null);
      current = current === null ? null : stripConversions(current);
    } else if (current.kind === 'context') {
      path.push('context');
      current = null;
    } else {
      current = null;
    }
  }
  return path;
}

function certificateOf(receiver: BoundExpression | null): CertificateNeed['certificate'] {
  const path = memberPath(receiver);
  if (path[path.length - 1] !== 'context') return 'any';
  if (path[0] === 'Certificate' && path[1] === 'Request') return 'request';
  if (path.includes('Certificates') && path.includes('Deployment')) return 'deployment';
  return 'any';
}

/** The certificate checks of a bound expression, each once. */
export function certificateNeeds(bound: BoundPolicyExpression): CertificateNeed[] {
  const found = new Map<string, CertificateNeed>();
  walkBound(bound.body, (node) => {
    if (node.kind !== 'call') return;
    let need: CertificateNeed | null = null;
    if (node.method.name === 'Verify' && node.method.declaringType.fullName === X509) {
      need = { fact: 'chain', certificate: certificateOf(node.receiver) };
    } else if (node.method.name === 'VerifyNoRevocation' && node.method.isExtension) {
      const argument = node.arguments[0];
      const receiver = argument?.kind === 'value' ? argument.value : null;
      need = { fact: 'chain-no-revocation', certificate: certificateOf(receiver) };
    }
    if (need !== null) found.set(`${need.fact}:${need.certificate}`, need);
  });
  return [...found.values()];
}
