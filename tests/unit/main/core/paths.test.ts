import { describe, expect, it } from 'vitest';
import { resolve } from 'node:path';
import { defaultLibraryPath, resolveLibraryPath, userDataDir } from '../../../../src/main/core/paths';

describe('default library location', () => {
  it('uses XDG_CONFIG_HOME on Linux, else ~/.config', () => {
    expect(defaultLibraryPath({ platform: 'linux', home: '/home/ana', env: { XDG_CONFIG_HOME: '/cfg' } })).toBe('/cfg/Parallax/library.db');
    expect(defaultLibraryPath({ platform: 'linux', home: '/home/ana', env: {} })).toBe('/home/ana/.config/Parallax/library.db');
    // A relative XDG_CONFIG_HOME is invalid by the spec and ignored.
    expect(defaultLibraryPath({ platform: 'linux', home: '/home/ana', env: { XDG_CONFIG_HOME: 'cfg' } })).toBe('/home/ana/.config/Parallax/library.db');
  });

  it('uses Application Support on macOS', () => {
    expect(defaultLibraryPath({ platform: 'darwin', home: '/Users/ana', env: { XDG_CONFIG_HOME: '/cfg' } })).toBe(
      '/Users/ana/Library/Application Support/Parallax/library.db',
    );
  });

  it('uses %APPDATA% on Windows', () => {
    expect(defaultLibraryPath({ platform: 'win32', home: 'C:\\Users\\ana', env: { APPDATA: 'C:\\Users\\ana\\AppData\\Roaming' } })).toBe(
      'C:\\Users\\ana\\AppData\\Roaming\\Parallax\\library.db',
    );
    expect(userDataDir({ platform: 'win32', home: 'C:\\Users\\ana', env: {} })).toBe('C:\\Users\\ana\\AppData\\Roaming\\Parallax');
  });

  it('lets PARALLAX_LIBRARY override it, made absolute', () => {
    expect(defaultLibraryPath({ platform: 'linux', home: '/home/ana', env: { PARALLAX_LIBRARY: '/data/summit.db' } })).toBe('/data/summit.db');
    expect(defaultLibraryPath({ platform: 'linux', home: '/home/ana', env: { PARALLAX_LIBRARY: 'rel/summit.db' } })).toBe(resolve('rel/summit.db'));
    expect(defaultLibraryPath({ platform: 'linux', home: '/home/ana', env: { PARALLAX_LIBRARY: '  ' } })).toBe('/home/ana/.config/Parallax/library.db');
  });

  it('prefers a --library argument over everything', () => {
    expect(resolveLibraryPath('x/lib.db', { env: { PARALLAX_LIBRARY: '/data/summit.db' } })).toBe(resolve('x/lib.db'));
    expect(resolveLibraryPath(undefined, { platform: 'linux', home: '/h', env: { PARALLAX_LIBRARY: '/data/summit.db' } })).toBe('/data/summit.db');
  });
});
