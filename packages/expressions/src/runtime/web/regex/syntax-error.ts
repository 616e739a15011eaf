/**
 * A pattern .NET rejects (`ArgumentException`: "parsing "x" - reason") or that JavaScript cannot
 * run (`NotSupportedException`). `index` is where in the pattern the problem was found.
 */
export class RegexSyntaxError {
  constructor(
    readonly kind: 'invalid' | 'unsupported',
    readonly reason: string,
    readonly index: number,
  ) {}
}

/** The reasons .NET gives, as its resources word them. */
export const reasons = {
  unterminatedBracket: 'Unterminated [] set.',
  tooManyParens: "Too many )'s.",
  notEnoughParens: "Not enough )'s.",
  quantifyAfterNothing: 'Quantifier {x,y} following nothing.',
  nestedQuantify: (q: string) => `Nested quantifier ${q}.`,
  illegalRange: 'Illegal {x,y} with x > y.',
  reversedCharRange: '[x-y] range in reverse order.',
  unrecognizedEscape: (c: string) => `Unrecognized escape sequence \\${c}.`,
  undefinedBackref: (n: number) => `Reference to undefined group number ${n}.`,
  undefinedNameRef: (name: string) => `Reference to undefined group name ${name}.`,
  invalidGroupName: 'Invalid group name: Group names must begin with a word character.',
  capnumNotZero: 'Capture number cannot be zero.',
  undefinedReference: (n: number) => `(?(${n}) ) reference to undefined group.`,
  malformedReference: (n: number) => `(?(${n}) ) malformed.`,
  alternationCantHaveComment: 'Alternation conditions cannot be comments.',
  alternationCantCapture: 'Alternation conditions do not capture and cannot be named.',
  tooManyAlternates: 'Too many | in (?()|).',
  unrecognizedGrouping: 'Unrecognized grouping construct.',
  illegalEndEscape: 'Illegal \\ at end of pattern.',
  unknownProperty: (name: string) => `Unknown property '${name}'.`,
  incompleteSlashP: 'Incomplete \\p{X} character escape.',
  malformedSlashP: 'Malformed \\p{X} character escape.',
  tooFewHex: 'Insufficient hexadecimal digits.',
  missingControl: 'Missing control character.',
  unrecognizedControl: 'Unrecognized control character.',
  subtractionMustBeLast: 'A subtraction must be the last element in a character class.',
  badClassInCharRange: (c: string) => `Cannot include class \\${c} in character range.`,
  malformedNameRef: 'Malformed \\k<...> named back reference.',
  unterminatedComment: 'Unterminated (?#...) comment.',
  captureGroupOutOfRange: 'Capture group numbers must be less than or equal to Int32.MaxValue.',
} as const;
