// Issue 6 (part B): tag a result set in bulk and undo it, tag tree operations, export a CSV,
// back up and restore, delete to the trash and restore, rules and settings dialogs.
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { test, expect } from './fixtures';
import { LibraryPage } from './pages/LibraryPage';
import { SearchPage } from './pages/SearchPage';
import { ManagePage } from './pages/ManagePage';
import { SUMMIT_TITLE, writeOwnArticles } from './data';

async function importOwn(app: import('@playwright/test').Page, dir: string): Promise<LibraryPage> {
  const library = new LibraryPage(app);
  await library.importFiles(writeOwnArticles(join(dir, 'in')).all);
  await expect(app.getByTestId('import-summary')).toContainText('3 imported');
  await library.closeImportSummary();
  await expect(library.rows).toHaveCount(3);
  return library;
}

test('tag a whole result set in bulk, see the counts in the tag tree, undo it', async ({ app, libraryDir }) => {
  await importOwn(app, libraryDir);
  const search = new SearchPage(app);
  const manage = new ManagePage(app);
  // "the" is in every fixture article: the whole result set is 3 articles.
  await search.search('the');
  await expect(app.getByTestId('search-total')).toContainText('3 results');
  await expect(app.getByTestId('bulk-tag-results')).toContainText('Tag all 3 results');
  await manage.tagAllResults('review/batch-one');
  await expect(manage.toast).toContainText('Tagged 3 articles');

  // The parent exists through its child and counts it.
  await expect(manage.node('review')).toBeVisible();
  await expect(manage.count('review')).toHaveText('3');
  await expect(manage.count('review/batch-one')).toHaveText('3');

  await manage.undo();
  await expect(manage.node('review/batch-one')).toHaveCount(0);
  await expect(manage.node('review')).toHaveCount(0);
});

test('rename a tag from the tree and undo the rename', async ({ app, libraryDir }) => {
  await importOwn(app, libraryDir);
  const search = new SearchPage(app);
  const manage = new ManagePage(app);
  await search.search('harbour');
  await manage.tagAllResults('shipping');
  await expect(manage.count('shipping')).toHaveText('1');
  await manage.renameTag('shipping', 'topics/shipping');
  await expect(manage.node('topics/shipping')).toBeVisible();
  await expect(manage.node('shipping')).toHaveCount(0);
  await manage.undo();
  await expect(manage.node('shipping')).toBeVisible();
  await expect(manage.node('topics/shipping')).toHaveCount(0);
});

test('export the result set as CSV', async ({ app, libraryDir }) => {
  await importOwn(app, libraryDir);
  const search = new SearchPage(app);
  const manage = new ManagePage(app);
  await search.search('the');
  const dialog = await manage.openExport();
  await dialog.getByTestId('export-scope-results').check();
  await dialog.getByTestId('export-format').selectOption('csv');
  const [download] = await Promise.all([app.waitForEvent('download'), dialog.getByTestId('export-run').click()]);
  expect(download.suggestedFilename()).toMatch(/\.csv$/);
  const path = await download.path();
  const text = (await readFile(path, 'utf8')).replace(/^\uFEFF/, '');
  const lines = text.trim().split(/\r?\n/);
  expect(lines[0]).toMatch(/title/i);
  expect(lines[0]).toMatch(/outlet/i);
  expect(text).toContain(SUMMIT_TITLE);
  expect(text).toContain('Harbour Reopens To Shipping');
  expect(text).toContain('Grain Markets Calm After Corridor Deal');
  await expect(dialog.getByTestId('export-done')).toContainText('3 articles');
});

test('back up the library and restore the backup', async ({ app, libraryDir }) => {
  const library = await importOwn(app, libraryDir);
  const manage = new ManagePage(app);
  const dialog = await manage.openLibraryDialog();
  await dialog.getByTestId('backup-now').click();
  const result = dialog.getByTestId('backup-result');
  await expect(result).toBeVisible();
  const backupPath = (await result.textContent())!.trim();
  expect(existsSync(backupPath)).toBe(true);
  await expect(dialog.getByTestId('backup-item')).toHaveCount(1);
  await manage.closeDialog(dialog);

  // Change the library after the backup, then restore: the change is gone.
  await library.select([SUMMIT_TITLE, 'Harbour Reopens To Shipping']);
  await app.getByTestId('delete-selected').click();
  await expect(manage.toast).toContainText('Moved 2 articles to the trash');
  await expect(library.rows).toHaveCount(1);

  const again = await manage.openLibraryDialog();
  await again.getByTestId('restore-path').fill(backupPath);
  await again.getByTestId('restore-from-path').click();
  await again.getByTestId('restore-confirm').getByTestId('confirm-yes').click();
  await expect(manage.toast).toContainText('Restored 3 articles');
  await manage.closeDialog(again);
  await expect(library.rows).toHaveCount(3);
  await expect(app.getByTestId('status-count')).toHaveText('3 articles');
});

test('delete an article to the trash, restore it, then empty the trash', async ({ app, libraryDir }) => {
  const library = await importOwn(app, libraryDir);
  const manage = new ManagePage(app);
  // Ctrl-click selects without opening the reader: the selection pane shows.
  await library.row('Harbour Reopens To Shipping').click({ modifiers: ['ControlOrMeta'] });
  await app.getByTestId('delete-selected').click();
  await expect(manage.toast).toContainText('Moved 1 article to the trash');
  await expect(library.rows).toHaveCount(2);
  await expect(app.getByTestId('trash-count')).toHaveText('1');

  const trash = await manage.openTrash();
  await expect(trash.getByTestId('trash-item')).toHaveCount(1);
  await expect(trash.getByTestId('trash-item')).toContainText('Harbour Reopens To Shipping');
  await trash.getByTestId('trash-restore').click();
  await expect(trash.getByTestId('trash-item')).toHaveCount(0);
  await manage.closeDialog(trash);
  await expect(library.rows).toHaveCount(3);

  // Undo from the toast also brings a trashed article back.
  await library.row(SUMMIT_TITLE).click({ modifiers: ['ControlOrMeta'] });
  await app.getByTestId('delete-selected').click();
  await expect(library.rows).toHaveCount(2);
  await manage.undo();
  await expect(library.rows).toHaveCount(3);

  // Emptying asks first and says it cannot be undone.
  await library.row('Grain Markets Calm After Corridor Deal').click({ modifiers: ['ControlOrMeta'] });
  await app.getByTestId('delete-selected').click();
  await expect(library.rows).toHaveCount(2);
  const t2 = await manage.openTrash();
  await t2.getByTestId('trash-empty').click();
  const confirm = t2.getByTestId('trash-empty-confirm');
  await expect(confirm).toContainText('cannot be undone');
  await confirm.getByTestId('confirm-yes').click();
  await expect(t2.getByTestId('trash-item')).toHaveCount(0);
  await expect(manage.toast).toContainText('Purged 1 article');
});

test('a rule tags what its query matches when run now', async ({ app, libraryDir }) => {
  await importOwn(app, libraryDir);
  const manage = new ManagePage(app);
  await app.getByTestId('rules-button').click();
  const dialog = app.getByTestId('rules-dialog');
  await dialog.getByTestId('rule-name').fill('Shipping news');
  await dialog.getByTestId('rule-query').fill('harbour OR corridor');
  await dialog.getByTestId('rule-tags').fill('topic/shipping');
  await dialog.getByTestId('rule-save').click();
  await expect(dialog.getByTestId('rule-item')).toHaveCount(1);
  await dialog.getByTestId('rule-run').click();
  const run = dialog.getByTestId('rule-run-result');
  await expect(run).toContainText('2 articles matched');
  await expect(run).toContainText('Harbour Reopens To Shipping');
  await manage.closeDialog(dialog);
  await expect(manage.count('topic/shipping')).toHaveText('2');
  await manage.undo();
  await expect(manage.node('topic/shipping')).toHaveCount(0);
});

test('settings switch the theme', async ({ app }) => {
  await app.getByTestId('settings-button').click();
  const dialog = app.getByTestId('settings-dialog');
  await expect(dialog).toBeVisible();
  await dialog.getByTestId('theme-select').selectOption('dark');
  await expect(app.locator('html')).toHaveAttribute('data-theme', 'dark');
  await dialog.getByTestId('theme-select').selectOption('light');
  await expect(app.locator('html')).toHaveAttribute('data-theme', 'light');
  // "Same as the system" follows the system at once, and keeps following it.
  await app.emulateMedia({ colorScheme: 'dark' });
  await dialog.getByTestId('theme-select').selectOption('system');
  await expect(app.locator('html')).toHaveAttribute('data-theme', 'dark');
  await app.emulateMedia({ colorScheme: 'light' });
  await expect(app.locator('html')).toHaveAttribute('data-theme', 'light');
  await expect(dialog.getByTestId('settings-library-path')).toContainText('library.db');
});
