import type { PolicyHandler } from '../plan/handler.js';

/** Policies that change the request on its way to the backend: set-query-parameter, set-method, rewrite-uri, set-backend-service. */
export const messageHandlers: readonly PolicyHandler[] = [];
