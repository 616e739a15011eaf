import { environment } from '../environment.js';
import { type Guid, parseGuid } from '../text/guid.js';
import { DateTime, DateTimeKind } from '../time/date-time.js';
import { runtimeTypeNamed } from '../type-resolver.js';
import { X509Certificate2 } from '../x509/x509-certificate2.js';
import type {
  ApiInit,
  ContextInit,
  DeploymentInit,
  NamedInit,
  ProductInit,
  RequestInit,
  ResponseInit,
  SubscriptionInit,
  UserInit,
} from './context-init.js';
import {
  Api,
  AzureVnetInfo,
  Backend,
  BackendType,
  CarbonIntensityCategory,
  Deployment,
  entityArray,
  Gateway,
  GraphQLContext,
  GraphQLDataObject,
  Group,
  LastError,
  Operation,
  PrivateEndpointConnection,
  Product,
  ProductState,
  Subscription,
  SubscriptionKeyParameterNames,
  SustainabilityInfo,
  User,
  UserIdentity,
  Workspace,
} from './entities.js';
import { FrozenDictionary } from './frozen-dictionary.js';
import { bodyOf, headerEntries, ProxyRequest, ProxyResponse } from './messages.js';
import { ProxyRequestContext } from './proxy-request-context.js';
import { ProxyUrl } from './proxy-url.js';
import { reasonPhrase } from './reason-phrases.js';
import { VariablesDictionary } from './variables-dictionary.js';

const DEFAULT_URL = 'https://contoso.azure-api.net/echo/resource';
const DEFAULT_SERVICE_URL = 'https://echoapi.cloudapp.net/api';
const DEFAULT_SERVICE_ID =
  '/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/contoso/providers/Microsoft.ApiManagement/service/contoso';

/** An instant given as epoch milliseconds or ISO-8601 text, as a UTC `DateTime`. */
export function utcDateTime(value: number | string): DateTime {
  const milliseconds = typeof value === 'number' ? value : Date.parse(value);
  if (Number.isNaN(milliseconds)) throw new Error(`'${value}' is not an instant`);
  return DateTime.fromUnixMilliseconds(milliseconds, DateTimeKind.Utc);
}

function nullableDate(value: number | string | null | undefined): DateTime | null {
  return value === null || value === undefined ? null : utcDateTime(value);
}

function groups(items: readonly NamedInit[] = []): Group[] {
  return entityArray(
    items.map((group) => new Group(group.id ?? 'developers', group.name ?? 'Developers')),
    'IGroup',
  );
}

/** `IApi`/`IContextApi` of an init (the echo API by default). */
export function createApi(init: ApiInit = {}): Api {
  const keys = init.subscriptionKeyParameterNames ?? {};
  return new Api(
    init.id ?? 'echo-api',
    init.name ?? 'Echo API',
    init.path ?? 'echo',
    entityArray(init.protocols ?? ['https'], 'string'),
    new ProxyUrl(init.serviceUrl ?? DEFAULT_SERVICE_URL),
    new SubscriptionKeyParameterNames(
      keys.header ?? 'Ocp-Apim-Subscription-Key',
      keys.query ?? 'subscription-key',
    ),
    init.isCurrentRevision ?? true,
    init.revision ?? '1',
    init.version ?? null,
  );
}

function createProduct(init: ProductInit): Product {
  return new Product(
    entityArray((init.apis ?? []).map(createApi), 'IApi'),
    init.approvalRequired ?? false,
    groups(init.groups),
    init.id ?? 'starter',
    init.name ?? 'Starter',
    ProductState[init.state ?? 'Published'],
    init.subscriptionsLimit ?? null,
    init.subscriptionRequired ?? true,
  );
}

function createSubscription(init: SubscriptionInit): Subscription {
  const primaryKey = init.primaryKey ?? '00000000000000000000000000000001';
  return new Subscription(
    utcDateTime(init.createdDate ?? '2024-01-01T00:00:00Z'),
    nullableDate(init.endDate),
    init.id ?? 'subscription-1',
    init.key ?? primaryKey,
    init.name ?? 'Subscription 1',
    primaryKey,
    init.secondaryKey ?? '00000000000000000000000000000002',
    nullableDate(init.startDate),
  );
}

function createUser(init: UserInit): User {
  return new User(
    init.email ?? 'developer@contoso.com',
    init.firstName ?? 'Dev',
    groups(init.groups),
    init.id ?? 'user-1',
    entityArray(
      (init.identities ?? []).map(
        (identity) => new UserIdentity(identity.id ?? 'user-1', identity.provider ?? 'Basic'),
      ),
      'IUserIdentity',
    ),
    init.lastName ?? 'Eloper',
    init.note ?? '',
    utcDateTime(init.registrationDate ?? '2024-01-01T00:00:00Z'),
  );
}

function createDeployment(init: DeploymentInit = {}): Deployment {
  const gateway = init.gateway ?? {};
  const certificates = new FrozenDictionary<string, X509Certificate2>(
    [runtimeTypeNamed('string'), runtimeTypeNamed('X509Certificate2')],
    (init.certificates ?? []).map(
      (source) => [source.thumbprint.toUpperCase(), new X509Certificate2(source)] as const,
    ),
  );
  return new Deployment(
    new Gateway(gateway.id ?? 'managed', gateway.instanceId ?? 'managed', gateway.isManaged ?? true),
    init.gatewayId ?? 'managed',
    init.region ?? 'West US',
    init.serviceId ?? DEFAULT_SERVICE_ID,
    init.serviceName ?? 'contoso',
    new SustainabilityInfo(CarbonIntensityCategory[init.carbonIntensity ?? 'NotAvailable']),
    certificates,
  );
}

function createRequest(init: RequestInit = {}): ProxyRequest {
  const originalUrl = init.originalUrl ?? DEFAULT_URL;
  const pec = init.privateEndpointConnection;
  const vnet = init.azureVnetInfo;
  return new ProxyRequest(
    init.method ?? 'GET',
    new ProxyUrl(init.url ?? originalUrl),
    new ProxyUrl(originalUrl),
    headerEntries(init.headers),
    bodyOf(init.body),
    init.ipAddress ?? '127.0.0.1',
    init.matchedParameters ?? {},
    init.certificate === null || init.certificate === undefined
      ? null
      : new X509Certificate2(init.certificate),
    pec === null || pec === undefined
      ? null
      : new PrivateEndpointConnection(
          pec.name ?? 'connection',
          pec.groupId ?? 'Gateway',
          pec.memberName ?? 'Gateway',
        ),
    vnet === null || vnet === undefined
      ? null
      : new AzureVnetInfo(
          vnet.vnetTrafficTag ?? '',
          vnet.subnetId ?? '',
          vnet.privateLinkId ?? '',
          vnet.snatVip ?? '',
        ),
  );
}

/** A response (the default response, return-response's fresh one, or a send-request result). */
export function createResponse(init: ResponseInit = {}): ProxyResponse {
  const statusCode = init.statusCode ?? 200;
  return new ProxyResponse(
    statusCode,
    init.statusReason ?? reasonPhrase(statusCode),
    headerEntries(init.headers),
    bodyOf(init.body),
  );
}

/** A GUID's dashed form (`D`), the form gateways and `randomUUID` give. */
const DASHED_GUID = /^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$/;

/**
 * A request id: null for a new one (made on first read), text kept as text when it is a dashed
 * GUID (parsed on first read), else parsed now so that bad text fails here.
 */
function requestIdOf(text: string | undefined): Guid | string | null {
  if (text === undefined) return null;
  return DASHED_GUID.test(text) ? text : parseGuid(text, 'requestId');
}

/** Present-and-not-null helper: absent and null both mean "no such entity". */
function optional<I, T>(init: I | null | undefined, make: (init: I) => T): T | null {
  return init === null || init === undefined ? null : make(init);
}

/**
 * The parts of a context that stay the same from request to request for one caller identity and
 * deployment: API, operation, product, subscription, user, workspace, backend and deployment.
 * Expressions cannot change them, so a gateway may build them once (`createContextEntities`) and
 * give them to `createContext` for every request.
 */
export interface ContextEntities {
  readonly api: Api | null;
  readonly operation: Operation | null;
  readonly product: Product | null;
  readonly subscription: Subscription | null;
  readonly user: User | null;
  readonly workspace: Workspace | null;
  readonly backend: Backend | null;
  readonly deployment: Deployment;
}

/** The entities of an init (see `ContextEntities`); its request-specific fields are ignored. */
export function createContextEntities(init: ContextInit = {}): ContextEntities {
  return {
    api: init.api === undefined ? createApi() : optional(init.api, createApi),
    operation:
      init.operation === undefined
        ? new Operation('get-resource', 'GET', 'Get resource', '/resource')
        : optional(
            init.operation,
            (o) =>
              new Operation(
                o.id ?? 'get-resource',
                o.method ?? 'GET',
                o.name ?? 'Get resource',
                o.urlTemplate ?? '/resource',
              ),
          ),
    product: optional(init.product, createProduct),
    subscription: optional(init.subscription, createSubscription),
    user: optional(init.user, createUser),
    workspace: optional(init.workspace, (w) => new Workspace(w.id ?? 'workspace-1', w.name ?? 'Workspace 1')),
    backend: optional(
      init.backend,
      (b) => new Backend(b.azureRegion ?? '', b.id ?? 'backend-1', BackendType[b.type ?? 'Single']),
    ),
    deployment: createDeployment(init.deployment),
  };
}

/**
 * Builds the `context` of policy expressions from plain data (see `ContextInit` for the
 * defaults). `entities`, when given, stand for the init's API, operation, product, subscription,
 * user, workspace, backend and deployment (see `createContextEntities`). The default `timestamp`
 * comes from the clock of the environment current at creation (`withEnvironment`); the default
 * `requestId` from the random source of the environment current when it is first read. The type
 * model must be loaded (`import '.../model/library/index.js'`).
 */
export function createContext(
  init: ContextInit = {},
  entities: ContextEntities = createContextEntities(init),
): ProxyRequestContext {
  return new ProxyRequestContext({
    api: entities.api,
    backend: entities.backend,
    deployment: entities.deployment,
    graphQL: optional(
      init.graphQL,
      (g) =>
        new GraphQLContext(
          new GraphQLDataObject(g.arguments ?? null),
          new GraphQLDataObject(g.parent ?? null),
        ),
    ),
    lastError: optional(
      init.lastError,
      (e) =>
        new LastError(
          e.source ?? '',
          e.reason ?? '',
          e.message ?? '',
          e.scope ?? '',
          e.section ?? '',
          e.path ?? '',
          e.policyId ?? '',
        ),
    ),
    operation: entities.operation,
    product: entities.product,
    request: createRequest(init.request),
    requestId: requestIdOf(init.requestId),
    response: createResponse(init.response),
    subscription: entities.subscription,
    timestamp: utcDateTime(init.timestamp ?? environment().now()),
    tracing: init.tracing ?? false,
    user: entities.user,
    variables: new VariablesDictionary([
      ...Object.entries(init.variables ?? {}),
      ...Object.entries(init.responseVariables ?? {}).map(
        ([name, response]) => [name, createResponse(response)] as const,
      ),
    ]),
    workspace: entities.workspace,
    trace: init.trace ?? null,
  });
}

/** A `LastError` for the policy engine to put in `context.LastError`. */
export function createLastError(init: {
  source: string;
  reason?: string;
  message: string;
  scope?: string;
  section?: string;
  path?: string;
  policyId?: string;
}): LastError {
  return new LastError(
    init.source,
    init.reason ?? '',
    init.message,
    init.scope ?? '',
    init.section ?? '',
    init.path ?? '',
    init.policyId ?? '',
  );
}
