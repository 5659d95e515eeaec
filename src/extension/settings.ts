// The `claimlens.*` settings the editor features read, with their keys in one place.
import * as vscode from 'vscode';
import { isClaimKind } from '../core/model/kinds';
import { GROUP_BY_VALUES, type GroupBy } from '../core/view/claimGroups';
import { DEFAULT_HIGHLIGHT_OPTIONS, type HighlightOptions } from '../core/view/highlightPlan';

export const SETTINGS = {
  section: 'claimlens',
  highlightsEnabled: 'highlights.enabled',
  highlightsRejected: 'highlights.rejected',
  highlightsParts: 'highlights.parts',
  highlightsHedges: 'highlights.hedges',
  highlightsCredibilityTint: 'highlights.credibilityTint',
  highlightsKinds: 'highlights.kinds',
  panelGroupBy: 'panel.groupBy',
  panelFollowCursor: 'panel.followCursor',
  editorWrapArticles: 'editor.wrapArticles',
} as const;

export function readHighlightOptions(): HighlightOptions {
  const config = vscode.workspace.getConfiguration(SETTINGS.section);
  const rejected = config.get<string>(SETTINGS.highlightsRejected);
  return {
    enabled: config.get<boolean>(SETTINGS.highlightsEnabled, DEFAULT_HIGHLIGHT_OPTIONS.enabled),
    rejected: rejected === 'faint' || rejected === 'hidden' ? rejected : DEFAULT_HIGHLIGHT_OPTIONS.rejected,
    parts: config.get<boolean>(SETTINGS.highlightsParts, DEFAULT_HIGHLIGHT_OPTIONS.parts),
    hedges: config.get<boolean>(SETTINGS.highlightsHedges, DEFAULT_HIGHLIGHT_OPTIONS.hedges),
    credibilityTint: config.get<boolean>(SETTINGS.highlightsCredibilityTint, DEFAULT_HIGHLIGHT_OPTIONS.credibilityTint),
    kinds: readKinds(config.get<unknown>(SETTINGS.highlightsKinds)),
  };
}

/** A hand-edited setting may hold anything: unknown words are ignored, and a value that is not a list means every kind. */
function readKinds(value: unknown): HighlightOptions['kinds'] {
  return Array.isArray(value) ? value.filter(isClaimKind) : DEFAULT_HIGHLIGHT_OPTIONS.kinds;
}

export function readGroupBy(): GroupBy {
  const value = vscode.workspace.getConfiguration(SETTINGS.section).get<string>(SETTINGS.panelGroupBy);
  return GROUP_BY_VALUES.find((v) => v === value) ?? 'source';
}

export function readSelectAtCursor(): boolean {
  return vscode.workspace.getConfiguration(SETTINGS.section).get<boolean>(SETTINGS.panelFollowCursor, true);
}

export function readWrapArticles(): boolean {
  return vscode.workspace.getConfiguration(SETTINGS.section).get<boolean>(SETTINGS.editorWrapArticles, true);
}
