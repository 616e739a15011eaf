import { createResponse } from '@apim-policy/expressions';
import { CONTINUE, FORWARD, type Signal } from '../plan/step.js';
import { PolicyError } from '../run/policy-error.js';
import type { HttpResponse } from '../run/services.js';
import { snapshotRequest } from '../run/snapshot.js';
import { defineHandler } from './define.js';
import { TimeLimitExceeded, withTimeLimit } from './limits/outgoing.js';

const DEFAULT_TIMEOUT_SECONDS = 300;

function backendFailure(reason: 'Timeout' | 'BackendConnectionFailure', message: string): PolicyError {
  // API Management answers both with its generic 500; LastError carries the detail.
  return new PolicyError({ reason, message, status: 500, responseMessage: 'Internal server error' });
}

/**
 * `<forward-request>`: hands the request, as the policies left it, to the backend callback and
 * makes its answer `context.Response` for outbound. Without a callback the run ends here with a
 * `forward` outcome. A callback that throws is a `BackendConnectionFailure`; one slower than
 * `timeout` (seconds, default 300) or `timeout-ms` a `Timeout`. With
 * `fail-on-error-status-code="true"` a 400–599 answer goes to on-error.
 */
export const forwardRequest = defineHandler('forward-request', (element, _origin, planner) => {
  const timeout = planner.value(element, 'timeout', 'int', String(DEFAULT_TIMEOUT_SECONDS));
  const timeoutMs = planner.value(element, 'timeout-ms', 'int');
  const failOnError = planner.value(element, 'fail-on-error-status-code', 'bool', 'false');
  return (state, step): Signal | Promise<Signal> => {
    const request = snapshotRequest(state.context.Request);
    state.forwarded = request;
    const backend = state.services.backend;
    if (backend === null) {
      state.record(step, 'backend', `no backend callback: ready to forward ${request.method} ${request.url}`);
      return FORWARD;
    }
    const limit = timeoutMs === null ? timeout.get(state) * 1000 : timeoutMs.get(state);
    const fail = failOnError.get(state);
    state.record(step, 'backend', `forwards ${request.method} ${request.url}`);
    let answer: HttpResponse | Promise<HttpResponse>;
    try {
      answer = backend({ ...request, timeoutMs: limit });
    } catch (error) {
      throw backendFailure('BackendConnectionFailure', `The backend callback failed: ${String(error)}`);
    }
    const receive = (response: HttpResponse): Signal => {
      state.context.replaceResponse(
        createResponse({
          statusCode: response.status,
          ...(response.reason === undefined ? {} : { statusReason: response.reason }),
          headers: response.headers ?? {},
          body: response.body ?? null,
        }),
      );
      state.record(step, 'backend', `backend answered ${response.status}`, { status: response.status });
      if (fail && response.status >= 400 && response.status <= 599)
        return state.fail(
          new PolicyError({
            reason: 'BackendStatusCodeError',
            message: `The backend answered ${response.status} and fail-on-error-status-code is true`,
            status: response.status,
          }),
          step,
        );
      return CONTINUE;
    };
    if (!(answer instanceof Promise)) return receive(answer);
    return withTimeLimit(answer, limit).then(receive, (error: unknown) => {
      if (error instanceof PolicyError) throw error;
      if (error instanceof TimeLimitExceeded)
        throw backendFailure('Timeout', `Request to the backend timed out after ${limit} ms`);
      throw backendFailure('BackendConnectionFailure', `The backend callback failed: ${String(error)}`);
    });
  };
});
