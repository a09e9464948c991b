// Search UI: facets narrow the query, the query lives in the history (Back restores it),
// saved searches count new matches, batch search answers every line.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test, expect } from './fixtures';
import { LibraryPage } from './pages/LibraryPage';
import { SearchPage } from './pages/SearchPage';

/** Markdown articles about a grain corridor from three outlets, in two years. */
function writeCorridorArticles(dir: string): string[] {
  const specs = [
    ['corridor-wire.md', 'Corridor Ships Sail Again', 'Example Wire', '2023-07-20', 'Ships sailed through the grain corridor again on Thursday.'],
    ['corridor-coastal.md', 'Port Traffic Rises As Corridor Holds', 'Coastal Times', '2024-02-11', 'Harbour pilots said the corridor had doubled their work.'],
    ['corridor-north.md', 'Insurers Return To The Corridor', 'North Desk', '2024-05-03', 'Insurers cut premiums for vessels using the corridor this spring.'],
  ];
  return specs.map(([file, title, outlet, date, body]) => {
    const path = join(dir, file!);
    writeFileSync(path, `---\ntitle: ${title}\noutlet: ${outlet}\ndate: ${date}\n---\n\n${body}\n\nTraders watched the route closely as more cargo moved.\n`);
    return path;
  });
}

test('facets narrow the search, Back restores it, a saved search counts new matches', async ({ app, libraryDir }) => {
  const library = new LibraryPage(app);
  const search = new SearchPage(app);
  await library.importFiles(writeCorridorArticles(libraryDir));
  await library.closeImportSummary();

  await search.search('corridor');
  await search.expectTotal(3, 'corridor');
  await expect(app).toHaveURL(/[?&]q=corridor/);
  await expect(app).not.toHaveURL(/token=/);
  await expect(search.histogramBars.first()).toBeVisible();

  // An outlet facet adds outlet:"…" to the query and narrows the results.
  await expect(search.outletFacet('Coastal Times')).toContainText('1');
  await search.outletFacet('Coastal Times').click();
  await expect(search.input).toHaveValue(/outlet:"Coastal Times"/);
  await search.expectTotal(1);
  await expect(search.hits.first()).toContainText('Port Traffic Rises As Corridor Holds');

  // Back restores the previous query and its results.
  await app.goBack();
  await expect(search.input).toHaveValue('corridor');
  await search.expectTotal(3, 'corridor');

  // Sorting goes into the URL too.
  await app.getByTestId('search-sort').selectOption('oldest');
  await expect(app).toHaveURL(/sort=oldest/);
  await expect(search.hits.first()).toContainText('Corridor Ships Sail Again');

  await search.saveSearch('Corridor watch');
  const saved = search.savedSearch('Corridor watch');
  await expect(saved).toBeVisible();
  await expect(saved.getByTestId('saved-search-count')).toHaveCount(0);

  // A new matching article arrives: the saved search shows one new match.
  const latePath = join(libraryDir, 'corridor-late.md');
  writeFileSync(latePath, '---\ntitle: Corridor Extended For A Year\noutlet: Example Wire\ndate: 2024-07-01\n---\n\nThe corridor deal was extended for another year.\n');
  await library.importFiles([latePath]);
  await library.closeImportSummary();
  await expect(saved.getByTestId('saved-search-count')).toHaveText('1');

  // Opening it runs the query and resets the count.
  await search.clear();
  await saved.click();
  await expect(search.input).toHaveValue('corridor');
  await search.expectTotal(4, 'corridor');
  await expect(saved.getByTestId('saved-search-count')).toHaveCount(0);
});

test('a batch of three queries answers three rows; a row runs its query', async ({ app, libraryDir }) => {
  const library = new LibraryPage(app);
  const search = new SearchPage(app);
  await library.importFiles(writeCorridorArticles(libraryDir));
  await library.closeImportSummary();

  const rows = await search.runBatch(['corridor', 'insurers', 'nothingmatchesthis']);
  await expect(rows.nth(0)).toHaveAttribute('data-total', '3');
  await expect(rows.nth(1)).toHaveAttribute('data-total', '1');
  await expect(rows.nth(1)).toContainText('Insurers Return To The Corridor');
  await expect(rows.nth(2)).toHaveAttribute('data-total', '0');

  await rows.nth(1).click();
  await expect(app.getByTestId('batch-dialog')).toBeHidden();
  await expect(search.input).toHaveValue('insurers');
  await search.expectTotal(1, 'insurers');
});
