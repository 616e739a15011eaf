import type { BoundBlock, BoundStatement } from '../../binder/bound-tree.js';
import { helpers } from '../../runtime/helpers/index.js';
import type { ClosureCompiler } from './context.js';
import { compileForEach, compileSwitch, compileTry } from './control.js';
import { compileExpression } from './expressions.js';
import type { Completion, Executor, Frame, Jump } from './frame.js';
import { RETURN } from './frame.js';
import { compileFunction } from './functions.js';
import { compileDo, compileFor, compileWhile } from './loops.js';
import { scopeEntry, writeLocal } from './variables.js';

const NORMAL: Executor = () => null;

/** Runs statements in order; the first that does not end normally ends the sequence. */
export function compileSequence(c: ClosureCompiler, statements: readonly BoundStatement[]): Executor {
  const compiled = statements.map((statement) => compileStatement(c, statement));
  if (compiled.length === 0) return NORMAL;
  if (compiled.length === 1) return compiled[0]!;
  return (frame) => {
    for (const statement of compiled) {
      const completion = statement(frame);
      if (completion !== null) return completion;
    }
    return null;
  };
}

/** A block: a scope (its cell variables are new on every entry) around its statements. */
export function compileBlock(c: ClosureCompiler, block: BoundBlock): Executor {
  const enter = scopeEntry(c.layout.scope(block));
  const body = compileSequence(c, block.statements);
  if (enter === null) return body;
  return (frame) => {
    enter(frame);
    return body(frame);
  };
}

/** Compiles a statement to a closure returning its completion (null: ended normally). */
export function compileStatement(c: ClosureCompiler, statement: BoundStatement): Executor {
  switch (statement.kind) {
    case 'block':
      return compileBlock(c, statement);
    case 'local-declaration': {
      if (statement.initializer === null) return NORMAL;
      const initializer = compileExpression(c, statement.initializer);
      const store = writeLocal(c, statement.local);
      return (frame) => {
        store(frame, initializer(frame));
        return null;
      };
    }
    case 'local-function': {
      const fn = c.layout.function(statement.function.id);
      c.localFunction(statement.function.id).compiled = compileFunction(
        c,
        fn,
        statement.function.parameters,
        statement.body,
        true,
      );
      return NORMAL;
    }
    case 'expression': {
      const expression = compileExpression(c, statement.expression);
      return (frame) => {
        expression(frame);
        return null;
      };
    }
    case 'if': {
      const test = compileExpression(c, statement.test);
      const whenTrue = compileStatement(c, statement.whenTrue);
      const whenFalse = statement.whenFalse === null ? NORMAL : compileStatement(c, statement.whenFalse);
      return (frame) => (test(frame) ? whenTrue(frame) : whenFalse(frame));
    }
    case 'while':
      return compileWhile(c, statement);
    case 'do':
      return compileDo(c, statement);
    case 'for':
      return compileFor(c, statement);
    case 'foreach':
      return compileForEach(c, statement);
    case 'break':
      return constantJump({ kind: 'break', label: statement.label, section: -1 });
    case 'continue':
      return constantJump({ kind: 'continue', label: statement.label, section: -1 });
    case 'goto-section':
      return constantJump({ kind: 'goto', label: statement.label, section: statement.section });
    case 'return': {
      if (statement.value === null) {
        return (frame) => {
          frame.result = undefined;
          return RETURN;
        };
      }
      const value = compileExpression(c, statement.value);
      return (frame) => {
        frame.result = value(frame);
        return RETURN;
      };
    }
    case 'throw': {
      if (statement.rethrow !== null) {
        const caught = compileExpression(c, {
          kind: 'local',
          node: statement.node,
          type: statement.rethrow.type,
          symbol: statement.rethrow,
        });
        return (frame) => {
          throw caught(frame);
        };
      }
      const exception = compileExpression(c, statement.exception!);
      return (frame) => helpers.throwValue(exception(frame));
    }
    case 'try':
      return compileTry(c, statement);
    case 'switch':
      return compileSwitch(c, statement);
    case 'using':
      return compileUsing(c, statement);
  }
}

function constantJump(jump: Jump): Executor {
  const frozen = Object.freeze(jump);
  return (): Completion => frozen;
}

/** `using`: the declarations, then the body; the resources are disposed, last first, however it ends. */
function compileUsing(c: ClosureCompiler, statement: Extract<BoundStatement, { kind: 'using' }>): Executor {
  const enter = scopeEntry(c.layout.scope(statement));
  const declarations = compileSequence(c, statement.declarations);
  const body = compileStatement(c, statement.body);
  const resources = [...statement.declarations].reverse().map((declaration) =>
    compileExpression(c, {
      kind: 'local',
      node: declaration.node,
      type: declaration.local.type,
      symbol: declaration.local,
    }),
  );
  return (frame: Frame) => {
    if (enter !== null) enter(frame);
    declarations(frame);
    try {
      return body(frame);
    } finally {
      for (const resource of resources) helpers.dispose(resource(frame));
    }
  };
}
