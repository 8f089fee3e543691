import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import { build } from 'vite';
import { chromium, type BrowserContext } from 'playwright-core';
import { sampleFixture, type Fixture } from '../api/fixture.js';

/** Debian's Chromium, driven by playwright-core (no browser download). */
export const CHROMIUM = '/usr/bin/chromium';
export const HAVE_CHROMIUM = existsSync(CHROMIUM);

const ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-quic', '--no-first-run', '--disable-component-update', '--disable-sync'];

/** The page built fresh, the sample served on a loopback port, a browser with a fresh profile. */
export interface Harness {
  fx: Fixture;
  url: string;
  context: BrowserContext;
  /** Requests the page tried to send anywhere but this server (all blocked). */
  external: string[];
  close(): Promise<void>;
}

/** Builds the page into a temporary folder, serves it over the sample, launches Chromium. */
export async function startHarness(): Promise<Harness> {
  const webRoot = mkdtempSync(join(tmpdir(), 'sitrep-web-'));
  await build({ configFile: 'web/vite.config.ts', logLevel: 'error', build: { outDir: webRoot, emptyOutDir: true } });
  const fx = await sampleFixture({ webRoot });
  const server = serve({ fetch: fx.app.fetch, hostname: '127.0.0.1', port: 0 });
  await new Promise<void>((resolve) => server.once('listening', () => resolve()));
  const { port } = server.address() as AddressInfo;
  const origin = `http://127.0.0.1:${port}`;
  const profile = mkdtempSync(join(tmpdir(), 'sitrep-chromium-'));
  const context = await chromium.launchPersistentContext(profile, { executablePath: CHROMIUM, headless: true, args: ARGS, viewport: { width: 1400, height: 1000 } });
  const external: string[] = [];
  await context.route('**/*', (route) => {
    const url = route.request().url();
    if (url.startsWith(origin) || url.startsWith('data:')) return route.continue();
    external.push(url);
    return route.abort();
  });
  return {
    fx,
    url: origin,
    context,
    external,
    close: async () => {
      await context.close();
      await new Promise((resolve) => server.close(resolve));
      await fx.close();
      rmSync(profile, { recursive: true, force: true });
      rmSync(webRoot, { recursive: true, force: true });
    },
  };
}
