import Tesseract from 'tesseract.js';
import {AbortedError, OcrFailedError} from '../errors.js';
import type {Word} from '../types.js';
import {wordsFromTsv} from './words.js';

/**
 * Page segmentation mode. Measured on drawn pay stubs, leases and court orders: on clean 300-dpi
 * renders 3 (automatic layout), 4, 6 (one block) and 11/12 (sparse text) all found ~99% of the
 * words; on shadowed, noisy phone photos 3 found 97% with the fewest spurious words, 11 found
 * 95%, and 6 found 97% but with 6× the spurious words and took up to 18 s on one noisy page.
 */
export const DEFAULT_PSM = '3';

/** Default languages; `spa+eng` keeps Spanish accents, `eng+spa` was seen to drop them. */
export const DEFAULT_LANGUAGES = 'spa+eng';

/** Options of {@link OcrPool}. */
export interface OcrPoolOptions {
  /** Most recognition workers alive at once. Default: hardware concurrency, between 1 and 4. */
  size?: number;
  /** Tesseract language string, e.g. `spa+eng`. */
  languages?: string;
  /**
   * tesseract.js worker options, or an async function resolving them when the first worker
   * starts: at least a local `langPath` (without one tesseract.js fetches from a CDN).
   */
  workerOptions: WorkerOptionsSource;
  /**
   * Options for the orientation-detection worker (`legacyCore`/`legacyLang` are added; its
   * `langPath` must hold `osd.traineddata`). Null or absent disables orientation detection.
   */
  osdWorkerOptions?: WorkerOptionsSource | null;
  /** Page segmentation mode, default {@link DEFAULT_PSM}. */
  psm?: string;
  /**
   * Called when a worker thread starts or stops having work, with the thread object tesseract.js
   * spawned (a Node `worker_threads.Worker` or a Web Worker). Node uses it to `unref()` idle
   * threads so they never keep the process alive.
   */
  onThreadActivity?: (thread: unknown, active: boolean) => void;
  /** Longest a worker may take to start before the job fails. Default 60 s. */
  startTimeoutMs?: number;
}

/** tesseract.js worker options, given directly or resolved when the first worker starts. */
export type WorkerOptionsSource = Partial<Tesseract.WorkerOptions> | (() => Promise<Partial<Tesseract.WorkerOptions>>);

/** One page to recognise: an encoded image tesseract can read (we send PGM) and its size. */
export interface RecognizeRequest {
  image: Uint8Array;
  width: number;
  height: number;
  /** Resolution hint for tesseract's layout analysis. */
  dpi?: number;
  signal?: AbortSignal;
}

/** Words tesseract read on one page. */
export interface RecognizedPage {
  words: Word[];
  /** Mean word confidence weighted by word length, 0..1 (0 when no words). */
  confidence: number;
}

/** Orientation found by tesseract's OSD: rotate the page clockwise by `degrees` to make it upright. */
export interface OrientationGuess {
  degrees: 0 | 90 | 180 | 270;
  /** Tesseract's orientation confidence (unbounded; above ~2 is clear on text pages). */
  confidence: number;
}

/** Counters for tests and monitoring. */
export interface OcrPoolStats {
  /** Workers ever started by this pool (recognition and orientation). */
  workersStarted: number;
  /** Recognition workers alive now. */
  workers: number;
  busy: number;
  queued: number;
}

interface Job<T> {
  run: (worker: Tesseract.Worker) => Promise<T>;
  resolve: (value: T) => void;
  reject: (error: unknown) => void;
  signal: AbortSignal | undefined;
  onAbort?: () => void;
  slot?: Slot;
}

interface Slot {
  worker: Tesseract.Worker;
  thread: unknown;
  busy: boolean;
  dead: boolean;
  /** The job running on this worker, for failing it if the thread dies. */
  job?: Job<unknown>;
}

/**
 * A fixed-size set of identical tesseract.js workers with a FIFO queue. Workers start lazily when
 * work arrives and stay for reuse. A job cancelled while it runs terminates its worker (the wasm
 * call cannot be interrupted) and a fresh one starts for the next job, so no worker is left
 * busy on abandoned work.
 */
class WorkerGroup {
  private readonly slots: Slot[] = [];
  private readonly queue: Job<unknown>[] = [];
  private starting = 0;
  private closed = false;
  started = 0;

  constructor(
    readonly size: number,
    private readonly create: () => Promise<Tesseract.Worker>,
    private readonly startTimeoutMs: number,
    private readonly onThreadActivity?: (thread: unknown, active: boolean) => void,
  ) {}

  get stats(): {workers: number; busy: number; queued: number} {
    return {workers: this.slots.length, busy: this.slots.filter((s) => s.busy).length, queued: this.queue.length};
  }

  run<T>(run: (worker: Tesseract.Worker) => Promise<T>, signal?: AbortSignal): Promise<T> {
    if (this.closed) return Promise.reject(new OcrFailedError('OCR engine: already terminated.'));
    if (signal?.aborted) return Promise.reject(new AbortedError());
    return new Promise<T>((resolve, reject) => {
      const job: Job<T> = {run, resolve, reject, signal};
      if (signal) {
        job.onAbort = () => this.abort(job as Job<unknown>);
        signal.addEventListener('abort', job.onAbort, {once: true});
      }
      this.queue.push(job as Job<unknown>);
      this.pump();
    });
  }

  async terminate(): Promise<void> {
    this.closed = true;
    const error = new OcrFailedError('OCR engine: terminated before the page was read.');
    for (const job of this.queue.splice(0)) this.settle(job, error, true);
    const slots = this.slots.splice(0);
    for (const slot of slots) {
      const job = slot.job;
      slot.job = undefined;
      if (job) this.settle(job, error, true);
    }
    await Promise.all(slots.map((s) => this.kill(s)));
  }

  private pump(): void {
    while (!this.closed && this.queue.length > 0) {
      const slot = this.slots.find((s) => !s.busy && !s.dead);
      if (slot) {
        this.start(slot, this.queue.shift()!);
        continue;
      }
      if (this.slots.length + this.starting < this.size && this.starting < this.queue.length) {
        void this.spawn();
      }
      return;
    }
  }

  private async spawn(): Promise<void> {
    this.starting++;
    this.started++;
    let worker: Tesseract.Worker;
    try {
      worker = await withTimeout(this.create(), this.startTimeoutMs);
    } catch (cause) {
      this.starting--;
      // Every queued job would fail the same way (missing language data, no wasm support...).
      const error = new OcrFailedError(`OCR engine: could not start a tesseract worker: ${message(cause)}`, cause);
      if (this.slots.length === 0) for (const job of this.queue.splice(0)) this.settle(job, error, true);
      return;
    }
    this.starting--;
    if (this.closed) {
      await worker.terminate();
      return;
    }
    const thread = (worker as unknown as {worker?: unknown}).worker;
    const slot: Slot = {worker, thread, busy: false, dead: false};
    watchThread(thread, (cause) => this.died(slot, cause));
    this.onThreadActivity?.(thread, false);
    this.slots.push(slot);
    this.pump();
  }

  private start(slot: Slot, job: Job<unknown>): void {
    slot.busy = true;
    slot.job = job;
    job.slot = slot;
    this.onThreadActivity?.(slot.thread, true);
    job.run(slot.worker).then(
      (value) => {
        if (slot.job !== job) return;
        this.release(slot);
        this.settle(job, value, false);
      },
      (cause) => {
        if (slot.job !== job) return;
        // After a failed call the wasm heap may be in any state: replace the worker.
        this.retire(slot);
        this.settle(job, new OcrFailedError(`OCR failed: ${message(cause)}`, cause), true);
      },
    );
  }

  private release(slot: Slot): void {
    slot.busy = false;
    slot.job = undefined;
    this.onThreadActivity?.(slot.thread, false);
    this.pump();
  }

  private abort(job: Job<unknown>): void {
    const i = this.queue.indexOf(job);
    if (i >= 0) this.queue.splice(i, 1);
    else if (job.slot && job.slot.job === job) this.retire(job.slot);
    else return;
    this.settle(job, new AbortedError(), true);
  }

  private died(slot: Slot, cause: unknown): void {
    if (slot.dead) return;
    const job = slot.job;
    this.retire(slot);
    if (job) this.settle(job, new OcrFailedError(`OCR worker crashed: ${message(cause)}`, cause), true);
  }

  /** Removes a slot and terminates its worker in the background, then refills from the queue. */
  private retire(slot: Slot): void {
    slot.dead = true;
    slot.job = undefined;
    const i = this.slots.indexOf(slot);
    if (i >= 0) this.slots.splice(i, 1);
    void this.kill(slot);
    this.pump();
  }

  private async kill(slot: Slot): Promise<void> {
    slot.dead = true;
    try {
      await slot.worker.terminate();
    } catch {
      // Already gone.
    }
  }

  private settle(job: Job<unknown>, value: unknown, failed: boolean): void {
    if (job.signal && job.onAbort) job.signal.removeEventListener('abort', job.onAbort);
    if (failed) job.reject(value);
    else job.resolve(value);
  }
}

/**
 * A reusable pool of tesseract.js workers shared by all documents: recognition workers (LSTM
 * only) plus, on demand, one orientation-detection worker (tesseract's OSD needs the legacy
 * engine). Platform-neutral: the Node and browser adapters pass worker options and decoding.
 */
export class OcrPool {
  private readonly main: WorkerGroup;
  private readonly osd: WorkerGroup | null;
  private terminated = false;

  constructor(options: OcrPoolOptions) {
    const languages = options.languages ?? DEFAULT_LANGUAGES;
    const psm = options.psm ?? DEFAULT_PSM;
    const size = Math.max(1, Math.floor(options.size ?? defaultPoolSize()));
    const timeout = options.startTimeoutMs ?? 60_000;
    const base = {cacheMethod: 'none', gzip: true, logger: () => {}};
    this.main = new WorkerGroup(
      size,
      async () =>
        createWorker(languages, Tesseract.OEM.LSTM_ONLY, {...base, ...(await resolve(options.workerOptions))}, async (w) => {
          // debug_file silences tesseract's diagnostics, which would otherwise go to stderr.
          await w.setParameters({tessedit_pageseg_mode: psm as Tesseract.PSM, debug_file: '/dev/null'});
        }),
      timeout,
      options.onThreadActivity,
    );
    const osdOptions = options.osdWorkerOptions;
    this.osd = osdOptions
      ? new WorkerGroup(
          1,
          async () =>
            createWorker(
              'osd',
              Tesseract.OEM.TESSERACT_ONLY,
              {...base, ...(await resolve(osdOptions)), legacyCore: true, legacyLang: true},
              async (w) => {
                await w.setParameters({debug_file: '/dev/null'});
              },
            ),
          timeout,
          options.onThreadActivity,
        )
      : null;
  }

  /** Most recognition workers this pool runs at once. */
  get size(): number {
    return this.main.size;
  }

  /** True when orientation detection was configured. */
  get canDetectOrientation(): boolean {
    return this.osd !== null;
  }

  get stats(): OcrPoolStats {
    return {workersStarted: this.main.started + (this.osd?.started ?? 0), ...this.main.stats};
  }

  /**
   * Recognises one page. Rejects with AbortedError when `signal` aborts (a running recognition's
   * worker is replaced) and with an {@link OcrFailedError} when tesseract fails.
   */
  recognize(request: RecognizeRequest): Promise<RecognizedPage> {
    const {image, width, height, dpi, signal} = request;
    return this.main.run(async (worker) => {
      const options = dpi ? {user_defined_dpi: String(Math.round(dpi))} : {};
      const result = await worker.recognize(image as unknown as Buffer, options as Partial<Tesseract.RecognizeOptions>, {
        tsv: true,
        text: false,
      });
      const words = wordsFromTsv(result.data.tsv ?? '', width, height);
      return {words, confidence: meanConfidence(words)};
    }, signal);
  }

  /**
   * Runs tesseract's orientation and script detection. Null when OSD is not configured or found
   * too little text to decide.
   */
  async detectOrientation(image: Uint8Array, signal?: AbortSignal): Promise<OrientationGuess | null> {
    if (!this.osd) return null;
    const data = await this.osd.run(async (worker) => (await worker.detect(image as unknown as Buffer)).data, signal);
    const degrees = data.orientation_degrees;
    if (degrees !== 0 && degrees !== 90 && degrees !== 180 && degrees !== 270) return null;
    // tesseract.js maps tesseract's orientation id so that this is already the clockwise fix.
    return {degrees, confidence: data.orientation_confidence ?? 0};
  }

  /** Stops all workers. Queued pages are rejected; the pool cannot be used afterwards. */
  async terminate(): Promise<void> {
    if (this.terminated) return;
    this.terminated = true;
    await Promise.all([this.main.terminate(), this.osd?.terminate()]);
  }
}

/** Mean word confidence weighted by the number of characters, 0 for no words. */
export function meanConfidence(words: readonly Word[]): number {
  let sum = 0;
  let n = 0;
  for (const w of words) {
    sum += w.confidence * w.text.length;
    n += w.text.length;
  }
  return n === 0 ? 0 : sum / n;
}

/** Hardware concurrency where the platform reports it (browsers, Node ≥ 21), between 1 and 4. */
export function defaultPoolSize(): number {
  const n = (globalThis as {navigator?: {hardwareConcurrency?: number}}).navigator?.hardwareConcurrency ?? 2;
  // Each worker holds ~150–300 MB of models and wasm heap; more than 4 rarely pays off.
  return Math.min(4, Math.max(1, n));
}

/**
 * tesseract.js `createWorker` that fails instead of hanging: a failed language load is only
 * reported through `errorHandler`, while the promise `createWorker` returns never settles.
 */
async function createWorker(
  languages: string,
  oem: Tesseract.OEM,
  options: Partial<Tesseract.WorkerOptions>,
  init: (worker: Tesseract.Worker) => Promise<void>,
): Promise<Tesseract.Worker> {
  let fail: (reason: unknown) => void = () => {};
  const failed = new Promise<never>((_, reject) => {
    fail = reject;
  });
  const errorHandler = (error: unknown): void => {
    fail(error);
    options.errorHandler?.(error);
  };
  const worker = await Promise.race([Tesseract.createWorker(languages, oem, {...options, errorHandler}), failed]);
  await Promise.race([init(worker), failed]);
  return worker;
}

async function resolve(source: WorkerOptionsSource): Promise<Partial<Tesseract.WorkerOptions>> {
  return typeof source === 'function' ? source() : source;
}

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no response within ${Math.round(ms / 1000)} s`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

/** Reports the thread dying (a wasm abort, out of memory) instead of letting it crash the process. */
function watchThread(thread: unknown, onDeath: (cause: unknown) => void): void {
  const t = thread as {
    on?: (event: string, fn: (arg: unknown) => void) => void;
    addEventListener?: (event: string, fn: (arg: unknown) => void) => void;
  };
  if (typeof t?.on === 'function') {
    t.on('error', onDeath);
    t.on('exit', (code) => onDeath(new Error(`worker exited with code ${String(code)}`)));
  } else if (typeof t?.addEventListener === 'function') {
    t.addEventListener('error', onDeath);
  }
}

function message(error: unknown): string {
  if (error instanceof Error) return error.message;
  return String(error);
}
