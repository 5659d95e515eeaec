import { readFileSync, readdirSync } from 'node:fs';
import { detectAttributions } from './src/core/detect';
const arts: { text: string; markdown: boolean }[] = [];
const root = process.argv[2];
for (const dir of ['test/fixtures/gold', 'samples']) for (const f of readdirSync(root + '/' + dir).sort()) if (/\.(txt|md)$/.test(f)) arts.push({ text: readFileSync(root + '/' + dir + '/' + f, 'utf8'), markdown: f.endsWith('.md') });
const run = () => { for (let r = 0; r < 20; r++) for (const a of arts) detectAttributions(a.text, { markdown: a.markdown }); };
run(); run();
let best = Infinity; for (let i = 0; i < 5; i++) { const t = performance.now(); run(); best = Math.min(best, performance.now() - t); }
console.log(best.toFixed(0));
