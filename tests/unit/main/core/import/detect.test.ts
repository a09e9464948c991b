import { describe, expect, it } from 'vitest';
import { detect } from '../../../../../src/main/core/import/detect';
import { formatHandlers, containerHandlers } from '../../../../../src/main/core/import/formats';
import { hex, utf8 } from './helpers';

function file(name: string, bytes: Uint8Array) {
  return { path: `/in/${name}`, name, bytes };
}

function formatOf(name: string, bytes: Uint8Array): string {
  const d = detect(file(name, bytes), formatHandlers, containerHandlers);
  return d.kind === 'unsupported' ? d.message : d.kind === 'format' ? d.handler.format : `container:${d.handler.format}`;
}

describe('detect', () => {
  it('goes by extension for ordinary files', () => {
    expect(formatOf('a.txt', utf8('Title\n\nBody'))).toBe('txt');
    expect(formatOf('a.md', utf8('# Title\n\nBody'))).toBe('md');
    expect(formatOf('a.HTM', utf8('<p>fragment</p>'))).toBe('html');
  });

  it('sends HTML to the HTML handler whatever the name says', () => {
    expect(formatOf('saved.txt', utf8('\ufeff  <!-- saved from url=(0022)https://example.org/ -->\n<!DOCTYPE html><html><body>x</body></html>'))).toBe('html');
    expect(formatOf('noext', utf8('<?xml version="1.0"?>\n<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN" "x"><html>'))).toBe('html');
    expect(formatOf('a.md', utf8('<html><head><title>x</title></head></html>'))).toBe('html');
  });

  it('reads extension-less text as plain text', () => {
    expect(formatOf('README', utf8('Title\n\nSome text.'))).toBe('txt');
  });

  it('refuses unknown types with a sentence naming the extension', () => {
    expect(formatOf('setup.exe', hex('4d5a90000300000004000000ffff0000'))).toBe('not a supported file type (.exe)');
    expect(formatOf('blob', hex('89504e470d0a1a0a0000000d4948445200000100000001000806000000 5c72a866000000017352474200aece1ce90000000467414d410000b18f0bfc6105'))).toMatch(/^not a supported file type \(no file extension/);
  });
});
