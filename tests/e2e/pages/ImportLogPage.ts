// Page object for the import log dialog and the import settings dialog.
import { expect, type Locator, type Page } from '@playwright/test';

export class ImportLogPage {
  constructor(readonly page: Page) {}

  get dialog(): Locator {
    return this.page.getByTestId('import-log');
  }

  get rows(): Locator {
    return this.dialog.getByTestId('import-log-row');
  }

  async open(): Promise<void> {
    await this.page.getByTestId('import-log-button').click();
    await expect(this.dialog).toBeVisible();
  }

  row(fileName: string): Locator {
    return this.rows.filter({ hasText: fileName });
  }

  async close(): Promise<void> {
    await this.page.keyboard.press('Escape');
    await expect(this.dialog).toBeHidden();
  }

  async openSettings(): Promise<Locator> {
    await this.dialog.getByTestId('import-settings-button').click();
    const settings = this.page.getByTestId('import-settings-dialog');
    await expect(settings).toBeVisible();
    return settings;
  }
}
