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

/** Recharts and the libraries only it uses. */
const CHART_LIBRARIES =
  /node_modules[\\/](recharts|react-redux|react-is|use-sync-external-store|d3-[a-z-]+|internmap|victory-vendor|es-toolkit|immer|@reduxjs|redux|redux-thunk|reselect|decimal\.js-light|eventemitter3|tiny-invariant|clsx)[\\/]/;

const FIGURE_CHART = 'src/app/charts/FigureChart.tsx';
const FIGURE_CHART_URL = 'virtual:figure-chart-url';

/**
 * The chart's code (FigureChart and Recharts) is one file the app imports by its address
 * (loadFigureChart.ts), so that Retry can ask for it at a fresh address: browsers may remember
 * a failed import of an address for the page's lifetime. `virtual:figure-chart-url` gives that
 * address: in a build, of the file emitted for FigureChart.tsx (its hashed name resolved by the
 * bundler); in the dev server, of the source module.
 */
function figureChartUrl(): Plugin {
  let building = false;
  let reference: string | null = null;
  return {
    name: 'figure-chart-url',
    configResolved(config) {
      building = config.command === 'build';
    },
    buildStart() {
      if (building) {
        // Its default export is the chart: kept, although the app is not a library.
        reference = this.emitFile({
          type: 'chunk',
          id: FIGURE_CHART,
          name: 'FigureChart',
          preserveSignature: 'strict',
        });
      }
    },
    resolveId: (id) => (id === FIGURE_CHART_URL ? `\0${FIGURE_CHART_URL}` : null),
    load(id) {
      if (id !== `\0${FIGURE_CHART_URL}`) return null;
      return reference === null
        ? `export default ${JSON.stringify(`/${FIGURE_CHART}`)};`
        : `export default import.meta.ROLLUP_FILE_URL_${reference};`;
    },
  };
}

export default defineConfig({
  plugins: [react(), tailwindcss(), cspOnlyInBuild(), figureChartUrl()],
  build: {
    rolldownOptions: {
      output: {
        // Libraries change less often than the app: separate files cache across releases.
        // Recharts and what only it uses stay out of 'vendor': a group's modules are in its
        // file whether imported statically or with import(), so there Recharts would be part
        // of the first download. Left to the bundler, they go with the chart's own file
        // (figureChartUrl above), which then needs nothing the first download has not loaded:
        // a retry at a fresh address loads the whole chart, in any browser.
        codeSplitting: {
          groups: [
            {
              name: 'react',
              test: /node_modules[\\/](react|react-dom|scheduler)[\\/]/,
              priority: 2,
            },
            {
              name: 'vendor',
              test: (id) => /node_modules[\\/]/.test(id) && !CHART_LIBRARIES.test(id),
              priority: 1,
            },
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
