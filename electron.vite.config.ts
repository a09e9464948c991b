import { resolve } from 'node:path';
import { defineConfig } from 'electron-vite';
import react from '@vitejs/plugin-react';

export default defineConfig({
  main: {
    build: {
      outDir: 'out/main',
      rollupOptions: {
        input: {
          // The Electron shell, the local web server and the worker threads share one bundle
          // tree so the workers sit next to whichever front door started them.
          index: resolve(__dirname, 'src/main/electron/main.ts'),
          web: resolve(__dirname, 'src/main/web/index.ts'),
          cli: resolve(__dirname, 'src/main/cli/index.ts'),
          importWorker: resolve(__dirname, 'src/main/core/import/worker.ts'),
          vocabWorker: resolve(__dirname, 'src/main/core/search/vocab-scan.ts'),
          storyWorker: resolve(__dirname, 'src/main/core/compare/story-worker.ts'),
        },
      },
    },
  },
  preload: {
    build: {
      outDir: 'out/preload',
      rollupOptions: { input: { index: resolve(__dirname, 'src/preload/index.ts') } },
    },
  },
  renderer: {
    root: resolve(__dirname, 'src/renderer'),
    build: {
      outDir: 'out/renderer',
      rollupOptions: { input: resolve(__dirname, 'src/renderer/index.html') },
    },
    plugins: [react()],
  },
});
