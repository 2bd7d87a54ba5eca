/** The server stage's public face: the HTTP server that serves the API, and its readiness. */
export * from './http-server';
export * from './readiness';
