// "Tag imports": every article an import stores gets the chosen tags; an exact duplicate is
// not stored twice, and the tags it lacks are offered (one undoable step) instead.
import { writeFileSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test, expect } from './fixtures';
import { SUMMIT_TITLE, writeOwnArticles } from './data';
import { ImportTagsPage } from './pages/ImportTagsPage';
import { LibraryPage } from './pages/LibraryPage';
import { ManagePage } from './pages/ManagePage';
import { ReaderPage } from './pages/ReaderPage';

test('imports carry the chosen tags and duplicates are offered the ones they lack', async ({ app, libraryDir }) => {
  const files = writeOwnArticles(join(libraryDir, 'articles'));
  const again = join(libraryDir, 'articles', 'pyongyang-pact.txt');
  writeFileSync(again, readFileSync(files.summit));

  const library = new LibraryPage(app);
  const tagging = new ImportTagsPage(app);

  await tagging.setTags('summit');
  await expect(tagging.chip).toContainText('Tagging imports: summit');
  await library.importFiles([files.summit]);
  const summary = app.getByTestId('import-summary');
  await expect(summary).toContainText('1 imported');
  await expect(app.getByTestId('import-applied-tags')).toContainText('summit');
  await expect(tagging.offer).toHaveCount(0);
  await library.closeImportSummary();
  await expect(tagging.sidebarCount('summit')).toHaveText('1');

  // The same text under another name, and one new article.
  await tagging.setTags('kcna');
  await expect(tagging.chip).toContainText('kcna');
  await expect(tagging.chip).not.toContainText('summit');
  await library.importFiles([again, files.market]);
  await expect(summary).toContainText('1 imported');
  await expect(summary).toContainText('1 duplicate');
  await expect(tagging.offer).toContainText('1 article');
  await expect(tagging.offer).toContainText('kcna');
  await expect(tagging.offer).not.toContainText('summit');
  // Offered, not applied: only the new article has kcna so far.
  await expect(tagging.sidebarCount('kcna')).toHaveText('1');
  await expect(library.rows).toHaveCount(2);

  await tagging.addOfferedTags();
  const manage = new ManagePage(app);
  await expect(manage.toast).toContainText('kcna');
  await expect(tagging.sidebarCount('kcna')).toHaveText('2');
  // Undone from the toast while the summary is open: the offer stands again.
  await manage.undo();
  await expect(tagging.sidebarCount('kcna')).toHaveText('1');
  await expect(tagging.offer).toContainText('kcna');
  await tagging.addOfferedTags();
  await expect(tagging.sidebarCount('kcna')).toHaveText('2');
  await library.closeImportSummary();

  await library.row(SUMMIT_TITLE).click();
  const reader = new ReaderPage(app);
  await expect(reader.title).toHaveText(SUMMIT_TITLE);
  await expect(reader.chip('summit')).toBeVisible();
  await expect(reader.chip('kcna')).toBeVisible();

  await manage.undo();
  await expect(tagging.sidebarCount('kcna')).toHaveText('1');
  await expect(reader.chip('kcna')).toHaveCount(0);
  await expect(reader.chip('summit')).toBeVisible();
});

test('the tag field explains a bad value, changes nothing, and can be cleared', async ({ app }) => {
  const tagging = new ImportTagsPage(app);
  const editor = await tagging.openEditor();
  const input = editor.getByTestId('import-tags-input');
  await input.fill(Array.from({ length: 21 }, (_, i) => `t${i}`).join(', '));
  await input.press('Enter');
  await expect(tagging.error).toContainText('at most 20 tags');
  await input.fill('x'.repeat(101));
  await input.press('Enter');
  await expect(tagging.error).toContainText('at most 100 characters');
  await input.press('Escape');
  await expect(editor).toBeHidden();
  await expect(tagging.chip).toHaveCount(0);

  await tagging.setTags(' summit , region/korea, summit ');
  await expect(tagging.chip).toContainText('summit, region/korea');
  await tagging.chip.getByTestId('import-tags-clear').click();
  await expect(tagging.chip).toHaveCount(0);
  await expect(app.getByTestId('import-tags-button')).toBeFocused();
});
