/**
 * Corpus documents with error diagnostics, and why each is right to have them. Every other
 * document must check without errors; every document listed must still have some.
 */
export const faultyDocuments: Readonly<Record<string, string>> = {
  'Azure-Samples__AI-Gateway__labs_ghcp-byok-foundry_entra-policy.xml':
    'a URI template `{group-id}` inside an interpolated string (CS0103)',
  'Azure-Samples__Apim-Samples__samples_inference-failover_apim-policies_inference-api-policy-with-retry-tracked.xml':
    "RETRY_COUNT, filled in by the sample's notebook",
  'Azure-Samples__Apim-Samples__samples_inference-failover_apim-policies_inference-api-policy.xml':
    "RETRY_COUNT, filled in by the sample's notebook",
  'Azure-Samples__Apim-Samples__samples_load-balancing_apim-policies_aca-backend-pool-load-balancing-with-retry-tracked.xml':
    'C# strings in single quotes (CS1012)',
  'Azure__apim-lab__apim-lab_4-policy-expressions_policy-expressions-4-3-transformation.md#block6.xml':
    'a markdown excerpt with `...` standing for omitted policies',
  'Azure__apim-lab__apim-lab_4-policy-expressions_policy-expressions-4-4-named-values.md#block1.xml':
    'a markdown excerpt with `...` standing for omitted policies',
  'Azure__apim-lab__apim-lab_4-policy-expressions_policy-expressions-4-6-send-one-way-request.md#block1.xml':
    'a markdown excerpt with `...` standing for omitted policies',
  'Azure__apim-lab__apim-lab_4-policy-expressions_policy-expressions-4-7-abort-processing.md#block1.xml':
    'a markdown excerpt with `...` standing for omitted policies',
  'Azure__apim-lab__apim-lab_6-analytics-monitoring_analytics-monitoring-6-3-event-hub.md#block3.xml':
    'a raw `<` in an attribute value, which even APIM cannot read (corpus census §8)',
  'Azure__apim-lab__apim-lab_7-security_security-7-1-jwt-validation.md#block5.xml':
    'text inside an element that takes none, in a markdown excerpt',
  'Azure__azure-api-management-policy-toolkit__azure-openai-token-limit.xml':
    'a test document of the toolkit with a misspelt attribute',
  'Azure__azure-api-management-policy-toolkit__cache-value.xml':
    'a test document for a policy APIM does not have',
  'Azure__azure-api-management-policy-toolkit__invoke-darp-binding.xml':
    'Dapr policies of the self-hosted gateway, not in the catalog of the managed service',
  'Azure__azure-api-management-policy-toolkit__publish-to-darp.xml':
    'Dapr policies of the self-hosted gateway, not in the catalog of the managed service',
  'Azure__azure-api-management-policy-toolkit__llm-semantic-cache-lookup.xml':
    'a test document of the toolkit with a value the schema does not allow',
  'Azure__azure-api-management-policy-toolkit__llm-token-limit.xml':
    'a test document of the toolkit with misspelt attributes and values',
  'Azure__azure-api-management-policy-toolkit__validate-status-code.xml':
    'a test document of the toolkit with a misspelt attribute',
  'hmcts__blob-router-service__infrastructure_api-policy-v2.xml@67d16c30.xml':
    'a Terraform template (`${...}` in C#)',
  'hmcts__blob-router-service__infrastructure_api-policy.xml@02807d6b.xml':
    'a Terraform template (`${...}` in C#)',
  'hmcts__blob-router-service__infrastructure_cft-api-policy.xml@6b32f867.xml':
    'a Terraform template (`${...}` in C#)',
  'hmcts__ccpay-bulkscanning-app__infrastructure_template_api-policy.xml@fcf88046.xml':
    'a Terraform template (`${...}` in C#)',
  'hmcts__ccpay-bulkscanning-app__infrastructure_template_cft-api-policy.xml':
    'a Terraform template (`${...}` in C#)',
  'hmcts__ccpay-bulkscanning-app__infrastructure_template_cft-api-policy.xml@9d56b1cd.xml':
    'a Terraform template (`${...}` in C#)',
  'hmcts__ccpay-refunds-app__infrastructure_template_api-policy.xml@ec2f00f5.xml':
    'a Terraform template (`${...}` in C#)',
  'hmcts__ccpay-refunds-app__infrastructure_template_cft-api-policy.xml':
    'a Terraform template (`${...}` in C#)',
  'hmcts__ccpay-refunds-app__infrastructure_template_cft-api-policy.xml@53c2fb4a.xml':
    'a Terraform template (`${...}` in C#)',
};
