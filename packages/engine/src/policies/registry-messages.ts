import type { PolicyHandler } from '../plan/handler.js';
import { rewriteUri } from './rewrite-uri.js';
import { setBackendService } from './set-backend-service.js';
import { setMethod } from './set-method.js';
import { setQueryParameter } from './set-query-parameter.js';

/** Policies that change the request on its way to the backend: set-query-parameter, set-method, rewrite-uri, set-backend-service. */
export const messageHandlers: readonly PolicyHandler[] = [
  setQueryParameter,
  setMethod,
  rewriteUri,
  setBackendService,
];
