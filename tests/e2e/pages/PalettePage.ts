// Page object for the command palette and quick open.
import { expect, type Locator, type Page } from '@playwright/test';

export class PalettePage {
  constructor(readonly page: Page) {}

  get root(): Locator {
    return this.page.getByTestId('palette');
  }

  get input(): Locator {
    return this.page.getByTestId('palette-input');
  }

  get items(): Locator {
    return this.page.getByTestId('palette-item');
  }

  item(commandId: string): Locator {
    return this.page.locator(`[data-testid="palette-item"][data-command="${commandId}"]`);
  }

  async open(): Promise<void> {
    await this.page.keyboard.press('ControlOrMeta+k');
    await expect(this.input).toBeFocused();
  }

  /** Types into the palette and runs the first command left, by keyboard. */
  async run(words: string): Promise<void> {
    await this.input.fill(words);
    await expect(this.items.first()).toBeVisible();
    await this.input.press('Enter');
    await expect(this.root).toBeHidden();
  }

  get quickOpen(): Locator {
    return this.page.getByTestId('quickopen');
  }

  get quickInput(): Locator {
    return this.page.getByTestId('quickopen-input');
  }

  get quickItems(): Locator {
    return this.page.getByTestId('quickopen-item');
  }

  async openQuick(): Promise<void> {
    await this.page.keyboard.press('ControlOrMeta+p');
    await expect(this.quickInput).toBeFocused();
  }
}
