// Near duplicates: the signature itself, reprints flagged through the whole pipeline, and the
// threshold measured on BASIL (three outlets' articles about the same events must not be flagged;
// copies with a new headline and an added paragraph must be).
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  bandKeys,
  computeSignature,
  isReprint,
  resemblance,
  signatureFromBytes,
  signatureToBytes,
  MIN_WORDS,
} from '../../../../../src/main/core/import/signature';
import { importSources } from '../../../../../src/main/core/import/pipeline';
import { countArticles, getArticle } from '../../../../../src/main/core/repo/articles';
import { CORPUS, tempDir, tempLibrary } from './helpers';

const BASIL = join(CORPUS, 'coverage', 'basil', 'basil_articles.jsonl');

const STORY = [
  'Russian President Vladimir Putin and North Korean leader Kim Jong Un signed a mutual defence pact in Pyongyang on Wednesday, pledging to help each other if either is attacked.',
  'The agreement, which Kim called the strongest treaty the two countries have ever signed, comes as Western governments accuse Pyongyang of supplying artillery shells to Moscow.',
  'Putin arrived in the North Korean capital before dawn for his first visit in twenty-four years and was greeted at the airport by Kim himself.',
  'South Korea and Japan expressed concern about the pact, and Washington said it would watch closely for any transfer of military technology.',
];
const ADDED = 'Our correspondent in Seoul reports that the news was met with alarm on the streets of the South Korean capital on Thursday morning.';
const UNRELATED = [
  'Heavy rain flooded several districts of the coastal city overnight, forcing hundreds of residents to leave their homes as the river burst its banks.',
  'Emergency services said no one had been hurt, but roads and railway lines to the north remained closed and schools would stay shut until Monday.',
  'The mayor promised compensation for damaged shops and houses and blamed years of delay in building the flood defences approved a decade ago.',
  'Forecasters expect more rain over the weekend and warned that water levels could rise again before the storm moves out to sea on Sunday.',
];

const text = (paras: string[]) => paras.join('\n\n');
const paragraphs = (t: string) => t.split(/\n\s*\n/).filter((p) => p.trim());

describe('signature', () => {
  it('has no signature for a text too short to judge', () => {
    expect(computeSignature('A short brief of a few words only.')).toBeNull();
    expect(computeSignature(Array.from({ length: MIN_WORDS }, (_, i) => `w${i}`).join(' '))).not.toBeNull();
  });

  it('scores a copy as identical, a reprint with an added paragraph as a reprint, another story as not', () => {
    const original = computeSignature(text(STORY))!;
    expect(resemblance(computeSignature(text(STORY))!, original)).toEqual({ jaccard: 1, containment: 1 });
    const reprint = resemblance(computeSignature(text([...STORY, ADDED]))!, original);
    expect(isReprint(reprint)).toBe(true);
    const other = resemblance(computeSignature(text(UNRELATED))!, original);
    expect(other.jaccard).toBeLessThan(0.1);
    expect(isReprint(other)).toBe(false);
  });

  it('folds case and punctuation, and survives its stored form', () => {
    const a = computeSignature(text(STORY))!;
    const b = computeSignature(text(STORY).toUpperCase().replace(/,/g, ' ,'))!;
    expect(resemblance(b, a).jaccard).toBe(1);
    const back = signatureFromBytes(signatureToBytes(a))!;
    expect(back).toEqual(a);
    expect(bandKeys(back)).toEqual(bandKeys(a));
    expect(signatureFromBytes(new Uint8Array(7))).toBeNull();
  });
});

describe('reprints through the pipeline', () => {
  let lib: ReturnType<typeof tempLibrary>;
  let files: ReturnType<typeof tempDir>;
  beforeEach(() => {
    lib = tempLibrary();
    files = tempDir();
  });
  afterEach(() => {
    lib.cleanup();
    files.cleanup();
  });

  it('stores a reprint under its own headline, flagged as a reprint of the earlier article', async () => {
    writeFileSync(join(files.dir, 'a-wire.txt'), `Putin and Kim sign defence pact\n\n${text(STORY)}\n`);
    writeFileSync(join(files.dir, 'b-reprint.txt'), `Moscow and Pyongyang seal alliance\n\n${text([...STORY, ADDED])}\n`);
    writeFileSync(join(files.dir, 'c-other.txt'), `City flooded overnight\n\n${text(UNRELATED)}\n`);
    const s = await importSources(lib.db, { paths: [files.dir] }, { jobId: 'r' });
    expect(s.outcomes.map((o) => o.outcome)).toEqual(['imported', 'reprint', 'imported']);
    expect(s).toMatchObject({ imported: 3, duplicates: 0, failed: 0 });
    const [wire, reprint, other] = s.outcomes.map((o) => getArticle(lib.db, o.articleId!)!);
    expect(s.outcomes[1]!.message).toBe(`probable reprint of "Putin and Kim sign defence pact" (#${wire!.id})`);
    expect(reprint!.title).toBe('Moscow and Pyongyang seal alliance');
    expect(reprint!.reprintOf).toEqual({ id: wire!.id, title: 'Putin and Kim sign defence pact' });
    expect(wire!.reprintOf).toBeNull();
    expect(other!.reprintOf).toBeNull();
    const log = lib.db.prepare("SELECT outcome, message FROM import_log WHERE job_id = 'r' ORDER BY id").all();
    expect(log).toEqual(s.outcomes.map((o) => ({ outcome: o.outcome, message: o.message })));
  });

  it('points a reprint of a reprint at the original, and still catches exact duplicates first', async () => {
    writeFileSync(join(files.dir, 'a.txt'), `Original\n\n${text(STORY)}\n`);
    writeFileSync(join(files.dir, 'b.txt'), `Reprint one\n\n${text([...STORY, ADDED])}\n`);
    writeFileSync(join(files.dir, 'c.txt'), `Reprint two\n\n${text([ADDED, ...STORY.slice(0, 3)])}\n`);
    writeFileSync(join(files.dir, 'd.txt'), `Original again\n\n${text(STORY)}\n`);
    const s = await importSources(lib.db, { paths: [files.dir] }, { jobId: 'c' });
    expect(s.outcomes.map((o) => o.outcome)).toEqual(['imported', 'reprint', 'reprint', 'duplicate']);
    const original = s.outcomes[0]!.articleId!;
    expect(getArticle(lib.db, s.outcomes[2]!.articleId!)!.reprintOf?.id).toBe(original);
    expect(s.outcomes[3]).toMatchObject({ articleId: original, message: 'duplicate of "Original"' });
    expect(countArticles(lib.db)).toBe(3);
  });
});

interface Basil {
  id: string;
  event_id: string;
  title: string;
  text: string;
}

describe.skipIf(!existsSync(BASIL))('reprint threshold on BASIL (corpus)', () => {
  let lib: ReturnType<typeof tempLibrary>;
  let files: ReturnType<typeof tempDir>;
  beforeEach(() => {
    lib = tempLibrary();
    files = tempDir();
  });
  afterEach(() => {
    lib.cleanup();
    files.cleanup();
  });

  it('flags no article about the same event by another outlet, and every copy with a new headline and an added paragraph', async () => {
    const rows = readFileSync(BASIL, 'utf8').trim().split('\n').map((l) => JSON.parse(l) as Basil);
    const first = await importSources(lib.db, { paths: [BASIL] }, { jobId: 'basil' });
    const reprintsAmongOriginals = first.outcomes.filter((o) => o.outcome === 'reprint');
    expect(first.imported).toBe(300);

    // Measured separation: the highest same-event score against the lowest reprint score.
    const sigs = rows.map((r) => computeSignature(r.text)!);
    let sameEventMax = { jaccard: 0, containment: 0 };
    for (let a = 0; a < rows.length; a++) {
      for (let b = 0; b < rows.length; b++) {
        if (a === b || rows[a]!.event_id !== rows[b]!.event_id) continue;
        const m = resemblance(sigs[a]!, sigs[b]!);
        sameEventMax = { jaccard: Math.max(sameEventMax.jaccard, m.jaccard), containment: Math.max(sameEventMax.containment, m.containment) };
      }
    }
    // Wire-style reprints: another outlet's headline, one paragraph (from an unrelated article) added at the end.
    const lines = rows.map((r, i) => {
      const extra = paragraphs(rows[(i + 150) % rows.length]!.text)[1] ?? ADDED;
      return JSON.stringify({ title: `Reprinted: ${r.title.split(' ').toReversed().join(' ')}`, outlet: 'Reprint Daily', text: [...paragraphs(r.text), extra].join('\n\n') });
    });
    const copies = join(files.dir, 'reprints.jsonl');
    writeFileSync(copies, `${lines.join('\n')}\n`);
    const second = await importSources(lib.db, { paths: [copies] }, { jobId: 'copies' });
    let reprintMin = { jaccard: 1, containment: 1 };
    rows.forEach((_r, i) => {
      const m = resemblance(computeSignature(JSON.parse(lines[i]!).text)!, sigs[i]!);
      reprintMin = { jaccard: Math.min(reprintMin.jaccard, m.jaccard), containment: Math.min(reprintMin.containment, m.containment) };
    });
    const flagged = second.outcomes.filter((o) => o.outcome === 'reprint');
    console.log(
      `[reprints/BASIL] same-event pairs (600 ordered): max J ${sameEventMax.jaccard.toFixed(3)}, max containment ${sameEventMax.containment.toFixed(3)}, flagged ${reprintsAmongOriginals.length}; ` +
        `reprints with an added paragraph: min J ${reprintMin.jaccard.toFixed(3)}, min containment ${reprintMin.containment.toFixed(3)}, flagged ${flagged.length}/300`,
    );
    expect(reprintsAmongOriginals).toEqual([]);
    expect(flagged).toHaveLength(300);
    // Each copy points at its own original.
    for (const o of flagged) {
      const a = getArticle(lib.db, o.articleId!)!;
      const original = getArticle(lib.db, a.reprintOf!.id)!;
      expect(a.title.startsWith('Reprinted:'), a.title).toBe(true);
      expect(a.text.slice(0, 200), `${a.title} → ${original.title}`).toBe(original.text.slice(0, 200));
    }
  });
});
