import { RegexOptions } from '../../../runtime/web/regex/ast.js';
import {
  Capture,
  CaptureCollection,
  Group,
  GroupCollection,
  Match,
  MatchCollection,
} from '../../../runtime/web/regex/match.js';
import { type MatchEvaluator, Regex } from '../../../runtime/web/regex/regex.js';
import { regexEscape, regexUnescape } from '../../../runtime/web/regex/regex-escape.js';
import { jsMethod, jsProperty } from '../../implementation.js';
import { declareType } from '../../registry.js';
import { declareEnum, instanceOf } from './helpers.js';

/**
 * `System.Text.RegularExpressions`. API Management restricts it: `Regex` to its constructors,
 * `IsMatch`, `Match`, `Matches`, `Replace`, `Unescape` and `Split`; `Match` to `Empty`, `Groups`
 * and `Result`; `Group` to `Captures` and `Success`; the collections to `Count` and their
 * indexer; `Capture` to `Index`, `Length` and `Value`. Other members are declared as not allowed.
 */

const ns = 'System.Text.RegularExpressions';

declareEnum(`${ns}.RegexOptions`, RegexOptions, 'all');

declareType({
  name: `${ns}.MatchEvaluator`,
  kind: 'delegate',
  apim: 'all',
  invoke: 'string Invoke(Match match)',
  test: (value) => typeof value === 'function',
});

const yes = <T>(implementation: T) => ({ implementation, apim: true });
const no = <T>(implementation: T) => ({ implementation, apim: false });

/** The static methods run on a `Regex` made from their pattern and options (the pattern is checked first, as in .NET). */
const regexOf = (pattern: string | null, options: number | undefined) =>
  Regex.create(pattern, options ?? RegexOptions.None);
const isMatch = (input: string | null, pattern: string | null, options?: number) =>
  regexOf(pattern, options).IsMatch(input);
const match = (input: string | null, pattern: string | null, options?: number) =>
  regexOf(pattern, options).Match(input);
const matches = (input: string | null, pattern: string | null, options?: number) =>
  regexOf(pattern, options).Matches(input);
const split = (input: string | null, pattern: string | null, options?: number) =>
  regexOf(pattern, options).Split(input);
const replace = (
  input: string | null,
  pattern: string | null,
  replacement: string | null,
  options?: number,
) => regexOf(pattern, options).Replace(input, replacement);
const replaceWith = (
  input: string | null,
  pattern: string | null,
  evaluator: MatchEvaluator | null,
  options?: number,
) => regexOf(pattern, options).ReplaceWith(input, evaluator);

declareType({
  name: `${ns}.Regex`,
  kind: 'class',
  apim: 'listed',
  test: instanceOf(Regex),
  members: {
    'new(string pattern)': yes((pattern: string | null) => Regex.create(pattern)),
    'new(string pattern, RegexOptions options)': yes(Regex.create),
    'static bool IsMatch(string input, string pattern)': yes(isMatch),
    'static bool IsMatch(string input, string pattern, RegexOptions options)': yes(isMatch),
    'static Match Match(string input, string pattern)': yes(match),
    'static Match Match(string input, string pattern, RegexOptions options)': yes(match),
    'static MatchCollection Matches(string input, string pattern)': yes(matches),
    'static MatchCollection Matches(string input, string pattern, RegexOptions options)': yes(matches),
    'static string Replace(string input, string pattern, string replacement)': yes(replace),
    'static string Replace(string input, string pattern, string replacement, RegexOptions options)':
      yes(replace),
    'static string Replace(string input, string pattern, MatchEvaluator evaluator)': yes(replaceWith),
    'static string Replace(string input, string pattern, MatchEvaluator evaluator, RegexOptions options)':
      yes(replaceWith),
    'static string[] Split(string input, string pattern)': yes(split),
    'static string[] Split(string input, string pattern, RegexOptions options)': yes(split),
    // The .NET 4.5 overloads with a match timeout. JavaScript cannot interrupt a running
    // regular expression, so the timeout is accepted and not enforced (docs/decisions.md); the
    // evaluation's budget does not cover regular expressions either.
    'static bool IsMatch(string input, string pattern, RegexOptions options, TimeSpan matchTimeout)': yes(
      (input: string | null, pattern: string | null, options: number) => isMatch(input, pattern, options),
    ),
    'static Match Match(string input, string pattern, RegexOptions options, TimeSpan matchTimeout)': yes(
      (input: string | null, pattern: string | null, options: number) => match(input, pattern, options),
    ),
    'static MatchCollection Matches(string input, string pattern, RegexOptions options, TimeSpan matchTimeout)':
      yes((input: string | null, pattern: string | null, options: number) =>
        matches(input, pattern, options),
      ),
    'static string Replace(string input, string pattern, string replacement, RegexOptions options, TimeSpan matchTimeout)':
      yes((input: string | null, pattern: string | null, replacement: string | null, options: number) =>
        replace(input, pattern, replacement, options),
      ),
    'static string[] Split(string input, string pattern, RegexOptions options, TimeSpan matchTimeout)': yes(
      (input: string | null, pattern: string | null, options: number) => split(input, pattern, options),
    ),
    'static string Unescape(string str)': yes(regexUnescape),
    'static string Escape(string str)': no(regexEscape),
    'bool IsMatch(string input)': yes(jsMethod('IsMatch')),
    'bool IsMatch(string input, int startat)': yes(jsMethod('IsMatch')),
    'Match Match(string input)': yes(jsMethod('Match')),
    'Match Match(string input, int startat)': yes(jsMethod('Match')),
    'Match Match(string input, int beginning, int length)': yes(jsMethod('MatchIn')),
    'MatchCollection Matches(string input)': yes(jsMethod('Matches')),
    'MatchCollection Matches(string input, int startat)': yes(jsMethod('Matches')),
    'string Replace(string input, string replacement)': yes(jsMethod('Replace')),
    'string Replace(string input, string replacement, int count)': yes(jsMethod('Replace')),
    'string Replace(string input, string replacement, int count, int startat)': yes(jsMethod('Replace')),
    'string Replace(string input, MatchEvaluator evaluator)': yes(jsMethod('ReplaceWith')),
    'string Replace(string input, MatchEvaluator evaluator, int count)': yes(jsMethod('ReplaceWith')),
    'string Replace(string input, MatchEvaluator evaluator, int count, int startat)': yes(
      jsMethod('ReplaceWith'),
    ),
    'string[] Split(string input)': yes(jsMethod('Split')),
    'string[] Split(string input, int count)': yes(jsMethod('Split')),
    'string[] Split(string input, int count, int startat)': yes(jsMethod('Split')),
    'RegexOptions Options { get; }': no(jsProperty('Options')),
    'bool RightToLeft { get; }': no(jsProperty('RightToLeft')),
    'string[] GetGroupNames()': no(jsMethod('GetGroupNames')),
    'string ToString()': no(jsMethod('ToString')),
    'int[] GetGroupNumbers()': no(jsMethod('GetGroupNumbers')),
    'string GroupNameFromNumber(int i)': no(jsMethod('GroupNameFromNumber')),
    'int GroupNumberFromName(string name)': no(jsMethod('GroupNumberFromName')),
  },
});

declareType({
  name: `${ns}.Capture`,
  kind: 'class',
  apim: 'listed',
  test: instanceOf(Capture),
  members: {
    'int Index { get; }': yes(jsProperty('Index')),
    'int Length { get; }': yes(jsProperty('Length')),
    'string Value { get; }': { implementation: jsProperty('Value'), apim: true, nonNull: true },
    'string ToString()': no(jsMethod('ToString')),
  },
});

declareType({
  name: `${ns}.Group`,
  kind: 'class',
  base: `${ns}.Capture`,
  apim: 'listed',
  test: instanceOf(Group),
  members: {
    'bool Success { get; }': yes(jsProperty('Success')),
    'CaptureCollection Captures { get; }': {
      implementation: jsProperty('Captures'),
      apim: true,
      nonNull: true,
    },
    'string Name { get; }': no(jsProperty('Name')),
  },
});

declareType({
  name: `${ns}.Match`,
  kind: 'class',
  base: `${ns}.Group`,
  apim: 'listed',
  test: instanceOf(Match),
  members: {
    'static Match Empty { get; }': { implementation: () => Match.Empty, apim: true, nonNull: true },
    'GroupCollection Groups { get; }': { implementation: jsProperty('Groups'), apim: true, nonNull: true },
    'string Result(string replacement)': yes(jsMethod('Result')),
    'Match NextMatch()': no(jsMethod('NextMatch')),
  },
});

declareType({
  name: `${ns}.GroupCollection`,
  kind: 'class',
  apim: 'listed',
  interfaces: ['System.Collections.IEnumerable'],
  test: instanceOf(GroupCollection),
  members: {
    'int Count { get; }': yes(jsProperty('Count')),
    'Group this[int groupnum] { get; }': yes((self: GroupCollection, index: number) => self.byNumber(index)),
    'Group this[string groupname] { get; }': yes((self: GroupCollection, name: string | null) =>
      self.byName(name),
    ),
  },
});

declareType({
  name: `${ns}.CaptureCollection`,
  kind: 'class',
  apim: 'listed',
  interfaces: ['System.Collections.IEnumerable'],
  test: instanceOf(CaptureCollection),
  members: {
    'int Count { get; }': yes(jsProperty('Count')),
    'Capture this[int i] { get; }': yes((self: CaptureCollection, i: number) => self.item(i)),
  },
});

declareType({
  name: `${ns}.MatchCollection`,
  kind: 'class',
  apim: 'none',
  interfaces: ['System.Collections.IEnumerable'],
  test: instanceOf(MatchCollection),
  members: {
    'int Count { get; }': jsProperty('Count'),
    'Match this[int i] { get; }': (self: MatchCollection, i: number) => self.item(i),
  },
});
