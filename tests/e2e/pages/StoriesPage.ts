// Page object for the Stories view and the comparison of a story.
import { expect, type Locator, type Page } from '@playwright/test';

export class StoriesPage {
  constructor(readonly page: Page) {}

  get list(): Locator {
    return this.page.getByTestId('stories-list');
  }

  get rows(): Locator {
    return this.page.getByTestId('story-row');
  }

  row(title: string | RegExp): Locator {
    return this.rows.filter({ has: this.page.getByTestId('story-title').filter({ hasText: title }) }).first();
  }

  async open(): Promise<void> {
    await this.page.getByTestId('stories-button').click();
    await expect(this.list).toBeVisible();
  }

  async openStory(title: string | RegExp): Promise<void> {
    await this.row(title).getByRole('button').first().click();
    await expect(this.page.getByTestId('compare-view')).toBeVisible();
  }

  async rename(title: string): Promise<void> {
    await this.page.getByTestId('story-rename').click();
    const input = this.page.getByTestId('story-title-input');
    await input.fill(title);
    await input.press('Enter');
  }
}
