import type { CheckedExpression, ElementNode } from '@apim-policy/engine';
import type { BoundExpression, BoundStatement } from '@apim-policy/expressions';
import type { Rule, RuleContext } from '../../types.js';
import {
  allElements,
  childElements,
  conditionOf,
  expressionsByElement,
  rejects,
} from '../certificate/document.js';
import { holdsCertificates } from '../certificate/holds-certificates.js';
import { nowLocals } from '../certificate/locals.js';
import { conjunctTests, disjunctTests, failureReasonTests, type ValidityTest } from './validity-tests.js';

/**
 * A certificate is valid while NotBefore <= now <= NotAfter. A rejection on `NotAfter >
 * DateTime.Now` turns every valid certificate away and lets expired ones through.
 */
export const rule: Rule = {
  id: 'certificate-expiry-inverted',
  defaultSeverity: 'error',
  description:
    'A certificate validity test turned around: a rejection when NotAfter > DateTime.Now or NotBefore < DateTime.Now, or an acceptance when NotAfter < DateTime.Now.',
  messages: {
    rejectsValid:
      'This branch rejects the request when {member} {relation} now, which holds for a certificate that is still valid (and not for an expired one). Reject when {expected}.',
    acceptsInvalid:
      'This branch accepts the request only when {member} {relation} now, which holds for a certificate that is out of its validity. Accept when {expected}.',
  },
  check(context) {
    // Every test this rule reads is of a certificate's NotBefore or NotAfter.
    if (!context.expressions.some(holdsCertificates)) return;
    const byElement = expressionsByElement(context.expressions);
    for (const choose of allElements(context.document).filter((element) => element.name === 'choose')) {
      checkChoose(context, choose, byElement);
    }
    for (const expression of context.expressions) checkFailureReasons(context, expression);
  },
};

const EXPECTED: Readonly<Record<ValidityTest['member'], { failure: string; success: string }>> = {
  NotAfter: { failure: 'NotAfter < now (expired)', success: 'NotAfter > now' },
  NotBefore: { failure: 'NotBefore > now (not yet valid)', success: 'NotBefore < now' },
};

function report(context: RuleContext, test: ValidityTest, message: 'rejectsValid' | 'acceptsInvalid'): void {
  const relation =
    test.member === 'NotAfter'
      ? test.failure
        ? 'is before'
        : 'is after'
      : test.failure
        ? 'is after'
        : 'is before';
  context.report({
    range: test.node.node.range,
    message,
    data: {
      member: test.member,
      relation,
      expected: message === 'rejectsValid' ? EXPECTED[test.member].failure : EXPECTED[test.member].success,
    },
  });
}

/** The value a condition is true for: the expression, or each `return` value of a block. */
function conditionValues(expression: CheckedExpression): BoundExpression[] {
  const bound = expression.result.bound;
  if (bound === null) return [];
  if (bound.body.kind !== 'block') return [bound.body];
  const values: BoundExpression[] = [];
  const visit = (statements: readonly BoundStatement[]): void => {
    for (const statement of statements) {
      if (statement.kind === 'return' && statement.value !== null) values.push(statement.value);
      if (statement.kind === 'block') visit(statement.statements);
    }
  };
  visit(bound.body.statements);
  return values;
}

function checkChoose(
  context: RuleContext,
  choose: ElementNode,
  byElement: ReadonlyMap<ElementNode, readonly CheckedExpression[]>,
): void {
  const branches = childElements(choose);
  const otherwise = branches.find((branch) => branch.name === 'otherwise');
  const otherwiseRejects = otherwise !== undefined && rejects(otherwise);
  for (const when of branches.filter((branch) => branch.name === 'when')) {
    const condition = conditionOf(when, byElement);
    if (condition?.result.bound == null) continue;
    const now = nowLocals(condition.result.bound);
    const rejecting = rejects(when);
    for (const value of conditionValues(condition)) {
      if (rejecting) {
        for (const test of disjunctTests(value, now))
          if (!test.failure) report(context, test, 'rejectsValid');
      } else if (otherwiseRejects && branches.length === 2) {
        // The only when before a rejecting otherwise: its condition is the acceptance.
        for (const test of conjunctTests(value, now))
          if (test.failure) report(context, test, 'acceptsInvalid');
      }
    }
  }
}

/** `if (cert.NotAfter > now) return "ClientCertificateExpired";` in any block. */
function checkFailureReasons(context: RuleContext, expression: CheckedExpression): void {
  const bound = expression.result.bound;
  if (bound === null || bound.body.kind !== 'block') return;
  const now = nowLocals(bound);
  for (const test of failureReasonTests(bound.body)) {
    for (const found of disjunctTests(test, now)) if (!found.failure) report(context, found, 'rejectsValid');
  }
}
