import type { PolicyHandler } from '../plan/handler.js';

/** Counters, caches and outgoing calls: rate-limit, rate-limit-by-key, quota, quota-by-key, cache-*-value, send-request, mock-response, trace. */
export const limitHandlers: readonly PolicyHandler[] = [];
