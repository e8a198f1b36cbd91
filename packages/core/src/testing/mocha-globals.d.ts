// The few mocha globals our browser tests use (web-test-runner runs mocha), declared here so the
// type check does not need @types/mocha.
type MochaDone = (error?: unknown) => void;
type MochaFn = (() => void | Promise<unknown>) | ((done: MochaDone) => void);
declare function describe(name: string, fn: () => void): void;
declare function it(name: string, fn: MochaFn): void;
declare function before(fn: MochaFn): void;
declare function after(fn: MochaFn): void;
declare function beforeEach(fn: MochaFn): void;
declare function afterEach(fn: MochaFn): void;
