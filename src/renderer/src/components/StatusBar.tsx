// Bottom line: how many articles, where the library lives, how the UI is connected.
import type { Output } from '../../../shared/contract';
import { formatCount, plural } from '../lib/format';

interface Props {
  info: Output<'library.info'> | null;
  selected: number;
  listed: number | null;
  filtered: boolean;
}

export function StatusBar({ info, selected, listed, filtered }: Props) {
  return (
    <footer className="status-bar">
      <span data-testid="status-count">{info ? plural(info.articleCount, 'article') : '…'}</span>
      {filtered && listed !== null && <span>{formatCount(listed)} shown</span>}
      {selected > 0 && <span>{formatCount(selected)} selected</span>}
      <span className="spacer" />
      {info && (
        <span className="status-path" title={info.path}>
          {info.path}
        </span>
      )}
      {info && <span className="status-transport">{info.transport === 'electron' ? 'desktop' : info.transport}</span>}
    </footer>
  );
}
