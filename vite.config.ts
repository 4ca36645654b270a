import { defineConfig, type Plugin } from 'vitest/config';
import react from '@vitejs/plugin-react';
import tailwindcss from '@tailwindcss/vite';

/**
 * index.html carries the site's Content-Security-Policy (no inline script, no eval). The dev
 * server injects inline scripts of its own (React Refresh), so only there is the policy left
 * out; the built site, and every end-to-end test, run under it.
 */
function cspOnlyInBuild(): Plugin {
  return {
    name: 'csp-only-in-build',
    apply: 'serve',
    transformIndexHtml: (html) =>
      html.replace(/<meta\s+http-equiv="Content-Security-Policy"[^>]*>/, ''),
  };
}

export default defineConfig({
  plugins: [react(), tailwindcss(), cspOnlyInBuild()],
  build: {
    rolldownOptions: {
      output: {
        // Libraries change less often than the app: separate files cache across releases.
        // Recharts and what only it uses get a group of their own: a group's modules are in
        // its file whether imported statically or with import(), so in 'vendor' Recharts
        // would be part of the first download, which the charts load after it. React is
        // claimed first: a group takes its modules' dependencies along, and the charts group
        // must not carry React away with it.
        codeSplitting: {
          groups: [
            {
              name: 'react',
              test: /node_modules[\\/](react|react-dom|scheduler)[\\/]/,
              priority: 3,
            },
            {
              name: 'charts',
              test: /node_modules[\\/](recharts|react-redux|react-is|use-sync-external-store|d3-|victory-vendor|es-toolkit|immer|@reduxjs|redux|reselect|decimal\.js-light|eventemitter3|tiny-invariant|clsx)[\\/]/,
              priority: 2,
            },
            { name: 'vendor', test: /node_modules[\\/]/, priority: 1 },
          ],
        },
      },
    },
  },
  test: {
    include: ['src/**/*.test.ts', 'src/**/*.test.tsx', 'scripts/**/*.test.ts'],
    // The CLI tests build real folders in child processes; a machine half as fast, or busy,
    // must not fail them. Speed is measured by the bench scripts, never here.
    testTimeout: 60_000,
  },
});
