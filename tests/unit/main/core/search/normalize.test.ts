import { afterAll, describe, expect, it } from 'vitest';
import { openLibrary } from '../../../../../src/main/core/db/open';
import { ftsPhrase, isCjk, tokenize } from '../../../../../src/main/core/search/normalize';

// SQLite's own tokenizer, the one the index uses, through a scratch table in an in-memory library.
const db = openLibrary(':memory:');
db.exec(`CREATE VIRTUAL TABLE temp.probe USING fts5(x, tokenize="unicode61 remove_diacritics 2");
         CREATE VIRTUAL TABLE temp.probe_terms USING fts5vocab(temp, probe, 'instance');`);
afterAll(() => db.close());

function sqliteTokens(texts: string[]): string[][] {
  db.exec('DELETE FROM temp.probe');
  const ins = db.prepare('INSERT INTO temp.probe(rowid, x) VALUES (?, ?)');
  db.transaction(() => texts.forEach((t, i) => ins.run(i + 1, t)))();
  const out: string[][] = texts.map(() => []);
  for (const r of db.prepare('SELECT doc, term FROM temp.probe_terms ORDER BY doc, offset').all() as { doc: number; term: string }[]) out[r.doc - 1].push(r.term);
  return out;
}

describe('tokenize', () => {
  it.each([
    ['Résumé', ['resume']],
    ['naïve café', ['naive', 'cafe']],
    ['İstanbul', ['istanbul']],
    ['Việt Nam', ['viet', 'nam']],
    ['Łódź', ['łodz']],
    ['ёлка Йод', ['ёлка', 'йод']],
    ['ΑΘΗΝΑ Άθήνα', ['αθηνα', 'άθήνα']],
    ['U.S.-led', ['u', 's', 'led']],
    ['Kim’s', ['kim', 's']],
    ['x\u0301y', ['xy']],
    ['😀putin', ['putin']],
    ['서울에서 회담', ['서울에서', '회담']],
    ['東京都', ['東京都']],
    ['snake_case', ['snake', 'case']],
    ['11,000 containers', ['11', '000', 'containers']],
    ['!!! — ...', []],
    ['', []],
  ])('%j → %j', (input, expected) => {
    expect(tokenize(input)).toEqual(expected);
  });

  it('agrees with SQLite on multilingual news text', () => {
    const texts = [
      'Vladimir Putin, the president of Russia, and Kim Jong Un inked a “strategic” agreement.',
      'Президент России Владимир Путин подписал договор о всеобъемлющем стратегическом партнёрстве; ЁЖ, йод.',
      '서울에서 정부 관계자들이 평양의 북러 조약 체결에 우려를 표명했다.',
      '日本政府は14日、北朝鮮とロシアの条約について「深刻な懸念」を表明した。',
      'Le président Macron a déclaré à l’Élysée : « Ça suffit ! » — Œuvre, çà et là.',
      'Die Außenministerin äußerte sich über Größe und Maß; STRASSE, Ärger.',
      'Η Αθήνα και η Άγκυρα συζητούν για το Αιγαίο· ΟΔΥΣΣΕΑΣ ς.',
      'وقال المتحدث باسم الخارجية إن الاتفاق «تاريخي» ١٢٣.',
      'ראש הממשלה אמר כי ההסכם הוא ״היסטורי״.',
      'प्रधानमंत्री ने कहा कि समझौता ऐतिहासिक है।',
      'นายกรัฐมนตรีกล่าวว่าข้อตกลงนี้เป็นประวัติศาสตร์',
      'Türkiye’nin İstanbul’daki Dışişleri Bakanlığı açıklama yaptı; Hà Nội, Đà Nẵng, Nguyễn.',
      'Polska: Łódź, Gdańsk, Kraków; Česká republika: Říjen, Žďár; Ærø, Øresund, ﬁne, ½, x², Ⅻ.',
      'e-mail: press@example.org, https://example.com/a_b?c=d#e — 10:30 GMT, 3.5%, $1,000,000.',
      'Tabs\tand\nnew lines\r\nand\u00a0no-break\u2009thin spaces.',
    ];
    const expected = sqliteTokens(texts);
    texts.forEach((t, i) => expect(tokenize(t), t).toEqual(expected[i]));
  });

  it('agrees with SQLite on at least 98.5% of all Basic Multilingual Plane characters', () => {
    // The remaining differences are characters added to Unicode after the tables SQLite was built with.
    const cps: number[] = [];
    for (let c = 1; c < 0x10000; c++) if (c < 0xd800 || c > 0xdfff) cps.push(c);
    const texts = cps.map((c) => `q${String.fromCodePoint(c)}q`);
    const expected = sqliteTokens(texts);
    let agree = 0;
    texts.forEach((t, i) => {
      if (JSON.stringify(tokenize(t)) === JSON.stringify(expected[i])) agree++;
    });
    expect(agree / texts.length).toBeGreaterThan(0.985);
  });
});

describe('isCjk and ftsPhrase', () => {
  it('detects Han, Hangul and Kana', () => {
    expect(isCjk('서울')).toBe(true);
    expect(isCjk('東京')).toBe(true);
    expect(isCjk('とうきょう')).toBe(true);
    expect(isCjk('moscow')).toBe(false);
    expect(isCjk('москва')).toBe(false);
  });

  it('quotes tokens for FTS5 and doubles embedded quotes', () => {
    expect(ftsPhrase(['fiery', 'friendship'])).toBe('"fiery friendship"');
    expect(ftsPhrase(['a"b'])).toBe('"a""b"');
  });
});
