// Packages test/language-pack, a Spanish "language pack" that translates nothing of VS Code, as a .vsix: with it
// installed and `--locale es`, code-server runs the workbench and extension hosts in Spanish (without any language
// pack it falls back to English whatever the locale), so ClaimLens's Spanish bundle can be checked in a real VS Code.
import * as path from 'node:path';
import { createVSIX } from '@vscode/vsce';
import { repoRoot } from './provision';

export const languagePackVsix = path.join(repoRoot, 'out', 'claimlens-test-language-pack-es.vsix');

export async function packageLanguagePack(): Promise<string> {
  await createVSIX({
    cwd: path.join(repoRoot, 'test', 'language-pack'),
    packagePath: languagePackVsix,
    dependencies: false,
    allowMissingRepository: true,
    skipLicense: true,
  });
  return languagePackVsix;
}
