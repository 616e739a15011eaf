import type { BoundBlock, BoundExpression, BoundLambda } from '../../binder/bound-tree.js';
import type { LocalSymbol } from '../../binder/symbols.js';
import { helpers } from '../../runtime/helpers/index.js';
import type { ClosureCompiler, CompiledFunction, FunctionBody } from './context.js';
import { compileExpression } from './expressions.js';
import { type Evaluator, Frame, RETURN, snapshot } from './frame.js';
import type { FunctionLayout } from './layout.js';
import { compileBlock } from './statements.js';
import { scopeEntry, writeLocal } from './variables.js';

const NO_ARGUMENTS: readonly unknown[] = Object.freeze([]);

/** The body of a function: an expression's value, or the value of the block's `return`. */
function compileBody(c: ClosureCompiler, body: BoundExpression | BoundBlock): FunctionBody {
  if (body.kind !== 'block') return compileExpression(c, body);
  const block = compileBlock(c, body);
  return (frame) => (block(frame) === RETURN ? frame.result : undefined);
}

/**
 * Compiles a function of the expression (`ticks` for local functions, which spend budget on
 * entry as the code generator's do). Each invocation gets a new frame whose parent is the
 * frame of the enclosing function.
 */
export function compileFunction(
  c: ClosureCompiler,
  fn: FunctionLayout,
  parameters: readonly LocalSymbol[],
  body: BoundExpression | BoundBlock,
  ticks: boolean,
): CompiledFunction {
  return c.inFunction(fn, () => {
    const enter = scopeEntry(fn.root);
    const binds = parameters.map((parameter) => writeLocal(c, parameter));
    const run = compileBody(c, body);
    return {
      layout: fn,
      invoke(parent: Frame | null, context: unknown, args: ArrayLike<unknown>): unknown {
        if (ticks) helpers.tick();
        const frame = Frame.create(parent, context, fn.slots, fn.receivers);
        if (enter !== null) enter(frame);
        for (let index = 0; index < binds.length; index++) binds[index]!(frame, args[index]);
        return run(frame);
      },
    };
  });
}

/**
 * A lambda: each evaluation creates a delegate that captures the variables as they are now
 * (a snapshot of the enclosing frames' cells), with the lambda's number of parameters.
 */
export function compileLambda(c: ClosureCompiler, node: BoundLambda): Evaluator {
  const compiled = compileFunction(c, c.layout.function(node), node.parameters, node.body, false);
  switch (node.parameters.length) {
    case 0:
      return (frame) => {
        const captured = snapshot(frame);
        return () => compiled.invoke(captured, captured.context, NO_ARGUMENTS);
      };
    case 1:
      return (frame) => {
        const captured = snapshot(frame);
        return (a: unknown) => compiled.invoke(captured, captured.context, [a]);
      };
    case 2:
      return (frame) => {
        const captured = snapshot(frame);
        return (a: unknown, b: unknown) => compiled.invoke(captured, captured.context, [a, b]);
      };
    case 3:
      return (frame) => {
        const captured = snapshot(frame);
        return (a: unknown, b: unknown, d: unknown) => compiled.invoke(captured, captured.context, [a, b, d]);
      };
    default:
      return (frame) => {
        const captured = snapshot(frame);
        return (...args: unknown[]) => compiled.invoke(captured, captured.context, args);
      };
  }
}
