import type { PrepareFactsOptions } from '@apim-policy/x509';
import type { ForwardedRequest, HeaderValues } from '../outcome/types.js';
import type { CacheStore } from '../services/cache-store.js';
import type { CounterStore } from '../services/counter-store.js';

/** A response from the backend or from a send-request transport. */
export interface HttpResponse {
  readonly status: number;
  /** Default: the standard reason phrase. */
  readonly reason?: string;
  readonly headers?: Readonly<Record<string, string | readonly string[]>>;
  readonly body?: string | Uint8Array | null;
}

/** Called by forward-request with the request as the policies left it. */
export type BackendCallback = (
  request: ForwardedRequest & { readonly timeoutMs: number },
) => HttpResponse | Promise<HttpResponse>;

/** A request send-request makes. */
export interface OutgoingRequest {
  readonly method: string;
  readonly url: string;
  readonly headers: HeaderValues;
  readonly body: string | null;
  readonly timeoutMs: number;
}

/** Sends send-request's requests. With none, send-request fails with a clear error. */
export type Transport = (request: OutgoingRequest) => HttpResponse | Promise<HttpResponse>;

/** What the policies of one run call out to. */
export interface RunServices {
  /** The run's clock, epoch milliseconds. */
  readonly now: () => number;
  readonly backend: BackendCallback | null;
  readonly transport: Transport | null;
  readonly cache: CacheStore;
  readonly counters: CounterStore;
  /** Trust settings for certificate checks (`Verify()`, validate-client-certificate). */
  readonly certificates: Omit<PrepareFactsOptions, 'at'>;
}
