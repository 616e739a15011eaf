/**
 * A problem with what the command was given (an option, a file that cannot be read): the command
 * prints the message and exits with status 2.
 */
export class UsageError extends Error {
  override readonly name = 'UsageError';
}
