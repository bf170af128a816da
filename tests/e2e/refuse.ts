import type { Page } from '@playwright/test';
import type { ChannelName } from '../../shared/ipc/channels';

/** The host answers every call of `channel` with a storage error, as a locked database would, until `page.unroute`. */
export async function refuseCalls(page: Page, channel: ChannelName, message = 'Databasen är låst.'): Promise<void> {
  await page.route(`**/api/${channel}`, (route) =>
    route.fulfill({
      status: 500,
      contentType: 'application/json',
      body: JSON.stringify({ ok: false, error: { code: 'storage', message } }),
    }),
  );
}
