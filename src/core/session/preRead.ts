// Which editor tabs the detection worker may read from disk before their document reaches the extension host (a pre-read), and how.
import { isMarkdownFile } from '../resolve/claims';

/** An editor tab of a text file, as VS Code reports it while the file opens. */
export interface OpeningTab {
  readonly scheme: string;
  readonly path: string;
  /** The tab shown in its group: VS Code loads its text now (tabs restored behind others wait until shown). */
  readonly active: boolean;
  /** The extension host has the document already (open elsewhere, dirty, or the tab is older than its document): it is read as always. */
  readonly documentOpen: boolean;
  /** A pre-read of it was asked for already, since it was last opened. */
  readonly asked: boolean;
}

/** What allows a pre-read at all. */
export interface PreReadConditions {
  /** Detect on open, in the worker thread, for this file (`claimlens.detectOnOpen`, `claimlens.detectInWorker`). */
  readonly detectOnOpen: boolean;
  readonly detectInWorker: boolean;
}

/**
 * How to pre-read the file of `tab`, or undefined to leave it to the document's path: only local files (the `file`
 * scheme, which the worker thread can read itself) of an article's name — plain text (`.txt`) or Markdown, read as
 * such — whose text VS Code is about to load. What the pre-read finds is used only for a document whose text is
 * exactly the file's (compared in the worker); this only spares the worker files it would read in vain. `conditions`
 * is asked only for such a tab.
 */
export function preReadOf(tab: OpeningTab, conditions: () => PreReadConditions): { markdown: boolean } | undefined {
  if (tab.scheme !== 'file' || !tab.active || tab.documentOpen || tab.asked) return undefined;
  const markdown = isMarkdownFile(tab.path);
  if (!markdown && !/\.txt$/i.test(tab.path)) return undefined;
  // Read last: tabs change often (each one shown, pinned, edited), the settings are looked up per file.
  const { detectOnOpen, detectInWorker } = conditions();
  return detectOnOpen && detectInWorker ? { markdown } : undefined;
}
