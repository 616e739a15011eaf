import type { CacheStore } from '../services/cache-store.js';
import type { CounterStore } from '../services/counter-store.js';
import type { DeploymentDescription, IdentityDescription } from './description.js';
import type { BackendCallback, Transport } from './services.js';

/** Services policies call; each defaults to an in-memory one owned by the loaded policy. */
export interface RunServicesInit {
  /** The backend forward-request calls. Without one, a run that reaches it ends with a `forward` outcome. */
  readonly backend?: BackendCallback;
  /** Sends send-request's requests. */
  readonly transport?: Transport;
  /** The cache of cache-lookup-value / cache-store-value (default: in memory, per loaded policy). */
  readonly cache?: CacheStore;
  /** The counters of rate-limit and quota policies (default: in memory, per loaded policy). */
  readonly counters?: CounterStore;
}

export interface RunOptions {
  /** The clock: an instant, epoch milliseconds, or a function read whenever a policy needs the time. */
  readonly now?: Date | number | (() => Date | number);
  /**
   * API, operation, product, subscription, user, workspace (null where the call is anonymous).
   * The loaded policy builds the context's entities once per identity object and reuses them, so
   * give a new object when the identity changes rather than changing one already passed.
   */
  readonly identity?: IdentityDescription;
  /** Replaces the loaded policy's deployment fields that it sets. */
  readonly deployment?: DeploymentDescription;
  /** Variables set before the policy runs. */
  readonly variables?: Readonly<Record<string, unknown>>;
  readonly services?: RunServicesInit;
  /** `context.Tracing` (default false). */
  readonly tracing?: boolean;
  /** Record the trace of the run in the outcome (default true). */
  readonly trace?: boolean;
  /** `context.RequestId` (default: a new GUID). */
  readonly requestId?: string;
  /** The gateway's time zone for `DateTime.Now` (IANA name, default `UTC`). */
  readonly timeZone?: string;
}
