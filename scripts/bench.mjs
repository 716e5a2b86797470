// `npm run bench [-- --quick]`: runs the benchmarks of bench/ in Debian's Chromium, each beside a baseline
// measured in the same page, and writes bench/results.json plus a table on stdout.
/* global window -- the functions given to page.evaluate run inside the bench page */
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import JSZip from 'jszip';
import { chromium } from 'playwright';
import { createServer } from 'vite';
import { measureEditorSize } from './editorSize.mjs';

const root = path.resolve(import.meta.dirname, '..');
const fixturesDir = path.resolve(root, '..', 'shared', 'fixtures', 'photos');
const quick = process.argv.includes('--quick');
const runs = quick ? 1 : 3;
const HEAP_SAMPLE_MS = 50;
// `--only=import,export`: runs just the benchmarks named.
const only = process.argv
  .find((arg) => arg.startsWith('--only='))
  ?.slice('--only='.length)
  .split(',');
// `--pool-size=N`: tries another number of import workers than the editor would choose.
const poolSizeArg = process.argv.find((arg) => arg.startsWith('--pool-size='))?.split('=')[1];
// `--cpu-slowdown=2`: each bench page's main thread runs slowed that many times (CDP Emulation.setCPUThrottlingRate;
// its workers are not), as a venue laptop on battery would; the results file is then bench/results-cpu<N>x.json.
const cpuSlowdown = Number(process.argv.find((arg) => arg.startsWith('--cpu-slowdown='))?.split('=')[1] ?? 1);
if (!(cpuSlowdown >= 1)) throw new Error('--cpu-slowdown takes a number from 1');
const MB = 1024 * 1024;
const resultsFile = path.join(
  root,
  'bench',
  cpuSlowdown === 1 ? 'results.json' : `results-cpu${cpuSlowdown}x.json`,
);
const IMAGE_TYPES = {
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.png': 'image/png',
  '.webp': 'image/webp',
};

const fixtureNames = existsSync(fixturesDir)
  ? readdirSync(fixturesDir)
      .filter((name) => path.extname(name).toLowerCase() in IMAGE_TYPES)
      .sort()
  : [];

/** Serves the fixture photos to the page straight from ../shared, so they are never copied into the repo. */
function fixturesPlugin() {
  return {
    name: 'bench-fixtures',
    configureServer(server) {
      server.middlewares.use('/bench-fixtures', (req, res, next) => {
        const name = decodeURIComponent((req.url ?? '').replace(/^\//, '').split('?')[0]);
        // Only names from the listing: no path from the request ever reaches the file system.
        if (!fixtureNames.includes(name)) return next();
        res.setHeader('Content-Type', IMAGE_TYPES[path.extname(name).toLowerCase()]);
        res.end(readFileSync(path.join(fixturesDir, name)));
      });
    },
  };
}

// Folders of files the page hands over (see filesPlugin), opened from file://; removed when the run ends.
const filesDir = mkdtempSync(path.join(os.tmpdir(), 'common-thread-bench-'));
const FOLDER_NAME = /^[\w-]+$/;
const FILE_NAME = /^[\w-]+(\.[\w-]+)*$/;

/**
 * Lets the page put files on disk for benchmarks that open pages from file:// (a bundle as a user unzips
 * it): `POST /bench-files/unzip?folder=F` with a zip writes its entries into folder F (emptied first),
 * `POST /bench-files/write?folder=F&file=N` writes one file into it; both answer `{ url }`, the folder's
 * file:// address. Names are checked, so nothing is written outside the run's own temporary folder.
 */
function filesPlugin() {
  return {
    name: 'bench-files',
    configureServer(server) {
      server.middlewares.use('/bench-files', (req, res) => {
        const url = new URL(req.url ?? '', 'http://bench');
        const folder = url.searchParams.get('folder') ?? '';
        const file = url.searchParams.get('file');
        const fail = (status, message) => {
          res.statusCode = status;
          res.end(message);
        };
        if (req.method !== 'POST' || !FOLDER_NAME.test(folder)) return fail(400, 'bad request');
        const chunks = [];
        req.on('data', (chunk) => chunks.push(chunk));
        req.on('end', async () => {
          try {
            const target = path.join(filesDir, folder);
            const body = Buffer.concat(chunks);
            if (url.pathname === '/unzip') {
              rmSync(target, { recursive: true, force: true });
              await unzipInto(body, target);
            } else if (url.pathname === '/write' && file !== null && FILE_NAME.test(file)) {
              mkdirSync(target, { recursive: true });
              writeFileSync(path.join(target, file), body);
            } else return fail(400, 'bad request');
            res.setHeader('Content-Type', 'application/json');
            res.end(JSON.stringify({ url: pathToFileURL(target + path.sep).href }));
          } catch (error) {
            fail(500, error instanceof Error ? error.message : String(error));
          }
        });
      });
    },
  };
}

async function unzipInto(zipBytes, target) {
  const zip = await JSZip.loadAsync(zipBytes);
  for (const entry of Object.values(zip.files)) {
    const parts = entry.name.split('/').filter((part) => part !== '');
    if (entry.name.startsWith('/') || parts.some((part) => part === '..' || part.includes('\\'))) {
      throw new Error(`unsafe zip entry "${entry.name}"`);
    }
    if (entry.dir) continue;
    const destination = path.join(target, ...parts);
    mkdirSync(path.dirname(destination), { recursive: true });
    writeFileSync(destination, await entry.async('nodebuffer'));
  }
}

/**
 * `window.benchColdLoad(url, initScript)` for the page: opens `url` in a new browser context (no cache, no
 * code cache, a renderer of its own: a cold start), with `initScript` run at document start before any of
 * the page's own, and resolves with the numbers that script leaves in `window.benchColdStart`.
 */
async function coldLoad(browser, url, initScript) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 720 } });
  try {
    await context.addInitScript({ content: initScript });
    const page = await context.newPage();
    const errors = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(url);
    const handle = await page
      .waitForFunction(() => window.benchColdStart, null, { timeout: 60_000, polling: 100 })
      .catch((error) => {
        throw new Error(`${url}: ${errors.join('; ') || (error instanceof Error ? error.message : error)}`);
      });
    return await handle.jsonValue();
  } finally {
    await context.close();
  }
}

// The page runs production React (as the built app and the bundle's player do), not its development build with
// its checks and performance logging; Vite's dev server still serves the sources.
process.env.NODE_ENV = 'production';
const server = await createServer({
  configFile: path.join(root, 'vite.config.ts'),
  root,
  logLevel: 'warn',
  clearScreen: false,
  // Its own dependency cache, so a bench run never disturbs a dev server or Vitest running beside it.
  cacheDir: path.join(root, 'node_modules', '.vite-bench'),
  // Scanned up front: dependencies found late would make Vite reload the page in the middle of a run.
  // Re-optimized every run: a stale cache from before a dependency was added once gave the page two Reacts.
  optimizeDeps: { entries: ['bench/index.html'], force: true },
  // Edits made elsewhere during a run must not reload the page either.
  server: { host: '127.0.0.1', port: 0, hmr: false, watch: null },
  plugins: [fixturesPlugin(), filesPlugin()],
});

const { chromiumPath, chromiumArgs } = await server.ssrLoadModule('/scripts/chromium.ts');
if (!existsSync(chromiumPath)) {
  console.error(
    `Chromium is needed at ${chromiumPath} for the benchmarks: install it with "apt-get install chromium".`,
  );
  await server.close();
  rmSync(filesDir, { recursive: true, force: true });
  process.exit(1);
}

await server.listen();
const { port } = server.httpServer.address();
const browser = await chromium.launch({
  executablePath: chromiumPath,
  // A benchmark page must run at full speed even when Chromium thinks no one is looking at it.
  args: [
    ...chromiumArgs,
    '--enable-precise-memory-info',
    '--disable-background-timer-throttling',
    '--disable-renderer-backgrounding',
    '--disable-backgrounding-occluded-windows',
    // Pages opened from file:// may read back canvases that drew their own folder's images (the cold start
    // watches the player's canvas for the photos); http pages, like the bench page, are not affected.
    '--allow-file-access-from-files',
  ],
});

let failed = false;
const results = {};
const skipped = {};
/**
 * A bench page of its own, in a browser context of its own: each benchmark starts on a fresh renderer, so what
 * one leaves behind (a 450 MB bundle's garbage, a busy decoder) never weighs on the next one's figures.
 */
async function openBenchPage() {
  const context = await browser.newContext();
  const page = await context.newPage();
  page.on('pageerror', (error) => console.error(`page error: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error') console.error(`page console: ${message.text()}`);
  });
  await page.exposeFunction('benchColdLoad', (url, initScript) => coldLoad(browser, url, initScript));
  const cdp = await context.newCDPSession(page);
  if (cpuSlowdown !== 1) await cdp.send('Emulation.setCPUThrottlingRate', { rate: cpuSlowdown });
  const query = poolSizeArg ? `?poolSize=${encodeURIComponent(poolSizeArg)}` : '';
  await page.goto(`http://127.0.0.1:${port}/bench/index.html${query}`);
  await page.waitForFunction(() => window.benchReady === true, null, { timeout: 120_000 });
  const pagePids = await findPageProcesses(browser, page);
  return { page, cdp, pagePids, close: () => context.close() };
}

try {
  const first = await openBenchPage();
  const options = { quick, fixtureNames };
  const benchmarks = (await first.page.evaluate(() => window.listBenchmarks())).filter(
    (benchmark) => !only || only.includes(benchmark.name),
  );
  const userAgent = await first.page.evaluate(() => navigator.userAgent);
  await first.close();
  if (fixtureNames.length === 0) {
    console.log(`No fixture photos in ${fixturesDir}: skipping the benchmarks that need them.`);
  }
  for (const benchmark of benchmarks) {
    if (benchmark.needsFixtures && fixtureNames.length === 0) {
      skipped[benchmark.name] = `no fixture photos in ${fixturesDir}`;
      continue;
    }
    const { page, cdp, pagePids, close } = await openBenchPage();
    try {
      Object.assign(results, await runBenchmark(page, cdp, pagePids, benchmark, options));
    } catch (error) {
      failed = true;
      console.error(`benchmark ${benchmark.name} failed: ${error instanceof Error ? error.message : error}`);
    } finally {
      await close();
    }
  }

  if (!only || only.includes('editorSize')) {
    console.log('editorSize: building the app…');
    const size = await measureEditorSize(root);
    const value = Math.round(size.initialKiB * 10) / 10;
    results['editorSize.initialJs'] = {
      value,
      baseline: Math.round(size.allKiB * 10) / 10,
      ratio: Math.round((size.initialKiB / size.allKiB) * 1000) / 1000,
      unit: 'KiB',
      target: 'value <= 200',
      met: value <= 200,
      note: `the ${size.initialCount} scripts the built editor's index.html loads at once (entry and preloads), gzip; baseline: all ${size.allCount} scripts of the build, gzip (workers, lazy chunks and the bundle player included)`,
    };
  }

  const report = {
    ...results,
    ...(Object.keys(skipped).length > 0 ? { skipped } : {}),
    machine: {
      cores: os.cpus().length,
      cpu: os.cpus()[0]?.model ?? 'unknown',
      memoryMB: Math.round(os.totalmem() / MB),
      browser: `Chromium ${browser.version()}`,
      userAgent,
      node: process.version,
      quick,
      runs,
      cpuSlowdown,
    },
    date: new Date().toISOString(),
  };
  writeFileSync(resultsFile, `${JSON.stringify(report, null, 2)}\n`);
  printTable(results);
  console.log(
    `\n${report.machine.browser}, ${report.machine.cores} cores; median of ${runs} run(s). Written to ${path.relative(root, resultsFile)}.`,
  );
} finally {
  await browser.close();
  await server.close();
  rmSync(filesDir, { recursive: true, force: true });
}
process.exit(failed ? 1 : 0);

/** Setup once, then every phase `runs` times (order alternating), then the module turns medians into figures. */
async function runBenchmark(page, cdp, pagePids, { name, phases }, options) {
  const started = Date.now();
  console.log(`${name}: setting up…`);
  await page.evaluate(([n, o]) => window.setupBench(n, o), [name, options]);
  const measurements = Object.fromEntries(phases.map((phase) => [phase, []]));
  for (let run = 0; run < runs; run += 1) {
    const order = run % 2 === 0 ? phases : [...phases].reverse();
    for (const phase of order) {
      await cdp.send('HeapProfiler.collectGarbage');
      const { result, startBytes, startProcessBytes, peakBytes, peakProcessBytes } = await whileSampling(
        cdp,
        pagePids,
        () => page.evaluate(([n, p, o]) => window.runBench(n, p, o), [name, phase, options]),
      );
      measurements[phase].push({
        ...result,
        peakHeapMB: peakBytes / MB,
        peakProcessMB: peakProcessBytes / MB,
        startHeapMB: startBytes / MB,
        startProcessMB: startProcessBytes / MB,
      });
      console.log(`${name}: run ${run + 1}/${runs} ${phase} done`);
    }
  }
  const medians = Object.fromEntries(phases.map((phase) => [phase, medianOfEach(measurements[phase])]));
  const figures = await page.evaluate(([n, m, o]) => window.benchFigures(n, m, o), [name, medians, options]);
  console.log(`${name}: ${((Date.now() - started) / 1000).toFixed(0)} s`);
  return Object.fromEntries(Object.entries(figures).map(([key, figure]) => [`${name}.${key}`, figure]));
}

/**
 * The page's JS heap, objects plus ArrayBuffer bytes (where photo bytes live), read from outside the page so
 * sampling costs the page nothing; samples wait while the page is busy outside JavaScript. Beside it, the
 * memory of the page's processes (renderer with its workers, and GPU) as the system counts it.
 */
async function whileSampling(cdp, pids, work) {
  let peakBytes = 0;
  let peakProcessBytes = pids.length > 0 ? 0 : Number.NaN;
  let running = true;
  const sample = async () => {
    const usage = await cdp.send('Runtime.getHeapUsage');
    peakBytes = Math.max(peakBytes, usage.usedSize + (usage.backingStorageSize ?? 0));
    try {
      if (pids.length > 0) peakProcessBytes = Math.max(peakProcessBytes, processBytes(pids));
    } catch {
      // A process that just ended (a GPU process restarting) misses one sample; the next one counts.
    }
  };
  // One sample before the work starts: the level that memory growth (peak minus start) is counted from.
  await sample();
  const startBytes = peakBytes;
  const startProcessBytes = peakProcessBytes;
  const sampling = (async () => {
    while (running) {
      await sample();
      await new Promise((resolve) => setTimeout(resolve, HEAP_SAMPLE_MS));
    }
  })();
  try {
    const result = await work();
    return { result, startBytes, startProcessBytes, peakBytes, peakProcessBytes };
  } finally {
    running = false;
    await sampling;
  }
}

/**
 * The ids of the page's renderer (the one that works while the page is made to work) and of the GPU
 * process, from CDP SystemInfo; empty where that or /proc is not available, and memory is then not reported.
 */
async function findPageProcesses(browser, page) {
  try {
    const cdp = await browser.newBrowserCDPSession();
    const before = (await cdp.send('SystemInfo.getProcessInfo')).processInfo;
    await page.evaluate(() => {
      const end = performance.now() + 300;
      while (performance.now() < end);
    });
    const after = (await cdp.send('SystemInfo.getProcessInfo')).processInfo;
    await cdp.detach();
    const cpuBefore = new Map(before.map((p) => [p.id, p.cpuTime]));
    const renderers = after
      .filter((p) => p.type === 'renderer')
      .map((p) => ({ id: p.id, worked: p.cpuTime - (cpuBefore.get(p.id) ?? 0) }))
      .sort((a, b) => b.worked - a.worked);
    const pids = [renderers[0]?.id, ...after.filter((p) => p.type === 'GPU').map((p) => p.id)].filter(
      (id) => id !== undefined,
    );
    processBytes(pids); // throws where /proc cannot be read
    return pids;
  } catch (error) {
    console.log(`Process memory is not measured here: ${error instanceof Error ? error.message : error}`);
    return [];
  }
}

/**
 * Anonymous plus shared-memory resident pages (heaps, decoded pixels, canvases, buffers passed between the
 * processes), leaving out the mapped Chromium binary. Read from /proc/<pid>/status, which costs the
 * processes nothing, unlike smaps (PSS), whose walk took 10–30 ms and held the renderer's memory lock.
 */
function processBytes(pids) {
  let total = 0;
  for (const pid of pids) {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    for (const field of ['RssAnon', 'RssShmem']) {
      const kB = new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(status)?.[1];
      if (kB === undefined) throw new Error(`no ${field} in /proc/${pid}/status`);
      total += Number(kB) * 1024;
    }
  }
  return total;
}
function medianOfEach(list) {
  const keys = Object.keys(list[0] ?? {});
  return Object.fromEntries(keys.map((key) => [key, median(list.map((m) => m[key]))]));
}

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

function printTable(figures) {
  if (Object.keys(figures).length === 0) {
    console.log('\nNo figures were measured.');
    return;
  }
  const header = ['figure', 'value', 'baseline', 'ratio', 'unit', 'target', 'met'];
  const rows = Object.entries(figures).map(([key, f]) => [
    key,
    String(f.value),
    String(f.baseline),
    f.ratio === null ? '—' : String(f.ratio),
    f.unit,
    f.target ?? '—',
    f.met === null ? '—' : f.met ? 'yes' : 'NO',
  ]);
  const widths = header.map((title, i) => Math.max(title.length, ...rows.map((row) => row[i].length)));
  const line = (cells) => cells.map((cell, i) => cell.padEnd(widths[i])).join('  ');
  console.log(`\n${line(header)}\n${widths.map((w) => '-'.repeat(w)).join('  ')}`);
  for (const row of rows) console.log(line(row));
  for (const [key, f] of Object.entries(figures)) console.log(`  ${key}: ${f.note}`);
}
