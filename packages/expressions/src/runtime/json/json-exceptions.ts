import { DotnetException } from '../exceptions.js';

/**
 * Newtonsoft.Json's exceptions. `JsonReaderException` and `JsonSerializationException` derive
 * from `JsonException`; their messages end with the reader's position
 * (`Path 'a', line 1, position 5.`), which `formatReaderMessage` appends.
 */
export const JSON_EXCEPTION = 'Newtonsoft.Json.JsonException';
export const JSON_READER_EXCEPTION = 'Newtonsoft.Json.JsonReaderException';
export const JSON_SERIALIZATION_EXCEPTION = 'Newtonsoft.Json.JsonSerializationException';
export const JSON_WRITER_EXCEPTION = 'Newtonsoft.Json.JsonWriterException';

/** Where a reader is, for messages: its path and, for text, its line and position. */
export interface ReaderPosition {
  readonly path: string;
  /** Null when the reader has no line information (reading tokens rather than text). */
  readonly line: number | null;
  readonly position: number;
}

/** `JsonPosition.FormatMessage`: the message, a full stop, and where the reader is. */
export function formatReaderMessage(message: string, where: ReaderPosition): string {
  let text = message;
  if (!text.endsWith('\r\n')) {
    text = text.trim();
    if (!text.endsWith('.')) text += '.';
    text += ' ';
  }
  text += `Path '${where.path}'`;
  if (where.line !== null) text += `, line ${where.line}, position ${where.position}`;
  return `${text}.`;
}

/** `new JsonException(message)`: Newtonsoft's general error (JSONPath, token structure). */
export function jsonException(message: string): DotnetException {
  return new DotnetException(JSON_EXCEPTION, message);
}

/** `JsonReaderException.Create(reader, message)`. */
export function readerException(message: string, where: ReaderPosition): DotnetException {
  return new DotnetException(JSON_READER_EXCEPTION, formatReaderMessage(message, where));
}

/** `JsonSerializationException.Create(reader, message)`. */
export function serializationException(message: string, where: ReaderPosition | null): DotnetException {
  return new DotnetException(
    JSON_SERIALIZATION_EXCEPTION,
    where === null ? message : formatReaderMessage(message, where),
  );
}
