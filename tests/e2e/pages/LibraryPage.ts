// Page object for the main window: header, library list, sidebar, selection and import.
import { expect, type Locator, type Page } from '@playwright/test';

export class LibraryPage {
  constructor(readonly page: Page) {}

  get rows(): Locator {
    return this.page.getByTestId('article-row');
  }

  row(title: string): Locator {
    return this.rows.filter({ hasText: title }).first();
  }

  async importFiles(paths: string[]): Promise<void> {
    await this.page.getByTestId('import-files-input').setInputFiles(paths);
    await this.waitForImportSummary();
  }

  async importFolder(dir: string): Promise<void> {
    await this.page.getByTestId('import-folder-input').setInputFiles(dir);
    await this.waitForImportSummary();
  }

  async waitForImportSummary(): Promise<Locator> {
    const summary = this.page.getByTestId('import-summary');
    await expect(summary).toBeVisible({ timeout: 60_000 });
    return summary;
  }

  async closeImportSummary(): Promise<void> {
    await this.page.getByTestId('import-summary-close').click();
    await expect(this.page.getByTestId('import-summary')).toBeHidden();
  }

  async select(titles: string[]): Promise<void> {
    for (const [i, t] of titles.entries()) {
      await this.row(t).click({ modifiers: i === 0 ? [] : ['ControlOrMeta'] });
    }
  }

  async filterByTag(tag: string): Promise<void> {
    await this.page.getByTestId('sidebar').getByTestId('tag-filter').filter({ hasText: tag }).first().click();
    await expect(this.page.getByTestId('active-filter')).toContainText(tag);
  }

  async clearFilter(): Promise<void> {
    await this.page.getByTestId('clear-filter').click();
  }

  async statusCount(): Promise<string> {
    return (await this.page.getByTestId('status-count').textContent()) ?? '';
  }
}
