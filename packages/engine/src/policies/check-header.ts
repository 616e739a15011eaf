import { CONTINUE } from '../plan/step.js';
import { PolicyError } from '../run/policy-error.js';
import { defineHandler } from './define.js';

/**
 * Whether two strings are equal under .NET's `OrdinalIgnoreCase`: code unit by code unit after
 * simple upper-casing (a character whose upper case is longer, as `ß`, stays itself).
 */
export function equalsOrdinalIgnoreCase(a: string, b: string): boolean {
  if (a.length !== b.length) return false;
  for (let index = 0; index < a.length; index++) {
    const x = a.charCodeAt(index);
    const y = b.charCodeAt(index);
    if (x !== y && simpleUpper(x) !== simpleUpper(y)) return false;
  }
  return true;
}

function simpleUpper(code: number): number {
  if (code < 0x80) return code >= 0x61 && code <= 0x7a ? code - 0x20 : code;
  const upper = String.fromCharCode(code).toUpperCase();
  return upper.length === 1 ? upper.charCodeAt(0) : code;
}

/**
 * `<check-header name failed-check-httpcode failed-check-error-message ignore-case>` with
 * `<value>`s: the request must carry the header and, when values are listed, a value among them
 * (compared ordinally, ignoring case when `ignore-case` is true). Otherwise the request is
 * rejected with `failed-check-httpcode` and `failed-check-error-message` as the error body's
 * message; `LastError.Reason` is `HeaderNotFound` or `HeaderValueNotAllowed` and on-error runs.
 *
 * Choices where API Management's behaviour is not documented:
 * - A header with several values (given more than once) passes only when every value is allowed;
 *   the first value that is not allowed is the one the message names. A value is never split at
 *   commas: `"a, b"` is one value.
 * - With no `<value>` the policy only checks that the header is present (an empty value counts).
 * - Literal `<value>`s are trimmed of the white space around them (pretty-printed XML); values
 *   given by an expression are compared as they are.
 * - `ignore-case` defaults to false and `failed-check-error-message` to an empty message when absent.
 */
export const checkHeader = defineHandler('check-header', (element, _origin, planner) => {
  const name = planner.value(element, 'name', 'string', '');
  const status = planner.value(element, 'failed-check-httpcode', 'int', '400');
  const errorMessage = planner.value(element, 'failed-check-error-message', 'string', '');
  const ignoreCase = planner.value(element, 'ignore-case', 'bool', 'false');
  const values = planner.elements(element, 'value').map((value) => planner.text(value, 'string'));
  return (state, step) => {
    const header = name.get(state);
    const present = state.context.Request.Headers.lookup(header);
    const reject = (reason: string, message: string): never => {
      throw new PolicyError({
        reason,
        message,
        status: status.get(state),
        responseMessage: errorMessage.get(state),
      });
    };
    if (present === undefined)
      reject('HeaderNotFound', `Header ${header} was not found in the request. Access denied.`);
    const received = present as string[];
    if (values.length === 0) {
      if (state.trace !== null)
        state.record(step, 'policy', `header ${header} is present`, { name: header, values: [...received] });
      return CONTINUE;
    }
    const allowed = values.map((value) =>
      value.literal === null ? value.get(state) : value.get(state).trim(),
    );
    const caseless = ignoreCase.get(state);
    const isAllowed = (value: string): boolean =>
      allowed.some((candidate) =>
        caseless ? equalsOrdinalIgnoreCase(candidate, value) : candidate === value,
      );
    // A header given without any value (an empty array) is checked as one empty value.
    const checked = received.length === 0 ? [''] : received;
    const refused = checked.find((value) => !isAllowed(value));
    if (refused !== undefined)
      reject('HeaderValueNotAllowed', `Header ${header} value of ${refused} is not allowed. Access denied.`);
    if (state.trace !== null)
      state.record(step, 'policy', `header ${header} has an allowed value`, {
        name: header,
        values: [...received],
        allowed,
        ignoreCase: caseless,
      });
    return CONTINUE;
  };
});
