// Saved searches are listed in the sidebar and created from the results header: this signal
// tells the list to reload after either side changed them.
import { Signal } from '../../lib/signal';

export const savedChanged = new Signal();
