import { type FrameLocator, type Locator, type Page } from '@playwright/test';

export class ReaderPage {
  constructor(readonly page: Page) {}

  get root(): Locator {
    return this.page.getByTestId('reader');
  }

  get title(): Locator {
    return this.page.getByTestId('reader-title');
  }

  get frame(): FrameLocator {
    return this.page.frameLocator('[data-testid="reader-frame"]');
  }

  get marks(): Locator {
    return this.frame.locator('mark');
  }

  async addTag(tag: string): Promise<void> {
    const input = this.root.getByTestId('tag-input');
    await input.fill(tag);
    await input.press('Enter');
  }

  chip(tag: string): Locator {
    return this.root.locator(`[data-testid="tag-chip"][data-tag="${tag}"]`);
  }

  async close(): Promise<void> {
    await this.page.getByTestId('reader-close').click();
  }
}
