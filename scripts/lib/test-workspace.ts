// Makes the folder a test run opens: fresh copies of samples/ and test/fixtures/, so tests never dirty the repository.
import { cpSync, existsSync, mkdirSync } from 'node:fs';
import * as path from 'node:path';
import { repoRoot } from './provision';

/** What the test workspace holds: repository folder → folder in the workspace. */
const TEST_WORKSPACE_CONTENT = [
  { from: ['samples'], to: 'samples' },
  { from: ['test', 'fixtures'], to: 'fixtures' },
];

function copyInto(workspace: string, content: readonly { from: string[]; to: string }[]): string {
  mkdirSync(workspace, { recursive: true });
  for (const { from, to } of content) {
    const source = path.join(repoRoot, ...from);
    if (existsSync(source)) cpSync(source, path.join(workspace, to), { recursive: true });
  }
  return workspace;
}

/** `<runDir>/workspace` with `samples/` and `fixtures/` (test/fixtures) inside. */
export function makeTestWorkspace(runDir: string): string {
  return copyInto(path.join(runDir, 'workspace'), TEST_WORKSPACE_CONTENT);
}

/** `<runDir>/samples`: a copy of the sample articles only, for the demo. */
export function makeSamplesWorkspace(runDir: string): string {
  return copyInto(path.join(runDir, 'samples'), [{ from: ['samples'], to: '.' }]);
}
