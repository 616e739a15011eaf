/**
 * A problem with what `apim-policy lint` was asked to do (an option's value, a path that matches
 * nothing, a file it cannot read, an invalid configuration): printed as is, exit status 2.
 */
export class UsageError extends Error {
  override readonly name = 'UsageError';
  /** Further lines under the message (an invalid configuration's problems). */
  readonly details: readonly string[];

  constructor(message: string, details: readonly string[] = []) {
    super(message);
    this.details = details;
  }
}
