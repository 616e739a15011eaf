import type { BoundExpression } from '../../binder/bound-tree.js';
import type { AnonymousShape } from '../../runtime/core/anonymous.js';
import { helpers } from '../../runtime/helpers/index.js';
import {
  compileArguments,
  compileCall,
  compileIndexerRead,
  compileMemberRead,
  compileObjectCreation,
  compileOperatorCall,
  evaluateAll,
} from './access.js';
import { compileAssignment, compileCompoundAssignment } from './assignments.js';
import type { ClosureCompiler } from './context.js';
import { converter } from './conversion.js';
import { type Evaluator, outer } from './frame.js';
import { compileLambda } from './functions.js';
import { binaryFunction, liftedBinary, unaryFunction } from './operators.js';
import { compilePattern } from './patterns.js';
import type { RuntimeFunction } from './slot-cache.js';
import { readLocal, readReceiver, storeReceiver } from './variables.js';

/**
 * Compiles a bound expression to a closure computing its value in the form of its type,
 * mirroring `codegen/emit-expression.ts` case by case (same helpers, same evaluation order).
 */
export function compileExpression(c: ClosureCompiler, node: BoundExpression): Evaluator {
  switch (node.kind) {
    case 'literal': {
      const value = node.value;
      return () => value;
    }
    case 'decimal-literal': {
      const value = c.slots.get({ kind: 'decimal', digits: node.digits });
      return () => value;
    }
    case 'default': {
      const type = c.slots.type({ kind: 'type', type: node.type });
      return () => type.defaultValue;
    }
    case 'context':
      return (frame) => frame.context;
    case 'local':
      return readLocal(c, node.symbol);
    case 'member':
      return compileMemberRead(c, node);
    case 'call':
      return compileCall(c, node);
    case 'operator-call':
      return compileOperatorCall(c, node);
    case 'indexer':
      return compileIndexerRead(c, node);
    case 'array-element': {
      const array = compileExpression(c, node.array);
      const index = compileExpression(c, node.index);
      return (frame) => helpers.arrayGet(array(frame) as ArrayLike<unknown> | null, index(frame) as number);
    }
    case 'delegate-invoke': {
      const target = compileExpression(c, node.target);
      const args = compileArguments(c, node.arguments);
      return (frame) => {
        const fn = helpers.notNull(target(frame)) as RuntimeFunction;
        return fn(...evaluateAll(args, frame));
      };
    }
    case 'local-function-call': {
      const holder = c.localFunction(node.function.id);
      // The function's frame hangs on the frame of the function that declares it.
      const depth = c.fn.depth - (c.layout.function(node.function.id).depth - 1);
      const args = compileArguments(c, node.arguments);
      return (frame) => {
        const values = evaluateAll(args, frame);
        return holder.compiled!.invoke(outer(frame, depth), frame.context, values);
      };
    }
    case 'new':
      return compileObjectCreation(c, node);
    case 'new-array': {
      const elementType = c.slots.type({ kind: 'type', type: node.elementType });
      if (node.elements !== null) {
        const elements = node.elements.map((element) => compileExpression(c, element));
        return (frame) => helpers.arrayOf(elementType, evaluateAll(elements, frame));
      }
      const size = compileExpression(c, node.size!);
      return (frame) => helpers.newArray(elementType, size(frame) as number);
    }
    case 'new-anonymous': {
      const shape = c.slots.get({ kind: 'shape', type: node.type }) as AnonymousShape;
      const values = node.values.map((value) => compileExpression(c, value));
      return (frame) => helpers.anonymous(shape, evaluateAll(values, frame));
    }
    case 'anonymous-member': {
      const receiver = compileReceiver(c, node.receiver, node.checkNull);
      const index = node.index;
      return (frame) => (receiver(frame) as { values: unknown[] }).values[index];
    }
    case 'convert': {
      const operand = compileExpression(c, node.operand);
      const convert = converter(c.slots, node.conversion, node.type, node.checked);
      return convert === null ? operand : (frame) => convert(operand(frame));
    }
    case 'unary': {
      const operand = compileExpression(c, node.operand);
      const apply = unaryFunction(node);
      return (frame) => apply(operand(frame));
    }
    case 'binary': {
      const left = compileExpression(c, node.left);
      const right = compileExpression(c, node.right);
      const operation = binaryFunction(node.operator, node.operation, node.checked);
      const apply = node.lifted ? liftedBinary(node.operator, operation) : operation;
      return (frame) => {
        const a = left(frame);
        return apply(a, right(frame));
      };
    }
    case 'logical': {
      const left = compileExpression(c, node.left);
      const right = compileExpression(c, node.right);
      return node.operator === '&&'
        ? (frame) => left(frame) && right(frame)
        : (frame) => left(frame) || right(frame);
    }
    case 'conditional': {
      const test = compileExpression(c, node.test);
      const whenTrue = compileExpression(c, node.whenTrue);
      const whenFalse = compileExpression(c, node.whenFalse);
      return (frame) => (test(frame) ? whenTrue(frame) : whenFalse(frame));
    }
    case 'coalesce': {
      const store = storeReceiver(c, node.id);
      const left = compileExpression(c, node.left);
      const converted = compileExpression(c, node.leftConversion);
      const right = compileExpression(c, node.right);
      return (frame) => {
        const value = left(frame);
        store(frame, value);
        return value !== null ? converted(frame) : right(frame);
      };
    }
    case 'conditional-access': {
      const store = storeReceiver(c, node.id);
      const receiver = compileExpression(c, node.receiver);
      const whenNotNull = compileExpression(c, node.whenNotNull);
      return (frame) => {
        const value = receiver(frame);
        store(frame, value);
        return value === null ? null : whenNotNull(frame);
      };
    }
    case 'conditional-receiver':
      return readReceiver(c, node.id);
    case 'is-pattern':
      return compilePattern(c, node.pattern, compileExpression(c, node.operand));
    case 'as': {
      const type = c.slots.type({ kind: 'type', type: node.type });
      const operand = compileExpression(c, node.operand);
      return (frame) => helpers.asType(type, operand(frame));
    }
    case 'assign':
      return compileAssignment(c, node.target, compileExpression(c, node.value));
    case 'compound-assign':
      return compileCompoundAssignment(c, node);
    case 'lambda':
      return compileLambda(c, node);
    case 'throw-expression': {
      const exception = compileExpression(c, node.exception);
      return (frame) => helpers.throwValue(exception(frame));
    }
    case 'interpolation':
      return compileInterpolation(c, node);
    case 'error':
      throw new Error('An expression with errors cannot be compiled');
  }
}

/** The receiver of an instance member, null-checked when the binder says it may be null. */
export function compileReceiver(
  c: ClosureCompiler,
  receiver: BoundExpression,
  checkNull: boolean,
): Evaluator {
  const value = compileExpression(c, receiver);
  return checkNull ? (frame) => helpers.notNull(value(frame)) : value;
}

function compileInterpolation(
  c: ClosureCompiler,
  node: Extract<BoundExpression, { kind: 'interpolation' }>,
): Evaluator {
  const parts: Evaluator[] = node.parts.map((part): Evaluator => {
    if (typeof part === 'string') return () => part;
    const value = compileExpression(c, part.value);
    const alignment = part.alignment === null ? null : compileExpression(c, part.alignment);
    const format = part.format;
    return (frame) => {
      const hole = value(frame);
      return helpers.formatHole(hole, alignment === null ? null : (alignment(frame) as number), format);
    };
  });
  return (frame) => {
    let text = '';
    for (const part of parts) text += part(frame) as string;
    return text;
  };
}
