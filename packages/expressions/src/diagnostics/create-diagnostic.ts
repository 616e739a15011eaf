import type { PositionMapper } from '../source/position-mapper.js';
import { type Diagnostic, formatMessage } from './diagnostic.js';
import { messages } from './messages.js';
import type { Problem } from './problem.js';

/** Places a problem in the file and renders its message from the catalogue. */
export function createDiagnostic(problem: Problem, mapper: PositionMapper): Diagnostic {
  const definition = messages[problem.code];
  const start = mapper(problem.start);
  const end = mapper(Math.max(problem.start, problem.end));
  return {
    code: problem.code,
    severity: definition.severity,
    message: formatMessage(definition.text, problem.data),
    range: [start.offset, end.offset],
    loc: { start: { line: start.line, column: start.column }, end: { line: end.line, column: end.column } },
    ...(problem.data === undefined ? {} : { data: problem.data }),
  };
}
