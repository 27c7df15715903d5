import { defineConfig } from 'vite';
import solid from 'vite-plugin-solid';
import { VitePWA } from 'vite-plugin-pwa';

export default defineConfig({
  plugins: [
    solid(),
    VitePWA({
      // A new version waits until the user accepts "Reload": an update never interrupts a review.
      registerType: 'prompt',
      injectRegister: false,
      includeAssets: ['robots.txt', 'apple-touch-icon.png'],
      manifest: {
        name: 'Briefcards',
        short_name: 'Briefcards',
        description: 'Learn what an article says: flashcards and quizzes, scheduled with FSRS, offline.',
        theme_color: '#1f4e79',
        background_color: '#1f4e79',
        display: 'standalone',
        start_url: '/',
        scope: '/',
        icons: [
          { src: '/icons/icon-192.png', sizes: '192x192', type: 'image/png' },
          { src: '/icons/icon-512.png', sizes: '512x512', type: 'image/png' },
          { src: '/icons/maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
        ],
      },
      workbox: {
        // Every bundled deck and article is its own chunk; precache them all for offline study.
        globPatterns: ['**/*.{js,css,html,png,svg,webmanifest,txt,json}'],
        globIgnores: ['**/.vite/**'],
        navigateFallback: '/index.html',
        maximumFileSizeToCacheInBytes: 8 * 1024 * 1024,
      },
    }),
  ],
  build: {
    manifest: true,
    target: 'es2022',
  },
  worker: { format: 'es' },
});
