import {
  type BoundExpression,
  type BoundNode,
  type BoundPolicyExpression,
  walkBound,
} from '@apim-policy/expressions';
import { isCertificateType, isNow, isRequestCertificateRead, unwrap } from './recognise.js';

/**
 * The locals that always hold a value `holds` recognises: declared with such an initializer (or
 * by a type pattern over one) and never assigned again nor passed by `ref`/`out`.
 */
export function localsHolding(
  expression: BoundPolicyExpression,
  holds: (value: BoundExpression, known: ReadonlySet<number>) => boolean,
): ReadonlySet<number> {
  const held = new Set<number>();
  const reassigned = new Set<number>();
  const visit = (node: BoundNode): void => {
    switch (node.kind) {
      case 'local-declaration':
        if (node.initializer !== null && holds(node.initializer, held)) held.add(node.local.id);
        break;
      case 'is-pattern':
        if (node.pattern.kind === 'type' && node.pattern.local !== null && holds(node.operand, held)) {
          held.add(node.pattern.local.id);
        }
        break;
      case 'assign':
      case 'compound-assign':
        if (node.target.kind === 'local') reassigned.add(node.target.symbol.id);
        break;
      case 'call':
      case 'delegate-invoke':
      case 'local-function-call':
      case 'new':
        for (const argument of node.arguments) {
          if (argument.kind === 'reference') {
            reassigned.add(argument.variable.symbol.id);
          }
        }
        break;
      default:
        break;
    }
  };
  walkBound(expression.body, visit);
  for (const id of reassigned) held.delete(id);
  return held;
}

/** Locals holding the client certificate: `var cert = context.Request.Certificate;`. */
export function certificateLocals(expression: BoundPolicyExpression): ReadonlySet<number> {
  return localsHolding(expression, (value, known) => {
    const inner = unwrap(value);
    return isRequestCertificateRead(inner) || (inner.kind === 'local' && known.has(inner.symbol.id));
  });
}

/**
 * Locals holding a certificate built in the expression from request data:
 * `var certificate = new X509Certificate2(bytes);` (a client certificate forwarded in a header).
 */
export function constructedCertificateLocals(expression: BoundPolicyExpression): ReadonlySet<number> {
  return localsHolding(expression, (value) => {
    const inner = unwrap(value);
    return inner.kind === 'new' && isCertificateType(inner);
  });
}

/** Locals holding the current time: `var now = DateTime.Now;`. */
export function nowLocals(expression: BoundPolicyExpression): ReadonlySet<number> {
  return localsHolding(expression, (value, known) => isNow(value, known));
}
