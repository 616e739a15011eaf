/**
 * Corpus expressions that API Management itself rejects, with the reason and the diagnostic
 * codes that say so. An entry names a document and, when not every expression of it is wrong,
 * text that picks the expressions out. The corpus test checks that each still fails here, with
 * exactly these codes, so the list stays true.
 */
export interface Rejection {
  readonly file: string;
  /** Text the rejected expressions contain; absent: every expression of the document. */
  readonly contains?: string;
  readonly reason: string;
  /** The error codes the expressions give, and no others. */
  readonly codes: readonly string[];
}

export const rejectedByApim: readonly Rejection[] = [
  {
    file: 'Azure-Samples__Apim-Samples__samples_load-balancing_apim-policies_aca-backend-pool-load-balancing-with-retry-tracked.xml',
    reason:
      "writes C# strings in single quotes ('Retry-After', 'cachedRetryEpoch'): in C# those are character " +
      'literals with too many characters (error CS1012), so the expressions do not compile.',
    codes: ['too-many-characters'],
  },
  {
    file: 'Azure-Samples__AI-Gateway__labs_ghcp-byok-foundry_entra-policy.xml',
    contains: '{group-id}',
    reason:
      'writes a URI template placeholder `{group-id}` inside an interpolated string, where it is a hole ' +
      'computing `group - id` from names that do not exist (error CS0103).',
    codes: ['name-not-found'],
  },
];

/** The rejection that covers an expression, or null. */
export function rejectionOf(file: string, text: string): Rejection | null {
  return (
    rejectedByApim.find(
      (rejection) =>
        rejection.file === file && (rejection.contains === undefined || text.includes(rejection.contains)),
    ) ?? null
  );
}
