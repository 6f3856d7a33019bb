/**
 * Minimal assertions for the browser tests (no chai here), and the mocha globals web-test-runner
 * provides, declared for the type checker.
 */

/** What mocha passes as `this` to hooks and tests. */
export interface MochaContext {
  timeout(ms: number): void;
  skip(): never;
}
type Body = (this: MochaContext) => void | Promise<void>;

declare global {
  function describe(title: string, body: (this: MochaContext) => void): void;
  function it(title: string, body: Body): void;
  function before(body: Body): void;
  function after(body: Body): void;
}

export class AssertionError extends Error {
  override name = 'AssertionError';
}

const show = (value: unknown): string => {
  try {
    return JSON.stringify(value) ?? String(value);
  } catch {
    return String(value);
  }
};

export function assert(condition: unknown, message: string): asserts condition {
  if (!condition) throw new AssertionError(message);
}

export function equal<T>(actual: T, expected: T, what: string): void {
  if (!Object.is(actual, expected)) throw new AssertionError(`${what}: expected ${show(expected)}, got ${show(actual)}`);
}

export function deepEqual(actual: unknown, expected: unknown, what: string): void {
  if (show(actual) !== show(expected)) throw new AssertionError(`${what}: expected ${show(expected)}, got ${show(actual)}`);
}

/** Awaits `promise` and returns what it rejected with; fails if it resolved. */
export async function rejects(promise: Promise<unknown>, what: string): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new AssertionError(`${what}: expected a rejection, but it resolved`);
}
