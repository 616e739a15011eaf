/**
 * The one error the DER reader throws: malformed or truncated input. `offset` is the byte
 * position in the buffer being read where the problem was found, so that a message can point at
 * the bad byte; `reason` says what was expected there.
 */
export class DerError extends Error {
  override readonly name = 'DerError';
  readonly offset: number;
  readonly reason: string;

  constructor(offset: number, reason: string) {
    super(`Invalid DER at byte ${offset}: ${reason}`);
    this.offset = offset;
    this.reason = reason;
  }
}
