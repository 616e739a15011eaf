import type { Casing, MatchKind } from '../certificate/comparisons.js';
import { isForwardOrder, needsQuotes, printedKey, printName, readName } from './distinguished-name.js';

/** Why .NET never prints a literal compared with a name, and what it prints instead. */
export interface NameProblem {
  /** Key of the rule's message. */
  readonly kind:
    | 'stateKey'
    | 'emailKey'
    | 'keyName'
    | 'keyCase'
    | 'separator'
    | 'escape'
    | 'quotes'
    | 'spacing'
    | 'order';
  /** The key as written and as printed, for the key messages. */
  readonly written: string;
  readonly printed: string;
  /** The literal rewritten the way .NET prints it. */
  readonly expected: string;
}

/**
 * What is wrong with a literal compared with `Subject`, `Issuer`, `SubjectName.Name` or
 * `IssuerName.Name`, or null when .NET can print it (or it is not a distinguished name at all).
 * `casing` is applied to the name before the comparison; a part (`Contains`) is not held to
 * the order.
 */
export function nameProblem(
  literal: string,
  options: { readonly casing: Casing; readonly caseSensitive: boolean; readonly match: MatchKind },
): NameProblem | null {
  const name = readName(literal);
  if (name === null) return null;
  const forward = options.match === 'equals' && isForwardOrder(name);
  const printed = printName(name, forward);
  const expected =
    options.casing === 'upper'
      ? printed.toUpperCase()
      : options.casing === 'lower'
        ? printed.toLowerCase()
        : printed;
  const keysMatter = options.caseSensitive && options.casing === 'as-is';
  const problem = (kind: NameProblem['kind'], written = '', key = ''): NameProblem => ({
    kind,
    written,
    printed: key,
    expected,
  });
  const attributes = name.rdns.flat();
  for (const attribute of attributes) {
    const key = printedKey(attribute.key);
    if (key.toUpperCase() === attribute.key.toUpperCase()) continue;
    if (key === 'S') return problem('stateKey', attribute.key, key);
    if (key === 'E') return problem('emailKey', attribute.key, key);
    return problem('keyName', attribute.key, key);
  }
  if (keysMatter) {
    const miscased = attributes.find((attribute) => printedKey(attribute.key) !== attribute.key);
    if (miscased !== undefined) return problem('keyCase', miscased.key, printedKey(miscased.key));
  }
  const separator = name.separators.find(
    (written) => written !== ', ' && written !== ' + ' && written !== ' , ',
  );
  if (separator !== undefined) return problem('separator', separator.trim());
  if (attributes.some((attribute) => attribute.escaped)) return problem('escape');
  if (attributes.some((attribute) => attribute.quoted !== needsQuotes(attribute.value)))
    return problem('quotes');
  if (attributes.some((attribute) => attribute.spaced)) return problem('spacing');
  if (forward) return problem('order');
  return null;
}
