// Gives suites the installed ClaimLens extension as VS Code sees it, and its manifest.
import * as vscode from 'vscode';

export const CLAIMLENS_ID = 'claimlens.claimlens';

/** The ClaimLens extension; fails the test with a clear message when VS Code does not know it. */
export function claimLens(): vscode.Extension<unknown> {
  const extension = vscode.extensions.getExtension(CLAIMLENS_ID);
  if (!extension) throw new Error(`${CLAIMLENS_ID} is not installed in this VS Code`);
  return extension;
}

export interface ContributedCommand {
  command: string;
  title: string;
  category?: string;
}

/** The commands ClaimLens's package.json contributes. */
export function contributedCommands(): ContributedCommand[] {
  const manifest = claimLens().packageJSON as { contributes?: { commands?: ContributedCommand[] } };
  return manifest.contributes?.commands ?? [];
}

export interface ContributedKeybinding {
  command: string;
  key: string;
  when?: string;
  args?: unknown;
}

/** The keybindings ClaimLens's package.json contributes. */
export function contributedKeybindings(): ContributedKeybinding[] {
  const manifest = claimLens().packageJSON as { contributes?: { keybindings?: ContributedKeybinding[] } };
  return manifest.contributes?.keybindings ?? [];
}
