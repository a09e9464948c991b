import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { decodeWords } from 'postal-mime';
import { describe, expect, it } from 'vitest';
import { cleanSubject, emlHandler } from '../../../../../../src/main/core/import/formats/eml';
import { readSender } from '../../../../../../src/main/core/import/formats/eml-sender';
import { ImportFileError, type SourceFile } from '../../../../../../src/main/core/import/types';

const CORPUS = path.resolve(__dirname, '../../../../../..', '..', 'shared', 'corpus', 'formats');
const ctx = () => ({ signal: new AbortController().signal });
const mail = (raw: string, name = 'release.eml'): SourceFile => ({ path: `/tmp/${name}`, name, bytes: new Uint8Array(Buffer.from(raw.replace(/\n/g, '\r\n'), 'utf8')) });

const txt = (s: string): SourceFile => ({ path: '/a', name: 'a', bytes: new Uint8Array(Buffer.from(s)) });

const release = [
  'The Ministry of Foreign Affairs of the Russian Federation informs that the Treaty on Comprehensive Strategic Partnership was signed in Pyongyang on 19 June 2024.',
  'The treaty provides for mutual assistance in the event of aggression against one of the parties.',
];

describe('eml handler: synthetic mails', () => {
  it('reads subject, sender organisation, date and a multipart body in a legacy charset', async () => {
    const raw = [
      'Return-Path: <press@tass.ru>',
      'From: "=?utf-8?B?0J/RgNC10YHRgS3RgdC70YPQttCx0LAgVEFTUw==?=" <press@news.tass.ru>',
      'To: desk@example.org',
      'Subject: =?windows-1251?Q?=C4=EE=E3=EE=E2=EE=F0_=EF=EE=E4=EF=E8=F1=E0=ED?=',
      'Date: Wed, 19 Jun 2024 14:05:00 +0300',
      'Message-ID: <abc@tass.ru>',
      'MIME-Version: 1.0',
      'Content-Type: multipart/alternative; boundary="b1"',
      '',
      '--b1',
      'Content-Type: text/plain; charset=windows-1251',
      'Content-Transfer-Encoding: quoted-printable',
      '',
      '=CC=EE=F1=EA=E2=E0 =E8 =CF=F5=E5=ED=FC=FF=ED.',
      '',
      '=C2=F2=EE=F0=EE=E9 =E0=E1=E7=E0=F6.',
      '--b1',
      'Content-Type: text/html; charset=utf-8',
      '',
      '<p>Москва и Пхеньян.</p><p>Второй абзац.</p><img src="https://tracker.example/pixel.gif">',
      '--b1--',
      '',
    ].join('\n');
    const f = mail(raw);
    expect(emlHandler.sniff?.(f)).toBe(true);
    const [a] = await emlHandler.extract(f, ctx());
    expect(a?.title).toBe('Договор подписан');
    expect(a?.outlet).toBe('Пресс-служба TASS');
    expect(a?.published).toBe('2024-06-19T11:05:00Z');
    expect(a?.text).toBe('Москва и Пхеньян.\n\nВторой абзац.');
    expect(a?.html).toContain('<p>Второй абзац.</p>'); // unsanitized: the pipeline sanitizes last
    expect(a?.extra?.messageId).toBe('<abc@tass.ru>');
    expect(a?.format).toBe('eml');
  });

  it('turns an inline forwarded press release into the original message', async () => {
    const raw = [
      'From: Anna Desk <anna@gmail.com>',
      'To: me@example.org',
      'Subject: Fwd: FW: Statement on the treaty',
      'Date: Thu, 20 Jun 2024 09:00:00 +0000',
      'Content-Type: text/plain; charset=utf-8',
      '',
      'FYI, see below.',
      '',
      '---------- Forwarded message ---------',
      'From: Press Office <press@mid.ru>',
      'Date: Wed, Jun 19, 2024 at 10:05 AM',
      'Subject: Statement on the treaty with the DPRK',
      'To: <list@mid.ru>',
      '',
      release[0],
      '',
      release[1],
      '',
    ].join('\n');
    const [a] = await emlHandler.extract(mail(raw), ctx());
    expect(a?.title).toBe('Statement on the treaty with the DPRK');
    expect(a?.outlet).toBe('Press Office');
    expect(a?.published?.slice(0, 10)).toBe('2024-06-19');
    expect(a?.text).toBe(release.join('\n\n'));
    expect(a?.extra?.forwardedBy).toBe('anna@gmail.com');
  });

  it('uses a message attached as a forward (message/rfc822)', async () => {
    const raw = [
      'From: desk@example.org',
      'Subject: Fwd: Yonhap release',
      'Date: Thu, 20 Jun 2024 09:00:00 +0000',
      'MIME-Version: 1.0',
      'Content-Type: multipart/mixed; boundary="m"',
      '',
      '--m',
      'Content-Type: text/plain',
      '',
      'See attached.',
      '--m',
      'Content-Type: message/rfc822',
      'Content-Disposition: attachment',
      '',
      'From: Yonhap News Agency <news@yna.co.kr>',
      'Subject: Seoul summons Russian ambassador',
      'Date: Fri, 21 Jun 2024 08:00:00 +0900',
      'Content-Type: text/plain; charset=utf-8',
      '',
      'South Korea summoned the Russian ambassador on Friday.',
      '--m--',
      '',
    ].join('\n');
    const [a] = await emlHandler.extract(mail(raw), ctx());
    expect(a?.title).toBe('Seoul summons Russian ambassador');
    expect(a?.outlet).toBe('Yonhap News Agency');
    expect(a?.published).toBe('2024-06-20T23:00:00Z');
    expect(a?.text).toBe('South Korea summoned the Russian ambassador on Friday.');
  });

  it('keeps a reply that quotes an "Original Message" as the reply itself', async () => {
    const raw = [
      'From: Leslie <leslie@ucla.edu>',
      'Subject: Re: Which Muppet are you?',
      'Date: Thu, 22 Aug 2002 10:19:48 -0700',
      '',
      'Not easy being green.',
      '  ----- Original Message -----',
      '  From: Dino',
      '  Sent: Thursday, August 22, 2002 10:13 AM',
      '  Subject: RE: Which Muppet Are You?',
      '',
      '  Damn kermit... boring... wanna be rizzo, he is the coolest, really the coolest of them all.',
    ].join('\n');
    const [a] = await emlHandler.extract(mail(raw), ctx());
    expect(a?.title).toBe('Which Muppet are you?');
    expect(a?.published).toBe('2002-08-22T17:19:48Z');
    expect(a?.text.startsWith('Not easy being green.')).toBe(true);
  });

  it('cleans subjects and reads organisations from senders', () => {
    expect(cleanSubject('Fwd: RE: FW:  Treaty  text')).toBe('Treaty text');
    expect(cleanSubject('[Fwd: Treaty text]')).toBe('Treaty text');
    expect(cleanSubject('Re[2]: AW: Treaty')).toBe('Treaty');
    expect(cleanSubject('Reuters exclusive: sanctions')).toBe('Reuters exclusive: sanctions');
    expect(readSender('Jane Doe | Reuters', 'jane@thomsonreuters.com')).toEqual({ outlet: 'Reuters', byline: 'Jane Doe' });
    expect(readSender('Jane Doe (NK News)', 'jane@nknews.org')).toEqual({ outlet: 'NK News', byline: 'Jane Doe' });
    expect(readSender('Jane Doe', 'jane@news.bbc.co.uk')).toEqual({ outlet: 'bbc.co.uk', byline: 'Jane Doe' });
    expect(readSender('Jane Doe', 'jane.doe@gmail.com')).toEqual({ outlet: null, byline: 'Jane Doe' });
  });

  it('does not sniff text, Markdown front matter or MHTML as e-mail, and rejects a mail without text', async () => {
    expect(emlHandler.sniff?.(txt('Putin and Kim sign pact\n\nFrom: our correspondent\nDate: today'))).toBe(false);
    expect(emlHandler.sniff?.(txt('---\ntitle: x\n---\nbody'))).toBe(false);
    expect(emlHandler.sniff?.(txt('From: <Saved by Blink>\nSnapshot-Content-Location: https://a.example/\nSubject: A\nDate: Wed, 19 Jun 2024 10:00:00 -0000\nMIME-Version: 1.0\n\n'))).toBe(false);
    const empty = mail('From: a@b.example\nSubject: nothing\nDate: Wed, 19 Jun 2024 10:00:00 +0000\n\n\n');
    await expect(emlHandler.extract(empty, ctx())).rejects.toThrow(ImportFileError);
  });
});

interface IndexEntry {
  path: string;
  subject: string;
  from_: string;
  date: string;
}

const indexPath = path.join(CORPUS, 'eml', 'index.json');
const haveCorpus = existsSync(indexPath);
if (!haveCorpus) console.warn(`eml.test: corpus absent at ${indexPath} — skipping the real e-mail checks`);

describe.skipIf(!haveCorpus)('eml handler: real e-mails (SpamAssassin corpus)', () => {
  it('reads every subject and date as index.json lists them', async () => {
    const index = JSON.parse(readFileSync(indexPath, 'utf8')) as IndexEntry[];
    expect(index.length).toBeGreaterThanOrEqual(100);
    const failures: string[] = [];
    let withSubject = 0;
    for (const e of index) {
      const bytes = new Uint8Array(readFileSync(path.join(CORPUS, e.path)));
      const f = { path: e.path, name: path.basename(e.path), bytes };
      if (!emlHandler.sniff?.(f)) failures.push(`${e.path}: not sniffed as e-mail`);
      const [a] = await emlHandler.extract(f, ctx());
      // Independent expectation: the index's raw subject, MIME-decoded, without leading Re:/Fwd:.
      const expected = decodeWords(e.subject).replace(/^\s*(?:(?:re|fwd?)\s*:\s*)+/i, '').replace(/\s+/g, ' ').trim();
      if (expected) {
        withSubject++;
        if (a?.title !== expected) failures.push(`${e.path}: title ${JSON.stringify(a?.title)} ≠ ${JSON.stringify(expected)}`);
      } else if (!a?.title) failures.push(`${e.path}: empty title`);
      if (!a?.published || Date.parse(a.published) !== Date.parse(e.date)) failures.push(`${e.path}: date ${a?.published} ≠ ${e.date}`);
      if (!a?.text.trim()) failures.push(`${e.path}: no text`);
    }
    expect(failures).toEqual([]);
    expect(withSubject).toBeGreaterThan(index.length * 0.9);
  });
});
