import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

export default defineConfig({
  plugins: [react()],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    sourcemap: true,
    // Mantine and React make one ~180 KB gzipped shell chunk, inside the 250 KB budget; pages are split per route.
    chunkSizeWarningLimit: 700,
    // No inline module-preload polyfill script: the Content-Security-Policy forbids inline scripts.
    modulePreload: { polyfill: false },
  },
  server: {
    proxy: {
      '/api': 'http://127.0.0.1:3000',
      '/healthz': 'http://127.0.0.1:3000',
      '/readyz': 'http://127.0.0.1:3000',
    },
  },
});
