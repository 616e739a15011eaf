import type { ElementNode } from '../../document/model.js';
import { planDiagnostic } from '../../plan/messages.js';
import type { Planner } from '../../plan/planner.js';
import type { Step } from '../../plan/step.js';
import type { Value } from '../../plan/values.js';
import { type RunState, toPolicyError } from '../../run/state.js';
import type { Maybe } from './maybe.js';

function invalid(
  planner: Planner,
  element: ElementNode,
  attribute: string,
  value: string,
  detail: string,
): void {
  const node = planner.attribute(element, attribute);
  planner.report(
    planDiagnostic('invalid-policy-value', node ?? element, {
      value,
      attribute,
      element: element.name,
      detail,
    }),
  );
}

/** `increment-condition`: null when absent; a literal must be `true` or `false` (reported at load). */
export function incrementCondition(element: ElementNode, planner: Planner): Value<boolean> | null {
  const value = planner.value(element, 'increment-condition', 'bool');
  if (value?.literal != null && !/^\s*(true|false)\s*$/i.test(value.literal))
    invalid(
      planner,
      element,
      'increment-condition',
      value.literal,
      "expected 'true', 'false' or an expression",
    );
  return value;
}

/** `increment-count`: null when absent (1); a literal must be a whole number (reported at load). */
export function incrementCount(element: ElementNode, planner: Planner): Value<number> | null {
  const value = planner.value(element, 'increment-count', 'int');
  if (value?.literal != null && !/^\s*[+-]?\d+\s*$/.test(value.literal))
    invalid(planner, element, 'increment-count', value.literal, 'expected a whole number or an expression');
  return value;
}

/** A whole-number attribute the catalog types as text (quota-by-key's `renewal-period`). */
export function wholeNumber(element: ElementNode, planner: Planner, attribute: string): Value<number> | null {
  const value = planner.value(element, attribute, 'int');
  if (value?.literal != null && !/^\s*[+-]?\d+\s*$/.test(value.literal))
    invalid(planner, element, attribute, value.literal, 'expected a whole number of seconds');
  return value;
}

/** Whether the counting waits for the response: an expression in either attribute, or `increment-after-response`. */
export function isDeferred(
  condition: Value<boolean> | null,
  count: Value<number> | null,
  afterResponse: boolean,
): boolean {
  return (
    afterResponse ||
    (condition !== null && condition.expression !== null) ||
    (count !== null && count.expression !== null)
  );
}

/**
 * Runs `work` once the response is final (`RunState.afterResponse`). The response has gone by
 * then, so a failure (an expression that throws) cannot change it: the increment is not made and
 * the trace says why.
 */
export function deferIncrement(state: RunState, step: Step, work: () => Maybe<void>): void {
  const report = (error: unknown): void => {
    const failure = toPolicyError(error);
    state.record(step, 'policy', `the deferred increment was not made: ${failure.message}`, {
      reason: failure.reason,
      message: failure.message,
    });
  };
  state.afterResponse.push(() => {
    let pending: Maybe<void>;
    try {
      pending = work();
    } catch (error) {
      report(error);
      return;
    }
    return pending instanceof Promise ? pending.catch(report) : undefined;
  });
}
