// biome-ignore-all lint/suspicious/noTemplateCurlyInString: ${name} is .NET's substitution syntax in these replacement patterns
import { describe, expect, it } from 'vitest';
// Split returns a .NET string[], whose runtime type comes from the model.
import '../../../model/library/index.js';
import '../../../model/runtime-types.js';
import { DotnetException } from '../../exceptions.js';
import { RegexOptions } from './ast.js';
import { Match } from './match.js';
import { Regex } from './regex.js';
import { regexUnescape } from './regex-escape.js';

// Expected values were established with Mono, whose System.Text.RegularExpressions is .NET
// Framework's reference source.

const rx = (pattern: string, options: number = RegexOptions.None) => Regex.create(pattern, options);

function thrown(action: () => unknown): DotnetException {
  try {
    action();
  } catch (error) {
    if (error instanceof DotnetException) return error;
    throw error;
  }
  throw new Error('nothing was thrown');
}

describe('Regex matching with .NET semantics', () => {
  it.each([
    [String.raw`^\d$`, '٣', RegexOptions.None, true],
    [String.raw`^\d$`, '٣', RegexOptions.ECMAScript, false],
    [String.raw`^\w$`, 'é', RegexOptions.None, true],
    ['k', '\u212A', RegexOptions.IgnoreCase, true],
    ['a.b', 'a\nb', RegexOptions.None, false],
    ['a.b', 'a\nb', RegexOptions.Singleline, true],
    ['^line2$', 'line1\nline2', RegexOptions.None, false],
    ['^line2$', 'line1\nline2', RegexOptions.Multiline, true],
    ['abc$', 'abc\n', RegexOptions.None, true],
    [String.raw`abc\z`, 'abc\n', RegexOptions.None, false],
    [String.raw`abc\Z`, 'abc\n', RegexOptions.None, true],
    ['foo  bar # comment', 'foo bar', RegexOptions.IgnorePatternWhitespace, false],
    ['(?i)a(?-i)B', 'Ab', RegexOptions.None, false],
  ])('IsMatch(/%s/) on %j with options %i', (pattern, input, options, expected) => {
    expect(rx(pattern, options).IsMatch(input)).toBe(expected);
  });

  it('numbers unnamed groups before named ones', () => {
    const match = rx('(?<x>a)(b)').Match('ab');
    expect(match.Groups.byNumber(1).Value).toBe('b');
    expect(match.Groups.byNumber(2).Value).toBe('a');
    expect(match.Groups.byName('1').Value).toBe('b');
    expect(match.Groups.byName('x').Value).toBe('a');
  });

  it('gives empty, failed groups for unknown names and numbers', () => {
    const match = rx(String.raw`max-age=(?<maxAge>\d+)`).Match('max-age=3600, public');
    expect(match.Groups.byName('maxAge').Value).toBe('3600');
    expect(match.Groups.byName('missing').Success).toBe(false);
    expect(match.Groups.byName('missing').Value).toBe('');
    expect(match.Groups.byNumber(-1).Success).toBe(false);
  });

  it('gives a group its capture (JavaScript keeps only the last one of a repeated group)', () => {
    const group = rx(String.raw`(\w)+`).Match('abc').Groups.byNumber(1);
    expect(group.Captures.Count).toBe(1);
    expect(group.Captures.item(0).Value).toBe('c');
    expect(group.Captures.item(0).Index).toBe(2);
    expect(thrown(() => group.Captures.item(5)).type).toBe('System.ArgumentOutOfRangeException');
  });

  it('supports atomic groups, look-behind and class subtraction', () => {
    expect(rx('[a-z-[aeiou]]+').Match('aeb').Value).toBe('b');
    expect(rx('(?>a+)a').IsMatch('aaa')).toBe(false);
    expect(rx('(?>a+)b').Match('aaab').Value).toBe('aaab');
    expect(rx(String.raw`(?<=EUR)\d+`).Match('USD100 EUR200').Value).toBe('200');
    expect(rx(String.raw`(ab)\1`, RegexOptions.IgnoreCase).Match('abAB').Value).toBe('abAB');
  });

  it.each([
    [String.raw`^(?:[^()]|(?<o>\()|(?<-o>\)))*(?(o)(?!))$`, RegexOptions.None],
    ['(a)?(?(1)b|c)', RegexOptions.None],
    ['abc', RegexOptions.RightToLeft],
  ])('reports /%s/ (options %i), which JavaScript cannot run, as not supported', (pattern, options) => {
    expect(thrown(() => rx(pattern, options)).type).toBe('System.NotSupportedException');
  });

  it('starts at a position, where \\G anchors and ^ does not', () => {
    expect(rx('a').Match('banana', 2).Index).toBe(3);
    expect(rx('^a').Match('banana', 3).Success).toBe(false);
    expect(rx(String.raw`\Ga`).Match('banana', 3).Success).toBe(true);
    expect(thrown(() => rx('a').Match('banana', 7)).message).toBe(
      'Start index cannot be less than 0 or greater than input length.\r\nParameter name: startat',
    );
  });

  it('has Match.Empty for failed matches, whose Result throws', () => {
    const failed = rx('x').Match('abc');
    expect(failed).toBe(Match.Empty);
    expect(thrown(() => failed.Result('y')).type).toBe('System.NotSupportedException');
    expect(rx('x').Match('x').Result('$$ $0 $& $9 ${nope}')).toBe('$ x x $9 ${nope}');
  });
});

describe('Regex.Replace and Split', () => {
  it.each([
    ['b', 'abc', "[$`|$'|$&|$_|$+|$$]", 'a[a|c|b|abc|b|$]c'],
    ['(b)', 'abc', '$10', 'a$10c'],
    ['(b)', 'abc', '${1}0', 'ab0c'],
    ['', 'abc', '-', '-a-b-c-'],
    ['a*', 'aaa', 'X', 'XX'],
    [String.raw`(?<f>\w+) (?<l>\w+)`, 'John Smith', '${l}, ${f}', 'Smith, John'],
  ])('replaces /%s/ in %j by %j', (pattern, input, replacement, expected) => {
    expect(rx(pattern).Replace(input, replacement)).toBe(expected);
  });

  it('counts and starts replacements', () => {
    expect(rx('a').Replace('banana', 'o', 2)).toBe('bonona');
    expect(rx('a').Replace('banana', 'o', -1, 2)).toBe('banono');
    expect(rx('a').Replace('banana', 'o', 1, 4)).toBe('banano');
    expect(rx('o').ReplaceWith('Hello World', (m) => m.Value.toUpperCase() + m.Index)).toBe('HellO4 WO7rld');
  });

  it('splits with captured groups included and empty pieces kept', () => {
    expect([...rx(String.raw`(\d)`).Split('a1b2c')]).toEqual(['a', '1', 'b', '2', 'c']);
    expect([...rx('').Split('abc')]).toEqual(['', 'a', 'b', 'c', '']);
    expect([...rx(',').Split(',a,,b,')]).toEqual(['', 'a', '', 'b', '']);
    expect([...rx(',').Split('a,b,c,d', 2)]).toEqual(['a', 'b,c,d']);
    expect([...rx(',').Split('a,b,c,d', 3, 3)]).toEqual(['a,b', 'c', 'd']);
  });
});

describe('Regex errors and Unescape', () => {
  it.each([
    ['(', 'parsing "(" - Not enough )\'s.'],
    ['a{2,1}', 'parsing "a{2,1}" - Illegal {x,y} with x > y.'],
    [String.raw`\k<x>`, 'parsing "\\k<x>" - Reference to undefined group name x.'],
    ['[z-a]', 'parsing "[z-a]" - [x-y] range in reverse order.'],
    ['a**', 'parsing "a**" - Nested quantifier *.'],
    [String.raw`\p{Foo}`, 'parsing "\\p{Foo}" - Unknown property \'Foo\'.'],
  ])('rejects %j', (pattern, message) => {
    const error = thrown(() => rx(pattern));
    expect(error.type).toBe('System.ArgumentException');
    expect(error.message).toBe(message);
  });

  it('rejects invalid option combinations', () => {
    expect(thrown(() => rx('a', 4096)).type).toBe('System.ArgumentOutOfRangeException');
    expect(thrown(() => rx('a', RegexOptions.ECMAScript | RegexOptions.Singleline)).type).toBe(
      'System.ArgumentOutOfRangeException',
    );
  });

  it('unescapes .NET escapes', () => {
    expect(regexUnescape(String.raw`a\tb\x41\u0042\n`)).toBe('a\tbAB\n');
    expect(regexUnescape(String.raw`\[\]\(\)`)).toBe('[]()');
    expect(thrown(() => regexUnescape(String.raw`\q`)).message).toBe(
      'parsing "\\q" - Unrecognized escape sequence \\q.',
    );
  });
});
