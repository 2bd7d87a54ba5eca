import 'reflect-metadata';
import { ConfigError, loadConfig } from './config/config';
import { createLogger } from './config/logger';
import { Neo4jSetupError } from './graph';
import { startService } from './service';

/** `npm start`: the whole service in the foreground; Ctrl-C (or SIGTERM) stops all of it, Neo4j included. */
async function main(): Promise<void> {
  let config;
  try {
    config = loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) {
      process.stderr.write(`${error.message}\nSee .env.example for every variable and its meaning.\n`);
      process.exit(2);
    }
    throw error;
  }
  const log = createLogger(config.logLevel, 'consultations', { json: config.logFormat === 'json' });
  let service: Awaited<ReturnType<typeof startService>> | undefined;
  // The embedded Neo4j is gone for good: stop serving and exit non-zero so a supervisor acts.
  const onFatal = (reason: string) => {
    log.error(`Exiting: ${reason}`);
    const exit = () => process.exit(1);
    setTimeout(exit, 15_000).unref();
    // A moment for health checks to read the 503 of /health/live, then in-flight requests finish.
    setTimeout(() => void (service ? service.stop() : Promise.resolve()).catch(() => undefined).finally(exit), 2_000);
  };
  try {
    service = await startService(config, log, { onFatal });
  } catch (error) {
    if (error instanceof Neo4jSetupError) log.error(error.message);
    else log.error('Could not start', { err: error });
    process.exit(1);
  }
  log.info(`READY: GraphQL API and IDE at ${service.url} — explorer at ${service.url.replace(/\/graphql$/, '/explore')} — health at ${service.url.replace(/\/graphql$/, '/health/ready')}`);

  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    log.info(`${signal} received: finishing in-flight requests, then stopping Neo4j`);
    try {
      await service.stop();
      log.info('Stopped cleanly.');
      process.exit(0);
    } catch (error) {
      log.error('Error while stopping', { err: error });
      process.exit(1);
    }
  };
  process.on('SIGINT', () => void stop('SIGINT'));
  process.on('SIGTERM', () => void stop('SIGTERM'));
}

void main();
