// A batch with a broken file and a duplicate: every file gets an outcome; the good ones import.
import { copyFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test, expect } from './fixtures';
import { LibraryPage } from './pages/LibraryPage';
import { writeOwnArticles } from './data';

test('a broken file and a duplicate are reported, the rest imports', async ({ app, libraryDir }) => {
  const dir = join(libraryDir, 'batch');
  const files = writeOwnArticles(dir);
  const broken = join(dir, 'broken.txt');
  writeFileSync(broken, '');
  const copy = join(dir, 'summit-copy.txt');
  copyFileSync(files.summit, copy);

  const library = new LibraryPage(app);
  await library.importFiles([...files.all, broken, copy]);
  const summary = app.getByTestId('import-summary');
  await expect(summary).toContainText('3 imported');
  await expect(summary).toContainText('1 duplicate');
  await expect(summary).toContainText('1 failed');
  await expect(summary).toContainText('broken.txt');
  await library.closeImportSummary();
  await expect(library.rows).toHaveCount(3);

  // Importing the same files again changes nothing.
  await library.importFiles(files.all);
  await expect(app.getByTestId('import-summary')).toContainText('3 duplicates');
  await library.closeImportSummary();
  await expect(library.rows).toHaveCount(3);
});
