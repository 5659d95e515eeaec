// Anchoring claims to article text: building targets, re-anchoring after outside changes, shifting through editor edits.
export { CONTEXT_LENGTH, makeTarget } from './target';
export { locateQuote, type SearchBudget } from './locate';
export { placeClaim } from './place';
export { reanchor } from './reanchor';
export { anchoredTo, claimSelectsItsText } from './anchoredTo';
export { applyTextEdits, editBatch, followTextEdits, onlyMoved, sortedEdits, toTextEdits, type EditBatch, type TextEdit } from './edits';
export { type TextView, wholeText } from './textView';
