import { reasonPhrase } from '@apim-policy/expressions';
import type { ElementNode } from '../document/model.js';
import type { Planner } from '../plan/planner.js';
import { CONTINUE, type StepBody } from '../plan/step.js';
import { PolicyError } from '../run/policy-error.js';
import { defineHandler } from './define.js';

/**
 * `<set-status code reason>` sets `context.Response`'s status. A missing reason (samples omit it,
 * and API Management accepts that) gives the code's standard phrase.
 */
export function planSetStatus(element: ElementNode, planner: Planner): StepBody {
  const code = planner.value(element, 'code', 'int', '200');
  const reason = planner.value(element, 'reason', 'string');
  return (state, step) => {
    const status = code.get(state);
    if (!Number.isInteger(status) || status < 100 || status > 999)
      throw new PolicyError({
        reason: 'InvalidStatusCode',
        message: `'${status}' is not a valid HTTP status code`,
        status: 500,
        responseMessage: 'Internal server error',
      });
    const phrase = reason === null ? reasonPhrase(status) : reason.get(state);
    state.context.Response.setStatus(status, phrase);
    state.record(step, 'policy', `status ${status} ${phrase}`, { status, reason: phrase });
    return CONTINUE;
  };
}

export const setStatus = defineHandler('set-status', (element, _origin, planner) =>
  planSetStatus(element, planner),
);
