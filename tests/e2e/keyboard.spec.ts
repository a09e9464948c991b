// The keyboard-first workspace: the whole flow without the mouse, the command palette (one
// registry for shortcuts and palette) and quick open by title with a typo.
import { join } from 'node:path';
import { test, expect } from './fixtures';
import { writeOwnArticles } from './data';
import { LibraryPage } from './pages/LibraryPage';
import { ManagePage } from './pages/ManagePage';
import { PalettePage } from './pages/PalettePage';
import { ReaderPage } from './pages/ReaderPage';

test('search, move, open, tag, close and run a command by keyboard alone', async ({ app, libraryDir }) => {
  const library = new LibraryPage(app);
  await library.importFiles(writeOwnArticles(join(libraryDir, 'in')).all);
  await library.closeImportSummary();
  const kb = app.keyboard;

  await kb.press('/');
  await expect(app.getByTestId('search-input')).toBeFocused();
  await kb.type('officials');
  await kb.press('Enter');
  const hits = app.getByTestId('search-hit');
  await expect(hits).toHaveCount(2);

  // ↓ leaves the search box for the results; j/k move the cursor; Enter opens.
  await kb.press('ArrowDown');
  await expect(hits.nth(0)).toHaveClass(/cursor/);
  await kb.press('j');
  await expect(hits.nth(1)).toHaveClass(/cursor/);
  await kb.press('k');
  await expect(hits.nth(0)).toHaveClass(/cursor/);
  const first = (await hits.nth(0).locator('.hit-title').textContent())?.trim() ?? '';
  await kb.press('Enter');
  const reader = new ReaderPage(app);
  await expect(reader.root).toBeVisible();
  if (first) await expect(reader.title).toHaveText(first);

  await kb.press('t');
  await expect(reader.root.getByTestId('tag-input')).toBeFocused();
  await kb.type('by-keyboard');
  await kb.press('Enter');
  await expect(reader.chip('by-keyboard')).toBeVisible();
  await kb.press('Escape');
  await expect(reader.root.getByTestId('tag-input')).not.toBeFocused();
  await kb.press('n');
  await expect(reader.noteEditor).toBeFocused();
  await kb.press('Escape');
  await kb.press('Escape');
  await expect(reader.root).toBeHidden();

  const palette = new PalettePage(app);
  const before = await app.evaluate(() => document.documentElement.dataset.theme ?? '');
  await palette.open();
  await expect(palette.item('search.focus')).toContainText('/');
  await palette.run('theme');
  await expect.poll(() => app.evaluate(() => document.documentElement.dataset.theme ?? '')).not.toBe(before);
});

test('the palette lists every action with its shortcut and runs the chosen one', async ({ app, libraryDir }) => {
  const library = new LibraryPage(app);
  await library.importFiles(writeOwnArticles(join(libraryDir, 'in')).all);
  await library.closeImportSummary();
  await library.rows.first().click();
  // The reader registers its commands once it is up: wait for it before listing them.
  await expect(app.getByTestId('reader-title')).toBeVisible();
  await expect(app.getByTestId('reader').getByTestId('tag-input')).toBeVisible();
  const palette = new PalettePage(app);
  await palette.open();
  // Commands of the open reader join the window's own.
  for (const [id, key] of [
    ['search.focus', '/'],
    ['list.next', 'J'],
    ['list.previous', 'K'],
    ['tags.focus', 'T'],
    ['reader.highlight', 'H'],
    ['reader.note', 'N'],
  ] as const) {
    await expect(palette.item(id).locator('kbd')).toHaveText(key);
  }
  await palette.input.fill('zzzz no such command');
  await expect(palette.items).toHaveCount(0);
  await palette.input.press('Escape');
  await expect(palette.root).toBeHidden();

  await palette.open();
  await palette.run('notebook');
  await expect(app.getByTestId('notebook')).toBeVisible();
  await app.keyboard.press('Escape');
  await expect(app.getByTestId('notebook')).toBeHidden();
});

test('quick open finds an article by title despite a typo', async ({ app, libraryDir }) => {
  const library = new LibraryPage(app);
  await library.importFiles(writeOwnArticles(join(libraryDir, 'in')).all);
  await library.closeImportSummary();
  const palette = new PalettePage(app);
  await palette.openQuick();
  await app.keyboard.type('harbor reopns');
  await expect(palette.quickItems.first()).toContainText('Harbour Reopens To Shipping');
  await app.keyboard.press('Enter');
  await expect(palette.quickOpen).toBeHidden();
  await expect(new ReaderPage(app).title).toHaveText('Harbour Reopens To Shipping');
});

test('Delete moves the selected article, then the open one, to the trash; Undo brings it back', async ({ app, libraryDir }) => {
  const library = new LibraryPage(app);
  await library.importFiles(writeOwnArticles(join(libraryDir, 'in')).all);
  await library.closeImportSummary();
  const manage = new ManagePage(app);
  await expect(library.rows).toHaveCount(3);

  // Ctrl-click selects without opening: Delete trashes the selection.
  await library.row('Harbour Reopens To Shipping').click({ modifiers: ['ControlOrMeta'] });
  await expect(app.getByTestId('delete-selected')).toBeVisible();
  await app.keyboard.press('Delete');
  await expect(manage.toast).toContainText('Moved 1 article to the trash');
  await expect(library.rows).toHaveCount(2);
  await expect(library.row('Harbour Reopens To Shipping')).toHaveCount(0);
  await manage.undo();
  await expect(library.rows).toHaveCount(3);
  await expect(library.row('Harbour Reopens To Shipping')).toHaveCount(1);

  // The article open in the reader goes too, and the reader closes; the palette lists the command.
  await library.row('Harbour Reopens To Shipping').click();
  const reader = new ReaderPage(app);
  await expect(reader.title).toHaveText('Harbour Reopens To Shipping');
  const palette = new PalettePage(app);
  await palette.open();
  await expect(palette.item('article.trash')).toContainText('Move to trash');
  await expect(palette.item('article.trash').locator('kbd')).toHaveText('Delete');
  await palette.run('move to trash');
  await expect(manage.toast).toContainText('Moved 1 article to the trash');
  await expect(reader.root).toBeHidden();
  await expect(library.rows).toHaveCount(2);
  await manage.undo();
  await expect(library.rows).toHaveCount(3);

  // Typing Delete in a field edits the field, it does not trash anything.
  await app.getByTestId('search-input').fill('harbour');
  await app.getByTestId('search-input').press('Delete');
  await expect(manage.toast).not.toContainText('Moved');
  await expect(app.getByTestId('status-count')).toHaveText('3 articles');
});
