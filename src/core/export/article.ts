// The input of every exporter: an article's text with its annotations, and facts about the export run.
import type { Sidecar } from '../model/types';
import type { Words } from '../words';

export interface ExportArticle {
  /** How the article is named in reports and CSV rows, e.g. a workspace-relative path `news/kcna.txt`. */
  label: string;
  /** The IRI that W3C annotations target: a `file:` URI, a URL, or a relative reference such as `news/kcna.txt`. */
  iri: string;
  /** The BOM-less article text the sidecar is anchored to. */
  text: string;
  sidecar: Sidecar;
}

/** Facts about the run that the output records; passed in so that formatters stay pure and outputs reproducible. */
export interface ExportContext {
  /** ISO 8601 time of the export. */
  generated: string;
  generator: { name: string; version: string; homepage: string };
  /** The words of reports and labels, in the reader's language; English when not given (the CLI). */
  words?: Words;
  /** Who publishes a ClaimReview export, and where; only that format reads it. */
  claimReview?: ClaimReviewOptions;
}

/** The fact-checker's side of a ClaimReview: the reviewing organisation (or person) and the page the reviews appear on. */
export interface ClaimReviewOptions {
  author: { type: 'Organization' | 'Person'; name: string; url?: string };
  /** Absolute URL of the fact-check page that publishes the reviews; each review's `url`, and the base of its `@id`. */
  reviewUrl?: string;
}

export type ExportFormat = 'w3c' | 'csv' | 'md' | 'html' | 'claimreview';

/** The context of a ClaimLens run; the version comes from the caller's package.json so core stays free of it. */
export function claimLensContext(version: string, generated: string): ExportContext {
  return { generated, generator: { name: 'ClaimLens', version, homepage: 'https://github.com/claimlens/claimlens' } };
}
