// Chromium for the Storybook check, and what it watches on each page: uncaught exceptions,
// console errors, Storybook's own error display, and axe.
import { chromium, type Browser, type Page } from 'playwright-core';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const AXE = require.resolve('axe-core/axe.min.js');

export function launch(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
}

/** Collects what went wrong on a page: exceptions, console errors and failed requests, as text. */
export function watchErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(`uncaught: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(`console.error: ${message.text()}`);
  });
  page.on('response', (response) => {
    if (response.status() >= 400) errors.push(`HTTP ${response.status()}: ${response.url()}`);
  });
  return errors;
}

const storyUrl = (base: string, id: string): string =>
  // a11y.manual: the addon's own axe run is skipped, since the check runs axe itself.
  `${base}/iframe.html?id=${id}&viewMode=story&globals=a11y.manual:!true`;

/**
 * Shows a story: the first time by loading the preview, then by asking the loaded preview to
 * switch, as Storybook's own manager does. Loading Storybook's 3 MB of scripts once per page
 * rather than once per story halves the check's time.
 */
export async function showStory(page: Page, base: string, id: string): Promise<void> {
  if (page.url().includes('/iframe.html')) {
    await page.evaluate((storyId) => {
      const channel = (window as unknown as { __STORYBOOK_ADDONS_CHANNEL__: { emit: (event: string, payload: unknown) => void } }).__STORYBOOK_ADDONS_CHANNEL__;
      channel.emit('setCurrentStory', { storyId, viewMode: 'story' });
    }, id);
  } else {
    await page.goto(storyUrl(base, id));
  }
  await waitForStory(page, id);
}

/** Waits until Storybook has rendered the story (and run its play function), then until every Lit element in it has updated. */
export async function waitForStory(page: Page, id: string): Promise<void> {
  await page.waitForFunction(
    (storyId) => {
      const render = (window as unknown as { __STORYBOOK_PREVIEW__?: { currentRender?: { id?: string; phase?: string } } }).__STORYBOOK_PREVIEW__
        ?.currentRender;
      return (
        (render?.id === storyId && ['finished', 'errored', 'aborted'].includes(render.phase ?? '')) || document.body.classList.contains('sb-show-errordisplay')
      );
    },
    id,
    { timeout: 20_000 },
  );
  await settle(page);
}

/** Waits for a docs page: its first heading, then the Lit elements in it. */
export async function waitForDocs(page: Page): Promise<void> {
  await page.waitForSelector('#storybook-docs h1', { timeout: 20_000 });
  await settle(page);
}

async function settle(page: Page): Promise<void> {
  await page.evaluate(async () => {
    const pending: Promise<unknown>[] = [];
    const visit = (root: ParentNode): void => {
      for (const el of root.querySelectorAll('*')) {
        const complete = (el as { updateComplete?: Promise<unknown> }).updateComplete;
        if (complete) pending.push(complete);
        if (el.shadowRoot) visit(el.shadowRoot);
      }
    };
    visit(document);
    await Promise.all(pending);
    await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
  });
}

/** Storybook's error display is shown (a story threw, or has no render function, …). */
export function errorDisplayed(page: Page): Promise<string | undefined> {
  return page.evaluate(() =>
    document.body.classList.contains('sb-show-errordisplay') ? (document.querySelector('#error-message')?.textContent ?? 'error display shown') : undefined,
  );
}

/** Definition problems a <caf-form> shows instead of a form (only the editor may show them). */
export function definitionProblemsShown(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const found: string[] = [];
    const visit = (root: ParentNode): void => {
      for (const el of root.querySelectorAll('*')) {
        if (el.matches('.caf-definition-problems')) found.push((el.textContent ?? '').replace(/\s+/g, ' ').trim());
        if (el.shadowRoot) visit(el.shadowRoot);
      }
    };
    visit(document);
    return found;
  });
}

export interface Violation {
  id: string;
  impact?: string;
  help: string;
  targets: string[];
}

/**
 * axe on what the story or page rendered, as the a11y addon runs it: its one disabled rule is
 * "region", since a story is a part of a page and the host page provides the landmarks.
 */
export async function axeViolations(page: Page, include: string): Promise<Violation[]> {
  await page.addScriptTag({ path: AXE });
  return page.evaluate(async (selector) => {
    const axe = (
      window as unknown as {
        axe: {
          run: (context: unknown, options: unknown) => Promise<{ violations: { id: string; impact?: string; help: string; nodes: { target: unknown[] }[] }[] }>;
        };
      }
    ).axe;
    const result = await axe.run({ include: [selector] }, { rules: { region: { enabled: false } }, resultTypes: ['violations'] });
    return result.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, targets: v.nodes.map((n) => JSON.stringify(n.target)) }));
  }, include);
}
