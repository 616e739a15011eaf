import { LineMap } from './line-map.js';
import type { SourcePosition } from './position.js';

/**
 * Maps an offset in the text handed to the parser to a position in the file that holds it.
 *
 * The parser sees C# text; the file may hold it XML-escaped (`&quot;`) or with named values
 * (`{{name}}`) substituted. Whoever prepared the text supplies a mapper that undoes this, so every
 * node and diagnostic points at the right character of the original file. The mapper must be
 * monotonic and accept every offset from 0 to the text's length inclusive.
 */
export type PositionMapper = (offset: number) => SourcePosition;

/**
 * The mapper for text copied verbatim from a file, starting at `start` in that file.
 */
export function mapperFromStart(text: string, start: SourcePosition): PositionMapper {
  const lines = new LineMap(text);
  return (offset) => {
    const index = lines.lineIndex(offset);
    const column = index === 0 ? start.column + offset : offset - lines.lineStart(index);
    return { offset: start.offset + offset, line: start.line + index, column };
  };
}
