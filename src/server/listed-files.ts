import { RequestHandler } from 'express';
import path from 'node:path';

const TYPES: Record<string, string> = { '.js': 'text/javascript', '.css': 'text/css' };

/** Whether a file is one a page loads (script or stylesheet). */
export const isPageAsset = (file: string): boolean => TYPES[path.extname(file)] !== undefined;

/**
 * Serves files by name from a fixed list made at start (name → absolute path), so a request can
 * never name a path; anything not listed falls through (404). Used for the IDE's and explorer's
 * scripts and stylesheets, from node_modules or the explorer's own folder.
 */
export function listedFiles(files: ReadonlyMap<string, string>, cacheControl: string): RequestHandler {
  return (req, res, next) => {
    const file = files.get(String(req.params.file));
    if (!file) return next();
    res.type(TYPES[path.extname(file)] ?? 'application/octet-stream').set('Cache-Control', cacheControl).sendFile(file);
  };
}

/** Library files: versioned by the lockfile, so a day's caching is safe. */
export const LIBRARY_CACHE = 'public, max-age=86400';
