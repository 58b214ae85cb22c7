import { defineConfig } from 'vite';
import type { Plugin } from 'vite';
import react from '@vitejs/plugin-react';

/**
 * The Content-Security-Policy of the built page. Everything the app loads is its own: scripts,
 * the ELK worker (a file next to the bundle), fonts for the PDF (assets, fetched), presets
 * (bundled). What each source beyond 'self' is for:
 * - style-src 'unsafe-inline': Mantine injects <style> elements and React Flow and Mantine set
 *   inline style attributes; neither works without it. Scripts stay strictly 'self'.
 * - img-src data: blob: — the PNG export draws the chart's SVG from a blob: URL, and the "What you
 *   see" PNG (html-to-image) renders the canvas through a data: URL.
 * - connect-src blob: data: — html-to-image and the PNG export read their own data: and blob: URLs
 *   back with fetch.
 * - worker-src blob: — room for a worker built from a blob; ELK's own worker is a 'self' file.
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

// Relative base so the built app also works when served from a sub-path.
export default defineConfig({
  base: './',
  plugins: [react(), contentSecurityPolicy()],
  build: {
    target: 'es2022',
    chunkSizeWarningLimit: 1800,
  },
  worker: { format: 'es' },
});
