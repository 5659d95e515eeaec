// Specification of how the store's detector reads a long article: the part on screen at once, the rest in the background, edited paragraphs after a pause.
import type { TextView } from '../../../../src/core/anchor/textView';
import type { OffsetRange } from '../../../../src/core/model/offsetRange';
import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { applyTextEdits, type TextEdit } from '../../../../src/core/anchor';
import { detectAttributions } from '../../../../src/core/detect';
import { emptySidecar, mergeDetections } from '../../../../src/core/model/annotations';
import type { Sidecar } from '../../../../src/core/model/types';
import type { Detector } from '../../../../src/core/session/detectionRegions';
import type { BackgroundDetector, FoundPiece } from '../../../../src/extension/store/backgroundDetector';
import { type DetectionSink, ProgressiveDetection, type ReadDocument } from '../../../../src/extension/store/progressiveDetection';
import { answersTo, foundPiecesOf } from '../../../../src/worker/detectionProtocol';

const NOW = '2026-01-01T00:00:00.000Z';
const SEED = readFileSync(path.join(__dirname, '..', '..', '..', '..', 'samples', 'wire-election-recount.txt'), 'utf8');

/** About 150 kB: several background steps' worth. */
function longArticle(): string {
  return Array.from({ length: Math.ceil(150_000 / SEED.length) }, (_, i) => `Dispatch ${i + 1}.\n\n${SEED}`).join('\n\n');
}

class Article implements ReadDocument, DetectionSink {
  sidecar: Sidecar;
  changes = 1;
  readonly markdown = false;
  readonly reads: OffsetRange[] = [];
  /** What the detection did to the article, in order. */
  readonly events: ('merge' | 'announce')[] = [];
  announced = 0;
  open = true;

  constructor(public content: string) {
    this.sidecar = emptySidecar('a.txt', content);
  }

  text(): string {
    return this.content;
  }

  view(): TextView {
    return this.content;
  }

  version(): number {
    return this.changes;
  }

  isCurrent(): boolean {
    return this.open;
  }

  merge(found: Parameters<DetectionSink['merge']>[0], text: TextView, region: OffsetRange): void {
    this.reads.push(region);
    this.events.push('merge');
    this.sidecar = mergeDetections(this.sidecar, text, found, NOW, region);
  }

  announce(): void {
    this.events.push('announce');
    this.announced++;
  }

  edit(edit: TextEdit): void {
    const next = this.content.slice(0, edit.start) + edit.newText + this.content.slice(edit.end);
    this.sidecar = applyTextEdits(this.sidecar, [edit], next);
    this.content = next;
    this.changes++;
  }
}

/** An opinion piece of seven paragraphs, none a question: its unquoted "I" is the writer's own voice. */
function opinionPiece(): string {
  const paragraphs = [
    'The council voted on Tuesday to close the library.',
    'The mayor said the building was too costly to heat.',
    'I believe the council is wrong about the library.',
    'Residents gathered outside the hall after the vote.',
    'The library opened in 1921 and has never closed.',
    'A petition to keep it open has 4,000 names.',
    'The council meets again next month.',
  ];
  return paragraphs.join('\n\n');
}

/** The claims' places, compared with what detecting the whole text at once finds. */
const places = (sidecar: Sidecar) => sidecar.claims.map((c) => [c.target.start, c.target.end]).sort((a, b) => a[0] - b[0] || a[1] - b[1]);
const wholeText = (text: string) => places(mergeDetections(emptySidecar('a.txt', text), text, detectAttributions(text, {}), NOW));

async function until(what: string, condition: () => boolean): Promise<void> {
  for (let turns = 0; !condition(); turns++) {
    if (turns > 10_000) throw new Error(`${what} never happened`);
    await new Promise((resolve) => setTimeout(resolve, 1));
  }
}

async function settled(detection: ProgressiveDetection): Promise<void> {
  for (let turns = 0; detection.busy; turns++) {
    if (turns > 10_000) throw new Error('the detector never finished reading');
    await new Promise((resolve) => setTimeout(resolve, 1));
  }
}

describe('reading an article stretch by stretch', () => {
  it('reads the part on screen before returning, and announces it', () => {
    const article = new Article(longArticle());
    const detection = new ProgressiveDetection(detectAttributions, article, article);
    const screen = { start: 80_000, end: 82_000 };
    detection.start(screen);
    assert.equal(article.reads.length, 1);
    assert.ok(article.reads[0].start <= screen.start && article.reads[0].end >= screen.end);
    assert.equal(article.announced, 1);
    assert.equal(detection.busy, true);
    detection.cancel();
  });

  it('reads the rest in the background and ends with what reading the whole text finds', async () => {
    const article = new Article(longArticle());
    const detection = new ProgressiveDetection(detectAttributions, article, article);
    detection.start({ start: 0, end: 0 });
    await settled(detection);
    assert.ok(article.reads.length > 2);
    assert.deepEqual(places(article.sidecar), wholeText(article.content));
  });

  it('keeps its place through edits made while it reads in the background', async () => {
    const article = new Article(longArticle());
    const detection = new ProgressiveDetection(detectAttributions, article, article);
    detection.start({ start: 0, end: 0 });
    const edit = { start: 0, end: 0, newText: 'An editor’s note.\n\n' };
    article.edit(edit);
    detection.follow([edit], undefined);
    await settled(detection);
    assert.deepEqual(places(article.sidecar), wholeText(article.content));
  });

  it('reads again only the paragraph that was edited, once typing pauses', async () => {
    const article = new Article(longArticle());
    const detection = new ProgressiveDetection(detectAttributions, article, article);
    detection.start({ start: 0, end: 0 });
    await settled(detection);
    const at = article.content.indexOf('Dispatch 3.');
    const edit = { start: at, end: at, newText: 'Officials said the count was over. ' };
    article.edit(edit);
    article.reads.length = 0;
    detection.follow([edit], 5);
    await settled(detection);
    assert.equal(article.reads.length, 1);
    assert.ok(article.reads[0].start <= at && article.reads[0].end < article.content.length / 2);
    assert.deepEqual(places(article.sidecar), wholeText(article.content));
  });

  it('reads an edited paragraph of an opinion piece in the whole article’s voice: the writer’s “I” stays no claim', async () => {
    const article = new Article(opinionPiece());
    const detection = new ProgressiveDetection(detectAttributions, article, article);
    detection.start({ start: 0, end: 0 });
    await settled(detection);
    const at = article.content.indexOf('I believe');
    const edit = { start: at, end: at, newText: 'Frankly, ' };
    article.edit(edit);
    detection.follow([edit], 5);
    await settled(detection);
    assert.deepEqual(places(article.sidecar), wholeText(article.content));
    assert.ok(!article.sidecar.claims.some((c) => c.source?.text === 'I'));
  });

  it('stops reading once the article is closed', async () => {
    const article = new Article(longArticle());
    const detection = new ProgressiveDetection(detectAttributions, article, article);
    detection.start({ start: 0, end: 0 });
    article.open = false;
    await settled(detection);
    assert.equal(article.reads.length, 1);
  });

  it('announces the last stretch in the step that merges it', async () => {
    const article = new Article(longArticle());
    const detection = new ProgressiveDetection(detectAttributions, article, article);
    detection.start({ start: 0, end: 0 });
    await settled(detection);
    assert.deepEqual(article.events.slice(-2), ['merge', 'announce']);
  });
});

describe('reading an article ahead of its session', () => {
  it('reads the whole article without merging anything until a session takes the reading over', async () => {
    const article = new Article(longArticle());
    const detection = new ProgressiveDetection(detectAttributions, article);
    detection.start({ start: 0, end: 0 });
    await until('the whole article read ahead', () => detection.allRead);
    assert.equal(article.reads.length, 0);
    assert.equal(detection.busy, true);
    detection.attach(article, { start: 0, end: 0 });
    assert.ok(article.reads.length > 0 && article.announced === 1, 'what was read ahead is merged and announced at once');
    await settled(detection);
    assert.deepEqual(places(article.sidecar), wholeText(article.content));
  });

  it('reads the part on screen first when the session takes over before the reading reached it', async () => {
    const article = new Article(longArticle());
    let pieces = 0;
    const counting: Detector = (text, options) => {
      pieces++;
      return detectAttributions(text, options);
    };
    const detection = new ProgressiveDetection(counting, article);
    detection.start({ start: 0, end: 0 });
    await until('a first stretch read ahead', () => pieces > 0);
    assert.equal(detection.allRead, false);
    const screen = { start: 120_000, end: 122_000 };
    detection.attach(article, screen);
    assert.ok(article.reads[0].start <= screen.start && article.reads[0].end >= screen.end);
    await settled(detection);
    assert.deepEqual(places(article.sidecar), wholeText(article.content));
  });

  it('reads the text again when it changed before the session took the reading over', async () => {
    const article = new Article(longArticle());
    const detection = new ProgressiveDetection(detectAttributions, article);
    detection.start({ start: 0, end: 0 });
    await until('the whole article read ahead', () => detection.allRead);
    article.edit({ start: 0, end: 0, newText: 'Officials said the bridge would reopen on Monday.\n\n' });
    detection.attach(article, { start: 0, end: 0 });
    await settled(detection);
    assert.deepEqual(places(article.sidecar), wholeText(article.content));
  });
});

describe('merging ahead into the annotations of an article without a sidecar', () => {
  it('merges as it reads ahead, and merges nothing twice once the session takes those annotations over', async () => {
    const article = new Article(longArticle());
    const detection = new ProgressiveDetection(detectAttributions, article, undefined, { mergeAhead: (found, text, region) => article.merge(found, text, region) });
    detection.start({ start: 0, end: 0 });
    await until('the whole article read ahead', () => detection.allRead);
    const mergedAhead = article.reads.length;
    assert.ok(mergedAhead > 1);
    detection.attach(article, { start: 0, end: 0 }, true);
    await settled(detection);
    assert.equal(article.reads.length, mergedAhead);
    assert.equal(article.announced, 1, 'the session is told once that the reading is done');
    assert.deepEqual(places(article.sidecar), wholeText(article.content));
  });

  it('reads the rest with the session once it takes over a reading that is not done', async () => {
    const article = new Article(longArticle());
    const detection = new ProgressiveDetection(detectAttributions, article, undefined, { mergeAhead: (found, text, region) => article.merge(found, text, region) });
    detection.start({ start: 0, end: 0 });
    await until('a first stretch merged ahead', () => article.reads.length > 0);
    assert.equal(detection.allRead, false);
    detection.attach(article, { start: 0, end: 0 }, true);
    await settled(detection);
    assert.deepEqual(places(article.sidecar), wholeText(article.content));
  });

  it('says the annotations merged ahead are stale once the text changes', async () => {
    const article = new Article(longArticle());
    const detection = new ProgressiveDetection(detectAttributions, article, undefined, { mergeAhead: (found, text, region) => article.merge(found, text, region) });
    detection.start({ start: 0, end: 0 });
    assert.equal(detection.aheadOfText, true);
    article.changes++;
    assert.equal(detection.aheadOfText, false);
    detection.cancel();
  });
});

describe('the pace of the background reading', () => {
  it('reads one piece of whole paragraphs a step when the step’s time is up at once', async () => {
    const article = new Article(longArticle());
    let now = 0;
    const detection = new ProgressiveDetection(detectAttributions, article, article, { clock: () => (now += 1_000) });
    detection.start({ start: 0, end: 0 });
    await settled(detection);
    const longest = Math.max(...article.reads.map((r) => r.end - r.start));
    assert.ok(article.reads.length > 10, `${article.reads.length} steps`);
    assert.ok(longest < 12_000, `the longest step read ${longest} characters`);
    assert.deepEqual(places(article.sidecar), wholeText(article.content));
  });

  it('reads on within a step while its time lasts', async () => {
    const article = new Article(longArticle());
    const detection = new ProgressiveDetection(detectAttributions, article, article, { clock: () => 0 });
    detection.start({ start: 0, end: 0 });
    await settled(detection);
    assert.equal(article.reads.length, 2, 'the part on screen, then the rest in one step');
    assert.deepEqual(places(article.sidecar), wholeText(article.content));
  });
});

/** The worker's side of the protocol, answering on a later turn as a thread would; counts what it was asked to read. */
class InProcessBackground implements BackgroundDetector {
  requests = 0;
  fail: string | undefined;
  /** Runs before each answer is delivered: a test's chance to change the text meanwhile. */
  beforeAnswer: () => void = () => undefined;

  async detect(text: string, markdown: boolean, regions: readonly OffsetRange[], pieceLength: number, found: (pieces: FoundPiece[]) => void): Promise<undefined> {
    this.requests++;
    await new Promise((resolve) => setTimeout(resolve, 1));
    this.beforeAnswer();
    if (this.fail !== undefined) throw new Error(this.fail);
    for (const reply of answersTo({ id: this.requests, kind: 'detect', text, markdown, regions, pieceLength })) {
      assert.equal(reply.kind, 'detected');
      found(foundPiecesOf(reply, text));
      // A batch at a time, on later turns, as the worker thread posts them.
      await new Promise((resolve) => setTimeout(resolve, 1));
    }
  }

  async resolve(): Promise<never> {
    throw new Error('not asked in these tests');
  }

  async warmUp(): Promise<never> {
    throw new Error('not asked in these tests');
  }

  async preRead(): Promise<never> {
    throw new Error('not asked in these tests');
  }

  keepAliveWhile(): void {}

  dispose(): void {}
}

describe('reading an article with a background detector', () => {
  it('reads only the part on screen on the extension host and ends with what reading the whole text finds', async () => {
    const article = new Article(longArticle());
    let hostPieces = 0;
    const counting: Detector = (text, options) => {
      hostPieces++;
      return detectAttributions(text, options);
    };
    const background = new InProcessBackground();
    const detection = new ProgressiveDetection(counting, article, article, { background });
    detection.start({ start: 80_000, end: 82_000 });
    await settled(detection);
    assert.equal(hostPieces, 1);
    assert.equal(background.requests, 1);
    assert.deepEqual(places(article.sidecar), wholeText(article.content));
  });

  it('announces once the background detector’s findings are merged, not while it reads', async () => {
    const article = new Article(longArticle());
    const detection = new ProgressiveDetection(detectAttributions, article, article, { background: new InProcessBackground() });
    detection.start({ start: 0, end: 0 });
    assert.equal(article.announced, 1);
    await settled(detection);
    assert.deepEqual(article.events.slice(-2), ['merge', 'announce']);
  });

  it('reads on the extension host when the background detector fails, and says why', async () => {
    const article = new Article(longArticle());
    const background = new InProcessBackground();
    background.fail = 'the worker could not start';
    const failures: string[] = [];
    const detection = new ProgressiveDetection(detectAttributions, article, article, { background, onBackgroundFailure: (reason) => failures.push(reason) });
    detection.start({ start: 0, end: 0 });
    await settled(detection);
    assert.deepEqual(failures, ['the worker could not start']);
    assert.deepEqual(places(article.sidecar), wholeText(article.content));
  });

  it('drops what the background detector found in a text edited meanwhile, and asks it again', async () => {
    const article = new Article(longArticle());
    const background = new InProcessBackground();
    // Shifts every claim: had the findings in the text before the edit been merged, they would sit in the wrong places.
    const edit = { start: 0, end: 0, newText: 'An editor’s note.\n\n' };
    const detection = new ProgressiveDetection(detectAttributions, article, article, { background });
    background.beforeAnswer = () => {
      if (background.requests !== 1) return;
      article.edit(edit);
      detection.follow([edit], undefined);
    };
    detection.start({ start: 0, end: 0 });
    await settled(detection);
    assert.equal(background.requests, 2);
    assert.deepEqual(places(article.sidecar), wholeText(article.content));
  });

  it('keeps what the background detector found until a session takes the reading over', async () => {
    const article = new Article(longArticle());
    const detection = new ProgressiveDetection(detectAttributions, article, undefined, { background: new InProcessBackground() });
    detection.start({ start: 0, end: 0 });
    await until('the whole article read ahead', () => detection.allRead);
    assert.equal(article.reads.length, 0);
    detection.attach(article, { start: 0, end: 0 });
    await settled(detection);
    assert.deepEqual(places(article.sidecar), wholeText(article.content));
  });
});
