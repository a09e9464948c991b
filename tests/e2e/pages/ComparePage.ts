import { type Locator, type Page } from '@playwright/test';

export class ComparePage {
  constructor(readonly page: Page) {}

  get view(): Locator {
    return this.page.getByTestId('compare-view');
  }

  get columns(): Locator {
    return this.page.getByTestId('compare-column');
  }

  async open(): Promise<void> {
    await this.page.getByTestId('compare-button').click();
  }

  async close(): Promise<void> {
    await this.page.getByTestId('compare-close').click();
  }
}
