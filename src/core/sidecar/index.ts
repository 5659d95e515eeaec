// The sidecar file `<article>.claims.json`: naming, fingerprinting the article, reading with validation, writing deterministically.
export { SIDECAR_SUFFIX, documentInfo, sidecarFileName, textHash } from './document';
export { SIDECAR_VERSION, isSidecarTimestamp, parseSidecar, type ParseResult } from './validate';
export { chunksEqual, compareClaims, serializeSidecar, sidecarChunks } from './serialize';
