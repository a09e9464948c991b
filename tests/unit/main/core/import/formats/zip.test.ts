import { strToU8, zipSync, type Zippable } from 'fflate';
import { describe, expect, it } from 'vitest';
import { DEFAULT_ZIP_CAPS, createZipContainer, expandZip, zipContainerHandler } from '../../../../../../src/main/core/import/containers/zip';
import { ImportFileError, type SourceFile } from '../../../../../../src/main/core/import/types';

const ctx = () => ({ signal: new AbortController().signal });
const archive = (files: Zippable, name = 'batch.zip', path = `/home/u/${name}`): SourceFile => ({ path, name, bytes: zipSync(files) });

describe('zip container', () => {
  it('expands a normal archive, naming entries archive.zip!/inner/path', async () => {
    const file = archive({
      'articles/a.html': strToU8('<html><title>A</title><p>alpha</p></html>'),
      'articles/sub/b.txt': strToU8('Beta\n\nbody'),
      'articles/': new Uint8Array(0),
      '__MACOSX/articles/._a.html': strToU8('junk'),
      '.DS_Store': strToU8('junk'),
      'articles/.hidden.txt': strToU8('junk'),
    });
    expect(zipContainerHandler.sniff?.(file)).toBe(true);
    const out = await zipContainerHandler.expand(file, ctx());
    expect(out.map((f) => f.path).toSorted()).toEqual(['/home/u/batch.zip!/articles/a.html', '/home/u/batch.zip!/articles/sub/b.txt']);
    const b = out.find((f) => f.name === 'b.txt');
    expect(Buffer.from(b?.bytes ?? []).toString('utf8')).toBe('Beta\n\nbody');
  });

  it('refuses a zip bomb from its declared sizes, before inflating', () => {
    const file = archive({ 'big.txt': new Uint8Array(40 * 1024 * 1024) }, 'bomb.zip');
    expect(file.bytes.length).toBeLessThan(200 * 1024);
    expect(() => expandZip(file, ctx())).toThrow(ImportFileError);
    expect(() => expandZip(file, ctx())).toThrow(/zip bomb/);
  });

  it('refuses an archive whose central directory claims a huge entry, without allocating it', () => {
    const file = archive({ 'small.txt': strToU8('tiny but lying about its size') }, 'liar.zip');
    // Patch the uncompressed size in the central directory record (signature PK\x01\x02, size at +24).
    const b = file.bytes;
    let cd = -1;
    for (let i = b.length - 22; i >= 0; i--) if (b[i] === 0x50 && b[i + 1] === 0x4b && b[i + 2] === 1 && b[i + 3] === 2) { cd = i; break; }
    expect(cd).toBeGreaterThan(0);
    new DataView(b.buffer, b.byteOffset).setUint32(cd + 24, 0xfffffff0, true);
    expect(() => expandZip(file, ctx())).toThrow(/would expand to 4\.0 GB/);
  });

  it('skips zip-slip and absolute entries with a reason and keeps the rest', async () => {
    const file = archive({
      '../../evil.txt': strToU8('escape'),
      'ok/../../evil2.txt': strToU8('escape'),
      '/etc/cron.d/evil': strToU8('absolute'),
      'C:/Windows/evil.txt': strToU8('absolute'),
      'good.txt': strToU8('fine'),
    });
    const { files, skipped } = expandZip(file, ctx());
    expect(files.map((f) => f.name)).toEqual(['good.txt']);
    expect(skipped.filter((s) => /zip-slip/.test(s.reason)).map((s) => s.path).toSorted()).toEqual([
      '/home/u/batch.zip!/../../evil.txt',
      '/home/u/batch.zip!/ok/../../evil2.txt',
    ]);
    expect(skipped.filter((s) => /absolute path/.test(s.reason))).toHaveLength(2);
    // The handler passes the same reasons to a pipeline that offers warn().
    const warned: string[] = [];
    await zipContainerHandler.expand(file, { ...ctx(), warn: (p: string, r: string) => warned.push(`${p}: ${r}`) } as ReturnType<typeof ctx>);
    expect(warned).toHaveLength(4);
  });

  it('refuses an archive with too many entries', () => {
    const many: Zippable = {};
    for (let i = 0; i < 60; i++) many[`f${i}.txt`] = strToU8(`file ${i}`);
    const small = createZipContainer({ ...DEFAULT_ZIP_CAPS, maxEntries: 50 });
    expect(() => small.expand(archive(many), ctx())).toThrow(/60 entries, more than the limit of 50/);
    // Within the default cap the same archive expands.
    expect(expandZip(archive(many), ctx()).files).toHaveLength(60);
  });

  it('allows a zip inside a zip but not a third level', () => {
    const inner = archive({ 'x.txt': strToU8('x') }, 'inner.zip');
    expect(expandZip({ ...inner, path: '/h/outer.zip!/inner.zip' }, ctx()).files[0]?.path).toBe('/h/outer.zip!/inner.zip!/x.txt');
    expect(() => expandZip({ ...inner, path: '/h/a.zip!/b.zip!/inner.zip' }, ctx())).toThrow(/nested 3 archives deep/);
  });

  it('does not claim DOCX files and reports damaged archives clearly', () => {
    const docx = archive({ '[Content_Types].xml': strToU8('<Types/>'), 'word/document.xml': strToU8('<w:document/>') }, 'a.docx');
    expect(zipContainerHandler.sniff?.(docx)).toBe(false);
    expect(zipContainerHandler.sniff?.({ path: '/a.txt', name: 'a.txt', bytes: strToU8('plain text') })).toBe(false);
    const broken = archive({ 'a.txt': strToU8('hello') });
    const cut = broken.bytes.slice(0, broken.bytes.length - 30);
    expect(() => expandZip({ ...broken, bytes: cut }, ctx())).toThrow(/not a readable ZIP archive/);
  });
});
