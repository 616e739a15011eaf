import type {
  BoundArgument,
  BoundAssignable,
  BoundCompoundAssignment,
  BoundExpression,
  BoundInitializer,
  BoundLambda,
  BoundObjectCreation,
  BoundPattern,
} from '../../binder/bound-tree.js';
import type { LocalSymbol } from '../../binder/symbols.js';
import type { Type } from '../../model/types.js';
import { type Code, identifier, js, literal } from '../js-template.js';
import { emitConversion } from './emit-conversion.js';
import { emitIndexerRead, emitIndexerWrite, emitInvocation, emitRead, emitWrite } from './emit-members.js';
import { binaryOperation, emitBinary, emitUnary } from './emit-operators.js';
import { emitFunctionBody } from './emit-statement.js';
import type { Emitter } from './emitter.js';

/** The receiver of an instance member, null-checked when the binder says it may be null. */
function receiverCode(e: Emitter, receiver: BoundExpression, checkNull: boolean): Code {
  const code = emitExpression(e, receiver);
  return checkNull ? js`${e.helper('notNull')}(${code})` : code;
}

function argumentCode(e: Emitter, argument: BoundArgument): Code {
  return argument.kind === 'value' ? emitExpression(e, argument.value) : e.cell(argument.variable.symbol);
}

export function emitArguments(e: Emitter, args: readonly BoundArgument[]): Code[] {
  return args.map((argument) => argumentCode(e, argument));
}

/** Generates the JavaScript of a bound expression: its value, in the form of its type. */
export function emitExpression(e: Emitter, node: BoundExpression): Code {
  switch (node.kind) {
    case 'literal':
      return literal(node.value);
    case 'decimal-literal':
      return e.slot({ kind: 'decimal', digits: node.digits });
    case 'default':
      return js`${e.slot({ kind: 'type', type: node.type })}.defaultValue`;
    case 'context':
      return identifier('context');
    case 'local':
      return e.local(node.symbol);
    case 'member':
      return emitRead(
        e,
        node.symbol,
        node.receiver === null ? null : receiverCode(e, node.receiver, node.checkNull),
        typeArgumentsOf(node.receiver),
      );
    case 'call': {
      // A method without type parameters of its own, on a generic type, gets the type's arguments.
      const typeArguments =
        node.method.typeParameters.length > 0 ? node.typeArguments : typeArgumentsOf(node.receiver);
      if (node.receiver !== null && node.checkNull && node.arguments.some(hasEffects)) {
        // C# checks the receiver for null after evaluating the arguments.
        const receiver = e.frame.temp();
        const steps: Code[] = [js`${receiver} = ${emitExpression(e, node.receiver)}`];
        const args = emitArguments(e, node.arguments).map((argument) => {
          const t = e.frame.temp();
          steps.push(js`${t} = ${argument}`);
          return t;
        });
        const checked = js`${e.helper('notNull')}(${receiver})`;
        return e.sequence([...steps, emitInvocation(e, node.method, checked, typeArguments, args)]);
      }
      const receiver = node.receiver === null ? null : receiverCode(e, node.receiver, node.checkNull);
      return emitInvocation(e, node.method, receiver, typeArguments, emitArguments(e, node.arguments));
    }
    case 'operator-call':
      return emitOperatorCall(e, node);
    case 'indexer':
      return emitIndexerRead(
        e,
        node.indexer,
        receiverCode(e, node.receiver, node.checkNull),
        node.arguments.map((argument) => emitExpression(e, argument)),
      );
    case 'array-element':
      return js`${e.helper('arrayGet')}(${emitExpression(e, node.array)}, ${emitExpression(e, node.index)})`;
    case 'delegate-invoke':
      return js`${e.helper('notNull')}(${emitExpression(e, node.target)})(${emitArguments(e, node.arguments)})`;
    case 'local-function-call':
      return js`${identifier(`f${node.function.id}`)}(${emitArguments(e, node.arguments)})`;
    case 'new':
      return emitObjectCreation(e, node);
    case 'new-array': {
      const elementType = e.slot({ kind: 'type', type: node.elementType });
      if (node.elements !== null) {
        return js`${e.helper('arrayOf')}(${elementType}, [${node.elements.map((element) => emitExpression(e, element))}])`;
      }
      return js`${e.helper('newArray')}(${elementType}, ${emitExpression(e, node.size!)})`;
    }
    case 'new-anonymous':
      return js`${e.helper('anonymous')}(${e.slot({ kind: 'shape', type: node.type })}, [${node.values.map((value) => emitExpression(e, value))}])`;
    case 'anonymous-member':
      return js`${receiverCode(e, node.receiver, node.checkNull)}.values[${node.index}]`;
    case 'convert':
      return emitConversion(e, node.conversion, emitExpression(e, node.operand), node.type, node.checked);
    case 'unary':
      return emitUnary(e, node, emitExpression(e, node.operand));
    case 'binary':
      return emitBinary(e, node, emitExpression(e, node.left), emitExpression(e, node.right));
    case 'logical':
      return node.operator === '&&'
        ? js`(${emitExpression(e, node.left)} && ${emitExpression(e, node.right)})`
        : js`(${emitExpression(e, node.left)} || ${emitExpression(e, node.right)})`;
    case 'conditional':
      return js`(${emitExpression(e, node.test)} ? ${emitExpression(e, node.whenTrue)} : ${emitExpression(e, node.whenFalse)})`;
    case 'coalesce': {
      const t = e.frame.temp();
      const converted = e.withReceiver(node.id, t, () => emitExpression(e, node.leftConversion));
      return js`((${t} = ${emitExpression(e, node.left)}) !== null ? ${converted} : ${emitExpression(e, node.right)})`;
    }
    case 'conditional-access': {
      const t = e.frame.temp();
      const receiver = emitExpression(e, node.receiver);
      const whenNotNull = e.withReceiver(node.id, t, () => emitExpression(e, node.whenNotNull));
      return js`((${t} = ${receiver}) === null ? null : ${whenNotNull})`;
    }
    case 'conditional-receiver':
      return e.receiver(node.id);
    case 'is-pattern':
      return emitPattern(e, node.pattern, emitExpression(e, node.operand));
    case 'as':
      return js`${e.helper('asType')}(${e.slot({ kind: 'type', type: node.type })}, ${emitExpression(e, node.operand)})`;
    case 'assign':
      return emitAssignment(e, node.target, emitExpression(e, node.value));
    case 'compound-assign':
      return emitCompoundAssignment(e, node);
    case 'lambda':
      return emitLambda(e, node);
    case 'throw-expression':
      return js`${e.helper('throwValue')}(${emitExpression(e, node.exception)})`;
    case 'interpolation': {
      const parts = node.parts.map((part) => {
        if (typeof part === 'string') return literal(part);
        const alignment = part.alignment === null ? literal(null) : emitExpression(e, part.alignment);
        return js`${e.helper('formatHole')}(${emitExpression(e, part.value)}, ${alignment}, ${literal(part.format)})`;
      });
      return parts.length === 0 ? literal('') : js`(${literal('')} + ${joinPlus(parts)})`;
    }
    case 'error':
      throw new Error('An expression with errors cannot be compiled');
  }
}

/** Whether evaluating an argument can do anything observable (throw, assign, call). */
function hasEffects(argument: BoundArgument): boolean {
  if (argument.kind === 'reference') return false;
  const kind = argument.value.kind;
  return !(
    kind === 'literal' ||
    kind === 'local' ||
    kind === 'context' ||
    kind === 'lambda' ||
    kind === 'decimal-literal'
  );
}

/** The type arguments of a receiver's static type (`[int]` for `int?`), for members of generic types. */
function typeArgumentsOf(receiver: BoundExpression | null): readonly Type[] {
  return receiver !== null && receiver.type.kind === 'named' ? receiver.type.arguments : [];
}

function joinPlus(parts: readonly Code[]): Code {
  return parts.reduce((sum, part) => js`${sum} + ${part}`);
}

function emitOperatorCall(e: Emitter, node: Extract<BoundExpression, { kind: 'operator-call' }>): Code {
  const args = node.arguments.map((argument) => emitExpression(e, argument));
  if (!node.lifted) return emitInvocation(e, node.operator, null, [], args);
  const temps = args.map(() => e.frame.temp());
  const assign = temps.map((t, index) => js`${t} = ${args[index]!}`);
  const call = emitInvocation(e, node.operator, null, [], temps);
  const anyNull = temps.map((t) => js`${t} === null`).reduce((a, b) => js`${a} || ${b}`);
  const operator = node.operator.operator;
  let whenNull: Code = literal(null);
  if (operator === '==' && temps.length === 2) whenNull = js`${temps[0]!} === ${temps[1]!}`;
  else if (operator === '!=' && temps.length === 2) whenNull = js`${temps[0]!} !== ${temps[1]!}`;
  else if (['<', '>', '<=', '>='].includes(operator)) whenNull = literal(false);
  return js`(${assign}, ${anyNull} ? ${whenNull} : ${call})`;
}

function emitObjectCreation(e: Emitter, node: BoundObjectCreation): Code {
  const typeArguments = node.type.kind === 'named' ? node.type.arguments : [];
  const created = emitInvocation(e, node.constructor, null, typeArguments, emitArguments(e, node.arguments));
  if (node.initializers.length === 0) return created;
  const t = e.frame.temp();
  const steps = e.withReceiver(node.id, t, () =>
    node.initializers.map((initializer) => emitInitializer(e, initializer, t)),
  );
  return e.sequence([js`${t} = ${created}`, ...steps, t]);
}

/** One element of an object or collection initializer, applied to the new object `target`. */
function emitInitializer(e: Emitter, initializer: BoundInitializer, target: Code): Code {
  switch (initializer.kind) {
    case 'member':
      return emitWrite(
        e,
        initializer.symbol,
        initializer.symbol.isStatic ? null : target,
        emitExpression(e, initializer.value),
      );
    case 'indexer': {
      // The indices are evaluated before the value.
      const steps: Code[] = [];
      const indices = initializer.arguments.map((argument) => {
        const index = e.frame.temp();
        steps.push(js`${index} = ${emitExpression(e, argument)}`);
        return index;
      });
      return e.sequence([
        ...steps,
        emitIndexerWrite(e, initializer.indexer, target, indices, emitExpression(e, initializer.value)),
      ]);
    }
    case 'add':
      return emitExpression(e, initializer.call);
  }
}

/** Tests a pattern against a value (typed form, or object form for type tests). */
export function emitPattern(e: Emitter, pattern: BoundPattern, input: Code): Code {
  switch (pattern.kind) {
    case 'null':
      return js`(${input} === null)`;
    case 'var':
      return pattern.local === null
        ? js`(${input}, true)`
        : js`(${assignLocal(e, pattern.local, input)}, true)`;
    case 'type': {
      const type = e.slot({ kind: 'type', type: pattern.type });
      const t = e.frame.temp();
      const test = js`${type}.isInstance(${t} = ${input})`;
      if (pattern.local === null) return test;
      return js`(${test} && (${assignLocal(e, pattern.local, js`${e.helper('unbox')}(${type}, ${t})`)}, true))`;
    }
    case 'constant': {
      const value = emitExpression(e, pattern.value);
      if (pattern.typeTest === null) return binaryOperation(e, '==', pattern.equality, false, input, value);
      const type = e.slot({ kind: 'type', type: pattern.typeTest });
      const t = e.frame.temp();
      const equal = binaryOperation(e, '==', pattern.equality, false, js`${type}.unbox(${t})`, value);
      return js`(${type}.isInstance(${t} = ${input}) && ${equal})`;
    }
  }
}

function assignLocal(e: Emitter, local: LocalSymbol, value: Code): Code {
  return js`${e.local(local)} = ${value}`;
}

/** `target = value`; the expression's value is the assigned value. */
export function emitAssignment(e: Emitter, target: BoundAssignable, value: Code): Code {
  switch (target.kind) {
    case 'local':
      return js`(${e.local(target.symbol)} = ${value})`;
    case 'array-element':
      return js`${e.helper('arraySet')}(${emitExpression(e, target.array)}, ${emitExpression(e, target.index)}, ${value})`;
    case 'member': {
      // C# evaluates the receiver, then the value, then checks the receiver for null.
      const t = e.frame.temp();
      if (target.receiver === null)
        return e.sequence([js`${t} = ${value}`, emitWrite(e, target.symbol, null, t), t]);
      const receiver = e.frame.temp();
      const checked = target.checkNull ? js`${e.helper('notNull')}(${receiver})` : receiver;
      return e.sequence([
        js`${receiver} = ${emitExpression(e, target.receiver)}`,
        js`${t} = ${value}`,
        emitWrite(e, target.symbol, checked, t),
        t,
      ]);
    }
    case 'indexer': {
      const receiver = e.frame.temp();
      const steps: Code[] = [js`${receiver} = ${emitExpression(e, target.receiver)}`];
      const indices = target.arguments.map((argument) => {
        const index = e.frame.temp();
        steps.push(js`${index} = ${emitExpression(e, argument)}`);
        return index;
      });
      const t = e.frame.temp();
      const checked = target.checkNull ? js`${e.helper('notNull')}(${receiver})` : receiver;
      return e.sequence([
        ...steps,
        js`${t} = ${value}`,
        emitIndexerWrite(e, target.indexer, checked, indices, t),
        t,
      ]);
    }
  }
}

/** `x op= y`, `x++`: the target's receiver and indices are evaluated once. */
function emitCompoundAssignment(e: Emitter, node: BoundCompoundAssignment): Code {
  const target = node.target;
  const old = e.frame.temp();
  const result = e.frame.temp();
  const steps: Code[] = [];
  let read: Code;
  let write: (value: Code) => Code;
  switch (target.kind) {
    case 'local': {
      const local = e.local(target.symbol);
      read = local;
      write = (value) => js`${local} = ${value}`;
      break;
    }
    case 'array-element': {
      const array = e.frame.temp();
      const index = e.frame.temp();
      steps.push(
        js`${array} = ${emitExpression(e, target.array)}`,
        js`${index} = ${emitExpression(e, target.index)}`,
      );
      read = js`${e.helper('arrayGet')}(${array}, ${index})`;
      write = (value) => js`${e.helper('arraySet')}(${array}, ${index}, ${value})`;
      break;
    }
    case 'member': {
      const receiver = target.receiver === null ? null : e.frame.temp();
      if (receiver !== null)
        steps.push(js`${receiver} = ${receiverCode(e, target.receiver!, target.checkNull)}`);
      read = emitRead(e, target.symbol, receiver);
      write = (value) => emitWrite(e, target.symbol, receiver, value);
      break;
    }
    case 'indexer': {
      const receiver = e.frame.temp();
      steps.push(js`${receiver} = ${receiverCode(e, target.receiver, target.checkNull)}`);
      const indices = target.arguments.map((argument) => {
        const t = e.frame.temp();
        steps.push(js`${t} = ${emitExpression(e, argument)}`);
        return t;
      });
      read = emitIndexerRead(e, target.indexer, receiver, indices);
      write = (value) => emitIndexerWrite(e, target.indexer, receiver, indices, value);
      break;
    }
  }
  steps.push(js`${old} = ${read}`);
  const value = e.withReceiver(node.id, old, () => emitExpression(e, node.value));
  steps.push(js`${result} = ${value}`, write(result), node.postfix ? old : result);
  return e.sequence(steps);
}

function emitLambda(e: Emitter, node: BoundLambda): Code {
  const { code } = e.inFunction(() => emitFunctionBody(e, node.parameters, node.body, false));
  return js`(${code})`;
}
