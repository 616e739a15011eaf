import type { BoundPattern } from '../../binder/bound-tree.js';
import { helpers } from '../../runtime/helpers/index.js';
import type { ClosureCompiler } from './context.js';
import { compileExpression } from './expressions.js';
import type { Evaluator } from './frame.js';
import { binaryFunction } from './operators.js';
import { writeLocal } from './variables.js';

/**
 * Tests a pattern against a value (typed form, or object form for type tests), assigning the
 * pattern's variable on a match, as `codegen/emit-expression.ts` `emitPattern` does.
 */
export function compilePattern(c: ClosureCompiler, pattern: BoundPattern, input: Evaluator): Evaluator {
  switch (pattern.kind) {
    case 'null':
      return (frame) => input(frame) === null;
    case 'var': {
      // A discard still evaluates the input.
      if (pattern.local === null) {
        return (frame) => {
          input(frame);
          return true;
        };
      }
      const store = writeLocal(c, pattern.local);
      return (frame) => {
        store(frame, input(frame));
        return true;
      };
    }
    case 'type': {
      const type = c.slots.type({ kind: 'type', type: pattern.type });
      if (pattern.local === null) return (frame) => type.isInstance(input(frame));
      const store = writeLocal(c, pattern.local);
      return (frame) => {
        const value = input(frame);
        if (!type.isInstance(value)) return false;
        store(frame, helpers.unbox(type, value));
        return true;
      };
    }
    case 'constant': {
      const constant = compileExpression(c, pattern.value);
      const equal = binaryFunction('==', pattern.equality, false);
      if (pattern.typeTest === null) {
        return (frame) => {
          const value = input(frame);
          return equal(value, constant(frame));
        };
      }
      const type = c.slots.type({ kind: 'type', type: pattern.typeTest });
      return (frame) => {
        const value = input(frame);
        return type.isInstance(value) && equal(type.unbox(value), constant(frame));
      };
    }
  }
}
