import { createResponse } from '@apim-policy/expressions';
import { CONTINUE, RESPOND } from '../plan/step.js';
import { defineHandler } from './define.js';

/**
 * `<mock-response status-code content-type>`: ends the pipeline with a fresh response, as
 * return-response does (no backend, no outbound, no on-error): `status-code` (default 200) with
 * its standard reason, `Content-Type` when `content-type` is given. The gateway would answer with
 * the operation's example or a sample generated from its schema; this engine knows no API
 * definition, so the body is empty and `index` has no effect. `enabled="false"` turns the policy
 * off (the trace says so).
 */
export const mockResponse = defineHandler('mock-response', (element, _origin, planner) => {
  const enabled = planner.value(element, 'enabled', 'bool', 'true');
  const status = planner.value(element, 'status-code', 'int', '200');
  const contentType = planner.attribute(element, 'content-type')?.value ?? null;
  return (state, step) => {
    if (!enabled.get(state)) {
      state.record(step, 'policy', 'mock-response is disabled (enabled="false")');
      return CONTINUE;
    }
    const response = createResponse({
      statusCode: status.get(state),
      headers: contentType === null ? {} : { 'Content-Type': contentType },
    });
    state.context.replaceResponse(response);
    state.record(step, 'policy', `mocks ${response.StatusCode} ${response.StatusReason}: the pipeline ends`, {
      status: response.StatusCode,
      ...(contentType === null ? {} : { contentType }),
    });
    return RESPOND;
  };
});
