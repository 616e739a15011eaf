import type { ElementNode } from '@apim-policy/engine';
import type { Rule } from '../../types.js';
import { allElements, booleanAttribute, childElements } from '../certificate/document.js';
import { type IdentityCheck, identityChecks, verifiesTrust } from '../certificate/identity-checks.js';

/**
 * Checking who a client certificate names without checking who issued it: anyone can make a
 * self-signed certificate with any subject, and a pinned thumbprint says nothing of revocation.
 */
export const rule: Rule = {
  id: 'certificate-not-verified',
  defaultSeverity: 'warning',
  description:
    "The client certificate's identity is checked (Thumbprint, Subject, Issuer) but its trust never is (Verify(), VerifyNoRevocation(), validate-client-certificate).",
  messages: {
    name: "The client certificate's {member} is checked, but nothing in this document verifies the certificate: anyone can create a self-signed certificate with this name. Call VerifyNoRevocation() (or Verify()), or use validate-client-certificate with validate-trust.",
    thumbprint:
      "The client certificate's {member} is checked, but nothing in this document verifies the certificate's chain: a revoked certificate, or one whose CA is no longer trusted, is still accepted. Call VerifyNoRevocation() (or Verify()), or use validate-client-certificate with validate-trust.",
    policy:
      'validate-client-certificate checks identities with validate-trust="false", and nothing else in this document verifies the certificate: anyone can create a self-signed certificate with these names.',
  },
  check(context) {
    const validations = allElements(context.document).filter(
      (element) => element.name === 'validate-client-certificate',
    );
    // validate-trust defaults to true; a value that is not a plain boolean may well be true.
    const trustedByPolicy = validations.some(
      (element) => booleanAttribute(element, 'validate-trust') !== false,
    );
    if (trustedByPolicy || context.expressions.some(verifiesTrust)) return;
    const checks: { range: IdentityCheck['range']; message: string; member: string }[] = [];
    for (const expression of context.expressions) {
      for (const check of identityChecks(expression)) {
        const byName = check.member !== 'Thumbprint' && check.member !== 'SerialNumber';
        checks.push({ range: check.range, message: byName ? 'name' : 'thumbprint', member: check.member });
      }
    }
    for (const element of validations) {
      if (hasIdentities(element)) checks.push({ range: element.nameRange, message: 'policy', member: '' });
    }
    const first = checks.sort((a, b) => a.range[0] - b.range[0])[0];
    if (first !== undefined)
      context.report({ range: first.range, message: first.message, data: { member: first.member } });
  },
};

function hasIdentities(validation: ElementNode): boolean {
  return childElements(validation).some(
    (child) =>
      child.name === 'identities' && childElements(child).some((identity) => identity.name === 'identity'),
  );
}
