import type { CheckedExpression } from '@apim-policy/engine';
import {
  type BoundExpression,
  type BoundNode,
  boundChildren,
  type Node,
  type Range,
  walk,
  walkBound,
} from '@apim-policy/expressions';
import { memberSide } from './comparisons.js';
import { holdsCertificates } from './holds-certificates.js';
import { certificateLocals, constructedCertificateLocals } from './locals.js';
import { type IdentityMember, isClientCertificate, isTrustCheck, unwrap } from './recognise.js';

/** A check of the client certificate's identity: where, and which member. */
export interface IdentityCheck {
  readonly range: Range;
  readonly member: IdentityMember;
}

/** Calls whose arguments are compared or looked up (`Equals`, `Contains`, `ContainsKey`, ...). */
const COMPARING = new Set([
  'Equals',
  'Contains',
  'StartsWith',
  'EndsWith',
  'ContainsKey',
  'TryGetValue',
  'Compare',
  'CompareOrdinal',
  'IndexOf',
]);

/** The operands a node compares or looks up, or none; `switched` gives a `switch`'s tested value. */
function comparedOperands(
  node: BoundNode,
  switched: (local: BoundExpression) => BoundExpression,
): readonly BoundNode[] {
  switch (node.kind) {
    case 'binary':
      return node.operator === '==' || node.operator === '!=' ? [node.left, node.right] : [];
    case 'call':
      return COMPARING.has(node.method.name) ? boundChildren(node) : [];
    case 'indexer':
      return node.arguments;
    case 'is-pattern':
      return [node.operand];
    case 'switch':
      return [switched(node.discriminant)];
    default:
      return [];
  }
}

/**
 * The identity checks of the client certificate in a bound expression: its `Thumbprint`,
 * `Subject`, `Issuer`, `SubjectName.Name`, `IssuerName.Name` or `SerialNumber` compared or looked
 * up (`context.Deployment.Certificates.Any(c => c.Value.Thumbprint == cert.Thumbprint)`). The
 * client certificate is `context.Request.Certificate` or one built from request data (`new
 * X509Certificate2(...)`, a client certificate forwarded by a gateway in front).
 */
export function identityChecks(expression: CheckedExpression): IdentityCheck[] {
  const bound = expression.result.bound;
  if (bound === null) return syntacticIdentityChecks(expression);
  if (!holdsCertificates(expression)) return [];
  const aliases = certificateLocals(bound);
  const constructed = constructedCertificateLocals(bound);
  const isClient = (certificate: BoundExpression) => {
    const inner = unwrap(certificate);
    if (inner.kind === 'new') return true;
    if (inner.kind === 'local' && constructed.has(inner.symbol.id)) return true;
    return isClientCertificate(inner, aliases);
  };
  const found: IdentityCheck[] = [];
  // A `switch` tests its value through a hidden local declared just before it.
  const initializers = new Map<number, BoundExpression>();
  const switched = (discriminant: BoundExpression) => {
    const inner = unwrap(discriminant);
    return inner.kind === 'local' ? (initializers.get(inner.symbol.id) ?? inner) : inner;
  };
  walkBound(bound.body, (node) => {
    if (node.kind === 'local-declaration' && node.initializer !== null) {
      initializers.set(node.local.id, node.initializer);
    }
    for (const operand of comparedOperands(node, switched)) {
      if (!('type' in operand)) continue;
      const side = memberSide(operand as BoundExpression);
      if (side !== null && isClient(side.member.certificate)) {
        found.push({ range: side.member.read.node.range, member: side.member.member });
      }
    }
  });
  return found;
}

const IDENTITY_NAMES = new Set([
  'Thumbprint',
  'Subject',
  'Issuer',
  'SubjectName',
  'IssuerName',
  'SerialNumber',
]);

/** `context.Request.Certificate` written as such (for expressions that could not be bound). */
function isRequestCertificateSyntax(node: Node): boolean {
  if (node.type !== 'MemberExpression' || node.property.name !== 'Certificate') return false;
  const request = node.object;
  return (
    request.type === 'MemberExpression' &&
    request.property.name === 'Request' &&
    request.object.type === 'Identifier' &&
    request.object.name === 'context'
  );
}

/**
 * For an expression with errors (no bound tree): `context.Request.Certificate.Thumbprint` and
 * the like as operands of `==`/`!=` or arguments of a call, read from the syntax tree.
 */
function syntacticIdentityChecks(expression: CheckedExpression): IdentityCheck[] {
  const found: IdentityCheck[] = [];
  walk(expression.result.ast as Node, {
    enter(node, parent) {
      if (node.type !== 'MemberExpression' || !IDENTITY_NAMES.has(node.property.name)) return;
      if (!isRequestCertificateSyntax(node.object as Node)) return;
      const compared =
        (parent?.type === 'BinaryExpression' && (parent.operator === '==' || parent.operator === '!=')) ||
        parent?.type === 'Argument';
      if (compared) {
        const name = node.property.name;
        const member = (
          name === 'SubjectName' || name === 'IssuerName' ? `${name}.Name` : name
        ) as IdentityMember;
        found.push({ range: node.range, member });
      }
    },
  });
  return found;
}

/** Whether an expression verifies a certificate's chain (`Verify()`, `VerifyNoRevocation()`). */
export function verifiesTrust(expression: CheckedExpression): boolean {
  const bound = expression.result.bound;
  if (bound === null) return /\.\s*Verify(NoRevocation)?\s*\(/.test(expression.site.expression.text);
  if (!holdsCertificates(expression)) return false;
  let verifies = false;
  walkBound(bound.body, (node) => {
    if (!verifies && 'type' in node && isTrustCheck(node as BoundExpression)) verifies = true;
  });
  return verifies;
}
