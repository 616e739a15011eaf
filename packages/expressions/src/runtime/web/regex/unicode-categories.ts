import { CharSet } from './char-set.js';

/**
 * The Unicode general categories `\p{...}` names in .NET, and the named blocks (`\p{IsGreek}`),
 * as sets of code units. Category membership comes from the JavaScript engine's Unicode data,
 * which may be newer than .NET Framework's for recently assigned characters.
 */

const categories = new Set([
  'L',
  'Lu',
  'Ll',
  'Lt',
  'Lm',
  'Lo',
  'M',
  'Mn',
  'Mc',
  'Me',
  'N',
  'Nd',
  'Nl',
  'No',
  'Z',
  'Zs',
  'Zl',
  'Zp',
  'C',
  'Cc',
  'Cf',
  'Cs',
  'Co',
  'Cn',
  'P',
  'Pc',
  'Pd',
  'Ps',
  'Pe',
  'Pi',
  'Pf',
  'Po',
  'S',
  'Sm',
  'Sc',
  'Sk',
  'So',
]);

// biome-ignore format: a data table of .NET's block names and ranges
const blocks: Readonly<Record<string, readonly [number, number]>> = {
  IsAlphabeticPresentationForms: [0xfb00, 0xfb4f], IsArabic: [0x0600, 0x06ff],
  'IsArabicPresentationForms-A': [0xfb50, 0xfdff], 'IsArabicPresentationForms-B': [0xfe70, 0xfeff],
  IsArmenian: [0x0530, 0x058f], IsArrows: [0x2190, 0x21ff], IsBasicLatin: [0x0000, 0x007f],
  IsBengali: [0x0980, 0x09ff], IsBlockElements: [0x2580, 0x259f], IsBopomofo: [0x3100, 0x312f],
  IsBopomofoExtended: [0x31a0, 0x31bf], IsBoxDrawing: [0x2500, 0x257f], IsBraillePatterns: [0x2800, 0x28ff],
  IsBuhid: [0x1740, 0x175f], IsCJKCompatibility: [0x3300, 0x33ff], IsCJKCompatibilityForms: [0xfe30, 0xfe4f],
  IsCJKCompatibilityIdeographs: [0xf900, 0xfaff], IsCJKRadicalsSupplement: [0x2e80, 0x2eff],
  IsCJKSymbolsandPunctuation: [0x3000, 0x303f], IsCJKUnifiedIdeographs: [0x4e00, 0x9fff],
  IsCJKUnifiedIdeographsExtensionA: [0x3400, 0x4dbf], IsCherokee: [0x13a0, 0x13ff],
  IsCombiningDiacriticalMarks: [0x0300, 0x036f], IsCombiningDiacriticalMarksforSymbols: [0x20d0, 0x20ff],
  IsCombiningHalfMarks: [0xfe20, 0xfe2f], IsCombiningMarksforSymbols: [0x20d0, 0x20ff],
  IsControlPictures: [0x2400, 0x243f], IsCurrencySymbols: [0x20a0, 0x20cf], IsCyrillic: [0x0400, 0x04ff],
  IsCyrillicSupplement: [0x0500, 0x052f], IsDevanagari: [0x0900, 0x097f], IsDingbats: [0x2700, 0x27bf],
  IsEnclosedAlphanumerics: [0x2460, 0x24ff], IsEnclosedCJKLettersandMonths: [0x3200, 0x32ff],
  IsEthiopic: [0x1200, 0x137f], IsGeneralPunctuation: [0x2000, 0x206f], IsGeometricShapes: [0x25a0, 0x25ff],
  IsGeorgian: [0x10a0, 0x10ff], IsGreek: [0x0370, 0x03ff], IsGreekandCoptic: [0x0370, 0x03ff],
  IsGreekExtended: [0x1f00, 0x1fff], IsGujarati: [0x0a80, 0x0aff], IsGurmukhi: [0x0a00, 0x0a7f],
  IsHalfwidthandFullwidthForms: [0xff00, 0xffef], IsHangulCompatibilityJamo: [0x3130, 0x318f],
  IsHangulJamo: [0x1100, 0x11ff], IsHangulSyllables: [0xac00, 0xd7af], IsHanunoo: [0x1720, 0x173f],
  IsHebrew: [0x0590, 0x05ff], IsHighPrivateUseSurrogates: [0xdb80, 0xdbff], IsHighSurrogates: [0xd800, 0xdb7f],
  IsHiragana: [0x3040, 0x309f], IsIPAExtensions: [0x0250, 0x02af], IsIdeographicDescriptionCharacters: [0x2ff0, 0x2fff],
  IsKanbun: [0x3190, 0x319f], IsKangxiRadicals: [0x2f00, 0x2fdf], IsKannada: [0x0c80, 0x0cff],
  IsKatakana: [0x30a0, 0x30ff], IsKatakanaPhoneticExtensions: [0x31f0, 0x31ff], IsKhmer: [0x1780, 0x17ff],
  IsKhmerSymbols: [0x19e0, 0x19ff], IsLao: [0x0e80, 0x0eff], 'IsLatin-1Supplement': [0x0080, 0x00ff],
  'IsLatinExtended-A': [0x0100, 0x017f], 'IsLatinExtended-B': [0x0180, 0x024f],
  IsLatinExtendedAdditional: [0x1e00, 0x1eff], IsLetterlikeSymbols: [0x2100, 0x214f], IsLimbu: [0x1900, 0x194f],
  IsLowSurrogates: [0xdc00, 0xdfff], IsMalayalam: [0x0d00, 0x0d7f], IsMathematicalOperators: [0x2200, 0x22ff],
  'IsMiscellaneousMathematicalSymbols-A': [0x27c0, 0x27ef], 'IsMiscellaneousMathematicalSymbols-B': [0x2980, 0x29ff],
  IsMiscellaneousSymbols: [0x2600, 0x26ff], IsMiscellaneousSymbolsandArrows: [0x2b00, 0x2bff],
  IsMiscellaneousTechnical: [0x2300, 0x23ff], IsMongolian: [0x1800, 0x18af], IsMyanmar: [0x1000, 0x109f],
  IsNumberForms: [0x2150, 0x218f], IsOgham: [0x1680, 0x169f], IsOpticalCharacterRecognition: [0x2440, 0x245f],
  IsOriya: [0x0b00, 0x0b7f], IsPhoneticExtensions: [0x1d00, 0x1d7f], IsPrivateUse: [0xe000, 0xf8ff],
  IsPrivateUseArea: [0xe000, 0xf8ff], IsRunic: [0x16a0, 0x16ff], IsSinhala: [0x0d80, 0x0dff],
  IsSmallFormVariants: [0xfe50, 0xfe6f], IsSpacingModifierLetters: [0x02b0, 0x02ff], IsSpecials: [0xfff0, 0xffff],
  'IsSupplementalArrows-A': [0x27f0, 0x27ff], 'IsSupplementalArrows-B': [0x2900, 0x297f],
  IsSupplementalMathematicalOperators: [0x2a00, 0x2aff], IsSyriac: [0x0700, 0x074f], IsTagalog: [0x1700, 0x171f],
  IsTagbanwa: [0x1760, 0x177f], IsTaiLe: [0x1950, 0x197f], IsTamil: [0x0b80, 0x0bff], IsTelugu: [0x0c00, 0x0c7f],
  IsThaana: [0x0780, 0x07bf], IsThai: [0x0e00, 0x0e7f], IsTibetan: [0x0f00, 0x0fff],
  IsUnifiedCanadianAboriginalSyllabics: [0x1400, 0x167f], IsVariationSelectors: [0xfe00, 0xfe0f],
  IsYiRadicals: [0xa490, 0xa4cf], IsYiSyllables: [0xa000, 0xa48f], IsYijingHexagramSymbols: [0x4dc0, 0x4dff],
};

const cache = new Map<string, CharSet>();

function computed(key: string, make: () => CharSet): CharSet {
  let set = cache.get(key);
  if (set === undefined) {
    set = make();
    cache.set(key, set);
  }
  return set;
}

/** The set of a general category (`Lu`) or of a group of them (`L`). */
export function categorySet(name: string): CharSet {
  return computed(`gc:${name}`, () => {
    const pattern = new RegExp(`^\\p{gc=${name}}$`, 'u');
    return CharSet.fromTest((unit) => pattern.test(String.fromCharCode(unit)));
  });
}

/** Whether `\p{name}` is known to .NET. */
export function isPropertyName(name: string): boolean {
  return categories.has(name) || name in blocks;
}

/** The set `\p{name}` stands for (a known name). */
export function propertySet(name: string): CharSet {
  const block = blocks[name];
  if (block !== undefined) return computed(`block:${name}`, () => CharSet.range(block[0], block[1]));
  return categorySet(name);
}

/** `\w`: letters, non-spacing marks, decimal digits and connector punctuation. */
export function wordSet(): CharSet {
  return computed('word', () =>
    categorySet('L').clone().addSet(categorySet('Mn')).addSet(categorySet('Nd')).addSet(categorySet('Pc')),
  );
}

/** The characters `\b` counts as word characters: `\w` and the zero-width joiners. */
export function boundaryWordSet(): CharSet {
  return computed('boundary', () => wordSet().clone().add(0x200c).add(0x200d));
}

/** `\s`: what `char.IsWhiteSpace` accepts. */
export function spaceSet(): CharSet {
  return computed('space', () => categorySet('Z').clone().addRange(0x09, 0x0d).add(0x85));
}

/** `\d`: decimal digits of every script. */
export function digitSet(): CharSet {
  return categorySet('Nd');
}

/** With `RegexOptions.ECMAScript`: `\w`, `\s` and `\d` are ASCII-only. */
export const ecmaWordSet = () =>
  computed('ecma-word', () => CharSet.range(0x30, 0x39).addRange(0x41, 0x5a).addRange(0x61, 0x7a).add(0x5f));
export const ecmaSpaceSet = () =>
  computed('ecma-space', () => CharSet.of(0x20, 0x0c, 0x0a, 0x0d, 0x09, 0x0b));
export const ecmaDigitSet = () => computed('ecma-digit', () => CharSet.range(0x30, 0x39));

/** The upper-, lower- and title-case letters together, which `\p{Lu}`, `\p{Ll}` and `\p{Lt}` mean under `IgnoreCase`. */
export function casedLetterSet(): CharSet {
  return computed('cased', () =>
    categorySet('Lu').clone().addSet(categorySet('Ll')).addSet(categorySet('Lt')),
  );
}
