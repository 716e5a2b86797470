// Vite config for the editor app; the bundle's standalone player is built by the bundlePlayer plugin.
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { bundlePlayer } from './vite-plugins/bundlePlayer.ts';

export default defineConfig({
  plugins: [react(), bundlePlayer()],
  server: { host: '127.0.0.1' },
  // Module workers, so the HEIC decoder stays a chunk the import worker loads only when a HEIC arrives.
  worker: { format: 'es' },
  preview: { host: '127.0.0.1' },
  // The exported bundle's player is one ~910 kB script by design (react-dom + konva + inlined fonts).
  build: { target: 'es2022', sourcemap: false, chunkSizeWarningLimit: 1000 },
});
