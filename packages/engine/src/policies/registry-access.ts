import type { PolicyHandler } from '../plan/handler.js';
import { authenticationCertificate } from './authentication-certificate.js';
import { checkHeader } from './check-header.js';
import { ipFilter } from './ip-filter.js';
import { validateClientCertificate } from './validate-client-certificate.js';

/** Policies that admit or reject the caller: check-header, ip-filter, validate-client-certificate, authentication-certificate. */
export const accessHandlers: readonly PolicyHandler[] = [
  checkHeader,
  ipFilter,
  validateClientCertificate,
  authenticationCertificate,
];
