import { DotnetException } from '../../exceptions.js';

/** `UriFormatException` with .NET's "Invalid URI: " prefix. */
export function uriFormat(reason: string): DotnetException {
  return new DotnetException('System.UriFormatException', `Invalid URI: ${reason}`);
}
