// Browser tests: `npx web-test-runner --config web-test-runner.config.mjs`.
//
// Runs tests/browser/**/*.test.ts in Debian's Chromium through Playwright. Before the run the
// pipeline's browser assets are copied to dist/assets (scripts/copy-assets.ts), so the dev server
// serves them from its own origin, as a portal would. Every request to another origin is aborted
// and recorded; tests read the record with the `casekit:requests` server command.
import {existsSync} from 'node:fs';
import {createRequire} from 'node:module';
import {dirname, join} from 'node:path';
import {fileURLToPath} from 'node:url';
import {esbuildPlugin} from '@web/dev-server-esbuild';
import {playwrightLauncher} from '@web/test-runner-playwright';
import {tsImport} from 'tsx/esm/api';

const root = dirname(fileURLToPath(import.meta.url));
const require = createRequire(import.meta.url);

const manifest = join(root, 'tests/fixtures/out/manifest.json');
if (!existsSync(manifest)) {
  throw new Error(`web-test-runner: ${manifest} is missing. Run \`npm run fixtures\` first.`);
}

const {copyAssets} = await tsImport('./scripts/copy-assets.ts', import.meta.url);
await copyAssets(join(root, 'dist/assets'));

/** Requests to origins other than the dev server's, as `{url, type}`: all of them are aborted. */
const foreignRequests = [];
/** Paths requested under /dist/assets/, from the page or its workers. */
const assetRequests = [];

/**
 * tesseract.js and utif are CommonJS, which a browser cannot import as it is (a bundler such as
 * Vite converts them). The dev server serves each as one ES module bundled by esbuild, with the
 * package's `browser` field applied (tesseract.js's browser worker instead of Node's).
 */
function commonjsAsEsm(packages) {
  const esbuild = createRequire(require.resolve('@web/dev-server-esbuild'))('esbuild');
  const prefix = '/__casekit_cjs__/';
  const bundles = new Map();
  return {
    name: 'casekit-commonjs-as-esm',
    resolveImport({source}) {
      if (packages.includes(source)) return `${prefix}${source}.js`;
    },
    serve(context) {
      if (!context.path.startsWith(prefix)) return;
      const name = context.path.slice(prefix.length, -'.js'.length);
      if (!packages.includes(name)) return;
      if (!bundles.has(name)) {
        bundles.set(
          name,
          esbuild
            .build({
              stdin: {contents: `import m from ${JSON.stringify(name)}; export default m;`, resolveDir: root, loader: 'js'},
              bundle: true,
              format: 'esm',
              platform: 'browser',
              target: 'es2022',
              write: false,
              logLevel: 'silent',
              define: {'process.env.NODE_ENV': '"production"'},
            })
            .then((r) => r.outputFiles[0].text),
        );
      }
      return bundles.get(name).then((body) => ({body, type: 'js'}));
    },
  };
}

/**
 * Server command `casekit:requests`: `{foreign, assets}` seen so far (the page cannot see its
 * workers' requests). Payload `{forgetForeign: prefix}` then drops the foreign requests whose URL
 * starts with `prefix` (the guard's self-check), `{clearAssets: true}` empties the asset list.
 */
const requestsCommand = {
  name: 'casekit-requests',
  executeCommand({command, payload}) {
    if (command !== 'casekit:requests') return;
    const seen = {foreign: [...foreignRequests], assets: [...new Set(assetRequests)]};
    if (payload?.forgetForeign) {
      const keep = foreignRequests.filter((r) => !r.url.startsWith(payload.forgetForeign));
      foreignRequests.splice(0, foreignRequests.length, ...keep);
    }
    if (payload?.clearAssets) assetRequests.length = 0;
    return seen;
  },
};

const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

export default {
  rootDir: root,
  files: ['tests/browser/**/*.test.ts'],
  nodeResolve: true,
  concurrency: 1,
  // OCR of a scan takes seconds in Node and somewhat longer in a browser; starting the workers
  // (wasm compile, ~15 MB of language data) comes on top for the first one.
  testsStartTimeout: 60_000,
  testsFinishTimeout: 120_000,
  browserStartTimeout: 60_000,
  testFramework: {config: {timeout: 90_000}},
  plugins: [
    commonjsAsEsm(['tesseract.js', 'utif']),
    requestsCommand,
    esbuildPlugin({ts: true, target: 'auto', tsconfig: join(root, 'tsconfig.json')}),
  ],
  browsers: [
    playwrightLauncher({
      product: 'chromium',
      launchOptions: {executablePath: '/usr/bin/chromium', headless: true, args: chromiumArgs},
      async createBrowserContext({browser, config}) {
        const context = await browser.newContext();
        const allowed = new Set([`http://${config.hostname}:${config.port}`, `http://localhost:${config.port}`, `http://127.0.0.1:${config.port}`]);
        // Covers the page and its dedicated workers (pdf.js, tesseract.js).
        await context.route('**/*', (route) => {
          const request = route.request();
          const url = new URL(request.url());
          if (allowed.has(url.origin)) {
            if (url.pathname.startsWith('/dist/assets/')) assetRequests.push(url.pathname);
            return route.continue();
          }
          foreignRequests.push({url: request.url(), type: request.resourceType()});
          return route.abort('blockedbyclient');
        });
        return context;
      },
    }),
  ],
};
