import { environment } from './environment.js';

/**
 * A .NET exception thrown by an expression or the runtime. Its type and message are data that
 * reach the caller (the engine turns them into `context.LastError`), and C# `catch` clauses in
 * expressions catch exactly these.
 */
export class DotnetException extends Error {
  /** Full .NET type name: `System.NullReferenceException`. */
  readonly type: string;
  /** `InnerException`: the exception this one wraps, when created with one. */
  readonly innerException: DotnetException | null;

  constructor(type: string, message: string, innerException: DotnetException | null = null) {
    super(message);
    this.type = type;
    this.name = type;
    this.innerException = innerException;
  }
}

/** .NET's message for an argument problem, which .NET Framework and modern .NET word differently. */
function withParameter(message: string, parameter: string | undefined): string {
  if (parameter === undefined) return message;
  return environment().dotnet === 'framework'
    ? `${message}\r\nParameter name: ${parameter}`
    : `${message} (Parameter '${parameter}')`;
}

export function nullReference(): DotnetException {
  return new DotnetException(
    'System.NullReferenceException',
    'Object reference not set to an instance of an object.',
  );
}

/** A failed reference conversion or unboxing: `(string)obj`, `(int)obj`. */
export function invalidCast(from: string, to: string, unboxing = false): DotnetException {
  const message =
    unboxing && environment().dotnet === 'framework'
      ? 'Specified cast is not valid.'
      : `Unable to cast object of type '${from}' to type '${to}'.`;
  return new DotnetException('System.InvalidCastException', message);
}

export function invalidCastMessage(message: string): DotnetException {
  return new DotnetException('System.InvalidCastException', message);
}

export function format(message?: string, input?: string): DotnetException {
  const text =
    message ??
    (environment().dotnet === 'core' && input !== undefined
      ? `The input string '${input}' was not in a correct format.`
      : 'Input string was not in a correct format.');
  return new DotnetException('System.FormatException', text);
}

export function overflow(message = 'Arithmetic operation resulted in an overflow.'): DotnetException {
  return new DotnetException('System.OverflowException', message);
}

export function divideByZero(): DotnetException {
  return new DotnetException('System.DivideByZeroException', 'Attempted to divide by zero.');
}

export function indexOutOfRange(): DotnetException {
  return new DotnetException('System.IndexOutOfRangeException', 'Index was outside the bounds of the array.');
}

export function keyNotFound(key: unknown): DotnetException {
  const message =
    environment().dotnet === 'framework'
      ? 'The given key was not present in the dictionary.'
      : `The given key '${String(key)}' was not present in the dictionary.`;
  return new DotnetException('System.Collections.Generic.KeyNotFoundException', message);
}

export function argument(message: string, parameter?: string): DotnetException {
  return new DotnetException('System.ArgumentException', withParameter(message, parameter));
}

export function argumentNull(parameter: string): DotnetException {
  return new DotnetException(
    'System.ArgumentNullException',
    withParameter('Value cannot be null.', parameter),
  );
}

export function argumentOutOfRange(parameter: string, message?: string): DotnetException {
  return new DotnetException(
    'System.ArgumentOutOfRangeException',
    withParameter(message ?? 'Specified argument was out of the range of valid values.', parameter),
  );
}

export function invalidOperation(message: string): DotnetException {
  return new DotnetException('System.InvalidOperationException', message);
}

export function notSupported(message = 'Specified method is not supported.'): DotnetException {
  return new DotnetException('System.NotSupportedException', message);
}

/** An evaluation ran out of its budget of loop iterations and calls. */
export class BudgetExceeded extends Error {
  constructor() {
    super('The expression ran longer than its budget of loop iterations and calls allows.');
    this.name = 'BudgetExceeded';
  }
}
