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

  get total(): Locator {
    return this.page.getByTestId('search-total');
  }

  /** Waits until the results header says `n` results for exactly this query. */
  async expectTotal(n: number, q?: string): Promise<void> {
    await expect(this.total).toContainText(`${n} ${n === 1 ? 'result' : 'results'}`);
    if (q !== undefined) await expect(this.total).toContainText(`“${q}”`);
  }

  outletFacet(name: string): Locator {
    return this.page.locator(`[data-testid="facet-outlet"][data-outlet="${name}"]`);
  }

  get histogramBars(): Locator {
    return this.page.getByTestId('histogram-bar');
  }

  async saveSearch(name?: string): Promise<void> {
    await this.page.getByTestId('save-search').click();
    if (name !== undefined) await this.page.getByTestId('save-search-name').fill(name);
    await this.page.getByTestId('save-search-confirm').click();
    await expect(this.page.getByTestId('save-search')).toHaveText('Saved');
  }

  savedSearch(name: string): Locator {
    return this.page.getByTestId('saved-search').filter({ hasText: name });
  }

  async runBatch(queries: string[]): Promise<Locator> {
    await this.page.getByTestId('batch-button').click();
    await this.page.getByTestId('batch-input').fill(queries.join('\n'));
    await this.page.getByTestId('batch-run').click();
    const rows = this.page.getByTestId('batch-row');
    await expect(rows).toHaveCount(queries.length);
    return rows;
  }
}
