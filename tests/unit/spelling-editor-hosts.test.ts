import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { contentTypeFor, rendererFileForRequest } from '../../electron/main/policy';
import { DICTIONARY_FILES } from '../../shared/spelling/speller';
import { WORKER_URL } from '../../renderer/spelling/spellingClient';

// Issue 23: Electron's app:// handler finds the spelling worker and the
// dictionary where the build puts them, and answers with their types.
// (The browser host: tests/integration/web-host.test.ts.)

const dir = resolve('/app/dist/renderer');

describe('the spelling files over app://', () => {
  it('the worker and both dictionary files are files of the renderer folder, relative to the page', () => {
    expect(rendererFileForRequest(dir, `app://anteckna/${WORKER_URL}`)).toBe(join(dir, 'spelling-worker.js'));
    expect(rendererFileForRequest(dir, `app://anteckna/${DICTIONARY_FILES.aff}`)).toBe(join(dir, 'spelling', 'sv.aff'));
    expect(rendererFileForRequest(dir, `app://anteckna/${DICTIONARY_FILES.dic}`)).toBe(join(dir, 'spelling', 'sv.dic'));
  });

  it('are JavaScript and UTF-8 text', () => {
    expect(contentTypeFor(join(dir, WORKER_URL))).toBe('text/javascript; charset=utf-8');
    expect(contentTypeFor(join(dir, DICTIONARY_FILES.aff))).toBe('text/plain; charset=utf-8');
    expect(contentTypeFor(join(dir, DICTIONARY_FILES.dic))).toBe('text/plain; charset=utf-8');
  });
});
