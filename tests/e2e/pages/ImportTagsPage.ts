// Page object for "Tag imports" (the header control) and the tag offer under an import summary.
import { expect, type Locator, type Page } from '@playwright/test';

export class ImportTagsPage {
  constructor(readonly page: Page) {}

  get chip(): Locator {
    return this.page.getByTestId('import-tags-chip');
  }

  get offer(): Locator {
    return this.page.getByTestId('import-tag-offer');
  }

  get error(): Locator {
    return this.page.getByTestId('import-tags-error');
  }

  /** Opens the editor from the tag icon or the "Tagging imports" pill, whichever is shown. */
  async openEditor(): Promise<Locator> {
    const editor = this.page.getByTestId('import-tags-editor');
    if (await this.chip.isVisible()) await this.chip.getByRole('button', { name: /Tagging imports/ }).click();
    else await this.page.getByTestId('import-tags-button').click();
    await expect(editor).toBeVisible();
    return editor;
  }

  /** Types the tags and presses Enter, as a keyboard user would. */
  async setTags(text: string): Promise<void> {
    const editor = await this.openEditor();
    const input = editor.getByTestId('import-tags-input');
    await input.fill(text);
    await input.press('Enter');
    await expect(editor).toBeHidden();
  }

  async addOfferedTags(): Promise<void> {
    await this.offer.getByTestId('import-tag-offer-add').click();
    await expect(this.page.getByTestId('import-tag-offer-done')).toBeVisible();
  }

  sidebarTag(tag: string): Locator {
    return this.page.getByTestId('sidebar').locator(`[data-testid="tag-filter"][data-tag="${tag}"]`);
  }

  /** The article count the sidebar shows next to a tag. */
  sidebarCount(tag: string): Locator {
    return this.sidebarTag(tag).getByTestId('tag-count');
  }
}
