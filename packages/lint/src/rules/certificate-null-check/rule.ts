import type { Rule } from '../../types.js';
import { holdsCertificates } from '../certificate/holds-certificates.js';
import { followDocument } from '../certificate/policy-flow.js';

/**
 * `context.Request.Certificate` is null when the client sent no certificate (or the hostname
 * does not negotiate one); using a member of it then throws a NullReferenceException, and the
 * caller gets a 500 instead of the clean 401/403 the policy meant.
 */
export const rule: Rule = {
  id: 'certificate-null-check',
  defaultSeverity: 'error',
  description:
    'A member of context.Request.Certificate is used where the certificate can be null (no client certificate sent).',
  messages: {
    unguarded:
      'context.Request.Certificate is null when the client sends no certificate: this use throws a NullReferenceException and the caller gets a 500 instead of a 401/403. Test it for null first (`context.Request.Certificate == null || ...`), or reject requests without one earlier (validate-client-certificate, or a when that returns a response).',
  },
  check(context) {
    // A document that never names a certificate dereferences none.
    if (!context.expressions.some(holdsCertificates)) return;
    followDocument(context, (use) => {
      context.report({ range: use.node.range, message: 'unguarded' });
    });
  },
};
