import { CSharpParser } from './grammar/csharp-parser.js';

let parser: CSharpParser | undefined;

/** The one parser of the process, built on first use (building costs about 150 ms). */
export function getParser(): CSharpParser {
  parser ??= new CSharpParser();
  return parser;
}
