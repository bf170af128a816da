import { HTTP_TOKEN_HEADER } from '../../shared/ipc/api';
import { MAX_BODY_BYTES } from '../../electron/web/server';
import type { Page } from '@playwright/test';
import { meetingHeaderSchema, type MeetingHeader, type MeetingSummary } from '../../shared/model/domain';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './chromium';
import { expect, test, type RunningApp } from './fixtures';
import { StartPage } from './pages/StartPage';

const HIJACKED_TITLE = 'Kapad titel';

/** The first meeting, its body and a header change that would be visible at once. */
async function target(app: RunningApp) {
  const summary = app.meetings[0];
  if (!summary) throw new Error('Demodatan har inga möten.');
  const body = app.bodies.find((b) => b.id === summary.bodyId);
  if (!body) throw new Error(`Organet för ${summary.title} saknas.`);
  const meeting = await app.api('meetings:get', { id: summary.id });
  // The schema keeps the header's fields of the stored meeting and drops the rest.
  const header: MeetingHeader = { ...meetingHeaderSchema.parse(meeting), title: HIJACKED_TITLE };
  return { summary, body, request: { id: summary.id, header } };
}

/** The secretary still sees the meeting under its real title. */
async function expectTitleUnchanged(app: RunningApp, page: Page, bodyName: string, summary: MeetingSummary) {
  const start = new StartPage(page);
  await start.open(app.url);
  await expect(start.meetingLink(bodyName, { title: HIJACKED_TITLE })).toHaveCount(0);
  const meeting = await start.openMeeting(bodyName, summary);
  await expect(meeting.heading).toHaveText(summary.title);
  expect((await app.api('meetings:get', { id: summary.id })).title).toBe(summary.title);
}

test('the API refuses a call without the token or with a wrong one, and nothing changes', async ({ page, app }) => {
  const { summary, body, request } = await target(app);
  const url = `${app.origin}/api/meetings:updateHeader`;
  const wrong = `${app.token.slice(0, -1)}${app.token.endsWith('A') ? 'B' : 'A'}`;

  const attempts: Record<string, string>[] = [
    {},
    { [HTTP_TOKEN_HEADER]: '' },
    { [HTTP_TOKEN_HEADER]: 'fel-nyckel' },
    { [HTTP_TOKEN_HEADER]: wrong },
  ];
  for (const headers of attempts) {
    const response = await page.request.post(url, { headers: { 'content-type': 'application/json', ...headers }, data: request });
    expect(response.status(), JSON.stringify(headers)).toBe(403);
    const result = (await response.json()) as { ok: boolean; error: { code: string; message: string } };
    expect(result).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(result.error.message).toContain('åtkomstnyckeln');
  }

  // The same kind of call with the right token is accepted (here without changing anything).
  const unchanged = { ...request, header: { ...request.header, title: summary.title } };
  const accepted = await page.request.post(url, {
    headers: { 'content-type': 'application/json', [HTTP_TOKEN_HEADER]: app.token },
    data: unchanged,
  });
  expect(accepted.status()).toBe(200);
  expect(await accepted.json()).toMatchObject({ ok: true });

  await expectTitleUnchanged(app, page, body.name, summary);
});

test('a call from another site is refused even with the token, and nothing changes', async ({ page, app }) => {
  const { summary, body, request } = await target(app);
  const url = `${app.origin}/api/meetings:updateHeader`;
  const headers = { 'content-type': 'application/json', [HTTP_TOKEN_HEADER]: app.token };

  for (const origin of ['http://evil.example', 'null', `http://localhost:${app.port}`]) {
    const response = await page.request.post(url, { headers: { ...headers, origin }, data: request });
    expect(response.status(), origin).toBe(403);
    expect(await response.json()).toMatchObject({ ok: false, error: { code: 'forbidden' } });
  }

  // A page on another site that has learnt the token still cannot call the API from the browser.
  await page.route('http://evil.example/**', (route) =>
    route.fulfill({ contentType: 'text/html', body: '<!doctype html><title>Annan webbplats</title><p>Hej</p>' }),
  );
  await page.goto('http://evil.example/');
  const outcome = await page.evaluate(
    async ({ url, headers, body }) => {
      try {
        const response = await fetch(url, { method: 'POST', headers, body });
        return `svar ${response.status}`;
      } catch {
        return 'stoppad';
      }
    },
    { url, headers, body: JSON.stringify(request) },
  );
  expect(outcome).toBe('stoppad');

  await expectTitleUnchanged(app, page, body.name, summary);
});

test('a request under another host name is refused, including the page itself (DNS rebinding)', async ({ page, app, playwright }) => {
  const { summary, body, request } = await target(app);

  const wrongHost = await page.request.post(`${app.origin}/api/meetings:updateHeader`, {
    headers: { 'content-type': 'application/json', [HTTP_TOKEN_HEADER]: app.token, host: `evil.example:${app.port}` },
    data: request,
  });
  expect(wrongHost.status()).toBe(403);
  expect(await wrongHost.json()).toMatchObject({ ok: false, error: { code: 'forbidden' } });

  // A browser whose DNS answers 127.0.0.1 for another name gets neither the app nor the API.
  const browser = await playwright.chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: [...CHROMIUM_ARGS, '--host-resolver-rules=MAP rebind.example 127.0.0.1'],
  });
  try {
    const rebound = await browser.newPage();
    const response = await rebound.goto(`http://rebind.example:${app.port}/?token=${app.token}`);
    expect(response?.status()).toBe(403);
    await expect(rebound.locator('#app')).toHaveCount(0);
    const apiStatus = await rebound.evaluate(
      async ({ token, body, tokenHeader }: { token: string; body: string; tokenHeader: string }) => {
        const r = await fetch('/api/meetings:updateHeader', {
          method: 'POST',
          headers: { 'content-type': 'application/json', [tokenHeader]: token },
          body,
        });
        return r.status;
      },
      { token: app.token, body: JSON.stringify(request), tokenHeader: HTTP_TOKEN_HEADER },
    );
    expect(apiStatus).toBe(403);
  } finally {
    await browser.close();
  }

  await expectTitleUnchanged(app, page, body.name, summary);
});

test('an oversized request is refused with 413, even with the token, and nothing changes', async ({ page, app }) => {
  const { summary, body, request } = await target(app);
  // A valid write, made too big only by JSON whitespace after it.
  const oversized = JSON.stringify(request) + ' '.repeat(MAX_BODY_BYTES);
  const response = await page.request.post(`${app.origin}/api/meetings:updateHeader`, {
    headers: { 'content-type': 'application/json', [HTTP_TOKEN_HEADER]: app.token },
    data: oversized,
  });
  expect(response.status()).toBe(413);
  const result = (await response.json()) as { ok: boolean; error: { code: string; message: string } };
  expect(result).toMatchObject({ ok: false, error: { code: 'forbidden' } });
  expect(result.error.message).toContain('större än 16 MB');

  await expectTitleUnchanged(app, page, body.name, summary);
});
