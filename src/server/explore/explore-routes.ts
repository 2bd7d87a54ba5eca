import { Router } from 'express';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { explorePage } from './explore-page';

const resolve = createRequire(__filename).resolve;
// fcose's own dependencies, resolved from where fcose is (npm may nest them).
const fcose = resolve('cytoscape-fcose');
const coseBase = createRequire(fcose).resolve('cose-base');
const layoutBase = createRequire(coseBase).resolve('layout-base');

/** The libraries the page loads, from the npm packages themselves (never a CDN). */
const LIBRARIES: Record<string, string> = {
  'cytoscape.min.js': resolve('cytoscape/dist/cytoscape.min.js'),
  'layout-base.js': layoutBase,
  'cose-base.js': coseBase,
  'cytoscape-fcose.js': fcose,
  'cytoscape-svg.js': resolve('cytoscape-svg'),
  'papaparse.min.js': resolve('papaparse/papaparse.min.js'),
};

const TYPES: Record<string, string> = { '.js': 'text/javascript', '.css': 'text/css' };

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
  // Served by name from a fixed list read once: a request can never name a path.
  const appFiles = new Map(
    fs.readdirSync(browserDir)
      .filter((file) => TYPES[path.extname(file)] !== undefined)
      .map((file) => [file, path.join(browserDir, file)] as const),
  );
  const page = explorePage();

  router.get('/explore', (_req, res) => {
    res.type('html').set({ 'Cache-Control': 'no-cache', 'Content-Security-Policy': CONTENT_SECURITY_POLICY }).send(page);
  });
  router.get('/explore/lib/:file', (req, res, next) => {
    const file = LIBRARIES[req.params.file];
    if (!file) return next();
    res.type('text/javascript').set('Cache-Control', 'public, max-age=86400').sendFile(file);
  });
  router.get('/explore/app/:file', (req, res, next) => {
    const file = appFiles.get(req.params.file);
    if (!file) return next();
    res.type(TYPES[path.extname(file)]).set('Cache-Control', 'no-cache').sendFile(file);
  });
  return router;
}
