// The look of each highlight kind: one decoration type per kind, coloured only through contributed theme colours.
import * as vscode from 'vscode';
import { HIGHLIGHT_KINDS, type HighlightKind } from '../../core/view/highlightPlan';

const color = (id: string): vscode.ThemeColor => new vscode.ThemeColor(`claimlens.${id}`);

/**
 * Suggested claims get a dashed outline and confirmed ones a solid one, so the state reads without colour;
 * the source is underlined, the cue bold, hedges italic with a dotted underline.
 */
const STYLES: Readonly<Record<HighlightKind, vscode.DecorationRenderOptions>> = {
  suggested: {
    backgroundColor: color('suggestedBackground'),
    border: '1px dashed',
    borderColor: color('suggestedBorder'),
    overviewRulerColor: color('suggestedOverviewRuler'),
    overviewRulerLane: vscode.OverviewRulerLane.Right,
  },
  confirmed: {
    backgroundColor: color('confirmedBackground'),
    border: '1px solid',
    borderColor: color('confirmedBorder'),
    overviewRulerColor: color('confirmedOverviewRuler'),
    overviewRulerLane: vscode.OverviewRulerLane.Right,
  },
  rejected: {
    opacity: '0.6',
    textDecoration: 'line-through',
    color: color('rejectedForeground'),
  },
  source: {
    borderStyle: 'none none solid none',
    borderWidth: '0 0 2px 0',
    borderColor: color('sourceUnderline'),
  },
  cue: {
    fontWeight: 'bold',
    color: color('cueForeground'),
  },
  hedge: {
    fontStyle: 'italic',
    textDecoration: 'underline dotted',
    color: color('hedgeForeground'),
  },
  credible: { backgroundColor: color('credibleBackground') },
  possible: { backgroundColor: color('possibleBackground') },
  doubtful: { backgroundColor: color('doubtfulBackground') },
};

export type DecorationTypes = Readonly<Record<HighlightKind, vscode.TextEditorDecorationType>>;

/** Created once per activation; decorations are only ever set on these. */
export function createDecorationTypes(): DecorationTypes {
  // Closed edges, as claims have: text typed right before or after a claim stays outside its highlight.
  return Object.fromEntries(
    HIGHLIGHT_KINDS.map((kind) => [
      kind,
      vscode.window.createTextEditorDecorationType({ ...STYLES[kind], rangeBehavior: vscode.DecorationRangeBehavior.ClosedClosed }),
    ]),
  ) as unknown as DecorationTypes;
}
