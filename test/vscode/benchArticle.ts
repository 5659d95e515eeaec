// The 1 MB article the real-VS-Code benchmarks open: the sample articles repeated (about 10,000 claims detected).
import * as vscode from 'vscode';

const TARGET_BYTES = 1_000_000;

export async function bigArticle(): Promise<string> {
  const samples = await vscode.workspace.findFiles('samples/*.txt');
  const texts = await Promise.all(samples.map(async (uri) => new TextDecoder().decode(await vscode.workspace.fs.readFile(uri))));
  const seed = texts.join('\n\n');
  if (seed.length === 0) throw new Error('the benchmark needs the sample articles in samples/');
  return seed.repeat(Math.ceil(TARGET_BYTES / seed.length)).slice(0, TARGET_BYTES);
}
