// The window's own commands (search, move through the list, tag, compare, palette, quick open,
// notebook, theme, move to trash, close). The reader adds its commands (highlight, note, reading mode) itself.
import { useReportError } from '../components/ErrorBanner';
import { trashArticles } from '../features/trash/trashArticles';
import { useMenuBridge } from './menuBridge';
import { useCommands, useCommandKeys, type Command } from './registry';

export interface AppCommandContext {
  focusSearch(): void;
  canCompare(): boolean;
  compare(): void;
  escape(): void;
  openPalette(): void;
  openQuickOpen(): void;
  toggleNotebook(): void;
  notebookOpen(): boolean;
  toggleTheme(): void;
  /** Nothing covers the workspace (no comparison, notebook or dialog). */
  workspaceFree(): boolean;
  /** What Delete moves to the trash: the selected articles, else the open one. */
  trashTargets(): number[];
  /** After they went: clear the selection, close the reader if it showed one, refresh. */
  afterTrash(ids: number[]): void;
}

const LIST = '.main-pane .vlist';
let forwarding = false;

function list(): HTMLElement | null {
  return document.querySelector<HTMLElement>(LIST);
}

/**
 * The list moves its own cursor when it has the focus; from anywhere else j/k/Enter first give
 * it the focus and hand the same key on, so there is one implementation of moving.
 */
function forwardToList(key: string): void {
  const el = list();
  if (!el || forwarding) return;
  forwarding = true;
  try {
    el.focus();
    el.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true }));
  } finally {
    forwarding = false;
  }
}

function nothingFocused(): boolean {
  const a = document.activeElement;
  return !a || a === document.body || a.tagName === 'HTML';
}

function visibleTagInput(): HTMLInputElement | null {
  const all = [...document.querySelectorAll<HTMLInputElement>('.workspace [data-testid="tag-input"]')];
  return all.find((el) => el.offsetParent !== null && !el.disabled) ?? null;
}

let trashing = false;

export function useAppCommands(x: AppCommandContext): void {
  useCommandKeys();
  const report = useReportError();
  const free = () => x.workspaceFree();
  // The same step as the selection pane's button (one undoable step, an Undo in the toast).
  const moveToTrash = async () => {
    const ids = x.trashTargets();
    if (trashing || ids.length === 0) return;
    trashing = true;
    try {
      await trashArticles(ids);
      x.afterTrash(ids);
    } catch (e) {
      report(e);
    } finally {
      trashing = false;
    }
  };
  const commands: Command[] = [
    { id: 'search.focus', group: 'Go', label: 'Search articles', keys: ['/', 'Mod+f'], when: free, run: x.focusSearch },
    {
      id: 'list.focus',
      group: 'Go',
      label: 'Go from the search box to the results',
      keys: ['ArrowDown'],
      inFields: true,
      when: () => free() && document.activeElement?.getAttribute('data-testid') === 'search-input' && list() !== null,
      run: () => forwardToList('j'),
    },
    { id: 'list.next', group: 'Go', label: 'Next article', keys: ['j'], when: () => free() && list() !== null, run: () => forwardToList('j') },
    { id: 'list.previous', group: 'Go', label: 'Previous article', keys: ['k'], when: () => free() && list() !== null, run: () => forwardToList('k') },
    {
      id: 'list.open',
      group: 'Go',
      label: 'Open the article at the cursor',
      keys: ['Enter'],
      when: () => free() && nothingFocused() && list() !== null,
      run: () => forwardToList('Enter'),
    },
    { id: 'quickopen', group: 'Go', label: 'Open an article by title…', keys: ['Mod+p'], run: x.openQuickOpen },
    {
      id: 'tags.focus',
      group: 'Article',
      label: 'Tag the open or selected articles',
      keys: ['t'],
      when: () => free() && visibleTagInput() !== null,
      run: () => visibleTagInput()?.focus(),
    },
    {
      id: 'article.trash',
      group: 'Article',
      label: 'Move to trash',
      keys: ['Delete'],
      when: () => free() && x.trashTargets().length > 0,
      run: () => void moveToTrash(),
    },
    { id: 'compare', group: 'Article', label: 'Compare the selected articles', keys: ['c'], when: () => free() && x.canCompare(), run: x.compare },
    { id: 'notebook.toggle', group: 'Notebook', label: x.notebookOpen() ? 'Close the notebook' : 'Open the notebook', run: x.toggleNotebook },
    { id: 'palette', group: 'View', label: 'Show all commands', keys: ['Mod+k'], run: x.openPalette },
    { id: 'theme.toggle', group: 'View', label: 'Switch between light and dark theme', run: x.toggleTheme },
    {
      id: 'import.files',
      group: 'Library',
      label: 'Import files…',
      when: free,
      run: () => document.querySelector<HTMLInputElement>('[data-testid="import-files-input"]')?.click(),
    },
    { id: 'close', group: 'View', label: 'Close (reader, comparison, selection, search)', keys: ['Escape'], run: x.escape },
  ];
  useCommands(commands);
  useMenuBridge();
}
