import { Router } from 'express';
import { createRequire } from 'node:module';
import path from 'node:path';
import { LIBRARY_CACHE, listedFiles } from '../listed-files';
import { readmeExamples } from './examples';
import { idePage, START_SCRIPT } from './ide-page';

const resolve = createRequire(__filename).resolve;

/** The IDE's files, from the npm packages themselves (never a CDN). */
const ASSETS = new Map([
  ['graphiql.min.js', resolve('graphiql/graphiql.min.js')],
  ['graphiql.min.css', resolve('graphiql/graphiql.min.css')],
  // Subscriptions run over Server-Sent Events at /graphql/stream (ide-page.ts's fetcher).
  ['graphql-sse.min.js', path.join(path.dirname(resolve('graphql-sse/package.json')), 'umd', 'graphql-sse.min.js')],
  ['react.production.min.js', path.join(path.dirname(resolve('react/package.json')), 'umd', 'react.production.min.js')],
  ['react-dom.production.min.js', path.join(path.dirname(resolve('react-dom/package.json')), 'umd', 'react-dom.production.min.js')],
]);

/**
 * The IDE page may load its own assets and talk to this server only. GraphiQL sets inline styles
 * (editor sizes, the docs pane), hence 'unsafe-inline' for styles, never for scripts.
 */
const CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

/**
 * GET /graphql from a browser (Accept: text/html, no query) serves the IDE page; /ide/* its
 * assets, cached for a day. Everything else falls through to the GraphQL endpoint.
 */
export function ideRoutes(root: string): Router {
  const router = Router();
  const page = idePage(readmeExamples(root));
  router.get('/graphql', (req, res, next) => {
    // A browser prefers HTML; GraphQL clients (and GET queries) go on to the endpoint.
    if (req.query.query !== undefined || req.accepts(['text/html', 'application/json']) !== 'text/html') return next();
    res.type('html').set({ 'Cache-Control': 'no-cache', 'Content-Security-Policy': CONTENT_SECURITY_POLICY }).send(page);
  });
  router.get('/ide/start.js', (_req, res) => {
    res.type('text/javascript').set('Cache-Control', 'no-cache').send(START_SCRIPT);
  });
  router.get('/ide/:file', listedFiles(ASSETS, LIBRARY_CACHE));
  return router;
}
