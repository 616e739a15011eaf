import type { ContentNode, PolicyDocument } from '@apim-policy/engine';

/**
 * Attributes that name a variable the policy sets, by policy. Every attribute of the catalog whose
 * name ends in `variable-name` is here except `response-variable-name` of `<return-response>`,
 * which reads one (a test keeps this list in step with the catalog).
 */
export const VARIABLE_WRITERS: Readonly<Record<string, readonly string[]>> = {
  'set-variable': ['name'],
  'send-request': ['response-variable-name'],
  'invoke-dapr-binding': ['response-variable-name'],
  'publish-to-dapr': ['response-variable-name'],
  'cache-lookup-value': ['variable-name'],
  'authentication-managed-identity': ['output-token-variable-name'],
  'authentication-token-store': ['output-token-variable-name'],
  'validate-jwt': ['output-token-variable-name'],
  'validate-azure-ad-token': ['output-token-variable-name'],
  'get-authorization-context': ['context-variable-name'],
  'rate-limit': ['retry-after-variable-name', 'remaining-calls-variable-name'],
  'rate-limit-by-key': ['retry-after-variable-name', 'remaining-calls-variable-name'],
  'azure-openai-token-limit': [
    'retry-after-variable-name',
    'remaining-tokens-variable-name',
    'remaining-quota-tokens-variable-name',
    'tokens-consumed-variable-name',
  ],
  'llm-token-limit': [
    'retry-after-variable-name',
    'remaining-tokens-variable-name',
    'remaining-quota-tokens-variable-name',
    'tokens-consumed-variable-name',
  ],
  'validate-content': ['errors-variable-name'],
  'validate-headers': ['errors-variable-name'],
  'validate-parameters': ['errors-variable-name'],
  'validate-status-code': ['errors-variable-name'],
  'validate-graphql-request': ['error-variable-name'],
  'validate-odata-request': ['error-variable-name'],
};

/**
 * The variables a document sets, by name; `dynamic` when some are out of sight: a name computed by
 * an expression, or an included fragment (whose policies may set any variable).
 */
export interface VariableWrites {
  readonly names: ReadonlySet<string>;
  /** Some policy sets a variable whose name is an expression: any name may be set. */
  readonly dynamic: boolean;
}

/**
 * The variables the document's policies set. Writers are found at any depth, including
 * `rate-limit`'s `<api>`/`<operation>` children, which take the same attributes.
 */
export function variableWrites(document: PolicyDocument): VariableWrites {
  const names = new Set<string>();
  let dynamic = false;
  const visit = (nodes: readonly ContentNode[], policy: string | null) => {
    for (const node of nodes) {
      if (node.type !== 'Element') continue;
      if (node.name === 'include-fragment') dynamic = true;
      const writer = VARIABLE_WRITERS[node.name] !== undefined ? node.name : policy;
      const attributes = writer === null ? undefined : VARIABLE_WRITERS[writer];
      for (const attribute of node.attributes) {
        if (attributes === undefined || !attributes.includes(attribute.name)) continue;
        if (attribute.expression !== null) dynamic = true;
        else names.add(attribute.value.trim());
      }
      visit(node.children, writer);
    }
  };
  visit(document.children, null);
  return { names, dynamic };
}
