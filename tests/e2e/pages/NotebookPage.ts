// Page object for the notebook: pages list, editor, preview and export.
import { expect, type Download, type Locator, type Page } from '@playwright/test';

export class NotebookPage {
  constructor(readonly page: Page) {}

  get root(): Locator {
    return this.page.getByTestId('notebook');
  }

  get items(): Locator {
    return this.page.getByTestId('page-item');
  }

  get title(): Locator {
    return this.page.getByTestId('page-title');
  }

  get body(): Locator {
    return this.page.getByTestId('page-body');
  }

  get preview(): Locator {
    return this.page.getByTestId('page-preview');
  }

  async open(): Promise<void> {
    await this.page.getByTestId('notebook-button').click();
    await expect(this.root).toBeVisible();
  }

  async newPage(): Promise<void> {
    const before = await this.items.count();
    await this.page.getByTestId('page-new').click();
    await expect(this.items).toHaveCount(before + 1);
  }

  async waitSaved(): Promise<void> {
    await expect(this.page.getByTestId('page-save-state')).toHaveText('Saved');
  }

  async exportMarkdown(): Promise<Download> {
    const [download] = await Promise.all([this.page.waitForEvent('download'), this.page.getByTestId('page-export-md').click()]);
    return download;
  }

  async close(): Promise<void> {
    await this.page.getByTestId('notebook-close').click();
    await expect(this.root).toBeHidden();
  }
}
