import { readFileSync, readdirSync } from 'node:fs';
import { answersTo } from './src/worker/detectionProtocol';
const samples = readdirSync('samples').filter((f) => f.endsWith('.txt')).sort().map((f) => readFileSync('samples/' + f, 'utf8'));
const seed = samples.join('\n\n');
const big = seed.repeat(Math.ceil(1e6 / seed.length)).slice(0, 1e6);
const corpusDir = '../../main/test/fixtures/real/';
let other = '';
try { other = readdirSync(corpusDir).filter((f)=>f.endsWith('.txt')).map((f)=>readFileSync(corpusDir+f,'utf8')).join('\n\n'); } catch {}
other = other.repeat(Math.ceil(1e6 / Math.max(1, other.length))).slice(0, 1e6);
function read(label: string, text: string) {
  const t = performance.now();
  const r = answersTo({ id: 1, kind: 'detect', text, markdown: false, regions: [{ start: 0, end: text.length }], pieceLength: 1000 } as never);
  console.log(label, (performance.now() - t).toFixed(0), 'ms', r.length);
}
const mode = process.argv[2] ?? 'same';
if (mode === 'same') { for (let i = 0; i < 4; i++) read('big#' + i, (' ' + big).slice(1)); }
if (mode === 'other') { read('other#0', other); read('other#1', other); read('big#0', big); read('big#1', (' '+big).slice(1)); }
if (mode === 'fresh') { for (let i = 0; i < 4; i++) read('fresh#' + i, big.replace(/the/g, ['the','teh','thE','The'][i])); }
import { WARM_UP_TEXT } from './src/worker/warmUpText';
if (mode.startsWith('warm')) {
  const n = Number(mode.slice(4));
  const t = performance.now();
  for (let i = 0; i < n; i++) answersTo({ id: 0, kind: 'detect', text: WARM_UP_TEXT, markdown: i % 2 === 1, regions: [{ start: 0, end: WARM_UP_TEXT.length }], pieceLength: 1000 } as never);
  console.log('warm', n, (performance.now() - t).toFixed(0), 'ms');
  read('big#0', big); read('big#1', (' ' + big).slice(1));
}
if (mode.startsWith('samp')) {
  const n = Number(mode.slice(4));
  const t = performance.now();
  for (let i = 0; i < n; i++) answersTo({ id: 0, kind: 'detect', text: seed, markdown: i % 2 === 1, regions: [{ start: 0, end: seed.length }], pieceLength: 1000 } as never);
  console.log('samp', n, seed.length, (performance.now() - t).toFixed(0), 'ms');
  read('big#0', big); read('big#1', (' ' + big).slice(1));
}
import { Session } from 'node:inspector';
if (mode === 'prof') {
  const s = new Session(); s.connect();
  const post = (m: string, p?: object) => new Promise<any>((res, rej) => s.post(m, p ?? {}, (e, r) => (e ? rej(e) : res(r))));
  (async () => {
    await post('Profiler.enable'); await post('Profiler.setSamplingInterval', { interval: 100 });
    for (const label of ['first', 'second']) {
      await post('Profiler.start');
      read(label, (' ' + big).slice(1));
      const { profile } = await post('Profiler.stop');
      const self = new Map<string, number>();
      const dt = profile.timeDeltas as number[]; const byId = new Map<number, any>(profile.nodes.map((n: any) => [n.id, n]));
      profile.samples.forEach((id: number, i: number) => { const n = byId.get(id); const k = n.callFrame.functionName + ' ' + (n.callFrame.url.split('/').pop()) + ':' + n.callFrame.lineNumber; self.set(k, (self.get(k) ?? 0) + dt[i] / 1000); });
      console.log([...self].sort((a, b) => b[1] - a[1]).slice(0, 25).map(([k, v]) => `  ${v.toFixed(1)} ${k}`).join('\n'));
    }
  })();
}
import { findParagraphs as fp, segment as seg } from './src/core/detect/segment';
if (mode === 'seg') {
  for (const label of ['first', 'second', 'third']) {
    const text = (' ' + big).slice(1);
    let t = performance.now(); let n = 0;
    for (let at = 0; at < text.length; at += 1000) n += fp(text.slice(at, at + 1000)).length;
    const a = performance.now() - t; t = performance.now();
    for (let at = 0; at < text.length; at += 1000) n += seg(text.slice(at, at + 1000)).sentences.length;
    const b = performance.now() - t; t = performance.now();
    const flat = text.split('').join('');
    for (let at = 0; at < flat.length; at += 1000) n += seg(flat.slice(at, at + 1000)).sentences.length;
    console.log(label, 'findParagraphs', a.toFixed(0), 'segment', b.toFixed(0), 'segment on flat', (performance.now() - t).toFixed(0), n);
  }
}
