import { execFile, spawn } from 'node:child_process';
import { closeSync, mkdirSync, openSync, readdirSync, readFileSync, writeSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { CLI, expect, test } from './fixtures';
import { StartPage } from './pages/StartPage';

const run = promisify(execFile);
const env = { ...process.env, ANTECKNA_DB: '' };

test('the secretary makes a backup, changes things, and restores the backup from the list', async ({ page, app }) => {
  const start = new StartPage(page);
  await start.open(app.url);
  const body = app.bodies[0]!;

  await page.getByRole('button', { name: 'Gör en säkerhetskopia nu' }).click();
  const saved = page.getByRole('status').filter({ hasText: /^Säkerhetskopian från .+ är sparad\.$/ });
  await expect(saved).toBeVisible();
  const savedText = (await saved.textContent()) ?? '';
  const savedWhen = /^Säkerhetskopian från (.+) är sparad\.$/.exec(savedText)?.[1] ?? '';
  expect(savedWhen).toMatch(/^(måndag|tisdag|onsdag|torsdag|fredag|lördag|söndag) \d{1,2} \p{L}+ \d{4} kl\. \d{2}\.\d{2}$/u);

  // After the backup: a new meeting the backup does not have.
  await app.api('meetings:createFromBody', { bodyId: body.id, date: '2027-03-18' });
  await page.reload();
  await start.waitUntilReady();
  const newMeeting = start.body(body.name).getByRole('link').filter({ hasText: '18 mars 2027' });
  await expect(newMeeting).toHaveCount(1);

  await page.getByRole('button', { name: 'Återställ från säkerhetskopia …' }).click();
  const dialog = page.getByRole('dialog', { name: 'Återställ från säkerhetskopia' });
  await expect(dialog).toBeVisible();
  const rows = dialog.getByRole('listitem');
  // The start-up backup and the one just made, newest first, with size.
  await expect(rows).toHaveCount(2);
  await expect(rows.first()).toContainText(savedWhen);
  await expect(rows.first()).toContainText(/\d+(,\d)? (kB|MB)/);
  await expect(dialog).toContainText('en om dagen i 30 dagar och därefter en i veckan');
  await expect(dialog.locator('[data-backup-space]')).toContainText(/^\d+ säkerhetskopi(a|or) tar [\d,]+ (byte|kB|MB)\. Det finns [\d,]+ (MB|GB|TB) ledigt på disken\.$/);
  // Each row can be told from the other, even within the same minute.
  const labels = await rows.getByRole('button').evaluateAll((buttons) => buttons.map((b) => b.getAttribute('aria-label')));
  expect(new Set(labels).size).toBe(2);

  await rows.first().getByRole('button', { name: `Återställ säkerhetskopian från ${savedWhen}` }).click();
  // Two backups within the same minute (start-up and this one) are told apart by their seconds,
  // and within the same second by their number.
  const minute = savedWhen.replace(/\./g, '\\.');
  const confirm = page.getByRole('dialog', {
    name: new RegExp(`^Återställa säkerhetskopian från ${minute}(\\.\\d{2})?( \\(\\d+\\))?\\?$`),
  });
  await expect(confirm).toContainText('Det du har nu sparas först som en ny säkerhetskopia');
  await confirm.getByRole('button', { name: 'Återställ', exact: true }).click();

  await expect(page.getByRole('status').filter({ hasText: `Säkerhetskopian från ${savedWhen} är återställd.` })).toBeVisible();
  await start.waitUntilReady();
  await expect(newMeeting).toHaveCount(0);
  // The state before the restore is kept: the list now has three backups.
  await page.getByRole('button', { name: 'Återställ från säkerhetskopia …' }).click();
  await expect(page.getByRole('dialog', { name: 'Återställ från säkerhetskopia' }).getByRole('listitem')).toHaveCount(3);
});

test('a damaged database at start: the secretary is told what happened and from what time the data is', async ({ page }) => {
  const dir = await mkdtemp(join(tmpdir(), 'anteckna-e2e-damaged-'));
  const dbPath = join(dir, 'anteckna.sqlite');
  try {
    await run(process.execPath, [CLI, 'demo', '--db', dbPath], { env });
    mkdirSync(join(dir, 'Säkerhetskopior'));
    await run(process.execPath, [CLI, 'backup', '--db', dbPath, '--out', join(dir, 'Säkerhetskopior', 'anteckna 2026-11-22 07.15.03.sqlite')], { env });
    // Damage the file on purpose: overwrite page headers in the middle.
    const pageSize = readFileSync(dbPath).readUInt16BE(16) || 4096;
    const fd = openSync(dbPath, 'r+');
    writeSync(fd, Buffer.alloc(64, 0xa5), 0, 64, pageSize * 2);
    writeSync(fd, Buffer.alloc(64, 0x5a), 0, 64, pageSize * 3);
    closeSync(fd);

    const host = spawn(process.execPath, [CLI, 'web', '--db', dbPath, '--port', '0'], { stdio: ['ignore', 'pipe', 'pipe'], env });
    const exited = new Promise<number | null>((done) => host.once('exit', (code) => done(code)));
    try {
      let output = '';
      const url = await new Promise<string>((resolve, reject) => {
        const collect = (chunk: Buffer) => {
          output += chunk.toString('utf8');
          const match = /Anteckna körs på (http:\/\/127\.0\.0\.1:\d+\/\?token=[\w-]+)/.exec(output);
          if (match?.[1]) resolve(match[1]);
        };
        host.stdout.on('data', collect);
        host.stderr.on('data', collect);
        void exited.then((code) => reject(new Error(`avslutades med ${code}: ${output}`)));
      });
      const aside = readdirSync(dir).find((f) => f.startsWith('anteckna.sqlite.skadad-'));
      expect(aside).toBeDefined();

      const start = new StartPage(page);
      await start.open(url);
      const notice = page.getByRole('status').filter({ hasText: 'Databasen var skadad' });
      await expect(notice).toContainText(`har flyttats till ${join(dir, aside!)}`);
      await expect(notice).toContainText(
        'Dina data har återställts från säkerhetskopian från söndag 22 november 2026 kl. 07.15. Det som skrevs efter den tiden finns inte med.',
      );
      // The demo's bodies are back.
      await expect(page.getByRole('region').first()).toBeVisible();
      await notice.getByRole('button', { name: 'Stäng' }).click();
      await expect(notice).toHaveCount(0);
    } finally {
      host.kill('SIGTERM');
      expect(await exited).toBe(0);
    }
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});
