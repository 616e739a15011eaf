import type { DateTime } from '../../time/date-time.js';
import { DateTimeOffset } from '../../time/date-time-offset.js';
import { toBase64String } from '../../web/encoding/base64.js';
import { RegexOptions } from '../../web/regex/ast.js';
import { Regex } from '../../web/regex/regex.js';
import { currentString } from '../invariant-text.js';
import type { JToken } from '../j-token.js';
import { compareValues, JValue } from '../j-value.js';
import { isoDateOffsetText, isoDateText } from '../json-format.js';
import { uriText } from '../json-values.js';
import { JTokenType } from '../token-type.js';
import { evaluate, type PathFilter } from './filters.js';

/** `QueryOperator`. */
export type QueryOperator = 'exists' | '==' | '===' | '!=' | '!==' | '=~' | '<' | '<=' | '>' | '>=';

/** One side of a comparison: a literal value, or a path from `@` or `$`. */
export type QuerySide = JValue | readonly PathFilter[];

/** `QueryExpression`: the condition of a `[?(...)]` filter. */
export interface QueryExpression {
  isMatch(root: JToken, t: JToken): boolean;
}

/** `CompositeExpression`: `&&` or `||` of its expressions. */
export class CompositeExpression implements QueryExpression {
  readonly expressions: QueryExpression[] = [];

  constructor(readonly operator: 'and' | 'or') {}

  isMatch(root: JToken, t: JToken): boolean {
    return this.operator === 'and'
      ? this.expressions.every((e) => e.isMatch(root, t))
      : this.expressions.some((e) => e.isMatch(root, t));
  }
}

function resultsOf(root: JToken, t: JToken, side: QuerySide | null): Iterable<JToken> {
  if (side === null) return [];
  if (side instanceof JValue) return [side];
  return evaluate(side, root, t, false);
}

/** `RegexEquals`: a string matched by a `/pattern/flags` string. */
function regexEquals(input: JValue, pattern: JValue): boolean {
  if (input.Type !== JTokenType.String || pattern.Type !== JTokenType.String) return false;
  const text = pattern.Value as string;
  const delimiter = text.lastIndexOf('/');
  const source = text.slice(1, delimiter);
  let options: number = RegexOptions.None;
  for (const flag of text.slice(delimiter + 1)) {
    if (flag === 'i') options |= RegexOptions.IgnoreCase;
    else if (flag === 'm') options |= RegexOptions.Multiline;
    else if (flag === 's') options |= RegexOptions.Singleline;
    else if (flag === 'x') options |= RegexOptions.ExplicitCapture;
  }
  return Regex.create(source, options).IsMatch(input.Value as string);
}

const numberPair = (a: JValue, b: JValue) =>
  (a.Type === JTokenType.Integer && b.Type === JTokenType.Float) ||
  (a.Type === JTokenType.Float && b.Type === JTokenType.Integer);

/** `EqualsWithStringCoercion`: equal values, or a date, GUID, ... equal to a string's text. */
function equalsWithStringCoercion(value: JValue, queryValue: JValue): boolean {
  if (value.Equals(queryValue)) return true;
  if (numberPair(value, queryValue)) return compareValues(value.Type, value.Value, queryValue.Value) === 0;
  if (queryValue.Type !== JTokenType.String) return false;
  const wanted = queryValue.Value as string;
  let text: string;
  switch (value.Type) {
    case JTokenType.Date:
      text =
        value.Value instanceof DateTimeOffset
          ? isoDateOffsetText(value.Value)
          : isoDateText(value.Value as DateTime);
      break;
    case JTokenType.Bytes:
      text = toBase64String(value.Value as Uint8Array);
      break;
    case JTokenType.Guid:
    case JTokenType.TimeSpan:
      text = currentString(value.Value);
      break;
    case JTokenType.Uri:
      text = uriText(value.Value);
      break;
    default:
      return false;
  }
  return text === wanted;
}

/** `EqualsWithStrictMatch`: the same token type and value (integers and floats compare as numbers). */
function equalsWithStrictMatch(value: JValue, queryValue: JValue): boolean {
  if (numberPair(value, queryValue)) return compareValues(value.Type, value.Value, queryValue.Value) === 0;
  if (value.Type !== queryValue.Type) return false;
  return value.Equals(queryValue);
}

/** `BooleanQueryExpression`: a comparison, or the existence of a path. */
export class BooleanQueryExpression implements QueryExpression {
  constructor(
    readonly operator: QueryOperator,
    readonly left: QuerySide,
    readonly right: QuerySide | null,
  ) {}

  isMatch(root: JToken, t: JToken): boolean {
    const left = resultsOf(root, t, this.left);
    if (this.operator === 'exists') {
      for (const _ of left) return true;
      return false;
    }
    let right: JToken[] | null = null;
    for (const l of left) {
      right ??= [...resultsOf(root, t, this.right)];
      for (const r of right) if (this.#matchTokens(l, r)) return true;
    }
    return false;
  }

  #matchTokens(left: JToken, right: JToken): boolean {
    if (left instanceof JValue && right instanceof JValue) {
      switch (this.operator) {
        case '=~':
          return regexEquals(left, right);
        case '==':
          return equalsWithStringCoercion(left, right);
        case '===':
          return equalsWithStrictMatch(left, right);
        case '!=':
          return !equalsWithStringCoercion(left, right);
        case '!==':
          return !equalsWithStrictMatch(left, right);
        case '>':
          return left.CompareTo(right) > 0;
        case '>=':
          return left.CompareTo(right) >= 0;
        case '<':
          return left.CompareTo(right) < 0;
        case '<=':
          return left.CompareTo(right) <= 0;
        case 'exists':
          return true;
      }
    }
    return this.operator === 'exists' || this.operator === '!=';
  }
}
