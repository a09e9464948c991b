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

  /** The Text reading mode (plain text in the page, where passages can be highlighted). */
  get text(): Locator {
    return this.page.getByTestId('reader-text');
  }

  get highlightMarks(): Locator {
    return this.text.getByTestId('highlight-mark');
  }

  get highlightItems(): Locator {
    return this.root.getByTestId('highlight-item');
  }

  get noteEditor(): Locator {
    return this.root.getByTestId('note-editor');
  }

  async textMode(): Promise<void> {
    await this.page.getByTestId('reader-mode-text').click();
    await this.text.waitFor();
  }

  /** Selects the first occurrence of `phrase` in the Text mode, across the runs it spans. */
  async selectText(phrase: string): Promise<void> {
    const found = await this.text.evaluate((root, wanted) => {
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
      const nodes: Text[] = [];
      let all = '';
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        nodes.push(n as Text);
        all += (n as Text).data;
      }
      const at = all.indexOf(wanted);
      if (at < 0) return false;
      const locate = (pos: number, end: boolean): [Text, number] => {
        let acc = 0;
        for (const t of nodes) {
          if (pos < acc + t.data.length || (end && pos === acc + t.data.length)) return [t, pos - acc];
          acc += t.data.length;
        }
        const last = nodes[nodes.length - 1]!;
        return [last, last.data.length];
      };
      const [sn, so] = locate(at, false);
      const [en, eo] = locate(at + wanted.length, true);
      const range = document.createRange();
      range.setStart(sn, so);
      range.setEnd(en, eo);
      const sel = window.getSelection()!;
      sel.removeAllRanges();
      sel.addRange(range);
      return true;
    }, phrase);
    if (!found) throw new Error(`“${phrase}” is not in the reader's text`);
  }
}
