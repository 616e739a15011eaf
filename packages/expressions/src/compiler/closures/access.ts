import type {
  BoundArgument,
  BoundCall,
  BoundExpression,
  BoundIndexerRead,
  BoundMemberRead,
  BoundObjectCreation,
  BoundOperatorCall,
} from '../../binder/bound-tree.js';
import { helpers } from '../../runtime/helpers/index.js';
import type { ClosureCompiler } from './context.js';
import { compileExpression, compileReceiver } from './expressions.js';
import type { Evaluator, Frame } from './frame.js';
import { constantOf, indexerReader, indexerWriter, invoker, reader, writer } from './members.js';
import { cellOf, storeReceiver } from './variables.js';

/** Evaluates closures left to right into a new array. */
export function evaluateAll(evaluators: readonly Evaluator[], frame: Frame): unknown[] {
  const values = new Array<unknown>(evaluators.length);
  for (let index = 0; index < evaluators.length; index++) values[index] = evaluators[index]!(frame);
  return values;
}

/** Arguments: values, or the `Reference` cells of `ref`/`out` variables. */
export function compileArguments(c: ClosureCompiler, args: readonly BoundArgument[]): Evaluator[] {
  return args.map((argument) =>
    argument.kind === 'value' ? compileExpression(c, argument.value) : cellOf(c, argument.variable.symbol),
  );
}

function compileAll(c: ClosureCompiler, nodes: readonly BoundExpression[]): Evaluator[] {
  return nodes.map((node) => compileExpression(c, node));
}

/** A property or field read. */
export function compileMemberRead(c: ClosureCompiler, node: BoundMemberRead): Evaluator {
  const constant = constantOf(node.symbol, c.slots);
  if (constant !== null) {
    const value = constant.value;
    return () => value;
  }
  const read = reader(c.slots, node.symbol, node.receiver !== null);
  if (node.receiver === null) return () => read(null);
  const receiver = compileReceiver(c, node.receiver, node.checkNull);
  return (frame) => read(receiver(frame));
}

/**
 * A method call: the receiver, then the arguments, then the receiver's null check (as in C#:
 * generated code checks first only when no argument can have effects, which looks the same),
 * then the call.
 */
export function compileCall(c: ClosureCompiler, node: BoundCall): Evaluator {
  const receiver = node.receiver === null ? null : compileExpression(c, node.receiver);
  const args = compileArguments(c, node.arguments);
  const invoke = invoker(c.slots, node.method, receiver !== null, node.typeArguments);
  if (receiver === null) return (frame) => invoke(null, evaluateAll(args, frame));
  if (!node.checkNull) {
    return (frame) => {
      const self = receiver(frame);
      return invoke(self, evaluateAll(args, frame));
    };
  }
  return (frame) => {
    const self = receiver(frame);
    const values = evaluateAll(args, frame);
    return invoke(helpers.notNull(self), values);
  };
}

/** A user-defined operator, lifted over null operands where the binder says so. */
export function compileOperatorCall(c: ClosureCompiler, node: BoundOperatorCall): Evaluator {
  const args = compileAll(c, node.arguments);
  const invoke = invoker(c.slots, node.operator, false, []);
  if (!node.lifted) return (frame) => invoke(null, evaluateAll(args, frame));
  const operator = node.operator.operator;
  const pair = args.length === 2;
  let whenNull: (values: unknown[]) => unknown = () => null;
  if (operator === '==' && pair) whenNull = (values) => values[0] === values[1];
  else if (operator === '!=' && pair) whenNull = (values) => values[0] !== values[1];
  else if (['<', '>', '<=', '>='].includes(operator)) whenNull = () => false;
  return (frame) => {
    const values = evaluateAll(args, frame);
    return values.some((value) => value === null) ? whenNull(values) : invoke(null, values);
  };
}

/** An indexer read: the receiver (null-checked), the indices, then the read. */
export function compileIndexerRead(c: ClosureCompiler, node: BoundIndexerRead): Evaluator {
  const receiver = compileReceiver(c, node.receiver, node.checkNull);
  const indices = compileAll(c, node.arguments);
  const read = indexerReader(c.slots, node.indexer);
  return (frame) => {
    const self = receiver(frame);
    return read(self, evaluateAll(indices, frame));
  };
}

/** One initializer step, applied to the new object. */
type InitializerStep = (frame: Frame, created: unknown) => void;

function compileInitializer(
  c: ClosureCompiler,
  initializer: BoundObjectCreation['initializers'][number],
): InitializerStep {
  switch (initializer.kind) {
    case 'member': {
      const isStatic = initializer.symbol.isStatic;
      const write = writer(c.slots, initializer.symbol, !isStatic);
      const value = compileExpression(c, initializer.value);
      return (frame, created) => write(isStatic ? null : created, value(frame));
    }
    case 'indexer': {
      // The indices are evaluated before the value.
      const indices = compileAll(c, initializer.arguments);
      const value = compileExpression(c, initializer.value);
      const write = indexerWriter(c.slots, initializer.indexer);
      return (frame, created) => {
        const at = evaluateAll(indices, frame);
        write(created, at, value(frame));
      };
    }
    case 'add': {
      const call = compileExpression(c, initializer.call);
      return (frame) => void call(frame);
    }
  }
}

/** `new T(args) { initializers }`: the initializers see the new object as their receiver. */
export function compileObjectCreation(c: ClosureCompiler, node: BoundObjectCreation): Evaluator {
  const typeArguments = node.type.kind === 'named' ? node.type.arguments : [];
  const args = compileArguments(c, node.arguments);
  const construct = invoker(c.slots, node.constructor, false, typeArguments);
  if (node.initializers.length === 0) return (frame) => construct(null, evaluateAll(args, frame));
  const store = storeReceiver(c, node.id);
  const steps = node.initializers.map((initializer) => compileInitializer(c, initializer));
  return (frame) => {
    const created = construct(null, evaluateAll(args, frame));
    store(frame, created);
    for (const step of steps) step(frame, created);
    return created;
  };
}
