import type { ProxyRequest, ProxyResponse } from '@apim-policy/expressions';
import type { ForwardedRequest, HeaderValues, LastErrorOutcome, ResponseOutcome } from '../outcome/types.js';
import type { RunState } from './state.js';

function headersOf(message: ProxyRequest | ProxyResponse): HeaderValues {
  const headers: Record<string, readonly string[]> = {};
  // Reading `Headers` builds the dictionary: a message without headers skips it.
  if (message.hasNoHeaders) return headers;
  for (const [name, values] of message.Headers.entries()) headers[name] = [...values];
  return headers;
}

/** A response as data. */
export function snapshotResponse(response: ProxyResponse): ResponseOutcome {
  return {
    status: response.StatusCode,
    reason: response.StatusReason,
    headers: headersOf(response),
    body: response.Body === null ? null : response.Body.text(),
  };
}

/** The request as the backend would receive it. */
export function snapshotRequest(request: ProxyRequest): ForwardedRequest {
  return {
    method: request.Method,
    url: request.Url.ToString(),
    headers: headersOf(request),
    body: request.Body === null ? null : request.Body.text(),
  };
}

/** `context.Variables` as a record of runtime values. */
export function snapshotVariables(state: RunState): Record<string, unknown> {
  const variables: Record<string, unknown> = {};
  for (const pair of state.context.Variables) variables[pair.Key] = pair.Value;
  return variables;
}

/** `context.LastError` as data, or null. */
export function snapshotLastError(state: RunState): LastErrorOutcome | null {
  const error = state.context.LastError;
  if (error === null) return null;
  return {
    source: error.Source,
    reason: error.Reason,
    message: error.Message,
    scope: error.Scope,
    section: error.Section,
    path: error.Path,
    policyId: error.PolicyId,
  };
}
