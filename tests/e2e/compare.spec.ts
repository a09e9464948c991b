// Issue 5 end to end: a base article and an edited copy (a sentence removed, a figure changed,
// a quote reworded, another outlet) form a story; its comparison shows aligned columns, the
// counterpart of a clicked sentence, the claims matrix, the figure conflict, and exports.
import { readFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test, expect } from './fixtures';
import { LibraryPage } from './pages/LibraryPage';
import { StoriesPage } from './pages/StoriesPage';
import { ComparePage } from './pages/ComparePage';

const TITLE = 'Leaders Sign Defence Pact At Pyongyang Summit';
const PARAS = [
  'Kim Jong Un and Vladimir Putin signed a mutual defence pact in Pyongyang on Wednesday, promising to help each other if either country is attacked.',
  'The agreement was signed after talks that lasted more than two hours at the Kumsusan guesthouse, according to officials.',
  '"This is the strongest treaty our two countries have ever signed," Putin told reporters after the ceremony.',
  'Kim described the relationship as a "fiery friendship" and said the pact would bring peace to the region.',
  'South Korean officials said that 11,000 containers of munitions had already crossed the border from the north this year.',
  'Washington and Seoul condemned the agreement and said they would discuss a joint response with their allies.',
  "The visit was Putin's first to North Korea in 24 years.",
];
const REMOVED = PARAS[5]!;

function md(title: string, outlet: string, date: string, paras: string[]) {
  return `---\ntitle: ${title}\noutlet: ${outlet}\ndate: ${date}\n---\n\n${paras.join('\n\n')}\n`;
}

function writeStory(dir: string): string[] {
  mkdirSync(dir, { recursive: true });
  const edited = PARAS.filter((p) => p !== REMOVED).map((p) =>
    p.replace('11,000', '5,000').replace('the strongest treaty our two countries have ever signed', 'the most important treaty our countries have signed'),
  );
  const base = join(dir, 'base.md');
  const copy = join(dir, 'edited.md');
  writeFileSync(base, md(TITLE, 'Northern Wire', '2024-06-19', PARAS));
  writeFileSync(copy, md('Putin And Kim Agree Mutual Defence Treaty', 'Southern Herald', '2024-06-20', edited));
  return [base, copy];
}

test('a story of two outlets: aligned columns, counterparts, claims matrix, figure conflict, Markdown export', async ({ app, libraryDir }) => {
  const library = new LibraryPage(app);
  await library.importFiles(writeStory(join(libraryDir, 'in')));
  // The edited copy is close enough to be taken for a reprint: it must say so, and still import.
  await expect(app.getByTestId('import-summary')).toContainText('1 reprint');
  await library.closeImportSummary();

  const stories = new StoriesPage(app);
  await stories.open();
  await expect(stories.rows).toHaveCount(1);
  const row = stories.rows.first();
  await expect(row).toContainText('Northern Wire');
  await expect(row).toContainText('Southern Herald');
  await stories.openStory(/Pyongyang|Defence/);

  const compare = new ComparePage(app);
  await expect(compare.columns).toHaveCount(2);
  await expect(compare.columns.first()).toContainText('Northern Wire');
  await expect(compare.columns.nth(1)).toContainText('Southern Herald');
  await expect(compare.columns.nth(1).getByTestId('reprint-badge')).toContainText('Reprint of Northern Wire');

  // The removed sentence is only in the base article; the shared opening is in both.
  const base = compare.columns.first();
  const other = compare.columns.nth(1);
  await expect(base.getByTestId('compare-sentence').filter({ hasText: 'Washington and Seoul condemned' })).toHaveAttribute('data-coverage', 'only');
  const opening = base.getByTestId('compare-sentence').filter({ hasText: 'mutual defence pact' });
  await expect(opening).toHaveAttribute('data-coverage', 'all');

  // Clicking a sentence highlights its counterpart in the other column.
  const visit = base.getByTestId('compare-sentence').filter({ hasText: 'first to North Korea' });
  await visit.click();
  const claimId = await visit.getAttribute('data-claim-id');
  const counterpart = other.locator(`[data-testid="compare-sentence"][data-claim-id="${claimId}"]`);
  await expect(counterpart).toHaveClass(/active/);
  await expect(counterpart).toContainText('first to North Korea');
  await expect(counterpart).toBeInViewport();

  // Claims matrix: the removed sentence is a claim of one outlet only.
  await app.getByTestId('compare-tab-claims').click();
  const matrix = app.getByTestId('claims-matrix');
  await expect(matrix).toBeVisible();
  await app.getByTestId('claims-filter-only').click();
  await expect(matrix.getByTestId('claim-row').filter({ hasText: 'Washington and Seoul condemned' })).toHaveCount(1);
  await expect(matrix.getByTestId('claim-row').filter({ hasText: 'mutual defence pact' })).toHaveCount(0);

  // Figures: 11,000 against 5,000 containers, both sentences shown.
  await app.getByTestId('compare-tab-figures').click();
  const conflict = app.getByTestId('figure-conflict').first();
  await expect(conflict).toContainText('11,000 containers');
  await expect(conflict).toContainText('5,000 containers');

  // Quotes: the reworded quote is compared.
  await app.getByTestId('compare-tab-quotes').click();
  await expect(app.getByTestId('quotes-panel').getByTestId('quote-difference').first()).toContainText('most important treaty');

  // Markdown report, downloaded through the browser.
  const [download] = await Promise.all([app.waitForEvent('download'), app.getByTestId('export-md').click()]);
  expect(download.suggestedFilename()).toMatch(/\.md$/);
  const report = readFileSync(await download.path(), 'utf8');
  expect(report).toContain('Northern Wire');
  expect(report).toContain('Southern Herald');
  expect(report).toMatch(/11,000/);

  // Back to the list, then out to the library.
  await app.keyboard.press('Escape');
  await expect(stories.list).toBeVisible();
  await app.keyboard.press('Escape');
  await expect(stories.list).toBeHidden();
});

test('a story is renamed in place, an article moved out and the move undone', async ({ app, libraryDir }) => {
  const library = new LibraryPage(app);
  await library.importFiles(writeStory(join(libraryDir, 'in')));
  await library.closeImportSummary();
  const stories = new StoriesPage(app);
  await stories.open();
  await stories.openStory(/Pyongyang|Defence/);

  await stories.rename('Pyongyang defence pact');
  await expect(app.getByTestId('story-title')).toHaveText('Pyongyang defence pact');

  await app.getByTestId('story-articles-toggle').click();
  await app.getByTestId('story-move-out').last().click();
  await expect(app.getByTestId('stories-undo')).toContainText('moved out');
  await expect(app.getByTestId('story-single')).toBeVisible();
  await app.getByTestId('stories-undo').getByRole('button', { name: 'Undo' }).click();
  await expect(app.getByTestId('compare-view')).toBeVisible();
  await expect(new ComparePage(app).columns).toHaveCount(2);

  await app.getByTestId('stories-back').click();
  await expect(stories.row('Pyongyang defence pact')).toBeVisible();
});
