import { createContext, type Diagnostic, type ProxyRequestContext, ProxyUrl } from '@apim-policy/expressions';
import type { AttributeNode } from '../document/model.js';
import { planDiagnostic } from '../plan/messages.js';
import { CONTINUE } from '../plan/step.js';
import type { Value } from '../plan/values.js';
import { PolicyError } from '../run/policy-error.js';
import type { RunState } from '../run/state.js';
import { defineHandler } from './define.js';

/**
 * The backend base of the request: the URL's scheme, host and port (`origin`) and the path prefix
 * the API's service URL (or a `base-url`) gives, without a trailing `/` (`path`). The backend URL
 * is the base, then the operation-relative path, then the query; set-backend-service replaces
 * the base and rewrite-uri the operation-relative path.
 */
export interface BackendBase {
  readonly origin: string;
  readonly path: string;
}

const BACKEND_BASE = Symbol('backend base');

/** `scheme://host[:port]` of a URL, the port left out when it is the scheme's default. */
export function originOf(url: ProxyUrl): string {
  return `${url.Scheme}://${url.Host}${url.isDefaultPort ? '' : `:${url.Port}`}`;
}

function trimSlashes(path: string): string {
  return path.replace(/\/+$/, '');
}

function underPath(path: string, prefix: string): boolean {
  return prefix === '' || path === prefix || path.startsWith(`${prefix}/`);
}

/**
 * The current backend base. Until a set-backend-service changed it, it is the API's service URL
 * when the request URL lies under it (as `backendUrl` composed it when the run started), else the
 * URL's origin with no path prefix (a request outside the API's URL suffix keeps its URL).
 */
export function backendBase(state: RunState): BackendBase {
  const kept = state.scratch.get(BACKEND_BASE) as BackendBase | undefined;
  if (kept !== undefined) return kept;
  const url = state.context.Request.Url;
  const service = state.context.Api?.ServiceUrl ?? null;
  if (service !== null) {
    const path = trimSlashes(service.Path);
    if (originOf(service) === originOf(url) && underPath(url.Path, path))
      return { origin: originOf(url), path };
  }
  return { origin: originOf(url), path: '' };
}

/** The operation-relative path of the request URL (after the base's path prefix): `""` or `/...`. */
export function relativePath(state: RunState, base: BackendBase): string {
  const path = state.context.Request.Url.Path;
  return underPath(path, base.path) ? path.slice(base.path.length) : path;
}

/** Records a new backend base (the request URL is the caller's to change). */
export function keepBackendBase(state: RunState, base: BackendBase): void {
  state.scratch.set(BACKEND_BASE, base);
}

function invalidUrl(text: string, detail: string): PolicyError {
  return new PolicyError({
    reason: 'InvalidBackendUrl',
    message: `'${text}' is not a valid backend URL: ${detail}`,
    status: 500,
    responseMessage: 'Internal server error',
  });
}

/** A base URL as text: an absolute http or https URL, or a reason why not. */
function parseBaseUrl(text: string): ProxyUrl | string {
  let url: ProxyUrl;
  try {
    url = new ProxyUrl(text.trim());
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  }
  if (url.Scheme !== 'http' && url.Scheme !== 'https')
    return `the scheme must be http or https, not ${url.Scheme}`;
  return url;
}

/** Replaces the base of the request URL, keeping the operation-relative path and the query. */
function replaceBase(state: RunState, text: string): BackendBase {
  const parsed = parseBaseUrl(text);
  if (typeof parsed === 'string') throw invalidUrl(text, parsed);
  const url = state.context.Request.Url;
  const relative = relativePath(state, backendBase(state));
  const query = url.QueryString;
  const entries = url.Query.entries();
  const base = { origin: originOf(parsed), path: trimSlashes(parsed.Path) };
  url.assign(`${base.origin}${base.path}${relative}`);
  if (parsed.QueryString === '') url.setQueryString(query);
  else {
    // A query in base-url comes first; the request's parameters follow.
    url.setQueryString(parsed.QueryString);
    for (const [name, values] of entries) url.Query.append(name, values);
  }
  keepBackendBase(state, base);
  return base;
}

/** `http://localhost:3500/v1.0/invoke/{app-id}[.{namespace}]/method/{method}`, the request's query kept. */
function routeToDapr(state: RunState, app: string, namespace: string | null, method: string): BackendBase {
  const url = state.context.Request.Url;
  const query = url.QueryString;
  const base = {
    origin: 'http://localhost:3500',
    path: `/v1.0/invoke/${app}${namespace === null || namespace === '' ? '' : `.${namespace}`}/method/${method.replace(/^\/+/, '')}`,
  };
  url.assign(`${base.origin}${base.path}`);
  url.setQueryString(query);
  keepBackendBase(state, base);
  return base;
}

type Backend = NonNullable<ProxyRequestContext['Backend']>;

/**
 * `context.Backend` for a backend id. The expressions package builds `IBackend` only inside a
 * context, so one is made for it (fixed timestamp and request id: nothing random or timed).
 */
function backendEntity(id: string): Backend {
  const made = createContext({
    api: null,
    operation: null,
    backend: { id, type: 'Single' },
    timestamp: 0,
    requestId: '00000000-0000-0000-0000-000000000000',
  }).Backend;
  if (made === null) throw new Error('createContext did not build the backend it was given');
  return made;
}

/** The Service Fabric attributes read as text (`sf-resolve-condition` is a Boolean). */
const SERVICE_FABRIC = [
  'sf-service-instance-name',
  'sf-partition-key',
  'sf-listener-name',
  'sf-replica-type',
] as const;

/**
 * `<set-backend-service>`: where forward-request sends the request.
 *
 * - `base-url` replaces the backend base (scheme, host, port and the service URL's path prefix)
 *   of `context.Request.Url`; the operation-relative path and the query stay (a query inside
 *   `base-url` is placed before the request's parameters). A literal that is not an absolute
 *   http(s) URL is a load error; an expression's is a run failure with reason `InvalidBackendUrl`
 *   (500; the reason is this engine's, no source gives one).
 * - `backend-id` names a backend entity of the instance. This engine has no backend registry, so
 *   the entity's URL is unknown: `context.Backend` becomes a single backend with that `Id`, the
 *   trace records the id, and the URL stays as it was (or as `base-url` sets it when both are
 *   given). The rule that a `backend-id` inherited through `<base/>` can only be overridden by
 *   another `backend-id` is not enforced.
 * - `dapr-app-id` (with `backend-id="dapr"`) sends the request to the Dapr sidecar, as documented:
 *   `http://localhost:3500/v1.0/invoke/{app-id}[.{dapr-namespace}]/method/{dapr-method}`; the
 *   request's query stays (not documented either way).
 * - Service Fabric attributes (`sf-*`) are evaluated and recorded in the trace; resolving a
 *   Service Fabric service is not possible here, so they do not change the URL.
 *
 * Without `base-url`, `backend-id` and `dapr-app-id` the policy is a load error (API Management
 * requires one).
 */
export const setBackendService = defineHandler('set-backend-service', (element, _origin, planner) => {
  const baseUrl = planner.value(element, 'base-url', 'string');
  const backendId = planner.value(element, 'backend-id', 'string');
  const daprApp = planner.value(element, 'dapr-app-id', 'string');
  const daprMethod = planner.value(element, 'dapr-method', 'string');
  const daprNamespace = planner.value(element, 'dapr-namespace', 'string');
  const serviceFabric: [string, Value<string> | Value<boolean>][] = [];
  const resolveCondition = planner.value(element, 'sf-resolve-condition', 'bool');
  if (resolveCondition !== null) serviceFabric.push(['sf-resolve-condition', resolveCondition]);
  for (const name of SERVICE_FABRIC) {
    const value = planner.value(element, name, 'string');
    if (value !== null) serviceFabric.push([name, value]);
  }

  const baseAttribute = planner.attribute(element, 'base-url');
  if (baseUrl !== null && baseUrl.literal !== null && baseAttribute !== undefined) {
    const parsed = parseBaseUrl(baseUrl.literal);
    if (typeof parsed === 'string') planner.report(invalidValue(baseAttribute, parsed));
  }
  if (baseUrl === null && backendId === null && daprApp === null)
    planner.report(
      planDiagnostic('invalid-policy-value', element, {
        value: '',
        attribute: 'base-url',
        element: 'set-backend-service',
        detail: 'set-backend-service needs base-url or backend-id',
      }),
    );
  const daprAttribute = planner.attribute(element, 'dapr-app-id');
  if (daprAttribute !== undefined && daprMethod === null)
    planner.report(invalidValue(daprAttribute, 'dapr-app-id needs dapr-method, the method to invoke'));

  return (state, step) => {
    const id = backendId === null ? null : backendId.get(state);
    const data: Record<string, unknown> = {};
    if (id !== null) {
      state.context.Backend = backendEntity(id);
      data.backendId = id;
    }
    let base: BackendBase | null = null;
    if (daprApp !== null) {
      const app = daprApp.get(state);
      const namespace = daprNamespace === null ? null : daprNamespace.get(state);
      const method = daprMethod === null ? '' : daprMethod.get(state);
      base = routeToDapr(state, app, namespace, method);
      data.dapr = { appId: app, namespace, method };
    } else if (baseUrl !== null) {
      base = replaceBase(state, baseUrl.get(state));
    }
    if (serviceFabric.length > 0)
      data.serviceFabric = Object.fromEntries(serviceFabric.map(([name, value]) => [name, value.get(state)]));
    const url = state.context.Request.Url.ToString();
    data.url = url;
    if (state.trace !== null)
      state.record(
        step,
        'policy',
        base !== null
          ? `backend base ${base.origin}${base.path}${id === null ? '' : ` (backend ${id})`}: ${url}`
          : `backend ${id ?? ''} selected: no backend registry, the URL stays ${url}${serviceFabric.length > 0 ? ' (Service Fabric resolution is not available)' : ''}`,
        data,
      );
    return CONTINUE;
  };
});

function invalidValue(attribute: AttributeNode, detail: string): Diagnostic {
  return planDiagnostic('invalid-policy-value', attribute, {
    value: attribute.value,
    attribute: attribute.name,
    element: 'set-backend-service',
    detail,
  });
}
