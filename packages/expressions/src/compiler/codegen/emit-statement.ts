import type {
  BoundBlock,
  BoundExpression,
  BoundStatement,
  BoundSwitch,
  BoundTry,
} from '../../binder/bound-tree.js';
import type { LocalSymbol } from '../../binder/symbols.js';
import { type Code, identifier, join, js, literal } from '../js-template.js';
import { emitExpression, emitPattern } from './emit-expression.js';
import { emitInvocation } from './emit-members.js';
import type { Emitter } from './emitter.js';

const label = (id: number): Code => identifier(`L${id}`);

/**
 * A function's code (the policy body, a lambda or a local function): its parameters, its
 * temporaries, and its body, which is an expression (returned) or a block.
 */
export function emitFunctionBody(
  e: Emitter,
  parameters: readonly LocalSymbol[],
  body: BoundExpression | BoundBlock,
  ticks: boolean,
  name: Code | null = null,
): Code {
  const names: Code[] = [];
  const cellSetup: Code[] = [];
  for (const parameter of parameters) {
    const local = e.declare(parameter);
    if (e.isCell(parameter)) {
      const incoming = identifier(`p${parameter.id}`);
      names.push(incoming);
      cellSetup.push(js`const ${local} = { value: ${incoming} };`);
    } else {
      names.push(local);
    }
  }
  const statements =
    body.kind === 'block' ? emitStatements(e, body.statements) : js`return ${emitExpression(e, body)};`;
  const head = join([...(ticks ? [e.tick()] : []), e.frame.prologue(), ...cellSetup], ' ');
  return name === null
    ? js`(${names}) => { ${head} ${statements} }`
    : js`function ${name}(${names}) { ${head} ${statements} }`;
}

export function emitStatements(e: Emitter, statements: readonly BoundStatement[]): Code {
  return e.inBlock(() =>
    join(
      statements.map((statement) => emitStatement(e, statement)),
      '\n',
    ),
  );
}

function block(e: Emitter, statement: BoundStatement): Code {
  return statement.kind === 'block'
    ? js`{ ${emitStatements(e, statement.statements)} }`
    : js`{ ${emitStatement(e, statement)} }`;
}

function declareLocal(e: Emitter, local: LocalSymbol, initializer: Code | null): Code {
  const name = e.declare(local);
  if (e.isCell(local)) return js`const ${name} = { value: ${initializer ?? literal(null)} };`;
  return initializer === null ? js`let ${name};` : js`let ${name} = ${initializer};`;
}

export function emitStatement(e: Emitter, statement: BoundStatement): Code {
  switch (statement.kind) {
    case 'block':
      return js`{ ${emitStatements(e, statement.statements)} }`;
    case 'local-declaration':
      return declareLocal(
        e,
        statement.local,
        statement.initializer === null ? null : emitExpression(e, statement.initializer),
      );
    case 'local-function': {
      const name = identifier(`f${statement.function.id}`);
      const { code } = e.inFunction(() =>
        emitFunctionBody(e, statement.function.parameters, statement.body, true, name),
      );
      return code;
    }
    case 'expression':
      return js`${emitExpression(e, statement.expression)};`;
    case 'if':
      return statement.whenFalse === null
        ? js`if (${emitExpression(e, statement.test)}) ${block(e, statement.whenTrue)}`
        : js`if (${emitExpression(e, statement.test)}) ${block(e, statement.whenTrue)} else ${block(e, statement.whenFalse)}`;
    case 'while':
      return js`${label(statement.label)}: while (${emitExpression(e, statement.test)}) { ${e.tick()} ${block(e, statement.body)} }`;
    case 'do':
      return js`${label(statement.label)}: do { ${e.tick()} ${block(e, statement.body)} } while (${emitExpression(e, statement.test)});`;
    case 'for': {
      // The loop variables are declared once, before the loop, as C# has one variable for all
      // iterations (JavaScript's `for (let ...)` would copy it per iteration).
      const initializers = emitStatements(e, statement.initializers);
      const test = statement.test === null ? literal(true) : emitExpression(e, statement.test);
      const updates = join(
        statement.updates.map((update) => emitExpression(e, update)),
        ', ',
      );
      return js`{ ${initializers} ${label(statement.label)}: for (; ${test}; ${updates}) { ${e.tick()} ${block(e, statement.body)} } }`;
    }
    case 'foreach':
      return emitForEach(e, statement);
    case 'break':
      return js`break ${label(statement.label)};`;
    case 'continue':
      return js`continue ${label(statement.label)};`;
    case 'return':
      return statement.value === null ? js`return;` : js`return ${emitExpression(e, statement.value)};`;
    case 'throw':
      if (statement.rethrow !== null) return js`throw ${e.local(statement.rethrow)};`;
      return js`${e.helper('throwValue')}(${emitExpression(e, statement.exception!)});`;
    case 'try':
      return emitTry(e, statement);
    case 'switch':
      return emitSwitch(e, statement);
    case 'goto-section':
      return js`${identifier(`g${statement.label}`)} = ${statement.section}; continue ${label(statement.label)};`;
    case 'using': {
      const declarations = emitStatements(e, statement.declarations);
      const disposals = [...statement.declarations]
        .reverse()
        .map((declaration) => js`${e.helper('dispose')}(${e.local(declaration.local)});`);
      return js`{ ${declarations} try ${block(e, statement.body)} finally { ${join(disposals, ' ')} } }`;
    }
  }
}

function emitForEach(e: Emitter, statement: Extract<BoundStatement, { kind: 'foreach' }>): Code {
  const collection = e.frame.temp();
  const element = e.frame.temp();
  const value = e.withReceiver(statement.id, element, () => emitExpression(e, statement.elementConversion));
  const body = js`${e.tick()} ${declareLocal(e, statement.local, value)} ${block(e, statement.body)}`;
  const source = js`${e.helper('notNull')}(${emitExpression(e, statement.collection)})`;
  const name = label(statement.label);
  switch (statement.iteration) {
    case 'array': {
      const index = e.frame.temp();
      return js`${collection} = ${source}; ${name}: for (${index} = 0; ${index} < ${collection}.length; ${index}++) { ${element} = ${collection}[${index}]; ${body} }`;
    }
    case 'string': {
      const index = e.frame.temp();
      return js`${collection} = ${source}; ${name}: for (${index} = 0; ${index} < ${collection}.length; ${index}++) { ${element} = ${collection}.charCodeAt(${index}); ${body} }`;
    }
    case 'iterable': {
      const iterable =
        statement.enumerator === null
          ? source
          : js`${e.helper('enumerate')}(${emitInvocation(e, statement.enumerator, source, [], [])})`;
      return js`${name}: for (${element} of ${iterable}) { ${body} }`;
    }
  }
}

function emitTry(e: Emitter, statement: BoundTry): Code {
  const tryBlock = block(e, statement.block);
  let handler: Code | null = null;
  if (statement.catches.length > 0) {
    const error = e.frame.temp();
    // Only .NET exceptions reach C# catch clauses; defects and `BudgetExceeded` pass through.
    let chain: Code = js`throw ${error};`;
    for (const clause of [...statement.catches].reverse()) {
      const type = e.slot({ kind: 'type', type: clause.exceptionType });
      const local = e.local(clause.local);
      // An exception thrown by a filter makes the filter false (C# §13.11).
      const filter =
        clause.filter === null
          ? null
          : js`${e.helper('runFilter')}(() => ${emitExpression(e, clause.filter)})`;
      const test =
        filter === null
          ? js`${type}.isInstance(${error})`
          : js`${type}.isInstance(${error}) && (${local} = ${error}, ${filter})`;
      chain = js`if (${test}) { ${local} = ${error}; ${block(e, clause.body)} } else { ${chain} }`;
    }
    const caught = identifier('caught');
    handler = js`catch (${caught}) { if (!${e.helper('isDotnetException')}(${caught})) throw ${caught}; ${error} = ${caught}; ${chain} }`;
  }
  const finallyPart =
    statement.finallyBlock === null ? js`` : js`finally ${block(e, statement.finallyBlock)}`;
  return js`try ${tryBlock} ${handler ?? js``} ${finallyPart}`;
}

/**
 * `switch`: the sections' labels are tested in order; the first match runs its section. With
 * `goto case`, the switch becomes a loop over a section number.
 */
function emitSwitch(e: Emitter, statement: BoundSwitch): Code {
  const input = e.local(statement.local);
  const name = label(statement.label);
  const matchOf = (section: BoundSwitch['sections'][number]): Code =>
    section.labels
      .map((switchLabel) => {
        if (switchLabel.pattern === null) return js`true`;
        const pattern = emitPattern(e, switchLabel.pattern, input);
        return switchLabel.guard === null
          ? pattern
          : js`(${pattern} && ${emitExpression(e, switchLabel.guard)})`;
      })
      .reduce((a, b) => js`${a} || ${b}`);
  // A `default:` section runs only when no other section matches, wherever it is written.
  const defaultIndex = statement.sections.findIndex((section) =>
    section.labels.some((l) => l.pattern === null),
  );
  if (!statement.hasGoto) {
    let chain: Code =
      defaultIndex < 0 ? js`` : js`{ ${emitStatements(e, statement.sections[defaultIndex]!.body)} }`;
    for (let index = statement.sections.length - 1; index >= 0; index--) {
      if (index === defaultIndex) continue;
      const section = statement.sections[index]!;
      chain = js`if (${matchOf(section)}) { ${emitStatements(e, section.body)} } else ${chain.text === '' ? js`{}` : chain}`;
    }
    return js`${name}: { ${chain} }`;
  }
  const go = identifier(`g${statement.label}`);
  const selectors = statement.sections
    .map((section, index) => ({ section, index }))
    .filter(({ index }) => index !== defaultIndex)
    .map(({ section, index }) => js`if (${matchOf(section)}) ${go} = ${index}; else`);
  const cases = statement.sections.map(
    (section, index) => js`case ${index}: { ${emitStatements(e, section.body)} } break ${name};`,
  );
  return js`{ let ${go}; ${join(selectors, ' ')} ${go} = ${defaultIndex}; ${name}: for (;;) { ${e.tick()} switch (${go}) { ${join(cases, ' ')} default: break ${name}; } } }`;
}
