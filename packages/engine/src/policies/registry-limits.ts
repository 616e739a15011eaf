import type { PolicyHandler } from '../plan/handler.js';
import { cacheLookupValue } from './cache-lookup-value.js';
import { cacheRemoveValue } from './cache-remove-value.js';
import { cacheStoreValue } from './cache-store-value.js';
import { mockResponse } from './mock-response.js';
import { quota } from './quota.js';
import { quotaByKey } from './quota-by-key.js';
import { rateLimit } from './rate-limit.js';
import { rateLimitByKey } from './rate-limit-by-key.js';
import { sendRequest } from './send-request.js';
import { trace } from './trace.js';

/** Counters, caches and outgoing calls: rate-limit, rate-limit-by-key, quota, quota-by-key, cache-*-value, send-request, mock-response, trace. */
export const limitHandlers: readonly PolicyHandler[] = [
  rateLimit,
  rateLimitByKey,
  quota,
  quotaByKey,
  cacheLookupValue,
  cacheStoreValue,
  cacheRemoveValue,
  sendRequest,
  mockResponse,
  trace,
];
