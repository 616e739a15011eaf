import { environment } from '../../environment.js';
import { DotnetException } from '../../exceptions.js';

/** `System.Security.Cryptography.CryptographicException`. */
export function cryptographic(message: string): DotnetException {
  return new DotnetException('System.Security.Cryptography.CryptographicException', message);
}

/** `CryptographicUnexpectedOperationException`, thrown by .NET Framework for calls in the wrong state. */
export function cryptographicUnexpected(message: string): DotnetException {
  return new DotnetException(
    'System.Security.Cryptography.CryptographicUnexpectedOperationException',
    message,
  );
}

/** `ObjectDisposedException` for an algorithm used after `Dispose()`. */
export function objectDisposed(objectName: string | null = null): DotnetException {
  const base = 'Cannot access a disposed object.';
  if (objectName === null) return new DotnetException('System.ObjectDisposedException', base);
  const message =
    environment().dotnet === 'framework'
      ? `${base}\r\nObject name: '${objectName}'.`
      : `${base}\nObject name: '${objectName}'.`;
  return new DotnetException('System.ObjectDisposedException', message);
}
