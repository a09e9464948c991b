// The other two ways in: files dropped on the window, and a watched folder whose new files
// import on their own (the dialog is the way every other spec imports).
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test, expect } from './fixtures';
import { LibraryPage } from './pages/LibraryPage';
import { ImportLogPage } from './pages/ImportLogPage';
import { writeOwnArticles } from './data';

test('files dropped on the window are imported, and the overlay shows while they are dragged', async ({ app, libraryDir }) => {
  const files = writeOwnArticles(join(libraryDir, 'drop'));
  const payload = [files.market, files.harbour].map((p) => ({ name: p.split('/').pop()!, text: readFileSync(p, 'utf8') }));
  const library = new LibraryPage(app);
  // A real drag: the files ride in a DataTransfer through dragenter, dragover and drop.
  const dataTransfer = await app.evaluateHandle((items) => {
    const dt = new DataTransfer();
    for (const f of items) dt.items.add(new File([f.text], f.name, { type: f.name.endsWith('.html') ? 'text/html' : 'text/markdown' }));
    return dt;
  }, payload);
  await app.dispatchEvent('body', 'dragenter', { dataTransfer });
  await app.dispatchEvent('body', 'dragover', { dataTransfer });
  await expect(app.getByTestId('drop-overlay')).toBeVisible();
  await app.dispatchEvent('body', 'drop', { dataTransfer });
  await expect(app.getByTestId('drop-overlay')).toBeHidden();
  const summary = await library.waitForImportSummary();
  await expect(summary).toContainText('2 imported');
  await library.closeImportSummary();
  await expect(library.row('Grain Markets Calm After Corridor Deal')).toBeVisible();
  await expect(library.row('Harbour Reopens To Shipping')).toContainText('Coastal Times');
});

test('a watched folder imports the files that appear in it until watching is turned off', async ({ app, libraryDir }) => {
  const watched = join(libraryDir, 'inbox');
  mkdirSync(watched, { recursive: true });
  const library = new LibraryPage(app);
  const log = new ImportLogPage(app);
  await log.open();
  const settings = await log.openSettings();
  await settings.getByTestId('watch-enabled').check();
  await settings.getByTestId('watch-folder').fill(watched);
  await settings.getByTestId('import-settings-save').click();
  await expect(settings.getByTestId('watch-status')).toContainText(`Watching ${watched}`);
  // Notified of changes (then a file is taken 1.5 s after it settles), or checking every 5 s.
  const polling = ((await settings.getByTestId('watch-status').textContent()) ?? '').includes('every few seconds');
  await app.keyboard.press('Escape');
  await log.close();

  writeFileSync(join(watched, 'ceasefire.md'), '---\ntitle: Ceasefire Holds Along The River\noutlet: Example Wire\ndate: 2024-08-01\n---\n\nThe ceasefire held for a second night along the river, monitors said.\n');
  await expect(library.row('Ceasefire Holds Along The River')).toBeVisible({ timeout: 30_000 });
  await log.open();
  await expect(log.row('ceasefire.md')).toHaveAttribute('data-outcome', 'imported');
  const off = await log.openSettings();
  await off.getByTestId('watch-enabled').uncheck();
  await off.getByTestId('import-settings-save').click();
  await expect(off.getByTestId('watch-status')).toContainText('Not watching');
  await app.keyboard.press('Escape');
  await log.close();

  // Not watching any more: a new file stays where it is (given longer than a watcher would take).
  writeFileSync(join(watched, 'later.md'), '---\ntitle: Harvest Begins Early\n---\n\nFarmers began the harvest two weeks early.\n');
  await app.waitForTimeout(polling ? 8000 : 3500);
  await expect(library.row('Harvest Begins Early')).toHaveCount(0);
  await expect(library.rows).toHaveCount(1);
});
