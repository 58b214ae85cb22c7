import { defineConfig } from 'vite';
import type { Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import { VitePWA } from 'vite-plugin-pwa';

/**
 * The Content-Security-Policy of the built page. Everything the app loads is its own: scripts,
 * the layout worker (a file next to the bundle), fonts for the PDF (assets, fetched), presets
 * (bundled). What each source beyond 'self' is for:
 * - style-src 'unsafe-inline': Mantine injects <style> elements and React Flow and Mantine set
 *   inline style attributes; neither works without it. Scripts stay strictly 'self'.
 * - img-src data: blob: — the PNG export draws the chart's SVG from a blob: URL, and the "What you
 *   see" PNG (html-to-image) renders the canvas through a data: URL.
 * - connect-src blob: data: — html-to-image and the PNG export read their own data: and blob: URLs
 *   back with fetch.
 * - worker-src blob: — room for a worker built from a blob; the layout worker is a 'self' file.
 * frame-ancestors is left out: browsers ignore it in a <meta> element (it needs a header).
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "worker-src 'self' blob:",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self' blob: data:",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'none'",
].join('; ');

/**
 * Adds the policy to the built index.html only: in development Vite injects an inline script for
 * hot reloading and React Refresh, which script-src 'self' would block. It goes first in <head>,
 * since a policy in a <meta> element covers only what comes after it.
 */
function contentSecurityPolicy(): Plugin {
  return {
    name: 'poc:content-security-policy',
    apply: 'build',
    transformIndexHtml: () => [
      {
        tag: 'meta',
        attrs: { 'http-equiv': 'Content-Security-Policy', content: CONTENT_SECURITY_POLICY },
        injectTo: 'head-prepend',
      },
    ],
  };
}

/**
 * Offline use: a generated service worker precaches the whole build, so the app opens, lays out
 * (the layout worker file, ELK inside) and exports PDFs (the DejaVu fonts, fetched only when needed) with no
 * network. It is registered from registerSW.js, a file (script-src 'self' allows no inline
 * script), and only in the build: the dev server has no service worker. 'autoUpdate' swaps in a
 * new version on the next load. The manifest's start_url and scope stay relative ('./', from
 * `base`), so a copy served from a sub-path is its own installable app.
 */
function offline() {
  return VitePWA({
    registerType: 'autoUpdate',
    injectRegister: 'script',
    strategies: 'generateSW',
    manifest: {
      name: 'POC Organogram Designer',
      short_name: 'POC Organogram',
      description:
        'Design, check and present Protection of Civilians coordination structures for UN peacekeeping missions.',
      display: 'standalone',
      background_color: '#ffffff',
      theme_color: '#0069b3',
      icons: [
        { src: 'icon.svg', sizes: 'any', type: 'image/svg+xml', purpose: 'any' },
        { src: 'icon.svg', sizes: 'any', type: 'image/svg+xml', purpose: 'maskable' },
      ],
    },
    workbox: {
      // Everything the build writes, fonts and the layout worker included (the plugin adds the
      // web manifest itself).
      globPatterns: ['**/*.{js,css,html,svg,ttf,woff,woff2,json,png}'],
      // The layout worker (with ELK) is 1.7 MB and the bundle about as much; the default limit is 2 MiB.
      maximumFileSizeToCacheInBytes: 8 * 1024 * 1024,
      navigateFallback: 'index.html',
    },
  });
}

// Relative base so the built app also works when served from a sub-path.
export default defineConfig({
  base: './',
  plugins: [react(), contentSecurityPolicy(), offline()],
  build: {
    target: 'es2022',
    chunkSizeWarningLimit: 1800,
  },
  worker: { format: 'es' },
});
