// The import log keeps every file's outcome: after an import with a good file, a duplicate and
// a broken file, the log lists the last job's files with what became of each.
import { copyFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { writeOwnArticles } from './data';
import { test, expect } from './fixtures';
import { ImportLogPage } from './pages/ImportLogPage';
import { LibraryPage } from './pages/LibraryPage';

test('the import log lists the last job with each file and its outcome', async ({ app, libraryDir }) => {
  const library = new LibraryPage(app);
  const log = new ImportLogPage(app);
  const files = writeOwnArticles(join(libraryDir, 'first'));
  await library.importFiles([files.summit, files.market]);
  await library.closeImportSummary();

  const broken = join(libraryDir, 'broken.txt');
  writeFileSync(broken, '');
  const copy = join(libraryDir, 'summit-again.txt');
  copyFileSync(files.summit, copy);
  const summary = await (async () => {
    await library.importFiles([files.harbour, copy, broken]);
    return app.getByTestId('import-summary');
  })();
  await expect(summary).toContainText('1 imported');
  await expect(summary).toContainText('1 duplicate');
  await expect(summary).toContainText('1 failed');

  await log.open();
  // Newest job first, selected: its three files and nothing of the first job.
  await expect(log.dialog.getByTestId('import-log-job')).toHaveCount(2);
  await expect(log.rows).toHaveCount(3);
  await expect(log.row('harbour.html')).toHaveAttribute('data-outcome', 'imported');
  await expect(log.row('harbour.html')).toContainText('Harbour Reopens To Shipping');
  await expect(log.row('summit-again.txt')).toHaveAttribute('data-outcome', 'duplicate');
  await expect(log.row('broken.txt')).toHaveAttribute('data-outcome', 'failed');
  await expect(log.rows.filter({ hasText: 'markets.md' })).toHaveCount(0);

  // Only the failures, then the older job.
  await log.dialog.getByTestId('import-log-outcome').selectOption('failed');
  await expect(log.rows).toHaveCount(1);
  await log.dialog.getByTestId('import-log-outcome').selectOption('');
  await log.dialog.getByTestId('import-log-job').nth(1).click();
  await expect(log.row('markets.md')).toHaveAttribute('data-outcome', 'imported');

  // The import settings open from the log and show the limits in force.
  const settings = await log.openSettings();
  await expect(settings.getByTestId('max-file-mb')).toHaveValue(/^\d+$/);
  await expect(settings.getByTestId('watch-enabled')).not.toBeChecked();
  await app.keyboard.press('Escape');
  await expect(settings).toBeHidden();
  await expect(log.dialog).toBeVisible();
  await log.close();
});
