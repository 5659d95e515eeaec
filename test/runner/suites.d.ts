// Type of the virtual module the test-runner build generates from every test/vscode/**/*.test.ts file.
declare module 'claimlens:vscode-suites' {
  export interface BundledSuite {
    /** Path of the suite relative to the repository, for messages. */
    file: string;
    /** Evaluates the suite's module, which registers its describe/it blocks with mocha's globals. */
    load(): void;
  }
  export const suites: BundledSuite[];
}
