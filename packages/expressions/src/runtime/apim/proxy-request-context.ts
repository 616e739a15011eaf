import { environment } from '../environment.js';
import { Guid, parseGuid } from '../text/guid.js';
import { TICKS_PER_MILLISECOND, UNIX_EPOCH_TICKS } from '../time/calendar.js';
import type { DateTime } from '../time/date-time.js';
import { TimeSpan } from '../time/time-span.js';
import { DOTNET_TYPE } from '../values.js';
import type {
  Api,
  Backend,
  Deployment,
  GraphQLContext,
  LastError,
  Operation,
  Product,
  Subscription,
  User,
  Workspace,
} from './entities.js';
import type { ProxyRequest, ProxyResponse } from './messages.js';
import { expressionsType } from './names.js';
import type { VariablesDictionary } from './variables-dictionary.js';

/** The parts of a context, as `createContext` assembles them. */
export interface ContextParts {
  readonly api: Api | null;
  readonly backend: Backend | null;
  readonly deployment: Deployment;
  readonly graphQL: GraphQLContext | null;
  readonly lastError: LastError | null;
  readonly operation: Operation | null;
  readonly product: Product | null;
  readonly request: ProxyRequest;
  /**
   * A `Guid`; or its dashed text (`createContext` checked it), parsed on first read; or null for
   * a new one, drawn from the environment's random source when first read.
   */
  readonly requestId: Guid | string | null;
  readonly response: ProxyResponse;
  readonly subscription: Subscription | null;
  readonly timestamp: DateTime;
  readonly tracing: boolean;
  readonly user: User | null;
  readonly variables: VariablesDictionary;
  readonly workspace: Workspace | null;
  readonly trace: ((message: string) => void) | null;
}

/**
 * `IProxyRequestContext`, the `context` of every policy expression. Expressions read its fields
 * by their .NET names; the policy engine changes it between expressions through the fields
 * (`Response`, `LastError`, `Tracing`), `Variables.set`, and the request and response objects.
 */
export class ProxyRequestContext {
  static readonly [DOTNET_TYPE] = expressionsType('IProxyRequestContext');
  Api: Api | null;
  Backend: Backend | null;
  readonly Deployment: Deployment;
  GraphQL: GraphQLContext | null;
  LastError: LastError | null;
  Operation: Operation | null;
  Product: Product | null;
  readonly Request: ProxyRequest;
  #requestId: Guid | string | null;
  /** Replaced by return-response (see `replaceResponse`). */
  Response: ProxyResponse;
  Subscription: Subscription | null;
  readonly Timestamp: DateTime;
  Tracing: boolean;
  User: User | null;
  readonly Variables: VariablesDictionary;
  Workspace: Workspace | null;
  /** The messages expressions wrote with `context.Trace(...)`, in order. */
  readonly traces: string[] = [];
  readonly #sink: ((message: string) => void) | null;

  constructor(parts: ContextParts) {
    this.Api = parts.api;
    this.Backend = parts.backend;
    this.Deployment = parts.deployment;
    this.GraphQL = parts.graphQL;
    this.LastError = parts.lastError;
    this.Operation = parts.operation;
    this.Product = parts.product;
    this.Request = parts.request;
    this.#requestId = parts.requestId;
    this.Response = parts.response;
    this.Subscription = parts.subscription;
    this.Timestamp = parts.timestamp;
    this.Tracing = parts.tracing;
    this.User = parts.user;
    this.Variables = parts.variables;
    this.Workspace = parts.workspace;
    this.#sink = parts.trace;
  }

  /** `RequestId`: most requests never read it, so it is made on first read. */
  get RequestId(): Guid {
    const id = this.#requestId;
    if (id instanceof Guid) return id;
    const made = id === null ? Guid.newGuid() : parseGuid(id, 'requestId');
    this.#requestId = made;
    return made;
  }

  /** `Elapsed`: the evaluation clock's now minus `Timestamp`. */
  get Elapsed(): TimeSpan {
    const now = UNIX_EPOCH_TICKS + BigInt(Math.floor(environment().now())) * TICKS_PER_MILLISECOND;
    return new TimeSpan(now - this.Timestamp.ticks);
  }

  /** `void Trace(string message)`. */
  Trace(message: string | null): void {
    const text = message ?? '';
    this.traces.push(text);
    this.#sink?.(text);
  }

  /**
   * return-response: `response` becomes `context.Response` (a fresh `createResponse()`, 200 OK
   * with no headers or body, or a response held in a variable).
   */
  replaceResponse(response: ProxyResponse): ProxyResponse {
    this.Response = response;
    return response;
  }

  ToString(): string {
    return ProxyRequestContext[DOTNET_TYPE];
  }

  Equals(other: unknown): boolean {
    return other === this;
  }

  GetHashCode(): number {
    return 0;
  }
}
