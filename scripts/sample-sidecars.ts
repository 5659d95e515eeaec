// Gives the demo articles in samples/ sidecars with some claims confirmed, rated and rejected, so every state shows.
// Runs `claimlens annotate` on them, then applies the editorial decisions below to claims nobody has touched yet.
// Usage: tsx scripts/sample-sidecars.ts
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { main } from '../src/cli/main';
import { isUntouchedSuggestion, updateClaim, upsertSource } from '../src/core/model/annotations';
import type { ClaimPatch } from '../src/core/model/annotations';
import type { Claim, Sidecar, Source } from '../src/core/model/types';
import { parseSidecar, serializeSidecar, sidecarFileName } from '../src/core/sidecar';

const NOW = '2026-11-27T12:00:00.000Z';
const samplesDir = path.join(__dirname, '..', 'samples');

interface Decision {
  /** The claim whose content starts with this text. */
  content: string;
  patch: ClaimPatch;
  source?: Omit<Source, 'id'>;
}

const source = (name: string, kind: Source['kind'], reliability: Source['reliability'], aliases: string[] = []): Omit<Source, 'id'> => ({
  name,
  aliases,
  kind,
  reliability,
  note: '',
});

const DECISIONS: Record<string, Decision[]> = {
  'conflict-border-shelling.txt': [
    { content: 'At least nine civilians', patch: { state: 'confirmed', credibility: 2, tags: ['casualties'] }, source: source('Local officials', 'government', 'C') },
    { content: 'separatist forces', patch: { state: 'confirmed', credibility: 4, note: 'Party to the conflict; no evidence offered.' }, source: source('Interior ministry', 'government', 'D') },
    { content: 'government troops had shelled', patch: { state: 'confirmed', credibility: 5, note: 'No evidence offered, as the article says.' }, source: source('Separatist defence office', 'government', 'E') },
    { content: '23 people were being treated', patch: { state: 'confirmed', credibility: 2, tags: ['casualties'] }, source: source('Regional hospital', 'organization', 'B') },
    { content: 'an independent investigation', patch: { state: 'rejected', note: 'A call for action, not a claim of fact.' } },
  ],
  'wire-election-recount.txt': [
    { content: 'A hand recount', patch: { state: 'confirmed', credibility: 1 }, source: source('County elections board', 'government', 'A', ['elections board']) },
    { content: 'they were turned away wrongly', patch: { state: 'rejected', note: 'Already covered by Quinn’s claim about the sworn statements.' } },
    { content: 'he accepted the result', patch: { state: 'confirmed', credibility: 4, note: 'In the same breath he asks for a review of the result: ask whether he concedes.' } },
  ],
  'health-trial-results.md': [
    { content: 'A new malaria vaccine', patch: { state: 'confirmed', credibility: 2, tags: ['vaccine'] }, source: source('Trial researchers', 'organization', 'B') },
    { content: 'protection may fade', patch: { state: 'confirmed', credibility: 3 }, source: source('Independent experts', 'person', 'C') },
    { content: 'it can produce 40 million doses', patch: { state: 'confirmed', credibility: 3, note: 'Manufacturer’s own figure.' }, source: source('The manufacturer', 'organization', 'D') },
  ],
  'business-chip-plant.md': [
    { content: 'it would delay the opening', patch: { state: 'confirmed', credibility: 1 }, source: source('Veltrix', 'organization', 'B') },
    { content: 'he was "frustrated"', patch: { state: 'rejected', note: 'A feeling, not a claim that can be checked.' } },
    { content: 'the company\'s grant was on schedule', patch: { state: 'confirmed', credibility: 2, tags: ['subsidy'] }, source: source('Commerce Department', 'government', 'A') },
  ],
};

function decide(sidecar: Sidecar, decision: Decision): Sidecar {
  const claim = sidecar.claims.find((c: Claim) => c.content?.text.startsWith(decision.content) && isUntouchedSuggestion(c));
  if (claim === undefined) {
    console.warn(`  no untouched claim whose content starts with "${decision.content}" in ${sidecar.document.file}`);
    return sidecar;
  }
  let next = sidecar;
  let patch = decision.patch;
  if (decision.source) {
    const added = upsertSource(next, decision.source);
    next = added.sidecar;
    patch = { ...patch, sourceId: added.source.id };
  }
  return updateClaim(next, claim.id, patch, NOW);
}

async function build(): Promise<void> {
  const articles = readdirSync(samplesDir).filter((f) => DECISIONS[f] !== undefined).map((f) => path.join(samplesDir, f));
  const code = await main(['annotate', ...articles]);
  if (code !== 0) throw new Error(`claimlens annotate exited with ${code}`);
  for (const article of articles) {
    const file = sidecarFileName(article);
    const parsed = parseSidecar(readFileSync(file, 'utf8'), file);
    if (!parsed.ok) throw new Error(parsed.error);
    const decided = DECISIONS[path.basename(article)].reduce(decide, parsed.sidecar);
    writeFileSync(file, serializeSidecar(decided));
    const states = decided.claims.map((c) => c.state);
    console.log(`${path.basename(file)}: ${states.filter((s) => s === 'confirmed').length} confirmed, ${states.filter((s) => s === 'rejected').length} rejected, ${states.filter((s) => s === 'suggested').length} suggested`);
  }
}

build().catch((err: unknown) => {
  console.error(err instanceof Error ? err.message : err);
  process.exitCode = 1;
});
