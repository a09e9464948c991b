import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { emlHandler } from '../../../../../../src/main/core/import/formats/eml';
import { mhtmlHandler } from '../../../../../../src/main/core/import/formats/mhtml';
import { ImportFileError, type SourceFile } from '../../../../../../src/main/core/import/types';

const CHROMIUM = '/usr/bin/chromium';
const ctx = () => ({ signal: new AbortController().signal });
const file = (bytes: Uint8Array, name = 'page.mhtml'): SourceFile => ({ path: `/tmp/${name}`, name, bytes });

const paragraphs = [
  'Президент России Владимир Путин и лидер КНДР Ким Чен Ын подписали в Пхеньяне договор о всеобъемлющем стратегическом партнерстве.',
  'Договор предусматривает оказание взаимной помощи в случае агрессии против одной из сторон, сообщили в Кремле.',
  'Переговоры продолжались несколько часов и завершились подписанием ряда соглашений.',
];
const page = `<!doctype html><html lang="ru"><head><meta charset="windows-1251"><title>Договор подписан — ТАСС</title>
<meta property="og:site_name" content="ТАСС"></head><body><nav>Главная | Политика</nav><article><h1>Договор подписан</h1>
${paragraphs.map((p) => `<p>${p}</p>`).join('\n')}</article><footer>© ТАСС</footer></body></html>`;

/** windows-1251 bytes for Cyrillic test text (TextEncoder only writes UTF-8). */
function encode1251(s: string): Uint8Array {
  const dec = new TextDecoder('windows-1251');
  const table = new Map<string, number>();
  for (let b = 0x80; b <= 0xff; b++) table.set(dec.decode(new Uint8Array([b])), b);
  return new Uint8Array(Array.from(s, (ch) => (ch.charCodeAt(0) < 0x80 ? ch.charCodeAt(0) : table.get(ch) ?? 0x3f)));
}

function quotedPrintable(bytes: Uint8Array): string {
  let out = '';
  let line = 0;
  for (const b of bytes) {
    const piece = b === 0x0a ? '\r\n' : (b >= 33 && b <= 126 && b !== 61) || b === 32 ? String.fromCharCode(b) : `=${b.toString(16).toUpperCase().padStart(2, '0')}`;
    if (piece === '\r\n') line = 0;
    else if (line + piece.length > 75) {
      out += '=\r\n';
      line = 0;
    }
    out += piece;
    line += piece === '\r\n' ? 0 : piece.length;
  }
  return out;
}

function buildMhtml(): Uint8Array {
  const b = '----MultipartBoundary--abc123----';
  const inner = 'alt-boundary';
  const text = [
    'From: <Saved by Blink>',
    'Snapshot-Content-Location: https://tass.ru/politika/123',
    'Subject: =?utf-8?Q?=D0=94=D0=BE=D0=B3=D0=BE=D0=B2=D0=BE=D1=80?=',
    'Date: Wed, 19 Jun 2024 10:00:00 -0000',
    'MIME-Version: 1.0',
    `Content-Type: multipart/related;\r\n\ttype="text/html";\r\n\tboundary="${b}"`,
    '',
    '',
    `--${b}`,
    'Content-Type: image/png',
    'Content-Transfer-Encoding: base64',
    'Content-Location: https://tass.ru/logo.png',
    '',
    'iVBORw0KGgo=',
    '',
    `--${b}`,
    `Content-Type: multipart/alternative; boundary="${inner}"`,
    '',
    `--${inner}`,
    'Content-Type: text/html; charset=windows-1251',
    'Content-Transfer-Encoding: quoted-printable',
    'Content-Location: https://tass.ru/politika/123',
    '',
    quotedPrintable(encode1251(page)),
    `--${inner}--`,
    '',
    `--${b}--`,
    '',
  ].join('\r\n');
  return new Uint8Array(Buffer.from(text, 'latin1'));
}

describe('mhtml handler', () => {
  it('picks the HTML page part, undoes quoted-printable and windows-1251, and extracts the article', async () => {
    const f = file(buildMhtml());
    expect(mhtmlHandler.sniff?.(f)).toBe(true);
    expect(emlHandler.sniff?.(f)).toBe(false);
    const [a] = await mhtmlHandler.extract(f, ctx());
    expect(a?.format).toBe('mhtml');
    expect(a?.title).toContain('Договор подписан');
    expect(a?.url).toBe('https://tass.ru/politika/123');
    for (const p of paragraphs) expect(a?.text).toContain(p);
    expect(a?.text).not.toContain('Главная | Политика');
  });

  it('reads a base64 HTML part without a multipart wrapper', async () => {
    const html = `<html><head><title>Seoul summons envoy</title></head><body><article><h1>Seoul summons envoy</h1><p>${'South Korea summoned the Russian ambassador on Friday to protest the treaty. '.repeat(4)}</p></article></body></html>`;
    const raw = ['From: <Saved by Windows Internet Explorer 8>', 'Subject: Seoul', 'MIME-Version: 1.0', 'Content-Type: text/html; charset="utf-8"', 'Content-Transfer-Encoding: base64', 'Content-Location: https://en.yna.co.kr/view/1', '', Buffer.from(html).toString('base64').replace(/(.{76})/g, '$1\r\n'), ''].join('\r\n');
    const [a] = await mhtmlHandler.extract(file(new Uint8Array(Buffer.from(raw, 'latin1')), 'yonhap.mht'), ctx());
    expect(a?.title).toBe('Seoul summons envoy');
    expect(a?.url).toBe('https://en.yna.co.kr/view/1');
    expect(a?.text).toContain('South Korea summoned the Russian ambassador on Friday');
  });

  it('leaves HTML e-mails with inline images to the e-mail handler, and reports an archive without HTML', async () => {
    const mail = 'Received: from x\r\nFrom: a@b.example\r\nTo: c@d.example\r\nSubject: s\r\nDate: Wed, 19 Jun 2024 10:00:00 +0000\r\nMessage-ID: <1@b>\r\nContent-Type: multipart/related; boundary="q"\r\n\r\n--q\r\nContent-Type: text/html\r\n\r\n<p>Hi</p>\r\n--q--\r\n';
    expect(mhtmlHandler.sniff?.(file(new Uint8Array(Buffer.from(mail))))).toBe(false);
    const noHtml = 'From: <Saved by Blink>\r\nContent-Type: multipart/related; boundary="q"\r\n\r\n--q\r\nContent-Type: image/png\r\n\r\nxx\r\n--q--\r\n';
    await expect(Promise.resolve().then(() => mhtmlHandler.extract(file(new Uint8Array(Buffer.from(noHtml))), ctx()))).rejects.toThrow(ImportFileError);
  });

  const haveChromium = existsSync(CHROMIUM);
  if (!haveChromium) console.warn(`mhtml.test: ${CHROMIUM} is absent — skipping the Chromium-saved MHTML test`);

  it.skipIf(!haveChromium)('reads a page saved as MHTML by Chromium', async () => {
    const { chromium } = await import('playwright-core');
    const browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    });
    try {
      const tab = await browser.newPage();
      await tab.setContent(page.replace('windows-1251', 'utf-8'));
      const cdp = await tab.context().newCDPSession(tab);
      const { data } = (await cdp.send('Page.captureSnapshot', { format: 'mhtml' })) as { data: string };
      const f = file(new Uint8Array(Buffer.from(data, 'latin1')));
      expect(mhtmlHandler.sniff?.(f)).toBe(true);
      const [a] = await mhtmlHandler.extract(f, ctx());
      expect(a?.title).toContain('Договор подписан');
      for (const p of paragraphs) expect(a?.text).toContain(p);
    } finally {
      await browser.close();
    }
  });
});
