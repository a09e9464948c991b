// The core flow of issue 2: import, search a phrase, read, tag, filter by tag, compare.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test, expect, corpusDir, hasCorpus } from './fixtures';
import { LibraryPage } from './pages/LibraryPage';
import { SearchPage } from './pages/SearchPage';
import { ReaderPage } from './pages/ReaderPage';
import { ComparePage } from './pages/ComparePage';
import { SUMMIT_TITLE, writeOwnArticles } from './data';

test('import own articles, search a phrase, read with highlights, tag, filter and compare', async ({ app, libraryDir }) => {
  const files = writeOwnArticles(join(libraryDir, 'in'));
  const library = new LibraryPage(app);
  await library.importFiles(files.all);
  await expect(app.getByTestId('import-summary')).toContainText('3 imported');
  await library.closeImportSummary();
  await expect(library.rows).toHaveCount(3);

  const search = new SearchPage(app);
  await search.search('"fiery friendship"');
  await expect(search.hits.first()).toContainText(SUMMIT_TITLE);
  await expect(search.hits.first().locator('mark').first()).toHaveText(/fiery friendship/i);

  await search.hits.first().click();
  const reader = new ReaderPage(app);
  await expect(reader.title).toHaveText(SUMMIT_TITLE);
  await expect(reader.marks.first()).toBeVisible();
  await expect(reader.frame.locator('body')).not.toContainText('Leave a Reply');

  await reader.addTag('summit');
  await expect(reader.chip('summit')).toBeVisible();
  await reader.close();
  await search.clear();

  await library.filterByTag('summit');
  await expect(library.rows).toHaveCount(1);
  await expect(library.rows.first()).toContainText(SUMMIT_TITLE);
  await library.clearFilter();
  await expect(library.rows).toHaveCount(3);

  await library.select([SUMMIT_TITLE, 'Harbour Reopens To Shipping']);
  const compare = new ComparePage(app);
  await compare.open();
  await expect(compare.view).toBeVisible();
  await expect(compare.columns).toHaveCount(2);
  await expect(compare.view).toContainText('Coastal Times');
  await compare.close();
  await expect(compare.view).toBeHidden();
});

test('the seed article and Readability news pages import, and the phrase search finds the seed first', async ({ app }) => {
  test.skip(!hasCorpus, `../shared/corpus is absent (${corpusDir}); skipping the corpus flow.`);
  const index = JSON.parse(readFileSync(join(corpusDir, 'extraction/readability/index.json'), 'utf8')) as { id: string; category: string; source: string }[];
  const pages = index
    .filter((c) => c.category === 'news-article')
    .slice(0, 6)
    .map((c) => join(corpusDir, 'extraction/readability', c.source))
    .filter((p) => existsSync(p));
  const seed = join(corpusDir, 'seed/nk-russia-strategic-agreement.txt');
  const library = new LibraryPage(app);
  await library.importFiles([seed, ...pages]);
  // Every page is its own article (all named source.html, so each must still import).
  await expect(app.getByTestId('import-summary')).toContainText(`${pages.length + 1} imported`);
  await library.closeImportSummary();

  const search = new SearchPage(app);
  await search.search('"fiery friendship"');
  await expect(search.hits.first()).toContainText('North Korea And Russia Sign Strategic Agreement');
  await expect(search.hits.first().locator('mark').first()).toHaveText(/fiery friendship/i);
  await search.hits.first().click();
  const reader = new ReaderPage(app);
  await expect(reader.title).toHaveText('North Korea And Russia Sign Strategic Agreement');
  await expect(reader.frame.locator('body')).not.toContainText('Back to top button');
});
