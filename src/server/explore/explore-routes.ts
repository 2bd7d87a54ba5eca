import { Router } from 'express';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { isPageAsset, LIBRARY_CACHE, listedFiles } from '../listed-files';
import { explorePage } from './explore-page';

const resolve = createRequire(__filename).resolve;
// fcose's own dependencies, resolved from where fcose is (npm may nest them).
const fcose = resolve('cytoscape-fcose');
const coseBase = createRequire(fcose).resolve('cose-base');
const layoutBase = createRequire(coseBase).resolve('layout-base');

/** The libraries the page loads, from the npm packages themselves (never a CDN). */
const LIBRARIES = new Map([
  ['cytoscape.min.js', resolve('cytoscape/dist/cytoscape.min.js')],
  ['layout-base.js', layoutBase],
  ['cose-base.js', coseBase],
  ['cytoscape-fcose.js', fcose],
  ['cytoscape-svg.js', resolve('cytoscape-svg')],
  ['papaparse.min.js', resolve('papaparse/papaparse.min.js')],
  ['graphql-sse.min.js', path.join(path.dirname(resolve('graphql-sse/package.json')), 'umd', 'graphql-sse.min.js')],
]);

/**
 * The page may talk to this server only: scripts, styles and GraphQL requests alike. Cytoscape
 * sets inline styles on its canvases, hence 'unsafe-inline' for styles (never for scripts);
 * exports are blob:/data: URLs made in the page.
 */
const CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "connect-src 'self'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

/**
 * GET /explore: the graph explorer. Its own scripts live in ./browser (plain ES modules the
 * browser loads as they are; served from the project's src/ so a container image must carry
 * that folder), its libraries come from node_modules.
 */
export function exploreRoutes(root: string): Router {
  const router = Router();
  const browserDir = path.join(root, 'src', 'server', 'explore', 'browser');
  // The folder is listed once, at start: the files it holds are the only ones served from it.
  const appFiles = new Map(fs.readdirSync(browserDir).filter(isPageAsset).map((file) => [file, path.join(browserDir, file)]));
  const page = explorePage();

  router.get('/explore', (_req, res) => {
    res.type('html').set({ 'Cache-Control': 'no-cache', 'Content-Security-Policy': CONTENT_SECURITY_POLICY }).send(page);
  });
  router.get('/explore/lib/:file', listedFiles(LIBRARIES, LIBRARY_CACHE));
  router.get('/explore/app/:file', listedFiles(appFiles, 'no-cache'));
  return router;
}
