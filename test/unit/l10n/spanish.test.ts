import * as assert from 'node:assert/strict';
import { exportTargetProblem, formatHtml, formatMarkdown, markdownReportHeading, MARKDOWN_REPORT_HEADING, toW3C } from '../../../src/core/export';
import { composeClaimHover } from '../../../src/core/view/claimHover';
import { groupWords } from '../../../src/core/view/groupWords';
import { statusText } from '../../../src/core/view/claimCounts';
import type { Words } from '../../../src/core/words';
import { CONTEXT, loadArticle } from '../export-fixtures';
import { requireWithLanguage } from '../support/vscodeL10n';

/** The extension's words as VS Code gives them with Spanish as the display language. */
const words = requireWithLanguage<{ localWords(): Words }>('src/extension/l10n/words.ts', 'es').localWords();
const article = loadArticle();
const kcna = article.sidecar.claims.find((c) => c.id === 'c-kcna0001');
const kcnaSource = article.sidecar.sources.find((s) => s.id === kcna?.sourceId) ?? null;

describe('ClaimLens in Spanish', () => {
  it('says the language of its words', () => {
    assert.equal(words.language, 'es');
  });

  it('words the hover in Spanish, with the rating and the kind in words', () => {
    assert.ok(kcna);
    const hover = composeClaimHover(kcna, kcnaSource, null, words);
    assert.match(hover, /\*\*Afirmación\*\* — confirmada \(detectada\)/);
    assert.match(hover, /\*\*Tipo:\*\* declaración — declaraciones orales o escritas/);
    assert.match(hover, /\*\*Calificación:\*\* D3 — normalmente no fiable, posiblemente cierta/);
  });

  it('counts claims in Spanish, singular and plural', () => {
    const counts = { claims: 1, tagged: 0, suggested: 1, confirmed: 0, rejected: 0, orphans: 2 };
    assert.equal(statusText(counts, words), '1 afirmación · etiquetadas: 0 · 2 huérfanas');
    assert.equal(statusText({ ...counts, claims: 3, orphans: 0 }, words), '3 afirmaciones · etiquetadas: 0');
  });

  it('names the panel groups in Spanish', () => {
    assert.deepEqual(groupWords({ id: 'kind:belief', key: { kind: 'claimKind', claimKind: 'belief' }, claims: [] }, words).label, 'Creencia');
  });

  it('writes the Markdown report in Spanish, with a heading a later export recognises', () => {
    const report = formatMarkdown([article], { ...CONTEXT, words });
    assert.match(report, /^# Informe de ClaimLens\n/);
    assert.match(report, /5 afirmaciones: confirmadas 4, sugeridas 1; rechazadas 1; 1 huérfana\. Las afirmaciones rechazadas no se enumeran\./);
    assert.match(report, /- Estado: confirmada\n- Tipo: declaración \(asignado a mano\)/);
    assert.match(report, /\| Fuente \| Fiabilidad \| Afirmaciones \| Confirmadas \| Sugeridas \| Calificaciones \|/);
    const headings = [MARKDOWN_REPORT_HEADING, markdownReportHeading(words)];
    assert.equal(exportTargetProblem({ path: '/news/report.md', existing: report.slice(0, 256), hasSidecar: false }, [], headings), null);
  });

  it('writes the HTML report in Spanish and says so in its lang attribute', () => {
    const page = formatHtml([article], { ...CONTEXT, words });
    assert.match(page, /<html lang="es">/);
    assert.match(page, /<h2>Leyenda<\/h2>/);
    assert.match(page, /<caption>Afirmaciones por fuente<\/caption>/);
  });

  it('words the ratings of a W3C export in Spanish, tagged as Spanish, and keeps its data terms', () => {
    const collection = toW3C([article], { ...CONTEXT, words });
    const assessing = collection.first.items.flatMap((a) => a.body ?? []).find((b) => b.purpose === 'assessing');
    assert.deepEqual(assessing && 'value' in assessing ? [assessing.value, assessing.language] : [], ['D3 — normalmente no fiable, posiblemente cierta', 'es']);
    assert.equal(collection.label, 'Afirmaciones de ClaimLens en article.txt');
  });
});
