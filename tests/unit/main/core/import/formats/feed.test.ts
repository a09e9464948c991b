import { describe, expect, it } from 'vitest';
import { feedHandler } from '../../../../../../src/main/core/import/formats/feed';
import { ImportFileError, type SourceFile } from '../../../../../../src/main/core/import/types';

const ctx = () => ({ signal: new AbortController().signal });
const file = (xml: string | Uint8Array, name = 'feed.xml'): SourceFile => ({
  path: `/tmp/${name}`,
  name,
  bytes: typeof xml === 'string' ? new Uint8Array(Buffer.from(xml, 'utf8')) : xml,
});

const long = 'Russian President Vladimir Putin and North Korean leader Kim Jong Un signed a strategic partnership treaty in Pyongyang on Wednesday.';
const second = 'The treaty includes a mutual defence clause, according to state media in both countries.';

const rss = `<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE rss [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/">
<channel>
  <title>NK News</title><link>https://www.nknews.org/</link><language>en-us</language>
  <item>
    <title>Putin and Kim sign pact &amp; pledge &lt;mutual&gt; aid &xxe;</title>
    <link>https://www.nknews.org/2024/06/pact/</link>
    <pubDate>Wed, 19 Jun 2024 10:00:00 +0900</pubDate>
    <dc:creator>Chad O'Carroll</dc:creator>
    <category>Russia</category><category>Diplomacy</category>
    <description>Short teaser.</description>
    <content:encoded><![CDATA[<p>${long}</p><p>${second}</p><script>alert(1)</script>]]></content:encoded>
  </item>
  <item>
    <title>Second story, description only</title>
    <guid isPermaLink="true">https://www.nknews.org/2024/06/second/</guid>
    <author>desk@nknews.org (Jeongmin Kim)</author>
    <pubDate>Thu, 20 Jun 2024 08:00:00 GMT</pubDate>
    <description>&lt;p&gt;${long}&lt;/p&gt;</description>
  </item>
  <item><title>Headline only</title><link>https://www.nknews.org/3</link><description>Read more.</description></item>
</channel></rss>`;

describe('feed handler', () => {
  it('turns RSS 2.0 items with bodies into articles and skips teasers with a warning', async () => {
    const f = file(rss, 'nknews.rss');
    expect(feedHandler.sniff?.(f)).toBe(true);
    const warnings: string[] = [];
    const out = await feedHandler.extract(f, { ...ctx(), warn: (_p: string, r: string) => warnings.push(r) } as ReturnType<typeof ctx>);
    expect(out).toHaveLength(2);
    const [a, b] = out;
    expect(a?.title).toBe('Putin and Kim sign pact & pledge <mutual> aid &xxe;');
    expect(a?.text).toBe(`${long}\n\n${second}`);
    expect(a?.outlet).toBe('NK News');
    expect(a?.url).toBe('https://www.nknews.org/2024/06/pact/');
    expect(a?.published).toBe('2024-06-19T01:00:00Z');
    expect(a?.byline).toBe("Chad O'Carroll");
    expect(a?.language).toBe('en-us');
    expect(a?.extra?.categories).toEqual(['Russia', 'Diplomacy']);
    expect(a?.format).toBe('rss');
    expect(a?.text).not.toContain('root:');
    expect(b?.url).toBe('https://www.nknews.org/2024/06/second/');
    expect(b?.byline).toBe('Jeongmin Kim');
    expect(b?.text).toBe(long);
    expect(warnings).toEqual(['1 feed item(s) without an article body were skipped']);
  });

  it('reads Atom entries with XHTML and escaped HTML content', async () => {
    const atom = `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="fr">
  <title>Le Monde – International</title>
  <link rel="alternate" href="https://www.lemonde.fr/international/"/>
  <entry>
    <title type="html">Moscou et Pyongyang &lt;em&gt;alliés&lt;/em&gt;</title>
    <link rel="self" href="https://www.lemonde.fr/feed/1"/>
    <link rel="alternate" href="https://www.lemonde.fr/international/article/1.html"/>
    <id>urn:uuid:1</id>
    <updated>2024-06-20T06:00:00Z</updated><published>2024-06-19T18:30:00+02:00</published>
    <author><name>Benjamin Quénelle</name></author>
    <content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml"><p>Vladimir Poutine et Kim Jong-un ont signé mercredi un traité de partenariat stratégique global.</p><p>Le texte prévoit une assistance mutuelle.</p></div></content>
  </entry>
  <entry>
    <title>Deuxième</title><link href="https://www.lemonde.fr/2.html"/><updated>2024-06-21T06:00:00Z</updated>
    <summary>Court.</summary>
    <content type="html">&lt;p&gt;Séoul a convoqué l'ambassadeur de Russie après la signature du traité entre Moscou et Pyongyang.&lt;/p&gt;</content>
  </entry>
</feed>`;
    const f = file(atom, 'lemonde.atom');
    expect(feedHandler.sniff?.(f)).toBe(true);
    const [a, b] = await feedHandler.extract(f, ctx());
    expect(a?.title).toBe('Moscou et Pyongyang alliés');
    expect(a?.url).toBe('https://www.lemonde.fr/international/article/1.html');
    expect(a?.published).toBe('2024-06-19T16:30:00Z');
    expect(a?.byline).toBe('Benjamin Quénelle');
    expect(a?.outlet).toBe('Le Monde – International');
    expect(a?.language).toBe('fr');
    expect(a?.text).toBe('Vladimir Poutine et Kim Jong-un ont signé mercredi un traité de partenariat stratégique global.\n\nLe texte prévoit une assistance mutuelle.');
    expect(a?.format).toBe('atom');
    expect(b?.url).toBe('https://www.lemonde.fr/2.html');
    expect(b?.published).toBe('2024-06-21T06:00:00Z');
    expect(b?.text).toBe("Séoul a convoqué l'ambassadeur de Russie après la signature du traité entre Moscou et Pyongyang.");
  });

  it('reads an RSS 1.0 (RDF) feed in windows-1251 as its XML declaration says', async () => {
    const body = 'Президент России Владимир Путин и лидер КНДР Ким Чен Ын подписали договор о всеобъемлющем стратегическом партнерстве.';
    const xml = `<?xml version="1.0" encoding="windows-1251"?>
<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/" xmlns:dc="http://purl.org/dc/elements/1.1/">
<channel rdf:about="https://tass.ru/"><title>ТАСС</title><link>https://tass.ru/</link></channel>
<item rdf:about="https://tass.ru/1"><title>Договор подписан</title><link>https://tass.ru/1</link><dc:date>2024-06-19</dc:date><description>${body}</description></item>
</rdf:RDF>`;
    const cp1251 = encode1251(xml);
    const [a] = await feedHandler.extract(file(cp1251, 'tass.xml'), ctx());
    expect(a?.title).toBe('Договор подписан');
    expect(a?.outlet).toBe('ТАСС');
    expect(a?.text).toBe(body);
    expect(a?.published).toBe('2024-06-19');
  });

  it('does not claim other XML or HTML, and explains a feed without bodies', async () => {
    expect(feedHandler.sniff?.(file('<?xml version="1.0"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"></urlset>'))).toBe(false);
    expect(feedHandler.sniff?.(file('<!doctype html><html><body>rss</body></html>'))).toBe(false);
    await expect(Promise.resolve().then(() => feedHandler.extract(file('<?xml version="1.0"?><urlset/>'), ctx()))).rejects.toThrow(/not an RSS or Atom feed/);
    const teasers = '<rss version="2.0"><channel><title>T</title><item><title>A</title><description>Short.</description></item></channel></rss>';
    await expect(Promise.resolve().then(() => feedHandler.extract(file(teasers), ctx()))).rejects.toThrow(ImportFileError);
  });
});

/** windows-1251 encoder for Cyrillic test text (TextEncoder only writes UTF-8). */
function encode1251(s: string): Uint8Array {
  const dec = new TextDecoder('windows-1251');
  const table = new Map<string, number>();
  for (let b = 0x80; b <= 0xff; b++) table.set(dec.decode(new Uint8Array([b])), b);
  return new Uint8Array(Array.from(s, (ch) => (ch.charCodeAt(0) < 0x80 ? ch.charCodeAt(0) : table.get(ch) ?? 0x3f)));
}
