/**
 * Corpus documents that API Management itself rejects, with the reason. Their expressions are
 * reported apart, and the corpus test checks that each still fails here too, so the list stays
 * true.
 */
export const rejectedByApim: Readonly<Record<string, string>> = {
  'Azure-Samples__Apim-Samples__samples_load-balancing_apim-policies_aca-backend-pool-load-balancing-with-retry-tracked.xml':
    "writes C# strings in single quotes ('Retry-After', 'cachedRetryEpoch'): in C# those are character " +
    'literals with too many characters (error CS1012), so the expressions do not compile.',
};
