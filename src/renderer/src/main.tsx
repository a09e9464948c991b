// Renderer entry. The same bundle runs in Electron (window.parallax) and in a browser tab
// served by the local web server; src/api/client.ts decides which.
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { ErrorBoundary } from './components/ErrorBoundary';
import { ErrorProvider } from './components/ErrorBanner';

const root = document.getElementById('root');
if (!root) throw new Error('The page is missing its #root element.');

createRoot(root).render(
  <StrictMode>
    <ErrorProvider>
      <ErrorBoundary area="the window">
        <App />
      </ErrorBoundary>
    </ErrorProvider>
  </StrictMode>,
);
