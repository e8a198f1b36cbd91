// The few mocha globals our browser tests use (web-test-runner runs mocha), declared here so the
// type check does not need @types/mocha. `this` in hooks and tests is mocha's context.
declare namespace Mocha {
  interface Context {
    timeout(ms: number): void;
    slow(ms: number): void;
    skip(): never;
  }
}
type MochaContext = Mocha.Context;
type MochaDone = (error?: unknown) => void;
type MochaFn = (this: Mocha.Context, done: MochaDone) => void | Promise<unknown>;
declare function describe(name: string, fn: (this: Mocha.Context) => void): void;
declare function it(name: string, fn: MochaFn): void;
declare function before(fn: MochaFn): void;
declare function after(fn: MochaFn): void;
declare function beforeEach(fn: MochaFn): void;
declare function afterEach(fn: MochaFn): void;
