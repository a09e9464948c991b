// Hostile content: imported and read, it runs no script and makes no request (SECURITY.md rules 2 and 4).
import { createServer, type Server } from 'node:http';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test, expect } from './fixtures';
import { LibraryPage } from './pages/LibraryPage';
import { ReaderPage } from './pages/ReaderPage';

test('a hostile page imports, renders inert and makes no network request', async ({ app, libraryDir }) => {
  const hits: string[] = [];
  const listener: Server = createServer((req, res) => {
    hits.push(req.url ?? '');
    res.end('x');
  });
  await new Promise<void>((ok) => listener.listen(0, '127.0.0.1', ok));
  const port = (listener.address() as { port: number }).port;
  const canary = `http://127.0.0.1:${port}`;
  const file = join(libraryDir, 'hostile.html');
  writeFileSync(
    file,
    `<!doctype html><html><head><title>Hostile Test Page</title><base href="${canary}/base/"><link rel="prefetch" href="${canary}/prefetch">
     <meta http-equiv="refresh" content="0;url=${canary}/refresh"><style>body{background:url(${canary}/css)}</style>
     <script>fetch('${canary}/script');window.top.__pwned=1</script></head><body><article><h1>Hostile Test Page</h1>
     <p>Paragraph one has enough words to be taken as the body of an article by the extractor, it really does.</p>
     <p onclick="window.top.__pwned=2">Second paragraph <img src="${canary}/img" onerror="window.top.__pwned=3"> with an image and
     <a href="javascript:window.top.__pwned=4">a javascript link</a> and <a href="${canary}/ok">a plain link</a>.</p>
     <svg><script>window.top.__pwned=5</script><image href="${canary}/svg"/></svg>
     <iframe src="${canary}/iframe"></iframe><form action="${canary}/form"><input name=q></form>
     <img srcset="${canary}/srcset 2x"><p>Third paragraph, also long enough to count as body text for the reader view here.</p></article></body></html>`,
  );
  const library = new LibraryPage(app);
  await library.importFiles([file]);
  await expect(app.getByTestId('import-summary')).toContainText('1 imported');
  await library.closeImportSummary();
  await library.row('Hostile Test Page').dblclick();
  const reader = new ReaderPage(app);
  await expect(reader.title).toHaveText('Hostile Test Page');
  await expect(reader.frame.locator('body')).toContainText('Third paragraph');
  const frameHtml = await reader.frame.locator('html').innerHTML();
  expect(frameHtml).not.toMatch(/<script|<iframe|<form|<base|<link|onerror|onclick|javascript:/i);
  expect(await app.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
  // The renderer itself exposes no Node.
  expect(await app.evaluate(() => typeof (window as unknown as { require?: unknown }).require)).toBe('undefined');
  expect(await app.evaluate(() => typeof (window as unknown as { process?: unknown }).process)).toBe('undefined');
  listener.close();
  expect(hits).toEqual([]);
});
