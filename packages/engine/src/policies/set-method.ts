import { planDiagnostic } from '../plan/messages.js';
import { CONTINUE } from '../plan/step.js';
import { PolicyError } from '../run/policy-error.js';
import type { RunState } from '../run/state.js';
import { defineHandler } from './define.js';

/** An HTTP method is a token (RFC 9110 §5.6.2), as .NET's `HttpMethod` requires. */
const TOKEN = /^[!#$%&'*+\-.^_`|~0-9A-Za-z]+$/;

/** Where the method the client sent is kept once set-method changed it (Liquid's `OriginalMethod`). */
export const ORIGINAL_METHOD = Symbol('original request method');

/** The method the client sent, whatever set-method did since. */
export function originalMethod(state: RunState): string {
  const kept = state.scratch.get(ORIGINAL_METHOD);
  return typeof kept === 'string' ? kept : state.context.Request.Method;
}

/**
 * `<set-method>`: the element's text (a literal, or an expression) becomes
 * `context.Request.Method`, the method the backend receives. A literal is trimmed; the case is
 * kept as written (HTTP methods are case-sensitive).
 *
 * A literal that is not an HTTP token (empty, or with spaces or separators) is a load error. An
 * expression's value that is not one fails with reason `InvalidHttpMethod` and a 500: the
 * gateway's `HttpMethod` rejects it, and no source gives its LastError, so the reason is this
 * engine's.
 */
export const setMethod = defineHandler('set-method', (element, _origin, planner) => {
  const content = planner.text(element, 'string');
  if (content.literal !== null && !TOKEN.test(content.literal.trim()))
    planner.report(
      planDiagnostic('invalid-policy-value', element, {
        value: content.literal.trim(),
        attribute: 'text',
        element: 'set-method',
        detail: 'expected an HTTP method, a token such as GET or POST',
      }),
    );
  return (state, step) => {
    const method = content.literal === null ? content.get(state) : content.get(state).trim();
    if (!TOKEN.test(method))
      throw new PolicyError({
        reason: 'InvalidHttpMethod',
        message: `'${method}' is not a valid HTTP method`,
        status: 500,
        responseMessage: 'Internal server error',
      });
    const request = state.context.Request;
    if (!state.scratch.has(ORIGINAL_METHOD)) state.scratch.set(ORIGINAL_METHOD, request.Method);
    const previous = request.Method;
    request.Method = method;
    state.record(step, 'policy', `method ${previous} → ${method}`, { method, previous });
    return CONTINUE;
  };
});
