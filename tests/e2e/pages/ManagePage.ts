// Page object for managing the library: the tag tree and its menu, bulk tagging of a result
// set, the undo toast, export, backups and the trash.
import { expect, type Locator, type Page } from '@playwright/test';

export class ManagePage {
  constructor(readonly page: Page) {}

  get tree(): Locator {
    return this.page.getByTestId('tag-tree');
  }

  node(tag: string): Locator {
    return this.tree.locator(`[data-testid="tag-node"][data-tag="${tag}"]`);
  }

  /** The count a tag shows in the tree (children included). */
  count(tag: string): Locator {
    return this.node(tag).getByTestId('tag-count').first();
  }

  async openTagMenu(tag: string): Promise<Locator> {
    await this.node(tag).getByTestId('tag-menu-button').first().click();
    const menu = this.node(tag).getByTestId('tag-menu');
    await expect(menu).toBeVisible();
    return menu;
  }

  async renameTag(from: string, to: string): Promise<void> {
    const menu = await this.openTagMenu(from);
    await menu.getByTestId('tag-rename').click();
    await menu.getByTestId('tag-menu-input').fill(to);
    await menu.getByTestId('tag-menu-apply').click();
    await expect(this.toast).toBeVisible();
  }

  async tagAllResults(tag: string): Promise<void> {
    await this.page.getByTestId('bulk-tag-results').click();
    await this.page.getByTestId('bulk-tag-input').fill(tag);
    await this.page.getByTestId('bulk-apply').click();
    await expect(this.toast).toContainText('Tagged');
  }

  get toast(): Locator {
    return this.page.getByTestId('undo-toast');
  }

  async undo(): Promise<void> {
    await this.toast.getByTestId('undo-button').click();
    await expect(this.toast).toContainText('Undone');
  }

  async openExport(): Promise<Locator> {
    await this.page.getByTestId('export-button').click();
    const d = this.page.getByTestId('export-dialog');
    await expect(d).toBeVisible();
    return d;
  }

  async openLibraryDialog(): Promise<Locator> {
    await this.page.getByTestId('backup-button').click();
    const d = this.page.getByTestId('library-dialog');
    await expect(d).toBeVisible();
    return d;
  }

  async openTrash(): Promise<Locator> {
    await this.page.getByTestId('trash-button').click();
    const d = this.page.getByTestId('trash-dialog');
    await expect(d).toBeVisible();
    return d;
  }

  async closeDialog(d: Locator): Promise<void> {
    await d.getByTestId('dialog-close').click();
    await expect(d).toBeHidden();
  }
}
