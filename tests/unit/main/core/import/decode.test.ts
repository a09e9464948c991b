import { describe, expect, it } from 'vitest';
import { decodeHead, decodeText, declaredCharset, looksLikeText } from '../../../../../src/main/core/import/decode';
import { hex, utf8 } from './helpers';

// Bytes written out by hand (produced once from each encoding's table) so the tests do not
// depend on an encoder Node does not have.
const SAMPLES: { encoding: string; text: string; bytes: string }[] = [
  { encoding: 'windows-1251', text: 'Путин и Ким подписали соглашение', bytes: 'cff3f2e8ed20e820cae8ec20efeee4efe8f1e0ebe820f1eee3ebe0f8e5ede8e5' },
  { encoding: 'koi8-r', text: 'Путин и Ким подписали соглашение', bytes: 'f0d5d4c9ce20c920ebc9cd20d0cfc4d0c9d3c1ccc920d3cfc7ccc1dbc5cec9c5' },
  { encoding: 'euc-kr', text: '북한과 러시아가 전략적 협정에 서명했다', bytes: 'bacfc7d1b0fa20b7afbdc3bec6b0a120c0fcb7abc0fb20c7f9c1a4bfa120bcadb8edc7dfb4d9' },
  { encoding: 'shift_jis', text: '北朝鮮とロシアが戦略的協定に署名した', bytes: '966b92a9914e82c6838d8356834182aa90ed97aa93498ba692e882c98f9096bc82b582bd' },
  { encoding: 'gb18030', text: '朝鲜和俄罗斯签署战略协议', bytes: 'b3afcfcabacdb6edc2decbb9c7a9caf0d5bdc2d4d0add2e9' },
  { encoding: 'windows-1252', text: 'Le président a déclaré à la presse', bytes: '4c65207072e9736964656e7420612064e9636c6172e920e0206c6120707265737365' },
];

function concat(...parts: Uint8Array[]): Uint8Array {
  return Uint8Array.from(Buffer.concat(parts.map((p) => Buffer.from(p))));
}

describe('decodeText', () => {
  it.each(SAMPLES)('decodes $encoding byte-exact when the caller declares it', ({ encoding, text, bytes }) => {
    const r = decodeText(hex(bytes), { hint: encoding });
    expect(r).toEqual({ text, encoding, replaced: 0 });
  });

  it.each(SAMPLES)('recognises undeclared $encoding text', ({ encoding, text, bytes }) => {
    const r = decodeText(hex(bytes));
    expect(r.encoding).toBe(encoding);
    expect(r.text).toBe(text);
  });

  it.each(SAMPLES)('honours a late <meta charset> for $encoding in HTML', ({ encoding, text, bytes }) => {
    const head = utf8(`<!doctype html><html><head><title>t</title>${' '.repeat(5000)}<meta charset="${encoding}"></head><body><p>`);
    const r = decodeText(concat(head, hex(bytes), utf8('</p></body></html>')), { html: true });
    expect(r.encoding).toBe(encoding);
    expect(r.text).toContain(`<p>${text}</p>`);
  });

  it('reads the http-equiv Content-Type form and the XML declaration', () => {
    const page = concat(utf8('<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1251"></head><body>'), hex(SAMPLES[0]!.bytes));
    expect(decodeText(page, { html: true }).text).toContain(SAMPLES[0]!.text);
    expect(declaredCharset(utf8('<?xml version="1.0" encoding="KOI8-R"?><rss/>'))).toBe('koi8-r');
    expect(declaredCharset(utf8('<html><head><title>no charset</title></head></html>'))).toBeNull();
  });

  it('ignores a declaration beyond the first 8 KB and one naming an unknown charset', () => {
    expect(declaredCharset(utf8(`<html>${' '.repeat(9000)}<meta charset="koi8-r">`))).toBeNull();
    expect(declaredCharset(utf8('<meta charset="no-such-charset">'))).toBeNull();
  });

  it('decodes UTF-16 LE and BE with and without a byte-order mark', () => {
    const text = 'Kim and Putin — Ким и Путин — 김정은';
    const le = Buffer.from(text, 'utf16le');
    const be = Buffer.from(le).swap16();
    expect(decodeText(concat(hex('fffe'), le))).toEqual({ text, encoding: 'utf-16le', replaced: 0 });
    expect(decodeText(concat(hex('feff'), be))).toEqual({ text, encoding: 'utf-16be', replaced: 0 });
    expect(decodeText(Uint8Array.from(le))).toEqual({ text, encoding: 'utf-16le', replaced: 0 });
    expect(decodeText(Uint8Array.from(be))).toEqual({ text, encoding: 'utf-16be', replaced: 0 });
  });

  it('strips a UTF-8 byte-order mark and prefers valid UTF-8 over a wrong declaration', () => {
    expect(decodeText(concat(hex('efbbbf'), utf8('héllo')))).toEqual({ text: 'héllo', encoding: 'utf-8', replaced: 0 });
    const mislabelled = utf8('<meta charset="windows-1251"><p>Путин</p>');
    expect(decodeText(mislabelled, { html: true }).text).toContain('Путин');
  });

  it('turns invalid UTF-8 into U+FFFD and counts it, without counting real U+FFFD', () => {
    const r = decodeText(concat(utf8('a'), hex('ff'), utf8('b'), hex('c328'), utf8('c \ufffd d')), { hint: 'utf-8' });
    expect(r.encoding).toBe('utf-8');
    expect(r.text).toBe('a\ufffdb\ufffd(c \ufffd d');
    expect(r.replaced).toBe(2);
  });

  it('never throws on random bytes', () => {
    let seed = 7;
    for (let n = 0; n < 200; n++) {
      const bytes = new Uint8Array(64 + n * 7);
      for (let i = 0; i < bytes.length; i++) bytes[i] = (seed = (seed * 1103515245 + 12345) & 0x7fffffff) & 0xff;
      const r = decodeText(bytes, { html: n % 2 === 0 });
      expect(typeof r.text).toBe('string');
      expect(r.replaced).toBeGreaterThanOrEqual(0);
    }
  });
});

describe('looksLikeText', () => {
  it('tells text from binary', () => {
    expect(looksLikeText(utf8('Plain words.\nMore words.'))).toBe(true);
    expect(looksLikeText(hex(SAMPLES[0]!.bytes))).toBe(true);
    expect(looksLikeText(hex('7f454c4602010100000000000000000003003e00010000001010000000000000'))).toBe(false);
    expect(looksLikeText(hex('89504e470d0a1a0a0000000d49484452000001000000010008060000005c72a866'))).toBe(false);
  });
});

describe('decodeHead', () => {
  it('decodes the first bytes as decodeText would, once per file and length', () => {
    const bytes = utf8(`${'Le président a déclaré '.repeat(300)}fin`);
    const head = decodeHead(bytes, 2048);
    expect(head).toEqual(decodeText(bytes.subarray(0, 2048)));
    expect(decodeHead(bytes, 2048)).toBe(head);
    // Asking past the end is asking for the whole file.
    expect(decodeHead(bytes, 1 << 20)).toBe(decodeHead(bytes, bytes.length));
    expect(decodeHead(bytes, 1 << 20).text).toBe(decodeText(bytes).text);
  });

  it('decodes valid text right after invalid bytes (the decoders are shared between calls)', () => {
    const bad = concat(utf8('abc '), Uint8Array.from([0xc3, 0x28, 0xe2, 0x82]), utf8(' def'));
    const first = decodeText(bad);
    expect(decodeText(utf8('Путин и Ким')).text).toBe('Путин и Ким');
    expect(decodeText(bad)).toEqual(first);
    expect(decodeText(utf8('plain text'))).toEqual({ text: 'plain text', encoding: 'utf-8', replaced: 0 });
  });
});
