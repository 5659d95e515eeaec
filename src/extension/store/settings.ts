// The store's settings (`claimlens.*`, declared in package.json), read in one place.
import * as vscode from 'vscode';

export const SETTING_DETECT_ON_OPEN = 'detectOnOpen';
export const SETTING_DETECT_WHILE_EDITING = 'detectWhileEditing';
export const SETTING_DETECTION_DELAY = 'detectionDelay';
export const SETTING_DETECT_IN_WORKER = 'detectInWorker';

export interface StoreSettings {
  /** Run the detector when an article opens and merge its suggestions with the stored claims. */
  detectOnOpen: boolean;
  /** Run the detector again after the user stops typing. */
  detectWhileEditing: boolean;
  /** Milliseconds of quiet after an edit before detection runs again. */
  detectionDelay: number;
  /** Read a newly opened article in the detection worker thread, where the platform has one. */
  detectInWorker: boolean;
}

export function readStoreSettings(scope: vscode.Uri): StoreSettings {
  const config = vscode.workspace.getConfiguration('claimlens', scope);
  return {
    detectOnOpen: config.get<boolean>(SETTING_DETECT_ON_OPEN, true),
    detectWhileEditing: config.get<boolean>(SETTING_DETECT_WHILE_EDITING, true),
    detectionDelay: Math.max(0, config.get<number>(SETTING_DETECTION_DELAY, 500)),
    detectInWorker: config.get<boolean>(SETTING_DETECT_IN_WORKER, true),
  };
}
