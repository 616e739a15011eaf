import type { ElementNode } from '../../document/model.js';
import type { Planner } from '../../plan/planner.js';
import type { RunState } from '../../run/state.js';

/**
 * Where a rate limit reports to: the `Retry-After` header of a rejection (`retry-after-header-name`,
 * default `Retry-After`), the variables of `retry-after-variable-name` and
 * `remaining-calls-variable-name`, and the response headers of `remaining-calls-header-name` and
 * `total-calls-header-name`.
 */
export interface LimitNames {
  readonly retryAfterHeader: string;
  readonly retryAfterVariable: string | null;
  readonly remainingHeader: string | null;
  readonly remainingVariable: string | null;
  readonly totalHeader: string | null;
}

export const DEFAULT_RETRY_AFTER_HEADER = 'Retry-After';

/** The names an element sets; those it does not set come from `parent` (an `<api>` limit's policy). */
export function namesOf(element: ElementNode, planner: Planner, parent?: LimitNames): LimitNames {
  const read = (name: string): string | null => planner.attribute(element, name)?.value ?? null;
  return {
    retryAfterHeader:
      read('retry-after-header-name') ?? parent?.retryAfterHeader ?? DEFAULT_RETRY_AFTER_HEADER,
    retryAfterVariable: read('retry-after-variable-name') ?? parent?.retryAfterVariable ?? null,
    remainingHeader: read('remaining-calls-header-name') ?? parent?.remainingHeader ?? null,
    remainingVariable: read('remaining-calls-variable-name') ?? parent?.remainingVariable ?? null,
    totalHeader: read('total-calls-header-name') ?? parent?.totalHeader ?? null,
  };
}

const RESPONSE_HEADERS = Symbol('limit response headers');

/**
 * Adds a header to the response the caller gets, whatever it turns out to be (the backend's,
 * return-response's, an error response): the headers of a run are kept in its scratch and set once
 * the response is final (`RunState.afterResponse`). A later value for the same name replaces an
 * earlier one.
 */
export function addResponseHeader(state: RunState, name: string, value: string): void {
  let headers = state.scratch.get(RESPONSE_HEADERS) as Map<string, string> | undefined;
  if (headers === undefined) {
    const pending = new Map<string, string>();
    headers = pending;
    state.scratch.set(RESPONSE_HEADERS, pending);
    state.afterResponse.push(() => {
      for (const [header, text] of pending) state.context.Response.Headers.set(header, [text]);
    });
  }
  headers.set(name, value);
}

/**
 * After a counted call: the remaining calls into their variable (an `int`) and, with the total,
 * into the final response's headers.
 */
export function publishRemaining(state: RunState, names: LimitNames, remaining: number, total: number): void {
  const left = Math.max(0, remaining);
  if (names.remainingVariable !== null) state.context.Variables.set(names.remainingVariable, left);
  if (names.remainingHeader !== null) addResponseHeader(state, names.remainingHeader, String(left));
  if (names.totalHeader !== null) addResponseHeader(state, names.totalHeader, String(total));
}

/**
 * A rejected call: the retry interval into its variable (an `int`), and the headers of the error
 * response (`Retry-After`, no calls remaining, the total).
 */
export function rejectionHeaders(
  state: RunState,
  names: LimitNames,
  retryAfter: number,
  total: number,
): Record<string, string> {
  if (names.retryAfterVariable !== null) state.context.Variables.set(names.retryAfterVariable, retryAfter);
  if (names.remainingVariable !== null) state.context.Variables.set(names.remainingVariable, 0);
  const headers: Record<string, string> = { [names.retryAfterHeader]: String(retryAfter) };
  if (names.remainingHeader !== null) headers[names.remainingHeader] = '0';
  if (names.totalHeader !== null) headers[names.totalHeader] = String(total);
  return headers;
}
