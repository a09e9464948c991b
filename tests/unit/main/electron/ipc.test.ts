// The IPC sender check, with Electron replaced by plain objects: only our window's main
// frame showing our own page may call the library.
import { describe, expect, it, vi } from 'vitest';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

vi.mock('electron', () => ({ ipcMain: { handle: () => {}, removeHandler: () => {} } }));
const { isTrustedSender } = await import('../../../../src/main/electron/ipc');

const rendererDir = join('/opt', 'parallax', 'out', 'renderer');
const ownUrl = pathToFileURL(join(rendererDir, 'index.html')).href;

function fakeWindow(url = ownUrl) {
  const mainFrame = { processId: 4, routingId: 1, url };
  const webContents = { mainFrame };
  return { webContents, isDestroyed: () => false, mainFrame };
}
type Win = Parameters<typeof isTrustedSender>[1];
type Ev = Parameters<typeof isTrustedSender>[0];

describe('isTrustedSender', () => {
  it('accepts the main frame of our window on our page', () => {
    const w = fakeWindow();
    const e = { sender: w.webContents, senderFrame: { processId: 4, routingId: 1, url: ownUrl } };
    expect(isTrustedSender(e as unknown as Ev, w as unknown as Win, rendererDir)).toBe(true);
  });

  it('refuses a sub-frame (the article reader) of the same window', () => {
    const w = fakeWindow();
    const e = { sender: w.webContents, senderFrame: { processId: 4, routingId: 7, url: 'about:srcdoc' } };
    expect(isTrustedSender(e as unknown as Ev, w as unknown as Win, rendererDir)).toBe(false);
  });

  it('refuses our main frame once it shows something else', () => {
    const w = fakeWindow();
    const e = { sender: w.webContents, senderFrame: { processId: 4, routingId: 1, url: 'https://evil.example/' } };
    expect(isTrustedSender(e as unknown as Ev, w as unknown as Win, rendererDir)).toBe(false);
  });

  it('refuses other web contents, closed frames and closed windows', () => {
    const w = fakeWindow();
    const other = { sender: { mainFrame: w.mainFrame }, senderFrame: { processId: 4, routingId: 1, url: ownUrl } };
    expect(isTrustedSender(other as unknown as Ev, w as unknown as Win, rendererDir)).toBe(false);
    const gone = { sender: w.webContents, senderFrame: null };
    expect(isTrustedSender(gone as unknown as Ev, w as unknown as Win, rendererDir)).toBe(false);
    const e = { sender: w.webContents, senderFrame: { processId: 4, routingId: 1, url: ownUrl } };
    expect(isTrustedSender(e as unknown as Ev, null, rendererDir)).toBe(false);
    const closed = { ...w, isDestroyed: () => true };
    expect(isTrustedSender(e as unknown as Ev, closed as unknown as Win, rendererDir)).toBe(false);
  });
});
