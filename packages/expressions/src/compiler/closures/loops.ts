import type { BoundStatement } from '../../binder/bound-tree.js';
import { helpers } from '../../runtime/helpers/index.js';
import type { ClosureCompiler } from './context.js';
import { compileExpression } from './expressions.js';
import type { Completion, Evaluator, Executor, Frame } from './frame.js';
import { compileSequence, compileStatement } from './statements.js';
import { scopeEntry } from './variables.js';

type Loop<K extends string> = Extract<BoundStatement, { kind: K }>;

/** What a loop does after its body: go on (`null`), leave normally (`'exit'`), or pass a jump outwards. */
export type AfterBody = null | 'exit' | Completion;

/** Interprets a body's completion for the loop labelled `label`. */
export function afterBody(completion: Completion, label: number): AfterBody {
  if (completion === null) return null;
  if (completion.label === label) {
    if (completion.kind === 'break') return 'exit';
    if (completion.kind === 'continue') return null;
  }
  return completion;
}

const noEntry = (_: Frame): void => {};

/** `while (test) body`: test, tick, body; `continue` goes to the test. */
export function compileWhile(c: ClosureCompiler, statement: Loop<'while'>): Executor {
  const enter = scopeEntry(c.layout.iteration(statement)) ?? noEntry;
  const test = compileExpression(c, statement.test);
  const body = compileStatement(c, statement.body);
  const label = statement.label;
  return (frame) => {
    for (;;) {
      enter(frame);
      if (!test(frame)) return null;
      helpers.tick();
      const next = afterBody(body(frame), label);
      if (next === 'exit') return null;
      if (next !== null) return next;
    }
  };
}

/** `do body while (test);`: tick, body, test; `continue` goes to the test. */
export function compileDo(c: ClosureCompiler, statement: Loop<'do'>): Executor {
  const enter = scopeEntry(c.layout.iteration(statement)) ?? noEntry;
  const body = compileStatement(c, statement.body);
  const test = compileExpression(c, statement.test);
  const label = statement.label;
  return (frame) => {
    for (;;) {
      enter(frame);
      helpers.tick();
      const next = afterBody(body(frame), label);
      if (next === 'exit') return null;
      if (next !== null) return next;
      if (!test(frame)) return null;
    }
  };
}

/**
 * `for (initializers; test; updates) body`: the loop variables are one variable for the whole
 * loop; `continue` goes to the updates.
 */
export function compileFor(c: ClosureCompiler, statement: Loop<'for'>): Executor {
  const enterLoop = scopeEntry(c.layout.scope(statement)) ?? noEntry;
  const initializers = compileSequence(c, statement.initializers);
  const enter = scopeEntry(c.layout.iteration(statement)) ?? noEntry;
  const test: Evaluator = statement.test === null ? () => true : compileExpression(c, statement.test);
  const updates = statement.updates.map((update) => compileExpression(c, update));
  const body = compileStatement(c, statement.body);
  const label = statement.label;
  return (frame) => {
    enterLoop(frame);
    const initialized = initializers(frame);
    if (initialized !== null) return initialized;
    for (;;) {
      enter(frame);
      if (!test(frame)) return null;
      helpers.tick();
      const next = afterBody(body(frame), label);
      if (next === 'exit') return null;
      if (next !== null) return next;
      for (const update of updates) update(frame);
    }
  };
}
