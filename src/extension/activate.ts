// Builds the extension from the pieces a platform provides (its file access): the Node and web entry points both call this.
import * as vscode from 'vscode';
import { detectAttributions } from '../core/detect';
import { API_VERSION, type ClaimLensApi, type ClaimLensInternals } from './api';
import { registerClaimCommands } from './commands/registerClaimCommands';
import { registerExportCommands } from './export/registerExportCommands';
import { registerHighlights } from './highlights/registerHighlights';
import { registerClaimHover } from './hover/registerClaimHover';
import { windowNotifier } from './notifier';
import { registerClaimsPanel } from './panel/registerClaimsPanel';
import { registerArticleWrap } from './reading/registerArticleWrap';
import { registerClaimStatus } from './statusBar/registerClaimStatus';
import type { BackgroundDetector } from './store/backgroundDetector';
import type { FileAccess } from './store/fileAccess';
import { registerClaimStore } from './store/registerClaimStore';

/** What differs between the extension hosts ClaimLens runs in. */
export interface Platform {
  readonly files: FileAccess;
  /** The detector off the extension host's thread (the desktop host's worker thread); without it, detection reads in short steps on the host. */
  readonly background?: BackgroundDetector;
}

export function activateClaimLens(context: vscode.ExtensionContext, platform: Platform): ClaimLensApi {
  const log = vscode.window.createOutputChannel('ClaimLens', { log: true });
  context.subscriptions.push(log);
  const notifier = windowNotifier(log);
  const { files, background } = platform;
  const store = registerClaimStore(context, { detect: detectAttributions, background, files, notifier });
  const highlighter = registerHighlights(context, { store });
  registerClaimHover(context, { store, highlighter });
  registerClaimCommands(context, { store, detect: detectAttributions });
  const panel = registerClaimsPanel(context, { store });
  const status = registerClaimStatus(context, { store });
  registerExportCommands(context, { store, files });
  registerArticleWrap(context);
  const internals: ClaimLensInternals = { store, highlights: highlighter, panel, status, lastReading: (uri) => store.lastReading(uri), background };
  if (underTestHarness(context)) context.subscriptions.push(vscode.commands.registerCommand('claimlens._internals', () => internals));
  return { version: API_VERSION, annotations: store };
}

/**
 * Whether ClaimLens runs for its own tests: started as the extension under development or test (test-electron), or
 * installed into the real-VS-Code harness, which names its results file in the environment (there is no `process`
 * in a web worker, where neither applies).
 */
function underTestHarness(context: vscode.ExtensionContext): boolean {
  if (context.extensionMode !== vscode.ExtensionMode.Production) return true;
  return typeof process !== 'undefined' && process.env.CLAIMLENS_TEST_RESULTS !== undefined;
}
