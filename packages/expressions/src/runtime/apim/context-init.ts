import type { CertificateSource } from '../x509/certificate-source.js';

/**
 * What a context is made of, as plain data (see `createContext`). Every field is optional and
 * has a default; `createContext({})` gives an anonymous GET of
 * `https://contoso.azure-api.net/echo/resource` to the default API and operation, without
 * subscription, user or product.
 *
 * Instants are epoch milliseconds or ISO-8601 strings (`2024-01-15T10:30:00Z`). Variables hold
 * values in their object form (see `runtime/values.ts`): string, boolean, number (an `int`),
 * bigint (a `long`), `Boxed` for other value types, runtime class instances.
 */
export interface ContextInit {
  readonly request?: RequestInit;
  /** The response as expressions see it before the backend answers (default 200 OK, no body). */
  readonly response?: ResponseInit;
  readonly variables?: Readonly<Record<string, unknown>>;
  /**
   * Variables holding responses (`IResponse`), as send-request's `response-variable-name`
   * leaves them; added to `variables` after its entries.
   */
  readonly responseVariables?: Readonly<Record<string, ResponseInit>>;
  /** `context.Api`; null for a request that matched no API. */
  readonly api?: ApiInit | null;
  /** `context.Operation`; null for a request that matched no operation. */
  readonly operation?: OperationInit | null;
  /** `context.Product`; absent or null for a call without a subscription key. */
  readonly product?: ProductInit | null;
  /** `context.Subscription`; absent or null for a call without a subscription key. */
  readonly subscription?: SubscriptionInit | null;
  /** `context.User`; absent or null for an anonymous call. */
  readonly user?: UserInit | null;
  readonly deployment?: DeploymentInit;
  /** `context.Backend`; absent or null unless the request goes to a configured backend entity. */
  readonly backend?: BackendInit | null;
  /** `context.Workspace`; absent or null outside a workspace. */
  readonly workspace?: NamedInit | null;
  /** `context.LastError`; absent or null until an error occurred. */
  readonly lastError?: LastErrorInit | null;
  /** `context.GraphQL`; absent or null outside a GraphQL resolver. */
  readonly graphQL?: GraphQLInit | null;
  /** When the gateway received the request (default: the environment's clock at creation). */
  readonly timestamp?: number | string;
  /**
   * `context.RequestId` as text (default: a new GUID from the environment's random source, drawn
   * when first read).
   */
  readonly requestId?: string;
  /** Whether tracing is on (default false). */
  readonly tracing?: boolean;
  /** Receives `context.Trace(message)` calls (they are also kept in `context.traces`). */
  readonly trace?: (message: string) => void;
}

/** Header or query values: one string or several. */
export type ValuesInit = string | readonly string[];

export interface RequestInit {
  /** Default `GET`. */
  readonly method?: string;
  /** The URL the gateway will call (`context.Request.Url`); default: `originalUrl`. */
  readonly url?: string;
  /** The URL the client called; default `https://contoso.azure-api.net/echo/resource`. */
  readonly originalUrl?: string;
  readonly headers?: Readonly<Record<string, ValuesInit>>;
  /** Null or absent: no body (`context.Request.Body` is null). Text is UTF-8. */
  readonly body?: string | Uint8Array | null;
  /** Default `127.0.0.1`. */
  readonly ipAddress?: string;
  /** URL-template parameters of the matched operation. */
  readonly matchedParameters?: Readonly<Record<string, string>>;
  /** The client certificate, or null (default) when none was presented. */
  readonly certificate?: CertificateSource | null;
  readonly privateEndpointConnection?: { name?: string; groupId?: string; memberName?: string } | null;
  readonly azureVnetInfo?: {
    vnetTrafficTag?: string;
    subnetId?: string;
    privateLinkId?: string;
    snatVip?: string;
  } | null;
}

export interface ResponseInit {
  /** Default 200. */
  readonly statusCode?: number;
  /** Default: the standard reason phrase of the status code. */
  readonly statusReason?: string;
  readonly headers?: Readonly<Record<string, ValuesInit>>;
  /** Null or absent: no body. */
  readonly body?: string | Uint8Array | null;
}

export interface NamedInit {
  readonly id?: string;
  readonly name?: string;
}

export interface ApiInit extends NamedInit {
  /** API URL suffix (default `echo`). */
  readonly path?: string;
  /** Default `["https"]`. */
  readonly protocols?: readonly string[];
  /** The backend base URL (default `https://echoapi.cloudapp.net/api`). */
  readonly serviceUrl?: string;
  readonly subscriptionKeyParameterNames?: { header?: string; query?: string };
  readonly isCurrentRevision?: boolean;
  readonly revision?: string;
  /** Null (default) for an unversioned API. */
  readonly version?: string | null;
}

export interface OperationInit extends NamedInit {
  readonly method?: string;
  readonly urlTemplate?: string;
}

export interface ProductInit extends NamedInit {
  readonly apis?: readonly ApiInit[];
  readonly approvalRequired?: boolean;
  readonly groups?: readonly NamedInit[];
  /** `"NotPublished"` or `"Published"` (default). */
  readonly state?: 'NotPublished' | 'Published';
  /** Null (default): no limit. */
  readonly subscriptionsLimit?: number | null;
  readonly subscriptionRequired?: boolean;
}

export interface SubscriptionInit extends NamedInit {
  readonly createdDate?: number | string;
  readonly startDate?: number | string | null;
  readonly endDate?: number | string | null;
  /** The key used on this call (default: the primary key). */
  readonly key?: string;
  readonly primaryKey?: string;
  readonly secondaryKey?: string;
}

export interface UserInit {
  readonly id?: string;
  readonly email?: string;
  readonly firstName?: string;
  readonly lastName?: string;
  readonly note?: string;
  readonly registrationDate?: number | string;
  readonly groups?: readonly NamedInit[];
  readonly identities?: readonly { id?: string; provider?: string }[];
}

export interface DeploymentInit {
  /** Default `West US`. */
  readonly region?: string;
  /** Default `contoso`. */
  readonly serviceName?: string;
  readonly serviceId?: string;
  /** Default `managed`. */
  readonly gatewayId?: string;
  readonly gateway?: { id?: string; instanceId?: string; isManaged?: boolean };
  /** `SustainabilityInfo.CurrentCarbonIntensity` (default `NotAvailable`). */
  readonly carbonIntensity?: 'NotAvailable' | 'VeryLow' | 'Low' | 'Medium' | 'High' | 'VeryHigh';
  /** Uploaded certificates, keyed by their thumbprint in `Deployment.Certificates`. */
  readonly certificates?: readonly CertificateSource[];
}

export interface BackendInit {
  readonly id?: string;
  readonly azureRegion?: string;
  /** `"Single"` (default) or `"Pool"`. */
  readonly type?: 'Single' | 'Pool';
}

export interface LastErrorInit {
  readonly source?: string;
  readonly reason?: string;
  readonly message?: string;
  readonly scope?: string;
  readonly section?: string;
  readonly path?: string;
  readonly policyId?: string;
}

export interface GraphQLInit {
  /** The field's arguments and parent object, in their runtime form (`JObject` instances, typically). */
  readonly arguments?: unknown;
  readonly parent?: unknown;
}
