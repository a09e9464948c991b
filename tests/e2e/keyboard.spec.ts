// The keyboard-first workspace: the whole flow without the mouse, the command palette (one
// registry for shortcuts and palette) and quick open by title with a typo.
import { join } from 'node:path';
import { test, expect } from './fixtures';
import { writeOwnArticles } from './data';
import { LibraryPage } from './pages/LibraryPage';
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
