import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';

/**
 * A bare static file server for the peer page, started as its own Node
 * process the way the browser host is: `node peer-server.cjs DIR`. Prints
 * "Jämförelsesidan körs på http://127.0.0.1:PORT/".
 */

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
};

const dir = process.argv[2];
if (!dir) {
  process.stderr.write('Användning: peer-server MAPP\n');
  process.exit(2);
}

const server = createServer((request, response) => {
  const path = new URL(request.url ?? '/', 'http://127.0.0.1').pathname;
  const name = normalize(path === '/' ? '/index.html' : path).replace(/^(\.\.[/\\])+/, '');
  readFile(join(dir, name)).then(
    (data) => {
      response.writeHead(200, { 'content-type': TYPES[extname(name)] ?? 'application/octet-stream', 'cache-control': 'no-store' });
      response.end(data);
    },
    () => {
      response.writeHead(404);
      response.end();
    },
  );
});

server.listen(0, '127.0.0.1', () => {
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  process.stdout.write(`Jämförelsesidan körs på http://127.0.0.1:${port}/\n`);
});
process.once('SIGTERM', () => server.close(() => process.exit(0)));
