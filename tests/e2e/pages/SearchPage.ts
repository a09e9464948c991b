import { expect, type Locator, type Page } from '@playwright/test';

export class SearchPage {
  constructor(readonly page: Page) {}

  get input(): Locator {
    return this.page.getByTestId('search-input');
  }

  get hits(): Locator {
    return this.page.getByTestId('search-hit');
  }

  async search(q: string): Promise<void> {
    await this.input.fill(q);
    await this.input.press('Enter');
    await expect(this.page.getByTestId('search-results')).toBeVisible();
  }

  async clear(): Promise<void> {
    await this.input.fill('');
    await this.input.press('Escape');
  }
}
