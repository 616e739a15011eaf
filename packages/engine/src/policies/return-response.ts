import { createResponse, ProxyResponse } from '@apim-policy/expressions';
import type { StepBody } from '../plan/step.js';
import { ERROR, RESPOND, runSteps, type Step } from '../plan/step.js';
import { PolicyError } from '../run/policy-error.js';
import { defineHandler } from './define.js';
import { planSetBody } from './set-body.js';
import { planSetHeader } from './set-header.js';
import { planSetStatus } from './set-status.js';

/**
 * `<return-response>`: a fresh 200 OK without headers or body (or the response held in
 * `response-variable-name`), shaped by its `set-status`, `set-header` and `set-body` children in
 * order, ends the whole pipeline: nothing after it runs, no backend, no outbound, no on-error.
 */
export const returnResponse = defineHandler('return-response', (element, origin, planner) => {
  const variable = planner.attribute(element, 'response-variable-name')?.value ?? null;
  const children: Step[] = [];
  const counts = new Map<string, number>();
  for (const child of element.children) {
    if (child.type !== 'Element') continue;
    const index = (counts.get(child.name) ?? 0) + 1;
    counts.set(child.name, index);
    const childOrigin = { ...origin, path: `${origin.path}/${child.name}[${index}]` };
    const run: StepBody | null =
      child.name === 'set-status'
        ? planSetStatus(child, planner)
        : child.name === 'set-header'
          ? planSetHeader(child, planner, 'response')
          : child.name === 'set-body'
            ? planSetBody(child, planner, 'response')
            : null;
    // Other children are the catalog's to report.
    if (run === null) continue;
    children.push(planner.stepWith(child, childOrigin, run));
  }
  return (state, step) => {
    let response: ProxyResponse;
    if (variable === null) {
      response = createResponse();
    } else {
      const held = state.context.Variables.find(variable);
      if (!(held instanceof ProxyResponse))
        throw new PolicyError({
          reason: '',
          message: `The variable '${variable}' of response-variable-name does not hold a response`,
          status: 500,
          responseMessage: 'Internal server error',
        });
      response = held;
    }
    state.context.replaceResponse(response);
    const signal = runSteps(children, state);
    const finish = (settled: number) => {
      if (settled === ERROR) return ERROR;
      if (state.trace !== null)
        state.record(
          step,
          'policy',
          `returns ${response.StatusCode} ${response.StatusReason}: the pipeline ends`,
          {
            status: response.StatusCode,
          },
        );
      return RESPOND;
    };
    return typeof signal === 'number' ? finish(signal) : signal.then(finish);
  };
});
