import type { DiagnosticData } from './diagnostic.js';
import type { DiagnosticCode } from './messages.js';

/**
 * A diagnostic before it is placed in the file: offsets are into the text being parsed. The
 * parser turns problems into `Diagnostic`s through the caller's position mapper.
 */
export interface Problem {
  code: DiagnosticCode;
  start: number;
  end: number;
  data?: DiagnosticData;
}
