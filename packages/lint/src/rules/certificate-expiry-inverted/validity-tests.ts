import type { BoundExpression, BoundStatement } from '@apim-policy/expressions';
import { isNow, stringLiteral, unwrap, validityRead } from '../certificate/recognise.js';

/** A comparison of a certificate's validity date with the current time. */
export interface ValidityTest {
  readonly node: BoundExpression;
  readonly member: 'NotAfter' | 'NotBefore';
  /** True when the test, as it stands in its condition, holds for a certificate out of its validity. */
  readonly failure: boolean;
}

const FLIPPED: Readonly<Record<string, string>> = { '<': '>', '>': '<', '<=': '>=', '>=': '<=' };

/** `cert.NotAfter < DateTime.Now` and the like: whether it is true for an invalid certificate. */
function classify(expression: BoundExpression, nowLocals: ReadonlySet<number>): ValidityTest | null {
  const node = unwrap(expression);
  if (node.kind !== 'operator-call' || node.arguments.length !== 2) return null;
  const operator = node.operator.operator;
  if (!(operator in FLIPPED)) return null;
  const [left, right] = node.arguments as [BoundExpression, BoundExpression];
  let member = validityRead(left);
  let normalized = operator;
  if (member === null || !isNow(right, nowLocals)) {
    member = validityRead(right);
    if (member === null || !isNow(left, nowLocals)) return null;
    normalized = FLIPPED[operator] ?? operator;
  }
  // Normalized to `member OP now`: expired is NotAfter < now, not yet valid is NotBefore > now.
  const failure = member === 'NotAfter' ? normalized.startsWith('<') : normalized.startsWith('>');
  return { node, member, failure };
}

/**
 * The validity tests any one of which makes `condition` true (its disjuncts, through `||`,
 * `!` and `!(a && b)`), each with whether it holds for an invalid certificate there.
 * `positive` false gives the tests any one of which makes it false.
 */
export function disjunctTests(
  condition: BoundExpression,
  nowLocals: ReadonlySet<number>,
  positive = true,
): ValidityTest[] {
  const node = unwrap(condition);
  if (node.kind === 'unary' && node.operator === '!')
    return disjunctTests(node.operand, nowLocals, !positive);
  if (node.kind === 'logical' && node.operator === (positive ? '||' : '&&')) {
    return [
      ...disjunctTests(node.left, nowLocals, positive),
      ...disjunctTests(node.right, nowLocals, positive),
    ];
  }
  const test = classify(node, nowLocals);
  if (test === null) return [];
  return [{ ...test, failure: positive ? test.failure : !test.failure }];
}

/** The validity tests all of which must hold for `condition` to be true (its conjuncts). */
export function conjunctTests(condition: BoundExpression, nowLocals: ReadonlySet<number>): ValidityTest[] {
  return disjunctTests(condition, nowLocals, false).map((test) => ({ ...test, failure: !test.failure }));
}

const FAILURE_REASON = /expired|not\s*yet\s*valid|invalid/i;

/**
 * `if (test) return "ClientCertificateExpired";` in a block: tests whose branch returns a
 * failure reason, with the statement's test.
 */
export function failureReasonTests(statement: BoundStatement): BoundExpression[] {
  const found: BoundExpression[] = [];
  const visit = (current: BoundStatement): void => {
    if (current.kind === 'block') current.statements.forEach(visit);
    if (current.kind !== 'if') return;
    const branch =
      current.whenTrue.kind === 'block' && current.whenTrue.statements.length === 1
        ? current.whenTrue.statements[0]
        : current.whenTrue;
    if (branch?.kind === 'return' && branch.value !== null) {
      const reason = stringLiteral(branch.value);
      if (reason !== null && FAILURE_REASON.test(reason)) found.push(current.test);
    }
    if (current.whenFalse !== null) visit(current.whenFalse);
  };
  visit(statement);
  return found;
}
