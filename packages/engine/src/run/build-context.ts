import {
  type ContextEntities,
  type ContextInit,
  createContext,
  createContextEntities,
  type ProxyRequestContext,
} from '@apim-policy/expressions';
import { decodeInput } from '../certificates/certificate-input.js';
import { CertificateView } from '../certificates/certificate-view.js';
import type { DeploymentDescription, IdentityDescription, RequestDescription } from './description.js';

const DEFAULT_SERVICE_URL = 'https://echoapi.cloudapp.net/api';

/**
 * `context.Request.Url`: the backend URL. The API's URL suffix is taken off the path the client
 * called and the rest goes after the API's service URL, query included (API Management's
 * composition). A URL outside the API's suffix stays as the client sent it.
 */
function backendUrl(originalUrl: string, apiPath: string, serviceUrl: string): string {
  const url = new URL(originalUrl);
  const suffix = `/${apiPath.replace(/^\/+|\/+$/g, '')}`;
  const path = url.pathname;
  let rest: string;
  if (suffix === '/') rest = path;
  else if (path === suffix || path.startsWith(`${suffix}/`)) rest = path.slice(suffix.length);
  else return originalUrl;
  const base = serviceUrl.replace(/\/+$/, '');
  return `${base}${rest === '' ? '' : rest}${url.search}`;
}

const BACKEND_URLS_LIMIT = 1024;

/**
 * `backendUrl` for one API, remembering recent answers (bounded, cleared when full): a gateway
 * sees the same URLs again and again. Without an API the URL stays as the client sent it.
 */
function backendUrlsOf(api: NonNullable<ContextInit['api']> | null): (originalUrl: string) => string {
  if (api === null) return (originalUrl) => originalUrl;
  const apiPath = api.path ?? 'echo';
  const serviceUrl = api.serviceUrl ?? DEFAULT_SERVICE_URL;
  const known = new Map<string, string>();
  return (originalUrl) => {
    let url = known.get(originalUrl);
    if (url === undefined) {
      url = backendUrl(originalUrl, apiPath, serviceUrl);
      if (known.size >= BACKEND_URLS_LIMIT) known.clear();
      known.set(originalUrl, url);
    }
    return url;
  };
}

export interface BuiltContext {
  readonly context: ProxyRequestContext;
  /** The client certificate as the run sees it (null when none reached the policy). */
  readonly requestCertificate: CertificateView | null;
  readonly deploymentCertificates: readonly CertificateView[];
}

/**
 * The parts of a run's context that only depend on the caller's identity and the deployment: a
 * loaded policy builds them once per identity object and reuses them (see `CompiledPolicy`).
 */
export interface RunEntities {
  readonly entities: ContextEntities;
  readonly deploymentCertificates: readonly CertificateView[];
  /** `context.Request.Url` for a URL the client called (see `backendUrl`). */
  readonly backendUrl: (originalUrl: string) => string;
}

export function buildEntities(identity: IdentityDescription, deployment: DeploymentDescription): RunEntities {
  const deploymentCertificates = (deployment.certificates ?? []).map(
    (input) => new CertificateView(decodeInput(input)),
  );
  const api = identity.api === undefined ? {} : identity.api;
  const entities = createContextEntities({
    api,
    ...(identity.operation === undefined ? {} : { operation: identity.operation }),
    product: identity.product ?? null,
    subscription: identity.subscription ?? null,
    user: identity.user ?? null,
    workspace: identity.workspace ?? null,
    deployment: {
      certificates: deploymentCertificates,
      ...(deployment.region === undefined ? {} : { region: deployment.region }),
      ...(deployment.serviceName === undefined ? {} : { serviceName: deployment.serviceName }),
      ...(deployment.serviceId === undefined ? {} : { serviceId: deployment.serviceId }),
      ...(deployment.gatewayId === undefined ? {} : { gatewayId: deployment.gatewayId }),
    },
  });
  return { entities, deploymentCertificates, backendUrl: backendUrlsOf(api) };
}

export function buildContext(init: {
  request: RequestDescription;
  entities: RunEntities;
  variables: Readonly<Record<string, unknown>>;
  now: number;
  requestId?: string;
  tracing: boolean;
  /** Receives `context.Trace(message)`. */
  onTrace: (message: string) => void;
}): BuiltContext {
  const { request } = init;
  const presented =
    request.negotiated === false || request.certificate === null || request.certificate === undefined
      ? null
      : request.certificate;
  const requestCertificate = presented === null ? null : new CertificateView(decodeInput(presented));
  const url = init.entities.backendUrl(request.url);
  const contextInit: ContextInit = {
    request: {
      method: request.method ?? 'GET',
      originalUrl: request.url,
      url,
      headers: request.headers ?? {},
      body: request.body ?? null,
      ipAddress: request.clientIp ?? '127.0.0.1',
      matchedParameters: request.matchedParameters ?? {},
      certificate: requestCertificate,
    },
    variables: init.variables,
    timestamp: init.now,
    ...(init.requestId === undefined ? {} : { requestId: init.requestId }),
    tracing: init.tracing,
    trace: init.onTrace,
  };
  return {
    context: createContext(contextInit, init.entities.entities),
    requestCertificate,
    deploymentCertificates: init.entities.deploymentCertificates,
  };
}
