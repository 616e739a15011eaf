import { createResponse, toDotnetString } from '@apim-policy/expressions';
import type { ElementNode } from '../document/model.js';
import { planDiagnostic } from '../plan/messages.js';
import type { Planner } from '../plan/planner.js';
import { CONTINUE, type Signal } from '../plan/step.js';
import { expressionFailure, PolicyError } from '../run/policy-error.js';
import type { HttpResponse, OutgoingRequest } from '../run/services.js';
import { snapshotRequest } from '../run/snapshot.js';
import type { RunState } from '../run/state.js';
import { defineHandler } from './define.js';
import { isTimeout, OutgoingHeaders, withTimeLimit } from './limits/outgoing.js';

const DEFAULT_TIMEOUT_SECONDS = 60;
const HEADER_ACTIONS = ['override', 'skip', 'append', 'delete'] as const;
/** Children of send-request this engine does not execute. */
const NOT_EXECUTED = new Set([
  'authentication-certificate',
  'authentication-token',
  'authentication-token-store',
  'authentication-managed-identity',
  'proxy',
]);

/** What the request being built looks like while the children apply. */
interface Draft {
  method: string;
  url: string;
  readonly headers: OutgoingHeaders;
  body: string | null;
}

type Change = (state: RunState, draft: Draft) => void;

function planHeader(element: ElementNode, planner: Planner): Change {
  const name = planner.value(element, 'name', 'string', '');
  const exists = planner.value(element, 'exists-action', 'string', 'override');
  const values = planner.elements(element, 'value').map((value) => planner.text(value, 'string'));
  return (state, draft) => {
    const header = name.get(state);
    const actionText = exists.get(state);
    const action = HEADER_ACTIONS.find((known) => known === actionText.trim().toLowerCase());
    if (action === undefined)
      throw expressionFailure(
        `'${actionText}' is not a valid exists-action: expected override, skip, append or delete.`,
      );
    const given = values.map((value) =>
      value.literal === null ? value.get(state) : value.get(state).trim(),
    );
    if (action === 'delete') draft.headers.delete(header);
    else if (action === 'append') draft.headers.append(header, given);
    else if (action === 'override' || !draft.headers.has(header)) draft.headers.set(header, given);
  };
}

function bodyText(value: unknown): string {
  if (value === null) return '';
  if (typeof value === 'string') return value;
  if (value instanceof Uint8Array) return new TextDecoder().decode(value);
  return toDotnetString(value);
}

/**
 * The changes `set-url`, `set-method`, `set-header` and `set-body` make, in document order. The
 * other children (authentication-*, proxy) are not executed: reported at load as any policy the
 * engine does not execute (an error in strict mode; in lenient mode a warning, and skipped with a
 * trace entry).
 */
function planChildren(element: ElementNode, planner: Planner): Change[] {
  const changes: Change[] = [];
  for (const child of element.children) {
    if (child.type !== 'Element') continue;
    switch (child.name) {
      case 'set-url': {
        const url = planner.text(child, 'string');
        changes.push((state, draft) => {
          draft.url = url.get(state).trim();
        });
        break;
      }
      case 'set-method': {
        const method = planner.text(child, 'string');
        changes.push((state, draft) => {
          draft.method = method.get(state).trim().toUpperCase();
        });
        break;
      }
      case 'set-header':
        changes.push(planHeader(child, planner));
        break;
      case 'set-body': {
        const template = planner.attribute(child, 'template')?.value.trim().toLowerCase() ?? 'none';
        if (template === 'liquid')
          planner.report(
            planDiagnostic('liquid-not-supported', child, { detail: 'Liquid templates in send-request' }),
          );
        const content = planner.text(child, 'object');
        changes.push((state, draft) => {
          draft.body = bodyText(content.get(state));
        });
        break;
      }
      default: {
        // Unknown children are the catalog's to report.
        if (!NOT_EXECUTED.has(child.name)) break;
        planner.report(
          planDiagnostic(planner.mode === 'strict' ? 'policy-not-executable' : 'policy-skipped', child, {
            name: child.name,
          }),
        );
        const name = child.name;
        changes.push((state) => {
          state.note(
            'skipped',
            `<${name}> inside send-request is not executed by this engine (lenient mode)`,
          );
        });
      }
    }
  }
  return changes;
}

function transportFailure(reason: 'Timeout' | 'BackendConnectionFailure', message: string): PolicyError {
  return new PolicyError({ reason, message, status: 500, responseMessage: 'Internal server error' });
}

/**
 * `<send-request mode response-variable-name timeout ignore-error>`: sends a request through the
 * run's `transport` and stores the answer, an `IResponse` expressions read
 * (`((IResponse)context.Variables["x"]).Body.As<string>()`), in `response-variable-name`.
 *
 * - `mode="new"` (default) starts from an empty GET; `copy` from the current request (method, URL,
 *   headers, body). `set-url`, `set-method`, `set-header` (exists-action as set-header's) and
 *   `set-body` change it in document order; a Liquid `set-body` template is reported at load.
 * - `timeout` seconds (default 60) or `timeout-ms` is passed to the transport; a transport answering
 *   by promise is also cut off after it (wall time).
 * - A transport that throws or rejects is a `BackendConnectionFailure`; a time-out (or a transport
 *   error named `TimeoutError`/`AbortError`) a `Timeout`; a URL that is not absolute a
 *   `BackendConnectionFailure`. With `ignore-error="true"` the variable is set to null and the
 *   pipeline goes on (LastError is not set); otherwise the run goes to on-error with a 500.
 * - `fail-on-error-status-code="true"`: a 400–599 answer fails the same way (reason
 *   `BackendStatusCodeError`, as forward-request's); `ignore-error` does not apply to it.
 * - Without a transport in the run's services the policy fails with reason `TransportNotConfigured`
 *   (a 500), whatever `ignore-error` says: the run cannot say what the call would have returned.
 * - `buffer-response` has no effect (answers are always buffered).
 */
export const sendRequest = defineHandler('send-request', (element, _origin, planner) => {
  const mode = planner.value(element, 'mode', 'string', 'new');
  const variable = planner.attribute(element, 'response-variable-name')?.value ?? null;
  const timeout = planner.value(element, 'timeout', 'int', String(DEFAULT_TIMEOUT_SECONDS));
  const timeoutMs = planner.value(element, 'timeout-ms', 'int');
  const ignoreError = planner.value(element, 'ignore-error', 'bool', 'false');
  const failOnError = planner.value(element, 'fail-on-error-status-code', 'bool', 'false');
  const changes = planChildren(element, planner);
  return (state, step): Signal | Promise<Signal> => {
    const transport = state.services.transport;
    if (transport === null)
      throw new PolicyError({
        reason: 'TransportNotConfigured',
        message:
          'send-request has no transport: give services.transport to loadPolicy/compilePolicy or to run',
        status: 500,
        responseMessage: 'Internal server error',
      });
    const modeText = mode.get(state).trim().toLowerCase();
    if (modeText !== 'new' && modeText !== 'copy')
      throw expressionFailure(`'${modeText}' is not a valid mode: expected new or copy.`);
    const copied = modeText === 'copy' ? snapshotRequest(state.context.Request) : null;
    const draft: Draft = {
      method: copied?.method ?? 'GET',
      url: copied?.url ?? '',
      headers: new OutgoingHeaders(copied?.headers ?? {}),
      body: copied?.body ?? null,
    };
    for (const change of changes) change(state, draft);
    const limit = timeoutMs === null ? timeout.get(state) * 1000 : timeoutMs.get(state);
    const ignore = ignoreError.get(state);
    const request: OutgoingRequest = {
      method: draft.method,
      url: draft.url,
      headers: draft.headers.toRecord(),
      body: draft.body,
      timeoutMs: limit,
    };

    const failed = (failure: PolicyError): Signal => {
      if (!ignore) throw failure;
      if (variable !== null) state.context.Variables.set(variable, null);
      state.record(
        step,
        'policy',
        `${failure.reason}: ${failure.message}; ignore-error: ${variable ?? 'no variable'} = null`,
        {
          reason: failure.reason,
          message: failure.message,
        },
      );
      return CONTINUE;
    };
    const failedWith = (error: unknown): Signal =>
      failed(
        isTimeout(error)
          ? transportFailure('Timeout', `send-request to ${request.url} timed out after ${limit} ms`)
          : transportFailure(
              'BackendConnectionFailure',
              `send-request to ${request.url} failed: ${String(error)}`,
            ),
      );
    const receive = (answer: HttpResponse): Signal => {
      const response = createResponse({
        statusCode: answer.status,
        ...(answer.reason === undefined ? {} : { statusReason: answer.reason }),
        headers: answer.headers ?? {},
        body: answer.body ?? null,
      });
      if (failOnError.get(state) && answer.status >= 400 && answer.status <= 599)
        throw new PolicyError({
          reason: 'BackendStatusCodeError',
          message: `send-request to ${request.url} answered ${answer.status} and fail-on-error-status-code is true`,
          status: 500,
          responseMessage: 'Internal server error',
        });
      if (variable !== null) state.context.Variables.set(variable, response);
      state.record(
        step,
        'policy',
        `${request.method} ${request.url} answered ${answer.status}${variable === null ? '' : ` → ${variable}`}`,
        {
          method: request.method,
          url: request.url,
          status: answer.status,
        },
      );
      return CONTINUE;
    };

    if (!URL.canParse(request.url))
      return failed(
        transportFailure('BackendConnectionFailure', `send-request has no absolute URL: '${request.url}'`),
      );
    let answer: HttpResponse | Promise<HttpResponse>;
    try {
      answer = transport(request);
    } catch (error) {
      return failedWith(error);
    }
    if (!(answer instanceof Promise)) return receive(answer);
    return withTimeLimit(answer, limit).then(receive, failedWith);
  };
});
