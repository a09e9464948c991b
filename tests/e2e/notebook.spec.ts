// Issue 6, reading and writing: highlight a passage in the Text mode, comment it, note the
// article, find both by search; quote the passage in a notebook page and export it.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test, expect } from './fixtures';
import { SUMMIT_TITLE, writeOwnArticles } from './data';
import { LibraryPage } from './pages/LibraryPage';
import { NotebookPage } from './pages/NotebookPage';
import { ReaderPage } from './pages/ReaderPage';
import { SearchPage } from './pages/SearchPage';

async function openSummit(app: import('@playwright/test').Page, libraryDir: string): Promise<ReaderPage> {
  const library = new LibraryPage(app);
  await library.importFiles(writeOwnArticles(join(libraryDir, 'in')).all);
  await library.closeImportSummary();
  await library.row(SUMMIT_TITLE).click();
  const reader = new ReaderPage(app);
  await expect(reader.title).toHaveText(SUMMIT_TITLE);
  return reader;
}

test('highlight a passage, comment it, note the article, and find them by search', async ({ app, libraryDir }) => {
  const reader = await openSummit(app, libraryDir);
  await reader.textMode();
  await expect(app.getByTestId('reader-mode-text')).toHaveAttribute('aria-pressed', 'true');

  await reader.selectText('fiery friendship');
  await app.keyboard.press('h');
  await expect(reader.highlightMarks).toHaveText(['fiery friendship']);
  await expect(reader.highlightItems).toHaveCount(1);

  // The new highlight's comment field has the focus: type straight away.
  const comment = reader.highlightItems.first().getByTestId('highlight-comment');
  await expect(comment).toBeFocused();
  await app.keyboard.type('Propaganda wording, compare with zanzibarite coverage');
  await expect(reader.highlightItems.first().locator('.save-state')).toHaveText('Saved');

  // Recolour: the mark follows.
  await reader.highlightItems.first().locator('[data-testid="highlight-color"][aria-label="green"]').click();
  await expect(reader.highlightMarks.first()).toHaveClass(/hl-green/);

  // The note on the article autosaves.
  await reader.noteEditor.click();
  await app.keyboard.type('Check the munitions figure against customs data (quillfeather).');
  await expect(app.getByTestId('note-saved')).toBeVisible();

  // Everything survives closing and reopening; with highlights the article opens as text.
  await reader.close();
  await new LibraryPage(app).row(SUMMIT_TITLE).click();
  await expect(reader.highlightMarks).toHaveText(['fiery friendship']);
  await expect(reader.highlightItems.first().getByTestId('highlight-comment')).toHaveValue(/zanzibarite/);
  await expect(reader.noteEditor).toHaveValue(/quillfeather/);

  // Delete, then undo.
  await reader.highlightItems.first().getByTestId('highlight-delete').click();
  await expect(reader.highlightItems).toHaveCount(0);
  await app.getByTestId('highlight-undo').click();
  await expect(reader.highlightMarks).toHaveText(['fiery friendship']);
  await expect(reader.highlightItems.first().getByTestId('highlight-comment')).toHaveValue(/zanzibarite/);
  await reader.close();

  const search = new SearchPage(app);
  await search.search('note:quillfeather');
  await expect(search.hits).toHaveCount(1);
  await expect(search.hits.first()).toContainText(SUMMIT_TITLE);
});

test('a word of a highlight comment finds the article with note:', async ({ app, libraryDir }) => {
  // note: covers the article's note and its highlights' comments and quoted passages.
  const reader = await openSummit(app, libraryDir);
  await reader.textMode();
  await reader.selectText('fiery friendship');
  await app.keyboard.press('h');
  await expect(reader.highlightItems.first().getByTestId('highlight-comment')).toBeFocused();
  await app.keyboard.type('zanzibarite');
  await expect(reader.highlightItems.first().locator('.save-state')).toHaveText('Saved');
  await reader.close();
  const search = new SearchPage(app);
  await search.search('note:zanzibarite');
  await expect(search.hits).toHaveCount(1, { timeout: 3000 });
});

test('search matches are marked in the Text mode too', async ({ app, libraryDir }) => {
  const library = new LibraryPage(app);
  await library.importFiles(writeOwnArticles(join(libraryDir, 'in')).all);
  await library.closeImportSummary();
  const search = new SearchPage(app);
  await search.search('munitions');
  await search.hits.first().click();
  const reader = new ReaderPage(app);
  await reader.textMode();
  await expect(reader.text.locator('mark.search-match')).toHaveText(['munitions']);
  await expect(app.getByTestId('reader-match-count')).toHaveText('1 match');
});

test('quote a highlight in a notebook page, preview it and export it as Markdown', async ({ app, libraryDir }) => {
  const reader = await openSummit(app, libraryDir);
  await reader.textMode();
  await reader.selectText('signed a pact promising help');
  await app.keyboard.press('h');
  await expect(reader.highlightItems).toHaveCount(1);
  await reader.highlightItems.first().getByRole('button', { name: 'To page' }).click();
  await expect(app.getByTestId('reader-flash')).toContainText('Reading notes');

  const notebook = new NotebookPage(app);
  await notebook.open();
  await expect(notebook.items).toHaveCount(1);
  await expect(notebook.body).toHaveValue(/> signed a pact promising help/);
  await expect(notebook.body).toHaveValue(/parallax:\/\/article\/\d+#h\d+/);
  await expect(notebook.preview.locator('blockquote')).toContainText('signed a pact promising help');

  await notebook.title.fill('Summit brief');
  await notebook.body.press('ControlOrMeta+End');
  await notebook.body.pressSequentially('\n\n## Open questions\n\n- Who **counted** the containers?');
  await notebook.waitSaved();
  await expect(notebook.preview.locator('h3')).toHaveText('Open questions');
  await expect(notebook.preview.locator('strong')).toHaveText('counted');
  await expect(notebook.items.first()).toContainText('Summit brief');

  const download = await notebook.exportMarkdown();
  const file = join(libraryDir, 'page.md');
  await download.saveAs(file);
  const md = readFileSync(file, 'utf8');
  expect(md).toContain('Summit brief');
  expect(md).toContain('signed a pact promising help');
  expect(md).toContain('Who **counted** the containers?');

  // The quotation's provenance link leads back to the article.
  await notebook.preview.getByTestId('page-source-link').first().click();
  await expect(notebook.root).toBeHidden();
  await expect(reader.title).toHaveText(SUMMIT_TITLE);
});
