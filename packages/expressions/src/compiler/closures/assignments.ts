import type { BoundAssignable, BoundCompoundAssignment } from '../../binder/bound-tree.js';
import { helpers } from '../../runtime/helpers/index.js';
import { evaluateAll } from './access.js';
import type { ClosureCompiler } from './context.js';
import { compileExpression, compileReceiver } from './expressions.js';
import type { Evaluator, Frame } from './frame.js';
import { indexerReader, indexerWriter, reader, writer } from './members.js';
import { readLocal, storeReceiver, writeLocal } from './variables.js';

type WritableArray = { [index: number]: unknown; length: number } | null;

/**
 * `target = value`; the expression's value is the assigned value. As in C# (and generated code):
 * the receiver, then the indices, then the value, then the receiver's null check and the write.
 */
export function compileAssignment(c: ClosureCompiler, target: BoundAssignable, value: Evaluator): Evaluator {
  switch (target.kind) {
    case 'local': {
      const store = writeLocal(c, target.symbol);
      return (frame) => {
        const assigned = value(frame);
        store(frame, assigned);
        return assigned;
      };
    }
    case 'array-element': {
      const array = compileExpression(c, target.array);
      const index = compileExpression(c, target.index);
      return (frame) => {
        const self = array(frame) as WritableArray;
        const at = index(frame) as number;
        return helpers.arraySet(self, at, value(frame));
      };
    }
    case 'member': {
      const write = writer(c.slots, target.symbol, target.receiver !== null);
      if (target.receiver === null) {
        return (frame) => {
          const assigned = value(frame);
          write(null, assigned);
          return assigned;
        };
      }
      const receiver = compileExpression(c, target.receiver);
      const checkNull = target.checkNull;
      return (frame) => {
        const self = receiver(frame);
        const assigned = value(frame);
        write(checkNull ? helpers.notNull(self) : self, assigned);
        return assigned;
      };
    }
    case 'indexer': {
      const receiver = compileExpression(c, target.receiver);
      const checkNull = target.checkNull;
      const indices = target.arguments.map((argument) => compileExpression(c, argument));
      const write = indexerWriter(c.slots, target.indexer);
      return (frame) => {
        const self = receiver(frame);
        const at = evaluateAll(indices, frame);
        const assigned = value(frame);
        write(checkNull ? helpers.notNull(self) : self, at, assigned);
        return assigned;
      };
    }
  }
}

/** How a compound assignment reaches its target once the receiver and indices are known. */
interface Place {
  /** Evaluates the receiver and indices into the frame's state for `read`/`write`. */
  prepare(frame: Frame): unknown[];
  read(frame: Frame, state: unknown[]): unknown;
  write(frame: Frame, state: unknown[], value: unknown): void;
}

const NO_STATE: unknown[] = [];

function placeOf(c: ClosureCompiler, target: BoundAssignable): Place {
  switch (target.kind) {
    case 'local': {
      const read = readLocal(c, target.symbol);
      const store = writeLocal(c, target.symbol);
      return {
        prepare: () => NO_STATE,
        read: (frame) => read(frame),
        write: (frame, _, value) => store(frame, value),
      };
    }
    case 'array-element': {
      const array = compileExpression(c, target.array);
      const index = compileExpression(c, target.index);
      return {
        prepare: (frame) => {
          const self = array(frame);
          return [self, index(frame)];
        },
        read: (_, [self, at]) => helpers.arrayGet(self as ArrayLike<unknown> | null, at as number),
        write: (_, [self, at], value) => void helpers.arraySet(self as WritableArray, at as number, value),
      };
    }
    case 'member': {
      const receiver =
        target.receiver === null ? null : compileReceiver(c, target.receiver, target.checkNull);
      const read = reader(c.slots, target.symbol, receiver !== null);
      const write = writer(c.slots, target.symbol, receiver !== null);
      return {
        prepare: (frame) => [receiver === null ? null : receiver(frame)],
        read: (_, [self]) => read(self),
        write: (_, [self], value) => write(self, value),
      };
    }
    case 'indexer': {
      const receiver = compileReceiver(c, target.receiver, target.checkNull);
      const indices = target.arguments.map((argument) => compileExpression(c, argument));
      const read = indexerReader(c.slots, target.indexer);
      const write = indexerWriter(c.slots, target.indexer);
      return {
        prepare: (frame) => {
          const self = receiver(frame);
          return [self, ...evaluateAll(indices, frame)];
        },
        read: (_, [self, ...at]) => read(self, at),
        write: (_, [self, ...at], value) => write(self, at, value),
      };
    }
  }
}

/** `x op= y`, `x++`: the target's receiver and indices are evaluated once. */
export function compileCompoundAssignment(c: ClosureCompiler, node: BoundCompoundAssignment): Evaluator {
  const place = placeOf(c, node.target);
  const store = storeReceiver(c, node.id);
  const value = compileExpression(c, node.value);
  const postfix = node.postfix;
  return (frame) => {
    const state = place.prepare(frame);
    const old = place.read(frame, state);
    store(frame, old);
    const result = value(frame);
    place.write(frame, state, result);
    return postfix ? old : result;
  };
}
