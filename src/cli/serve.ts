// `newsline serve`: the HTTP API and web UI over one database, on localhost unless told otherwise.
import { openStore } from '../store/sqlite.js';
import { buildServer } from '../server/app.js';
import { UserError } from './context.js';

/** Stories whose views are built before the server answers: the few largest, which are slowest to build. */
const WARM_STORIES = 3;

export interface ServeOptions {
  db: string;
  port: number;
  host: string;
  privateReads?: boolean;
}

export async function serveCommand(options: ServeOptions): Promise<void> {
  const token = process.env.NEWSLINE_TOKEN || undefined;
  if (options.privateReads && !token) throw new UserError('--private-reads needs NEWSLINE_TOKEN set');
  const store = openStore(options.db);
  const app = await buildServer({ store, token, openReads: !options.privateReads, warmStories: WARM_STORIES });
  const close = async () => {
    await app.close();
    store.close();
    process.exit(0);
  };
  process.once('SIGINT', close);
  process.once('SIGTERM', close);
  const address = await app.listen({ port: options.port, host: options.host });
  process.stderr.write(`newsline: serving ${options.db} at ${address} (uploads ${token ? 'need the token' : 'off: set NEWSLINE_TOKEN'})\n`);
}
