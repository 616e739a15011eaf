export { type MappedText, sliceMapped, verbatimText } from './mapped-text.js';
export { type FoundToken, findTokens, type TokenKind } from './patterns.js';
export {
  lookUp,
  type NamedValues,
  type SubstitutionOptions,
  type SubstitutionResult,
  substitute,
  type UnresolvedToken,
} from './substitute.js';
