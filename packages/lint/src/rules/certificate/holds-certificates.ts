import type { CheckedExpression } from '@apim-policy/engine';

/**
 * Whether an expression's text writes the word `Certificate`, without which it has no value of a
 * certificate type: in the type model a certificate enters an expression only through a member or
 * a type whose name holds the word (`context.Request.Certificate`, `context.Deployment.Certificates`,
 * `(X509Certificate2)value`, `new X509Certificate2(bytes)`), and everything else derives from such
 * a value in the same expression. The certificate rules skip the others without walking their
 * trees. (`model/certificate-sources.test.ts` of @apim-policy/expressions keeps the model so.)
 */
export function holdsCertificates(expression: CheckedExpression): boolean {
  return expression.site.expression.text.includes('Certificate');
}
