// Exporters over the annotation model (W3C Web Annotation, CSV, Markdown, HTML, ClaimReview), W3C import, and claim counts.
export { claimLensContext, type ClaimReviewOptions, type ExportArticle, type ExportContext, type ExportFormat } from './article';
export { claimReviewCounts, formatClaimReview, toClaimReviews, type ClaimReview, type ClaimReviewDocument } from './claimReview';
export { articleFacts, type ArticleFacts } from './frontMatter';
export { FORMATS, formatInfo, isExportFormat, type FormatInfo } from './formats';
export { formatCsv, CSV_COLUMNS } from './csv';
export { formatMarkdown, markdownReportHeading } from './markdown';
export { formatHtml } from './html';
export { formatW3C, toW3C } from './w3c';
export { readW3C, type ReadDocument, type ReadResult } from './w3cRead';
export { importDocument, type ImportArticle, type ImportResult } from './w3cImport';
export { describeConflict, describeImport, mergeImported, type ImportConflict, type ImportMerge, type ImportReport } from './importMerge';
export { importTargetPath, type ImportTarget } from './importTarget';
export { exportTargetProblem, exportTargetRefusal, MARKDOWN_REPORT_HEADING, type ExportTarget, type ExportTargetRefusal } from './exportTarget';
export { folderIri, relativeIri, resolveRelativeIri, underFolderIri } from './relativeIri';
export { addTallies, articleTally, describeTally, emptyTally, UNKNOWN_KIND, UNRATED, UNTAGGED, type ClaimTally } from './tally';
