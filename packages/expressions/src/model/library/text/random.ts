import { Random } from '../../../runtime/text/random.js';
import { declareType } from '../../registry.js';

/** `System.Random`: the runtime class reproduces .NET's seeded sequences. */
declareType({
  name: 'System.Random',
  kind: 'class',
  apim: 'all',
  test: (value) => value instanceof Random,
  members: {
    'new()': () => new Random(),
    'new(int Seed)': (seed: number) => new Random(seed),
    'int Next()': (self: Random) => self.Next(),
    'int Next(int maxValue)': (self: Random, max: number) => self.NextBelow(max),
    'int Next(int minValue, int maxValue)': (self: Random, min: number, max: number) =>
      self.NextBetween(min, max),
    'double NextDouble()': (self: Random) => self.NextDouble(),
    'void NextBytes(byte[] buffer)': (self: Random, buffer: Uint8Array | null) => self.NextBytes(buffer),
  },
});
