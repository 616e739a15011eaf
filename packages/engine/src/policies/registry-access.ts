import type { PolicyHandler } from '../plan/handler.js';

/** Policies that admit or reject the caller: check-header, ip-filter, validate-client-certificate, authentication-certificate. */
export const accessHandlers: readonly PolicyHandler[] = [];
