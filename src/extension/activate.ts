// Builds the extension from the pieces a platform provides (its file access): the Node and web entry points both call this.
import * as vscode from 'vscode';
import { detectAttributions } from '../core/detect';
import type { ClaimLensApi } from './api';
import { registerClaimCommands } from './commands/registerClaimCommands';
import { registerExportCommands } from './export/registerExportCommands';
import { registerHighlights } from './highlights/registerHighlights';
import { registerClaimHover } from './hover/registerClaimHover';
import { windowNotifier } from './notifier';
import { registerClaimsPanel } from './panel/registerClaimsPanel';
import { registerArticleWrap } from './reading/registerArticleWrap';
import { registerClaimStatus } from './statusBar/registerClaimStatus';
import type { FileAccess } from './store/fileAccess';
import { registerClaimStore } from './store/registerClaimStore';

/** What differs between the extension hosts ClaimLens runs in. */
export interface Platform {
  readonly files: FileAccess;
}

export function activateClaimLens(context: vscode.ExtensionContext, platform: Platform): ClaimLensApi {
  const log = vscode.window.createOutputChannel('ClaimLens', { log: true });
  context.subscriptions.push(log);
  const notifier = windowNotifier(log);
  const { files } = platform;
  const store = registerClaimStore(context, { detect: detectAttributions, files, notifier });
  const highlighter = registerHighlights(context, { store });
  registerClaimHover(context, { store, highlighter });
  registerClaimCommands(context, { store, detect: detectAttributions });
  const panel = registerClaimsPanel(context, { store });
  const status = registerClaimStatus(context, { store });
  registerExportCommands(context, { store, files });
  registerArticleWrap(context);
  return { store, highlights: highlighter, panel, status };
}
